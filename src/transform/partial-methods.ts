/**
 * `name = functools.partialmethod(func, *args, **kw)` in a class body: a
 * method on the prototype calling `func(self, *args, *rest, **kw)`. The
 * partialmethod object is made once, when the class is defined (a static
 * holds it), and a `func` naming a method defined in the class is that
 * method as the class body sees it, taking `self` first.
 */
import type { ClassInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { memberName, safeName } from "./names.js";

export function isPartialMethodCall(right: SyntaxNode, ctx: Context): boolean {
  if (right.type !== "call") return false;
  const fn = right.childForFieldName("function");
  if (!fn) return false;
  if (fn.type === "identifier") {
    const imp = ctx.imports.names.get(fn.text);
    return imp?.module === "functools" && imp.name === "partialmethod";
  }
  return fn.type === "attribute" && fn.childForFieldName("attribute")?.text === "partialmethod" && ctx.imports.modules.get(fn.childForFieldName("object")?.text ?? "") === "functools";
}

/** The statics holding each class's partialmethod objects, by attribute name: a partialmethod may wrap another. */
const HOLDERS = new WeakMap<ClassInfo, Map<string, string>>();

export function partialMethodMembers(name: string, right: SyntaxNode, cls: ClassInfo, ctx: Context): string[] {
  const holder = ctx.tmp(`${name}_partial`);
  const holders = HOLDERS.get(cls) ?? new Map<string, string>();
  HOLDERS.set(cls, holders);
  const first = right.childForFieldName("arguments")?.namedChildren[0];
  const call = ctx.within(cls.scope, undefined, () => expr(right, ctx)).code;
  const own = first?.type === "identifier" ? first.text : undefined;
  // The class body's name is bound to what Python's class namespace holds: the method taking self first, or the partialmethod.
  const bound = own === undefined ? undefined : holders.has(own) ? `this.${holders.get(own)}` : cls.methods.has(own) ? `${ctx.rt("selfFirst")}((this.prototype as any).${memberName(own)})` : undefined;
  const value = bound ? withFirstArgument(call, right, bound, cls, ctx) : call;
  holders.set(name, holder);
  return [
    `static ${holder} = ${ctx.rt("partialMethodOf")}(this, ${JSON.stringify(name)}, ${value});`,
    `${memberName(name)}(...args: any[]): any {\nreturn ${ctx.rt("callPartialMethod")}(${safeName(cls.name)}.${holder}, this, args);\n}`,
  ];
}

/** The translated call with its first argument's code replaced by `bound` (the call's own code starts `f(first`). */
function withFirstArgument(call: string, right: SyntaxNode, bound: string, cls: ClassInfo, ctx: Context): string {
  const first = right.childForFieldName("arguments")!.namedChildren[0]!;
  const [fn, arg] = ctx.within(cls.scope, undefined, () => [expr(right.childForFieldName("function")!, ctx).code, expr(first, ctx).code]);
  const prefix = `${fn}(${arg}`;
  if (!call.startsWith(prefix)) {
    ctx.diag(first, "TSY1100", `partialmethod of ${first.text} could not be bound to the class attribute`);
    return call;
  }
  return `${fn}(${bound}${call.slice(prefix.length)}`;
}
