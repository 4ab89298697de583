/**
 * `functools.singledispatchmethod` on a method and its `@m.register`
 * overloads. Both are applied after the class like any method decorator
 * (runtime decorateMethod), to functions taking self (or cls) first; they
 * may sit above `@classmethod`/`@staticmethod`, as CPython documents. In a
 * registration, the class body's name `m` is the dispatcher installed on
 * the class (prototype for an instance method), and a bare `@m.register`
 * reads the overload's annotations, kept at run time (annotations.ts).
 */
import type { ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import { keepAnnotations } from "./annotations.js";
import type { Context } from "./context.js";
import { decoratorCall } from "./functions.js";
import { memberName, safeName } from "./names.js";

export type MethodKind = "method" | "class" | "static";

function isDispatchMethod(d: SyntaxNode): boolean {
  return /^(functools\.)?singledispatchmethod$/.test(d.text);
}

/** The singledispatchmethod of `cls` that a `@m.register…` decorator registers with. */
function registeredWith(d: SyntaxNode, cls: ClassInfo): FunctionInfo | undefined {
  const target = d.type === "call" ? d.childForFieldName("function") : d;
  if (target?.type !== "attribute" || target.childForFieldName("attribute")?.text !== "register") return undefined;
  const obj = target.childForFieldName("object");
  const m = obj?.type === "identifier" ? cls.methods.get(obj.text) : undefined;
  return m?.decorators.some(isDispatchMethod) ? m : undefined;
}

function isDispatchDecorator(d: SyntaxNode, cls: ClassInfo): boolean {
  return isDispatchMethod(d) || registeredWith(d, cls) !== undefined;
}

/** How the member is stored: `@staticmethod`/`@classmethod` outermost, or right under dispatch decorators. */
export function methodKind(fn: FunctionInfo, cls: ClassInfo): MethodKind {
  for (const d of fn.decorators) {
    if (d.text === "staticmethod") return "static";
    if (d.text === "classmethod") return "class";
    if (!isDispatchDecorator(d, cls)) break;
  }
  return "method";
}

/** The decorator as decorateMethod applies it, when it is singledispatchmethod or a registration with one. */
export function dispatchDecoratorCode(d: SyntaxNode, fn: FunctionInfo, cls: ClassInfo, kind: MethodKind, ctx: Context): string | undefined {
  // Dispatch is on the argument after self/cls; a staticmethod has neither.
  if (isDispatchMethod(d)) return `(f: any) => ${decoratorCall(d, ctx)}(f, ${kind === "static" ? 0 : 1})`;
  const m = registeredWith(d, cls);
  if (!m) return undefined;
  const holder = methodKind(m, cls) === "method" ? `${safeName(cls.name)}.prototype` : safeName(cls.name);
  return `(f: any) => {\nconst ${safeName(m.name)}: any = (${holder} as any).${memberName(m.name)};\nreturn ${decoratorCall(d, ctx)}(${keepAnnotations(fn, "f", ctx)});\n}`;
}
