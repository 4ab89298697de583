/**
 * Python's `abc`. The class transform drops `ABC` from a class's bases (it
 * adds nothing to the JavaScript prototype chain) and handles
 * `@abstractmethod` (decorators.ts checks it at instantiation). What is left
 * for run time: a class deriving from `ABC` (or declared with
 * `metaclass=ABCMeta`) is passed to `abstractBase` after its declaration, so
 * that `issubclass(C, ABC)`, `isinstance(x, Shape)` for a class registered
 * with `Shape.register(C)`, and `Shape.__abstractmethods__` work as in CPython.
 */
import { RuntimeError, TypeError } from "../exceptions.js";
import { abstractLeft } from "../decorators.js";
import { FrozenSet } from "../repr.js";

/** Classes built by ABCMeta (ABC and whatever derives from it), with the classes registered as their virtual subclasses. */
const registries = new Map<Function, Set<Function>>();

function isClass(x: unknown): x is Function {
  return typeof x === "function";
}

/** The class itself and every class it derives from. */
function* lineage(c: Function): Generator<Function> {
  for (let k: any = c; typeof k === "function" && k !== Function.prototype; k = Object.getPrototypeOf(k)) yield k;
}

function isRealSubclass(sub: Function, base: Function): boolean {
  return sub === base || sub.prototype instanceof base;
}

/** ABCMeta.__subclasscheck__: a real subclass, or one registered (directly or through a parent) with `base` or one of its subclasses. */
function subclassCheck(base: Function, sub: unknown): boolean {
  if (!isClass(sub)) throw new TypeError("issubclass() arg 1 must be a class");
  if (base === ABC) return [...lineage(sub)].some((c) => registries.has(c)) || virtualOf(ABC, sub);
  if (isRealSubclass(sub, base)) return true;
  return virtualOf(base, sub);
}

function virtualOf(base: Function, sub: Function): boolean {
  for (const [abstract, registered] of registries) {
    if (!isRealSubclass(abstract, base) && abstract !== base) continue;
    for (const c of lineage(sub)) if (registered.has(c)) return true;
  }
  return false;
}

function instanceCheck(base: Function, x: unknown): boolean {
  if (x === null || x === undefined) return false;
  if (Object(x) instanceof base) return true;
  const cls = (Object(x) as object).constructor;
  return isClass(cls) && subclassCheck(base, cls);
}

/** `Shape.register(C)`: C becomes a virtual subclass; returns C, so it also works as a class decorator. */
function register<T extends Function>(this: Function, subclass: T): T {
  if (!isClass(subclass)) throw new TypeError("Can only register classes");
  if (subclassCheck(this, subclass)) return subclass;
  if (registries.has(subclass) && subclassCheck(subclass, this)) throw new RuntimeError("Refusing to create an inheritance cycle");
  registries.get(this)?.add(subclass);
  cacheToken++;
  return subclass;
}

let cacheToken = 0;

function defineStatic(cls: Function, name: string, value: unknown, getter = false): void {
  Object.defineProperty(cls, name, getter ? { get: value as () => unknown, configurable: true } : { value, writable: true, configurable: true });
}

/** After the declaration of a class made by ABCMeta: it gets `register`, the ABC checks and `__abstractmethods__`. */
function abstractBase(cls: Function): void {
  registries.set(cls, new Set());
  defineStatic(cls, "register", register);
  defineStatic(cls, "__instancecheck__", function (this: Function, x: unknown) {
    return instanceCheck(this, x);
  });
  defineStatic(cls, "__subclasscheck__", function (this: Function, sub: unknown) {
    return subclassCheck(this, sub);
  });
  defineStatic(cls, "__abstractmethods__", function (this: Function) {
    return new FrozenSet(abstractLeft(this));
  }, true);
}

/** `abc.ABC`: the helper class whose subclasses are abstract base classes. */
export class ABC {
  static register<T extends Function>(subclass: T): T {
    return register.call(ABC, subclass) as T;
  }
  static __instancecheck__(x: unknown): boolean {
    return instanceCheck(ABC, x);
  }
  static __subclasscheck__(sub: unknown): boolean {
    return subclassCheck(ABC, sub);
  }
}
registries.set(ABC, new Set());

/** `abc.ABCMeta`: as a metaclass it does what deriving from ABC does (see `abstractBase`). */
export class ABCMeta {
  static register<T extends Function>(subclass: T): T {
    return subclass;
  }
}

/** `abc.abstractmethod(f)` used as a plain call; as a decorator in a class body, the class transform handles it. */
function abstractmethod<F>(f: F): F {
  if (typeof f === "function") (f as any).__isabstractmethod__ = true;
  return f;
}

export const abc = {
  ABC,
  ABCMeta,
  abstractmethod,
  abstractBase,
  /** A token that changes whenever a class is registered (CPython's changes on every register()). */
  get_cache_token: (): number => cacheToken,
  /** Recomputes `__abstractmethods__`: here it is always computed when read. */
  update_abstractmethods<T>(cls: T): T {
    return cls;
  },
};
