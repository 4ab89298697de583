/**
 * Decorators on methods, applied as Python applies them when the class body
 * runs: the decorator receives a plain function taking `self` (or `cls`)
 * first, and whatever it returns becomes the class attribute. Also
 * `functools.cached_property` and `abc.abstractmethod` with its check at
 * instantiation.
 */
import { TypeError } from "./exceptions.js";
import { asSignature, setSignature, signatureOf, type Signature } from "./kwargs.js";

type Decorator = (f: any) => any;

/** The signature of a Python-convention function seen as a method: its first parameter is bound. */
function withoutFirst(sig: Signature): Signature {
  if (sig.positional.length === 0) return sig;
  return { ...sig, positional: sig.positional.slice(1) };
}

/**
 * `@d1 @d2 def m(self, …)` in a class: `m = d1(d2(m))`. `kind` says how the
 * method is stored: "method" (on the prototype, `self` first), "class"
 * (`@classmethod` outermost: on the class, `cls` first) or "static"
 * (`@staticmethod` outermost: on the class, as is).
 */
export function decorateMethod(cls: Function, name: string, kind: "method" | "class" | "static", sig: Signature | string, decorators: readonly Decorator[]): void {
  const target: any = kind === "method" ? cls.prototype : cls;
  const original = target[name];
  let fn: any = original;
  if (kind !== "static") {
    fn = function (this: unknown, self: unknown, ...args: unknown[]) {
      return original.apply(self, args);
    };
    Object.defineProperty(fn, "name", { value: name });
  }
  setSignature(fn, sig);
  fn.__qualname__ = asSignature(sig).name;
  for (let i = decorators.length - 1; i >= 0; i--) fn = decorators[i]!(fn);
  if (typeof fn !== "function") {
    // A descriptor or any other object: it is the attribute.
    Object.defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false });
    return;
  }
  let installed = fn;
  if (kind !== "static") {
    const result = fn;
    installed = function (this: unknown, ...args: unknown[]) {
      return result(this, ...args);
    };
    Object.defineProperty(installed, "name", { value: result.name });
    const resultSig = signatureOf(result);
    if (resultSig) setSignature(installed, withoutFirst(resultSig));
    for (const key of ["__wrapped__", "__name__", "__doc__", "__qualname__", "register", "dispatch", "registry"]) if (key in result) installed[key] = result[key];
  }
  Object.defineProperty(target, name, { value: installed, writable: true, configurable: true, enumerable: false });
}

/** `@functools.cached_property`: computed once per instance, then an ordinary attribute of it. */
export function cachedProperty<T>(obj: object, name: string, compute: () => T): T {
  const value = compute();
  Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: true });
  return value;
}

const ABSTRACT_NAMES = new WeakMap<Function, readonly string[]>();
const ABSTRACT_FUNCTIONS = new WeakSet<Function>();

/** Registers the `@abstractmethod` members a class declares. */
export function abstractMethods(cls: Function, names: readonly string[]): void {
  ABSTRACT_NAMES.set(cls, names);
  for (const n of names) {
    const d = Object.getOwnPropertyDescriptor(cls.prototype, n) ?? Object.getOwnPropertyDescriptor(cls, n);
    const f = d?.value ?? d?.get;
    if (typeof f === "function") ABSTRACT_FUNCTIONS.add(f);
  }
}

function lookup(proto: object | null, name: string): Function | undefined {
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return d.value ?? d.get;
  }
  return undefined;
}

/**
 * `name` as Python finds it on a class: the nearest class that defines it,
 * as a method (the prototype) or a class attribute (a static), so a
 * subclass's `constant = 1` overrides a base's abstract property.
 */
function classLookup(target: Function, name: string): unknown {
  for (let c: any = target; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const d = Object.getOwnPropertyDescriptor(c.prototype ?? {}, name);
    if (d) return d.value ?? d.get;
    const s = name === "prototype" || name === "name" || name === "length" ? undefined : Object.getOwnPropertyDescriptor(c, name);
    if (s) return s.value ?? s.get;
  }
  return lookup(target.prototype, name);
}

/** The abstract methods `cls` leaves unimplemented, sorted (its `__abstractmethods__`). */
export function abstractLeft(target: Function): string[] {
  const names = new Set<string>();
  for (let c: any = target; typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    for (const n of ABSTRACT_NAMES.get(c) ?? []) names.add(n);
  }
  const left = [...names].filter((n) => {
    const f = classLookup(target, n);
    return typeof f === "function" && ABSTRACT_FUNCTIONS.has(f);
  });
  return left.sort();
}

/** In the constructor of a class with abstract methods: instantiating it, or a subclass that leaves one abstract, is a TypeError. */
export function checkAbstract(target: Function): void {
  const left = abstractLeft(target);
  if (left.length === 0) return;
  throw new TypeError(`Can't instantiate abstract class ${target.name} with abstract method${left.length === 1 ? "" : "s"} ${left.join(", ")}`);
}
