/**
 * Translates one module: loads every transform family, plans the module's
 * declarations and returns its statements and the runtime names they use.
 */
import { analyze } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import { bodyWithDeclarations } from "./bodies.js";
import { Context } from "./context.js";
import { block, docstringOf, jsDoc, statement } from "./statements.js";
// Each family registers its node types on import.
import "./strings.js";
import "./operators.js";
import "./calls.js";
import "./comprehensions.js";
import "./functions.js";
import "./classes.js";
import "./exceptions.js";
import "./with.js";
import "./match.js";

export interface ModuleTranslation {
  statements: string[];
  runtimeImports: { name: string; alias?: string }[];
  context: Context;
}

/** `if __name__ == "__main__":` is always true for the translated entry module. */
function isMainGuard(node: SyntaxNode): boolean {
  if (node.type !== "if_statement" || node.childrenForFieldName("alternative").length > 0) return false;
  const test = node.childForFieldName("condition")!.text.replace(/\s+/g, "").replace(/'/g, '"');
  return test === '__name__=="__main__"' || test === '"__main__"==__name__';
}

export function translateModule(root: SyntaxNode, file: string, source: string): ModuleTranslation {
  const analysis = analyze(root);
  const ctx = new Context(analysis, file, source);
  const statements = bodyWithDeclarations(analysis.module, root, ctx, () => {
    const out: string[] = [];
    const doc = docstringOf(root);
    for (const c of root.namedChildren) {
      if (doc && c.startIndex === doc.startIndex) continue;
      if (c.type === "comment") out.push(`//${c.text.slice(1)}`);
      else if (isMainGuard(c)) out.push(...block(c.childForFieldName("consequence"), ctx));
      else out.push(...statement(c, ctx));
    }
    return out;
  });
  // Annotations such as `asyncio.Queue<number>` name the runtime's namespace as a type only.
  if (statements.some((s) => /\basyncio\.[A-Z]/.test(s))) ctx.rt("asyncio");
  statements.unshift(...jsDoc(docstringOf(root)));
  return { statements, runtimeImports: ctx.importSpecifiers(), context: ctx };
}
