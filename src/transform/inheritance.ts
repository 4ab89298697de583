/** Questions about a class's place in a hierarchy, shared by calls and attribute reads of `super()`. */
import type { Context } from "./context.js";

/** Whether a class has several bases or is an ancestor of one that has: its super() follows the MRO at run time. */
export function inMultipleInheritance(className: string, ctx: Context): boolean {
  const ancestors = (name: string, seen: Set<string>): Set<string> => {
    const cls = ctx.classNamed(name);
    if (!cls || seen.has(name)) return seen;
    seen.add(name);
    for (const b of cls.bases) if (b.type === "identifier") ancestors(b.text, seen);
    return seen;
  };
  for (const cls of ctx.analysis.classes.values()) {
    const bases = cls.bases.filter((b) => b.type !== "keyword_argument");
    if (bases.length > 1 && ancestors(cls.name, new Set()).has(className)) return true;
  }
  return false;
}
