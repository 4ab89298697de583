/**
 * Python operators whose JavaScript counterparts differ, used where the
 * translator cannot tell the operand types: `+` on lists and tuples, `*` for
 * repetition, `and`/`or` with Python truthiness, iteration over dicts.
 */
// add, dunderOp and NotImplemented live in builtins.ts (sum() needs add), so builtins needs nothing from here.
export { add, NotImplemented };
import { truthy } from "./numbers.js";
import { TypeError, ValueError } from "./exceptions.js";
import { Hinted, isClass, tuple } from "./repr.js";
import { add, bigintOp, dunderOp, floatOp, NotImplemented, numberResult, typeName, wideResult } from "./builtins.js";
import { registerSlowIntOps } from "./bigints.js";
import { callMethod } from "./methods.js";
import { band, bor, bxor } from "./intbits.js";
import { FrozenSet } from "./sets/pyset.js";
import { setDifference, setDifferenceUpdate, setIntersectionUpdate, setSymmetricDifferenceUpdate, setUpdate } from "./sets/ops.js";
import { Kwargs, bindBySignature, isBoundKwargs, setSignature, signatureOf, takeKwargs, type Signature } from "./kwargs.js";
import { isSyncGenerator, pyClosing } from "./generators.js";

// Typed int operators (bigints.ts) fall back to these when an operand is not an int after all.
registerSlowIntOps({ "+": (a, b) => add(a, b), "-": (a, b) => sub(a, b), "*": (a, b) => mul(a, b) });

function isTuple(x: unknown): x is readonly unknown[] {
  return Array.isArray(x) && Object.isFrozen(x);
}


/** `a & b`, `a | b`, `a ^ b` where the operands' types are not known statically: ints' bits, sets' operations, dict merge, else the dunders (Counter). */
export function bitop(a: any, b: any, op: "&" | "|" | "^"): any {
  const isInt = (x: any) => typeof x === "boolean" || typeof x === "bigint" || (typeof x === "number" && Number.isInteger(x));
  if (isInt(a) && isInt(b)) return op === "&" ? band(a, b) : op === "|" ? bor(a, b) : bxor(a, b);
  if (a instanceof Set && b instanceof Set) return callMethod(a, { "&": "intersection", "|": "union", "^": "symmetric_difference" }[op], b);
  const name = { "&": "and", "|": "or", "^": "xor" }[op];
  if (op === "|" && a instanceof Map && b instanceof Map && typeof (a as any).__or__ !== "function") return new Map([...a, ...b]);
  return dunderOp(a, b, name, op);
}

const subNumbers = (x: number, y: number): number => x - y;
const mulNumbers = (x: number, y: number): number => x * y;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export function sub(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? numberResult(r, a, b, subNumbers) : wideResult(r, a, b, "-", subNumbers);
  }
  if (typeof a === "bigint" || typeof b === "bigint") return bigintOp(a, b, "-");
  if (a instanceof Set && b instanceof Set) return setDifference(a, b);
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) - Number(b);
  if (a instanceof Hinted || b instanceof Hinted) return floatOp(a, b, sub, subNumbers, "sub", "-");
  return dunderOp(a, b, "sub", "-");
}

export function mul(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? numberResult(r, a, b, mulNumbers) : wideResult(r, a, b, "*", mulNumbers);
  }
  if (typeof a === "bigint" || typeof b === "bigint") return bigintOp(a, b, "*");
  const rep = (seq: any, n: number): any => {
    const count = Math.max(0, n);
    if (typeof seq === "string") return seq.repeat(count);
    const out: unknown[] = [];
    for (let i = 0; i < count; i++) out.push(...seq);
    return isTuple(seq) ? tuple(...out) : out;
  };
  if ((typeof a === "string" || Array.isArray(a)) && typeof b === "number") return rep(a, b);
  if ((typeof b === "string" || Array.isArray(b)) && typeof a === "number") return rep(b, a);
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) * Number(b);
  if (a instanceof Hinted || b instanceof Hinted) return floatOp(a, b, mul, mulNumbers, "mul", "*");
  return dunderOp(a, b, "mul", "*");
}

/** Python `a and b`: b is evaluated only when a is truthy. */
export function and<A, B>(a: A, b: () => B): A | B {
  return truthy(a) ? b() : a;
}

/** Python `a or b`. */
export function or<A, B>(a: A, b: () => B): A | B {
  return truthy(a) ? a : b();
}

/** What Python's `for` walks: a dict's keys, anything else as iterated. */
export function iterate<T = any>(x: any): Iterable<T> {
  if (x instanceof Map) return x.keys() as Iterable<T>;
  if (x == null) throw new TypeError(`'NoneType' object is not iterable`);
  if (isSyncGenerator(x)) return pyClosing(x as Generator<T>);
  if (typeof x[Symbol.iterator] === "function") return x as Iterable<T>;
  if (typeof x.__iter__ === "function") {
    const it = x.__iter__();
    return { [Symbol.iterator]: () => ({ next: () => pyNextResult(it) }) } as Iterable<T>;
  }
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

function pyNextResult(it: any): IteratorResult<any> {
  if (typeof it.next === "function" && typeof it.__next__ !== "function") return it.next();
  try {
    return { value: it.__next__(), done: false };
  } catch (e) {
    if (e && (e as any).constructor?.name === "StopIteration") return { value: undefined, done: true };
    throw e;
  }
}

/**
 * Unpacking with a starred name in the middle: `a, *b, c = xs`. `shape` has
 * one character per target, `1` for a name and `*` for the starred one.
 */
export function unpack(value: Iterable<unknown>, shape: string): any[] {
  const star = shape.indexOf("*");
  const fixed = shape.length - (star >= 0 ? 1 : 0);
  // Without a star Python pulls one item past the targets and stops: an endless generator is fine.
  const items: unknown[] = [];
  for (const item of iterate(value)) {
    items.push(item);
    if (star < 0 && items.length > fixed) break;
  }
  if (star < 0 ? items.length !== fixed : items.length < fixed) {
    const msg = items.length > fixed && star < 0 ? `too many values to unpack (expected ${fixed})` : `not enough values to unpack (expected ${star >= 0 ? "at least " : ""}${fixed}, got ${items.length})`;
    throw new ValueError(msg);
  }
  if (star < 0) return items;
  const after = shape.length - star - 1;
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)];
}

/** `tuple(iterable)` */
export function tupleOf<T>(items: Iterable<T> = []): readonly T[] {
  return tuple(...iterate<T>(items));
}

/** Reached only where the translator left a TODO: fail loudly instead of running on wrongly. */
export function unsupported(what: string): never {
  throw new Error(`tsyncio: untranslated Python construct reached at run time: ${what}`);
}


/**
 * `@functools.total_ordering`: from `__eq__` and one of `__lt__`, `__le__`,
 * `__gt__`, `__ge__`, the other three, defined the way functools does
 * (NotImplemented passes through).
 */
export function totalOrdering<C extends Function>(cls: C): C {
  const proto = cls.prototype as Record<string, any>;
  const has = (n: string) => typeof proto[n] === "function" && proto[n] !== (Object.prototype as any)[n];
  const root = ["__lt__", "__le__", "__gt__", "__ge__"].find(has);
  if (!root) throw new ValueError("must define at least one ordering operation: < > <= >=");
  const ni = (r: unknown) => r === NotImplemented;
  const eq = (a: any, b: any) => (typeof a.__eq__ === "function" ? a.__eq__(b) === true : a === b);
  const derived: Record<string, Record<string, (this: any, o: any) => unknown>> = {
    __lt__: {
      __gt__(o) { const r = this.__lt__(o); return ni(r) ? r : !r && !eq(this, o); },
      __le__(o) { const r = this.__lt__(o); return ni(r) ? r : r || eq(this, o); },
      __ge__(o) { const r = this.__lt__(o); return ni(r) ? r : !r; },
    },
    __le__: {
      __ge__(o) { const r = this.__le__(o); return ni(r) ? r : !r || eq(this, o); },
      __lt__(o) { const r = this.__le__(o); return ni(r) ? r : r && !eq(this, o); },
      __gt__(o) { const r = this.__le__(o); return ni(r) ? r : !r; },
    },
    __gt__: {
      __lt__(o) { const r = this.__gt__(o); return ni(r) ? r : !r && !eq(this, o); },
      __ge__(o) { const r = this.__gt__(o); return ni(r) ? r : r || eq(this, o); },
      __le__(o) { const r = this.__gt__(o); return ni(r) ? r : !r; },
    },
    __ge__: {
      __le__(o) { const r = this.__ge__(o); return ni(r) ? r : !r || eq(this, o); },
      __gt__(o) { const r = this.__ge__(o); return ni(r) ? r : r && !eq(this, o); },
      __lt__(o) { const r = this.__ge__(o); return ni(r) ? r : !r; },
    },
  };
  for (const [name, fn] of Object.entries(derived[root]!)) {
    if (!has(name)) Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true });
  }
  return cls;
}

/** `a += b`: lists extend in place (aliases see it), everything else as `+`. */
export function iadd(a: any, b: any): any {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    a.push(...iterate(b));
    return a;
  }
  if (a && typeof a.__iadd__ === "function") return a.__iadd__(b);
  return add(a, b);
}

function setInPlace(a: any, b: any, op: "|" | "&" | "^" | "-"): any {
  const name = { "|": "or", "&": "and", "^": "xor", "-": "sub" }[op];
  // An object with its own operator (a Counter is a Map, but `|=` keeps maxima) goes through its dunders.
  if (a !== null && typeof a === "object" && typeof a[`__i${name}__`] === "function") return a[`__i${name}__`](b);
  if (a !== null && typeof a === "object" && typeof a[`__${name}__`] === "function") return dunderOp(a, b, name, op);
  if (a instanceof Set) {
    // A frozenset has no in-place operators: `fs |= x` rebinds fs to `fs | x`.
    if (a instanceof FrozenSet && b instanceof Set) return op === "-" ? sub(a, b) : bitop(a, b, op);
    if (!(b instanceof Set)) throw new TypeError(`unsupported operand type(s) for ${op}=: '${typeName(a)}' and '${typeName(b)}'`);
    if (op === "|") setUpdate(a, b);
    else if (op === "-") setDifferenceUpdate(a, b);
    else if (op === "&") setIntersectionUpdate(a, b);
    else setSymmetricDifferenceUpdate(a, b);
    return a;
  }
  if (a instanceof Map && op === "|") {
    for (const [k, v] of b instanceof Map ? b : new Map(b)) a.set(k, v);
    return a;
  }
  if (typeof a === "number" || typeof a === "boolean") {
    if (op === "-") return Number(a) - Number(b);
    return op === "|" ? bor(a, b) : op === "&" ? band(a, b) : bxor(a, b);
  }
  if (b !== null && typeof b === "object" && typeof b[`__r${name}__`] === "function") return dunderOp(a, b, name, op);
  throw new TypeError(`unsupported operand type(s) for ${op}=: '${typeName(a)}' and '${typeName(b)}'`);
}

export const ior = (a: any, b: any): any => setInPlace(a, b, "|");
export const iand = (a: any, b: any): any => setInPlace(a, b, "&");
export const ixor = (a: any, b: any): any => setInPlace(a, b, "^");
export function isub(a: any, b: any): any {
  if (a instanceof Set) return setInPlace(a, b, "-");
  return sub(a, b);
}

function sliceIndices(len: number, start: number | null, stop: number | null, step: number | null): number[] {
  const st = step ?? 1;
  if (st === 0) throw new ValueError("slice step cannot be zero");
  const norm = (i: number | null, dflt: number, lo: number, hi: number): number => {
    if (i === null) return dflt;
    const j = i < 0 ? i + len : i;
    return Math.min(Math.max(j, lo), hi);
  };
  const out: number[] = [];
  if (st > 0) {
    const a = norm(start, 0, 0, len);
    const b = norm(stop, len, 0, len);
    for (let i = a; i < b; i += st) out.push(i);
  } else {
    const a = norm(start, len - 1, -1, len - 1);
    const b = norm(stop, -1, -1, len - 1);
    for (let i = a; i > b; i += st) out.push(i);
  }
  return out;
}

/** `xs[a:b:c] = values` */
export function setslice(xs: any[], start: number | null, stop: number | null, step: number | null, values: Iterable<unknown>): void {
  const items = [...iterate(values)];
  if (step === null || step === 1) {
    const idx = sliceIndices(xs.length, start, stop, 1);
    const from = idx.length > 0 ? idx[0]! : Math.min(Math.max(start === null ? 0 : start < 0 ? start + xs.length : start, 0), xs.length);
    xs.splice(from, idx.length, ...items);
    return;
  }
  const idx = sliceIndices(xs.length, start, stop, step);
  if (idx.length !== items.length) throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
  idx.forEach((i, k) => (xs[i] = items[k]));
}

/** `del xs[a:b:c]` */
export function delslice(xs: any[], start: number | null, stop: number | null, step: number | null): void {
  const idx = sliceIndices(xs.length, start, stop, step).sort((a, b) => b - a);
  for (const i of idx) xs.splice(i, 1);
}

/**
 * A method taken as a value (`key=d.get`, `callback=self.on_done`): Python
 * binds it to its object; JavaScript would lose `this`. Builtin types'
 * methods go through callMethod so they keep Python's meaning.
 */
export function boundMethod(obj: any, name: string): (...args: any[]) => any {
  const value = obj?.[name];
  const builtinProto = Array.isArray(obj) || typeof obj === "string" || obj instanceof Map || obj instanceof Set;
  // A class held as an attribute (`inspect.Parameter.empty`, a nested class) is not a method: it stays itself.
  if (typeof value === "function" && isClass(value)) return value;
  if (typeof value === "function" && !builtinProto) {
    const bound = value.bind(obj);
    Object.defineProperty(bound, "name", { value: name });
    Object.defineProperty(bound, "__self__", { value: obj });
    Object.defineProperty(bound, "__func__", { value });
    // The method's signature goes along, so a later call is bound and checked as Python's.
    const sig = signatureOf(value);
    if (sig !== undefined) setSignature(bound, sig);
    return bound;
  }
  if (value !== undefined && typeof value !== "function") return value;
  return (...args: any[]) => callMethod(obj, name, ...args);
}

/** `raise kind(...)` where `kind` may be a class or a factory function. */
export function instantiate(kind: any, ...args: unknown[]): any {
  return isClass(kind) ? new kind(...args) : kind(...args);
}

/** A decorated function keeps its Python name (the function itself is anonymous). */
export function named<F extends Function>(name: string, fn: F, sig?: Signature | string, doc?: string | null): F {
  let out: any = fn;
  if (sig) {
    // A wrapper (`def w(*args, **kwargs): return fn(*args, **kwargs)`) hands keywords
    // on as a trailing Kwargs: bind them to the parameters by name, as Python does.
    out = function (this: unknown, ...args: any[]) {
      const last = args[args.length - 1];
      // Keywords from a call site that could not see this signature come as a plain object.
      if (last instanceof Kwargs ? !isBoundKwargs(last) : last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) {
        const kws = takeKwargs(args);
        return (fn as any).apply(this, bindBySignature(sig, args, [...kws]));
      }
      return (fn as any).apply(this, args);
    };
  }
  Object.defineProperty(out, "name", { value: name });
  if (sig) setSignature(out, sig);
  if (doc !== undefined) out.__doc__ = doc;
  // What the wrapper runs: inspect tells a generator function by it.
  if (out !== fn) Object.defineProperty(out, "__tsyncio_function__", { value: fn });
  return out as F;
}
