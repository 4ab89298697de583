/**
 * The parts of Python's `inspect` that asyncio programs use: what kind of
 * object something is (coroutine function, generator function, class,
 * bound method, awaitable), docstrings (`getdoc`, `cleandoc`), `getmembers`,
 * `getmro`, `isabstract`, `unwrap`.
 */
import { iscoroutine, iscoroutinefunction, isfuture } from "../asyncio/core.js";
import { getattr, mro, type } from "../builtins.js";
import { abstractLeft } from "../decorators.js";
import { ValueError } from "../exceptions.js";
import { isBuiltinFunction, isClass, tuple } from "../repr.js";
import { keywordOr } from "./args.js";
import { BoundArguments, Parameter, Signature, formatannotation, signature } from "./inspect-signature.js";

/** What a translated function runs: the function itself, or the one a signature-binding wrapper (named()) wraps. */
function code(fn: Function): Function {
  const inner = (fn as { __tsyncio_function__?: Function }).__tsyncio_function__;
  return inner ?? fn;
}

function isClassObject(x: unknown): boolean {
  return typeof x === "function" && (isClass(x) || type(x) === type);
}

/** A bound method: `obj.m` taken as a value (a bound JavaScript function). */
function ismethod(x: unknown): boolean {
  if (typeof x !== "function" || isClassObject(x)) return false;
  return "__self__" in x || (x.name.startsWith("bound ") && !("prototype" in x));
}

/** A function defined in Python (not a class, bound method, or builtin such as `len`). */
function isfunction(x: unknown): boolean {
  return typeof x === "function" && !isClassObject(x) && !ismethod(x) && !isBuiltinFunction(x);
}

function kindName(x: unknown): string {
  if (typeof x !== "function") return "";
  const f = code(funcOf(x) as Function);
  return f.constructor?.name ?? "";
}

/** CPython's inspect.cleandoc: tabs expanded, the common indentation of lines after the first removed, blank edges dropped. */
function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, "        ").split("\n");
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart().length;
    if (content > 0) margin = Math.min(margin, line.length - content);
  }
  if (lines.length > 0) lines[0] = lines[0]!.trimStart();
  if (margin < Infinity) for (let i = 1; i < lines.length; i++) lines[i] = lines[i]!.slice(margin);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  return lines.join("\n");
}

const HIDDEN = new Set(["constructor", "length", "name", "prototype", "caller", "arguments", "__tsyncio_function__"]);

/** The names `dir()` would list that a program defined, sorted: own attributes, then class and base class members. */
function memberNames(obj: any): string[] {
  const names = new Set<string>();
  const stop = typeof obj === "function" ? Function.prototype : Object.prototype;
  for (let o = Object(obj); o && o !== stop && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
    for (const k of Object.getOwnPropertyNames(o)) if (!HIDDEN.has(k)) names.add(k);
  }
  if (typeof obj === "function") {
    for (let p = obj.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const k of Object.getOwnPropertyNames(p)) if (!HIDDEN.has(k)) names.add(k);
    }
  }
  return [...names].sort();
}

function memberValue(obj: any, name: string): unknown {
  if (typeof obj === "function" && !(name in obj) && obj.prototype && name in obj.prototype) {
    const d = Object.getOwnPropertyDescriptor(obj.prototype, name) ?? findDescriptor(obj.prototype, name);
    return d?.value ?? d?.get;
  }
  return getattr(obj, name);
}

function findDescriptor(o: any, name: string): PropertyDescriptor | undefined {
  for (let p = o; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d;
  }
  return undefined;
}

/** A docstring kept for run time (src/transform/runtime-docs.ts). */
export function setDoc(target: unknown, doc: string): void {
  if (target !== null && (typeof target === "object" || typeof target === "function")) {
    Object.defineProperty(target, "__doc__", { value: doc, writable: true, configurable: true });
  }
}

/** A bound method's function (`__func__`) when it has one. */
function funcOf(x: unknown): unknown {
  return typeof x === "function" ? ((x as { __func__?: unknown }).__func__ ?? x) : x;
}

export const inspect = {
  signature,
  Signature,
  Parameter,
  BoundArguments,
  formatannotation,
  iscoroutine,
  iscoroutinefunction: (x: unknown): boolean => iscoroutinefunction(x) || iscoroutinefunction(funcOf(x)),
  isgenerator: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object Generator]",
  isasyncgen: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object AsyncGenerator]",
  /** A coroutine, a Future or Task, or anything with `__await__`. */
  isawaitable(x: unknown): boolean {
    if (iscoroutine(x) || isfuture(x)) return true;
    return x !== null && typeof x === "object" && typeof (x as { __await__?: unknown }).__await__ === "function";
  },
  isfunction,
  ismethod,
  isclass: isClassObject,
  isroutine: (x: unknown): boolean => typeof x === "function" && !isClassObject(x),
  isgeneratorfunction: (x: unknown): boolean => kindName(x) === "GeneratorFunction",
  isasyncgenfunction: (x: unknown): boolean => kindName(x) === "AsyncGeneratorFunction",
  isabstract: (x: unknown): boolean => typeof x === "function" && isClassObject(x) && abstractLeft(x).length > 0,
  ismodule: (_x: unknown): boolean => false,
  cleandoc,
  /** The docstring, cleaned; a class or method without one inherits its base's. */
  getdoc(obj: unknown): string | null {
    let doc = (obj as { __doc__?: unknown } | null)?.__doc__ ?? (funcOf(obj) as { __doc__?: unknown } | null)?.__doc__;
    if (typeof doc !== "string" && typeof obj === "function" && isClassObject(obj)) {
      for (const c of mro(obj).slice(1)) {
        const d = (c as { __doc__?: unknown }).__doc__;
        if (typeof d === "string") {
          doc = d;
          break;
        }
      }
    }
    return typeof doc === "string" ? cleandoc(doc) : null;
  },
  getmro: (cls: unknown): readonly unknown[] => mro(cls),
  /** `(name, value)` pairs of the object's attributes, sorted by name; `predicate` filters the values. */
  getmembers(obj: unknown, predicate?: ((v: any) => unknown) | null): (readonly [string, any])[] {
    const out: (readonly [string, unknown])[] = [];
    for (const name of memberNames(obj)) {
      let value: unknown;
      try {
        value = memberValue(obj, name);
      } catch {
        continue;
      }
      if (predicate && !predicate(value)) continue;
      out.push(tuple(name, value) as readonly [string, unknown]);
    }
    return out;
  },
  /** Follows `__wrapped__` (set by functools.wraps) to the innermost function. */
  unwrap(func: any, options?: { stop?: ((f: any) => unknown) | null }): any {
    const stop = keywordOr<((f: any) => unknown) | null>(options, "stop", null);
    const seen = new Set<unknown>([func]);
    let f = func;
    while (f != null && (f as { __wrapped__?: unknown }).__wrapped__ !== undefined && !(stop && stop(f))) {
      f = (f as { __wrapped__: unknown }).__wrapped__;
      if (seen.has(f)) throw new ValueError(`wrapper loop when unwrapping ${func?.name ?? func}`);
      seen.add(f);
    }
    return f;
  },
};
