/**
 * Decorators on methods. `property` and its setter, `staticmethod` and
 * `classmethod` shape the class member itself; `functools.cached_property`
 * becomes a caching getter; `abc.abstractmethod` is registered so that
 * instantiating a class that leaves one abstract raises TypeError; any other
 * decorator is applied after the class, by the runtime's decorateMethod, to
 * a function taking `self` first, as Python applies it.
 */
import type { ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import { signatureText } from "./arguments.js";
import type { Context } from "./context.js";
import { decoratorCall } from "./functions.js";
import { dispatchDecoratorCode, methodKind } from "./dispatch-methods.js";
import { memberName, safeName } from "./names.js";
import { qualName } from "./signatures.js";

const SHAPING = /^(staticmethod|classmethod|property|[\w.]+\.(setter|getter|deleter))$/;

export function isCachedProperty(d: SyntaxNode): boolean {
  return /^(functools\.)?cached_property$/.test(d.text);
}

export function isAbstract(d: SyntaxNode): boolean {
  return /^(abc\.)?abstractmethod$/.test(d.text);
}

/** Getter-like members: read as attributes, never called. */
export function isAccessorDecorator(d: SyntaxNode): boolean {
  return d.text === "property" || /\.(setter|getter|deleter)$/.test(d.text) || isCachedProperty(d);
}

/** Decorators the runtime applies after the class (neither shaping the member nor handled here). */
export function appliedDecorators(fn: FunctionInfo): SyntaxNode[] {
  return fn.decorators.filter((d) => !SHAPING.test(d.text) && !isCachedProperty(d) && !isAbstract(d));
}

/** Whether calls of this method must bind keywords at run time: a decorator may have replaced it. */
export function isReplacedByDecorator(fn: FunctionInfo): boolean {
  return fn.owner !== undefined && appliedDecorators(fn).length > 0;
}

/** `decorateMethod(C, "m", kind, signature, [decorators])` after the class, or a diagnostic when the order cannot be kept. */
export function decorateStatement(fn: FunctionInfo, cls: ClassInfo, ctx: Context): string[] {
  const applied = appliedDecorators(fn);
  if (applied.length === 0) return [];
  const first = fn.decorators[0]!;
  const shaping = fn.decorators.filter((d) => SHAPING.test(d.text) || isCachedProperty(d));
  // staticmethod/classmethod must be outermost (or under singledispatchmethod): a decorator applied to their result is a different, rare thing.
  const kind = methodKind(fn, cls);
  if (fn.name === "__init__") {
    // The constructor is the class itself in JavaScript: replacing the prototype's __init__ would not change construction.
    ctx.diag(applied[0]!, "TSY1100", `decorator @${applied[0]!.text} on __init__ is not supported`);
    return [];
  }
  if (shaping.length > (kind === "method" ? 0 : 1)) {
    ctx.diag(applied[0]!, "TSY1100", `decorator @${applied[0]!.text} combined with @${(shaping.find((d) => d !== first) ?? first).text} on a method is not supported`);
    return [];
  }
  ctx.runtimeKeywords = true;
  const decorators = applied.map((d) => dispatchDecoratorCode(d, fn, cls, kind, ctx) ?? `(f: any) => ${decoratorCall(d, ctx)}(f)`);
  return [`${ctx.rt("decorateMethod")}(${safeName(cls.name)}, ${JSON.stringify(memberName(fn.name))}, "${kind}", ${signatureText(fn.params, qualName(fn))}, [${decorators.join(", ")}]);`];
}
