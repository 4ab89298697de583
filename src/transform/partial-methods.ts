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

export function partialMethodMembers(name: string, right: SyntaxNode, cls: ClassInfo, ctx: Context): string[] {
  const holder = ctx.tmp(`${name}_partial`);
  const first = right.childForFieldName("arguments")?.namedChildren[0];
  const call = ctx.within(cls.scope, undefined, () => expr(right, ctx)).code;
  const ownMethod = first?.type === "identifier" && cls.methods.has(first.text);
  // The class body's name for the method is bound to it, taking self first, as Python's class namespace holds it.
  const value = ownMethod ? `((${safeName(first.text)}: any) => ${call})(${ctx.rt("selfFirst")}((this.prototype as any).${memberName(first.text)}))` : call;
  return [
    `static ${holder} = ${ctx.rt("partialMethodOf")}(this, ${JSON.stringify(name)}, ${value});`,
    `${memberName(name)}(...args: any[]): any {\nreturn ${ctx.rt("callPartialMethod")}(${safeName(cls.name)}.${holder}, this, args);\n}`,
  ];
}
