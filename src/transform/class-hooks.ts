/**
 * Standard-library classes that need to see a subclass once it is declared
 * (`enum.Enum` turns class attributes into members) and class decorators
 * that check or register a class (`@enum.unique`). Which ones is data: the
 * `classHook` and `appliesToClass` fields of grammar-mappings/modules/*.json.
 */
import type { ClassInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import type { ModuleTarget } from "./imports.js";
import { safeName } from "./names.js";

function moduleName(node: SyntaxNode, ctx: Context): ModuleTarget | null {
  if (node.type === "identifier") return ctx.importedFunction(node.text);
  if (node.type === "attribute") return ctx.moduleFunction(node);
  return null;
}

/** The hook call a class's bases ask for (`enum_.finalize`), following the program's own classes up. */
function hookOf(cls: ClassInfo, ctx: Context): string | null {
  const found = hookTarget(cls, ctx);
  return found ? `${found.path.slice(0, found.path.lastIndexOf("."))}.${found.spec!.classHook}` : null;
}

function hookTarget(cls: ClassInfo, ctx: Context, seen = new Set<string>()): ModuleTarget | null {
  if (seen.has(cls.name)) return null;
  seen.add(cls.name);
  for (const arg of cls.bases) {
    // `metaclass=ABCMeta` asks for its hook as a base would.
    const isMeta = arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "metaclass";
    if (arg.type === "keyword_argument" && !isMeta) continue;
    const base = isMeta ? arg.childForFieldName("value")! : arg;
    const target = moduleName(base, ctx);
    if (target?.spec?.classHook) return target;
    const own = base.type === "identifier" ? ctx.classNamed(base.text) : undefined;
    const inherited = own ? hookTarget(own, ctx, seen) : null;
    if (inherited) return inherited;
  }
  return null;
}

/** Whether the class's attributes are replaced after its declaration (so they are typed `any`). */
export function hasClassHook(cls: ClassInfo, ctx: Context): boolean {
  const spec = hookTarget(cls, ctx)?.spec;
  return spec !== undefined && !spec.classHookKeepsAttributes;
}

/** Declarations of what the class hook adds to the class (`declare static register: ...`), for the type checker. */
export function classHookDeclarations(cls: ClassInfo, ctx: Context): string[] {
  const adds = hookTarget(cls, ctx)?.spec?.classHookAdds ?? [];
  // The class that derives from the hooked base directly declares them; its subclasses inherit the statics.
  const direct = cls.bases.some((b) => {
    const base = b.type === "keyword_argument" ? b.childForFieldName("value") : b;
    return base !== null && moduleName(base, ctx)?.spec?.classHook !== undefined;
  });
  return direct ? adds.map((a) => `declare ${a};`) : [];
}

/** A decorator's standard function: `unique` itself, or `verify` of `@verify(UNIQUE)`, which returns the decorator. */
function decoratorTarget(d: SyntaxNode, ctx: Context): ModuleTarget | null {
  if (d.type === "call") return moduleName(d.childForFieldName("function")!, ctx);
  return moduleName(d, ctx);
}

/** Class decorators the runtime applies after the declaration. */
export function isClassDecoratorApplied(d: SyntaxNode, ctx: Context): boolean {
  return decoratorTarget(d, ctx)?.spec?.appliesToClass === true;
}

/** Statements that follow the class declaration: its hook, then its applied decorators (innermost first). */
export function classHookStatements(cls: ClassInfo, ctx: Context, translate: (call: SyntaxNode) => string): string[] {
  const out: string[] = [];
  const hook = hookOf(cls, ctx);
  const name = safeName(cls.name);
  if (hook) out.push(`${hook}(${name});`);
  for (const d of [...cls.decorators].reverse()) {
    const target = decoratorTarget(d, ctx);
    if (target?.spec?.appliesToClass) out.push(d.type === "call" ? `${translate(d)}(${name});` : `${target.path}(${name});`);
  }
  return out;
}
