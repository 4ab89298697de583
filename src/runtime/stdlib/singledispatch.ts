/**
 * `functools.singledispatch`: a generic function choosing its implementation
 * by the class of its first argument, along that class's MRO (`bool` is an
 * `int`), then by abstract base classes that claim it (`register()`ed
 * virtual subclasses). `@f.register` takes the class from the first
 * parameter's annotation, which the translator attaches (annotations.ts).
 */
import { IndexError, TypeError } from "../exceptions.js";
import { isinstance, mro, object, type } from "../builtins.js";
import { bool, int } from "../numbers.js";
import { repr } from "../repr.js";
import { annotationsOf, type Annotation } from "./annotations.js";

type Fn = (...args: any[]) => any;

export interface SingleDispatch<F extends Fn> {
  (...args: any[]): ReturnType<F>;
  register(cls: any, func?: Fn): any;
  dispatch(cls: any): Fn;
  registry: Map<any, Fn>;
  _clear_cache(): void;
  __wrapped__: F;
}

/** A class or a builtin type (what `type(x)` says is a `type`). */
function isClassLike(x: unknown): boolean {
  return typeof x === "function" && type(x) === type;
}

function lineage(cls: any): readonly any[] {
  if (cls === bool) return [bool, int, object];
  try {
    return mro(cls);
  } catch {
    return [cls, object];
  }
}

function nameOf(f: unknown): string {
  return ((f as any)?.__name__ as string | undefined) ?? (f as Function)?.name ?? "function";
}

/** The classes an annotation names; a TypeError like CPython's when it names none. */
function annotatedClasses(func: Fn, param: string, ann: Annotation): readonly any[] {
  const list = Array.isArray(ann) ? ann : [ann];
  for (const c of list) {
    if (typeof c === "string" || !isClassLike(c)) {
      const shown = typeof c === "string" ? c : repr(c);
      throw new TypeError(`Invalid annotation for '${param}'. ${shown} is not a class.`);
    }
  }
  void func;
  return list;
}

export function singledispatch<F extends Fn>(func: F): SingleDispatch<F> {
  return dispatcher(func, 0, false);
}

/**
 * `@singledispatchmethod` on a method, applied (decorators.ts) to the
 * function taking self or cls first: it dispatches on the argument after it
 * (`argIndex` 1), or on the first for a staticmethod (0). The registered
 * overloads take self/cls first too.
 */
export function singledispatchmethod<F extends Fn>(func: F, argIndex = 1): SingleDispatch<F> {
  return dispatcher(func, argIndex, true);
}

function dispatcher<F extends Fn>(func: F, argIndex: number, method: boolean): SingleDispatch<F> {
  const registry = new Map<any, Fn>([[object, func]]);
  const funcname = nameOf(func) || "singledispatch function";

  function dispatch(cls: any): Fn {
    for (const c of lineage(cls)) {
      const impl = registry.get(c);
      if (impl && c !== object) return impl;
    }
    // Abstract base classes: a registered class that claims `cls` (register(), virtual subclasses).
    for (const [k, impl] of registry) {
      if (k === object || typeof k !== "function" || typeof (k as any).__subclasscheck__ !== "function") continue;
      if ((k as any).__subclasscheck__(cls)) return impl;
    }
    return registry.get(object)!;
  }

  function dispatchValue(x: unknown): Fn {
    const exact = dispatch(type(x));
    if (exact !== func) return exact;
    // A runtime value whose class is a JavaScript built-in (a Counter is a Map): ask isinstance.
    for (const [k, impl] of registry) if (k !== object && typeof k === "function" && isinstance(x, k)) return impl;
    return func;
  }

  function register(cls: any, impl?: Fn): any {
    if (impl !== undefined) {
      registry.set(cls, impl);
      return impl;
    }
    if (isClassLike(cls) || (Array.isArray(cls) && cls.every(isClassLike))) {
      return (f: Fn) => register(cls, f);
    }
    if (typeof cls !== "function") throw new TypeError(`Invalid first argument to \`register()\`. ${repr(cls)} is not a class or union type.`);
    const f = cls as Fn;
    const annotations = annotationsOf(f);
    const first = [...annotations].find(([name]) => name !== "return");
    if (!first) {
      throw new TypeError(`Invalid first argument to \`register()\`: ${repr(f)}. Use either \`@register(some_class)\` or plain \`@register\` on an annotated function.`);
    }
    for (const c of annotatedClasses(f, first[0], first[1])) registry.set(c, f);
    return f;
  }

  const wrapper = function (this: unknown, ...args: any[]) {
    if (args.length <= argIndex) {
      // CPython 3.11's singledispatchmethod indexes its arguments without checking.
      if (method) throw new IndexError("tuple index out of range");
      throw new TypeError(`${funcname} requires at least 1 positional argument`);
    }
    return dispatchValue(args[argIndex]).apply(this, args);
  } as unknown as SingleDispatch<F>;
  Object.defineProperty(wrapper, "name", { value: (func as Function).name });
  wrapper.register = register;
  wrapper.dispatch = dispatch;
  wrapper.registry = registry;
  wrapper._clear_cache = () => {};
  wrapper.__wrapped__ = func;
  (wrapper as any).__name__ = nameOf(func);
  (wrapper as any).__doc__ = (func as any).__doc__ ?? null;
  return wrapper;
}
