/**
 * Python's builtin functions over the runtime's value conventions:
 * int/float -> number, str -> string, bool -> boolean, None -> null
 * (undefined is treated as None), list -> Array, tuple -> frozen Array,
 * dict -> Map, set -> Set (frozenset -> frozen Set), user classes -> JS
 * classes keeping Python's dunder method names.
 *
 * Keyword arguments arrive as a trailing plain object (`{ key, reverse }`):
 * no Python value is ever a plain object, so the two cannot be confused.
 */
import { inputLine } from "./stdin.js";
import {
  AttributeError,
  EOFError,
  IndexError,
  KeyError,
  RuntimeError,
  StopAsyncIteration,
  StopIteration,
  TypeError,
  ValueError,
  OverflowError,
} from "./exceptions.js";
import { declaredBases, linearMro } from "./inheritance.js";
import { FrozenSet, NOT_FOUND, PySet, registerKeyFinder } from "./sets/pyset.js";
import { callable, flt, Hinted, PyFloat, registerAddressOf, registerBuiltinFunction, registerBuiltinType, repr, str, tuple } from "./repr.js";
import { bool, float, int, truthy } from "./numbers.js";
import { markStarted } from "./generators.js";
import { checkedNumber, exactIntOp, isIntOperand } from "./bigints.js";
import { TextDecoder } from "node:util";

// ---------------------------------------------------------------------------
// Small shared helpers (exported for methods.ts, json.ts and stdlib.ts)
// ---------------------------------------------------------------------------

/** A frozen Array: the runtime's tuple. */
function tup<T>(...items: T[]): readonly T[] {
  return Object.freeze(items);
}

/**
 * Is `x` a trailing keyword-options object (`{ key: f }`)? Only plain objects
 * qualify; with `keys`, every own key must be one of them.
 */
export function isOptions(x: unknown, keys?: readonly string[]): x is Record<string, any> {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  if (keys) for (const k of Object.keys(x)) if (!keys.includes(k)) return false;
  return true;
}

/** Removes and returns a trailing options object from `args` (mutates), or `{}`. */
export function popOptions(args: any[], keys?: readonly string[]): Record<string, any> {
  if (args.length > 0 && isOptions(args[args.length - 1], keys)) return args.pop();
  return {};
}

const SURROGATE = /[\uD800-\uDFFF]/;

// One-entry cache: loops index the same string over and over.
let cachedString = "";
let cachedPoints: string[] | null = null;

/** The code points of a string when it has astral characters, else null (index directly). */
function codePoints(s: string): string[] | null {
  if (s === cachedString) return cachedPoints;
  const points = SURROGATE.test(s) ? Array.from(s) : null;
  cachedString = s;
  cachedPoints = points;
  return points;
}

/** Python's len() of a string: code points, not UTF-16 units. */
export function strLength(s: string): number {
  if (s.length < 2) return s.length;
  const points = codePoints(s);
  return points ? points.length : s.length;
}

function isIntLike(x: unknown): x is number | boolean {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "boolean";
}

/** An index argument: integral number or bool; anything else is Python's TypeError. */
function indexArg(key: unknown, what: string): number {
  if (typeof key === "number" && Number.isInteger(key)) return key;
  if (typeof key === "boolean") return key ? 1 : 0;
  if (typeof key === "bigint") return Number(key);
  if (key != null && typeof (key as any).__index__ === "function") return (key as any).__index__();
  throw new TypeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
}

/** Anything Python can iterate, as a JavaScript iterable (a dict gives its keys). */
export function pyIterable<T = any>(x: any): Iterable<T> {
  if (typeof x === "string") return x as unknown as Iterable<T>;
  if (x == null) throw new TypeError(`'NoneType' object is not iterable`);
  if (x instanceof Map) return sizeChecked(x, "dictionary") as Iterable<T>;
  if (x instanceof Set) return sizeChecked(x, "Set") as Iterable<T>;
  if (typeof x[Symbol.iterator] === "function") {
    // An iterator (a generator, say) must not be closed when a builtin stops
    // early: `2 in gen` leaves the rest of gen to be consumed, as in Python.
    if (typeof x.next === "function") return noClose(x);
    return x as Iterable<T>;
  }
  if (typeof x.__iter__ === "function") return fromPyIterator(x.__iter__());
  if (typeof x.__getitem__ === "function") {
    // The old sequence protocol: x[0], x[1], ... until IndexError.
    let i = 0;
    return {
      [Symbol.iterator]: () => ({
        next: (): IteratorResult<T> => {
          try {
            return { value: x.__getitem__(i++), done: false };
          } catch (e) {
            if (e instanceof IndexError || e instanceof StopIteration) return { value: undefined, done: true };
            throw e;
          }
        },
      }),
    };
  }
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

/**
 * A dict's keys (or its values or items) or a set's items, raising Python's
 * RuntimeError when the collection grows or shrinks during the iteration
 * (JavaScript would go on, and never end if the loop keeps adding).
 */
export function sizeChecked<K, V>(c: Map<K, V>, part: "items"): Iterable<readonly [K, V]>;
export function sizeChecked<K, V>(c: Map<K, V>, part: "values"): Iterable<V>;
export function sizeChecked<T>(c: Map<T, unknown> | Set<T>, part?: "keys" | "dictionary" | "Set"): Iterable<T>;
export function sizeChecked(c: Map<any, any> | Set<any>, part: "keys" | "values" | "items" | "dictionary" | "Set" = "keys"): Iterable<any> {
  const what = c instanceof Map ? "dictionary" : "Set";
  return {
    [Symbol.iterator]() {
      const inner = part === "values" ? c.values() : part === "items" ? (c as Map<any, any>).entries() : c.keys();
      const size = c.size;
      // More entries than the dict held at the start: keys were deleted and others added (CPython's dictiter check).
      let left = size;
      return {
        next(): IteratorResult<any> {
          if (c.size !== size) throw new RuntimeError(`${what} changed size during iteration`);
          const r = inner.next();
          if (!r.done && left-- === 0 && what === "dictionary") throw new RuntimeError("dictionary keys changed during iteration");
          return r.done || part !== "items" ? r : { value: Object.freeze(r.value), done: false };
        },
      };
    },
  };
}

/** Iteration over `it` that never calls its `return()` (Python does not close on early exit). */
function noClose<T>(it: Iterator<T> & Iterable<T>): Iterable<T> {
  return {
    [Symbol.iterator]() {
      const inner = it[Symbol.iterator]();
      return {
        next: (): IteratorResult<T> => {
          markStarted(inner);
          return inner.next();
        },
      };
    },
  };
}

/** A JavaScript iterator over whatever Python's iter() would give. */
export function pyIterator<T = any>(x: any): Iterator<T> {
  return pyIterable<T>(x)[Symbol.iterator]();
}

function fromPyIterator(it: any): IterableIterator<any> {
  if (it != null && typeof it.next === "function" && typeof it.__next__ !== "function") {
    if (typeof it[Symbol.iterator] === "function") return it;
    return { next: () => it.next(), [Symbol.iterator]() { return this; } };
  }
  if (it == null || typeof it.__next__ !== "function") {
    throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  return {
    next(): IteratorResult<any> {
      try {
        return { value: it.__next__(), done: false };
      } catch (e) {
        if (e instanceof StopIteration) return { value: undefined, done: true };
        throw e;
      }
    },
    [Symbol.iterator]() {
      return this;
    },
  };
}

// ---------------------------------------------------------------------------
// Keys of dicts and sets: Python equality, so tuples work as keys
// ---------------------------------------------------------------------------

/** Returned by `pyKeyOf` when no equal key is present. */
export const MISSING: unique symbol = Symbol("MISSING");

type Keyed = Map<any, any> | Set<any>;
interface KeyIndex {
  /** The collection's size when the index was right; a PySet's version (it may change and keep its size). */
  stamp: number;
  buckets: Map<string, any[]>;
}
const keyIndexes = new WeakMap<Keyed, KeyIndex>();

const stampOf = (c: Keyed): number => (c instanceof PySet ? c.version : c.size);

/** A structural hash string for object keys (tuples, objects with __hash__), or null. */
function keyHash(k: any): string | null {
  switch (typeof k) {
    case "number":
      return Object.is(k, -0) ? "n0" : `n${k}`;
    case "boolean":
      return k ? "n1" : "n0";
    case "bigint":
      return `n${k}`;
    case "string":
      return `s${k.length}:${k}`;
    case "undefined":
      return "N";
    case "object":
      if (k === null) return "N";
      if (Array.isArray(k)) {
        if (!Object.isFrozen(k)) return null;
        let out = "(";
        for (const item of k) {
          const h = keyHash(item);
          if (h === null) return null;
          out += h + ",";
        }
        return out + ")";
      }
      // A boxed 2.0 is the key 2 (and -0.0 the key 0).
      if (k instanceof PyFloat) return keyHash(k.value);
      if (typeof k.__tsyncio_int__ === "function" && k.__tsyncio_int__() !== undefined) return keyHash(k.__tsyncio_int__());
      if (typeof k.__hash__ === "function") return `h${k.__hash__()}`;
      return null;
    default:
      return null;
  }
}

function keyIndexOf(c: Keyed): KeyIndex {
  let entry = keyIndexes.get(c);
  if (entry && entry.stamp === stampOf(c)) return entry;
  const buckets = new Map<string, any[]>();
  for (const k of c.keys()) {
    if (k === null || typeof k !== "object") continue;
    const h = keyHash(k);
    if (h === null) continue;
    const b = buckets.get(h);
    if (b) b.push(k);
    else buckets.set(h, [k]);
  }
  entry = { stamp: stampOf(c), buckets };
  keyIndexes.set(c, entry);
  return entry;
}

function noteKeyAdded(c: Keyed, k: any): void {
  const entry = keyIndexes.get(c);
  if (!entry) return;
  const stamp = stampOf(c);
  if (entry.stamp !== stamp - 1) return; // changed behind our back: rebuilt on next lookup
  entry.stamp = stamp;
  // The index holds object keys only: a plain key leaves it right (else every new int key rebuilt it, O(n) each).
  if (k === null || typeof k !== "object") return;
  const h = keyHash(k);
  if (h === null) return;
  const b = entry.buckets.get(h);
  if (b) b.push(k);
  else entry.buckets.set(h, [k]);
}

function noteKeyDeleted(c: Keyed): void {
  const entry = keyIndexes.get(c);
  if (!entry) return;
  // Stale bucket entries are filtered by has().
  const stamp = stampOf(c);
  if (entry.stamp === (c instanceof PySet ? stamp - 1 : stamp + 1)) entry.stamp = stamp;
}

/** The stored key equal to the integral number n: n itself, the float n.0 (either zero) or a bool. */
function numericKeyOf(c: Keyed, n: number): any {
  if (c.has(n)) return n;
  if (n === 0 && c.has(false)) return false;
  if (n === 1 && c.has(true)) return true;
  // Float boxes are objects, found through the key index by value.
  const buckets = keyIndexOf(c).buckets;
  if (buckets.size === 0) return MISSING;
  const bucket = buckets.get(keyHash(n)!);
  if (bucket) for (const x of bucket) if ((x instanceof PyFloat || typeof x.__tsyncio_int__ === "function") && c.has(x)) return x;
  return MISSING;
}

/**
 * The key stored in `c` that equals `k` under Python's ==, or MISSING.
 * `1`, `1.0` and `True` are one key; equal tuples are one key.
 */
export function pyKeyOf(c: Keyed, k: any): any {
  if (c.has(k)) return k;
  if (k instanceof PyFloat) return numericKeyOf(c, k.value);
  switch (typeof k) {
    case "boolean":
      return numericKeyOf(c, k ? 1 : 0);
    case "number":
      return Number.isInteger(k) ? numericKeyOf(c, k) : MISSING;
    case "undefined":
      return c.has(null) ? null : MISSING;
    case "object": {
      if (k === null) return c.has(undefined) ? undefined : MISSING;
      // An exact number object equal to an int (Fraction(2), Decimal(2)) is the key 2.
      const whole = typeof k.__tsyncio_int__ === "function" ? k.__tsyncio_int__() : undefined;
      if (whole !== undefined) {
        const found = typeof whole === "number" ? numericKeyOf(c, whole) : c.has(whole) ? whole : MISSING;
        if (found !== MISSING) return found;
      }
      const h = keyHash(k);
      if (h !== null) {
        const bucket = keyIndexOf(c).buckets.get(h);
        if (bucket) for (const x of bucket) if (c.has(x) && (x === k || eq(x, k))) return x;
        return MISSING;
      }
      if (Array.isArray(k) || k instanceof Set || typeof k.__eq__ === "function") {
        for (const x of c.keys()) if (x !== null && typeof x === "object" && eq(x, k)) return x;
      }
      return MISSING;
    }
    default:
      return MISSING;
  }
}

// A PySet answers has/add/delete by Python equality through pyKeyOf (sets/pyset.ts cannot import it).
registerKeyFinder((s, x) => {
  const k = pyKeyOf(s, x);
  return k === MISSING ? NOT_FOUND : k;
});

/** `k in c` for a dict or set, with Python equality. */
export function pyHasKey(c: Keyed, k: any): boolean {
  return pyKeyOf(c, k) !== MISSING;
}

/** Python raises TypeError for list, dict and set keys. */
export function checkHashable(k: any): void {
  if (k === null || typeof k !== "object") return;
  if ((Array.isArray(k) && !Object.isFrozen(k)) || k instanceof Map || (k instanceof Set && !(k instanceof FrozenSet)) || k.__hash__ === null) {
    throw new TypeError(`unhashable type: '${typeName(k)}'`);
  }
}

/** `d[k] = v` keeping the existing equal key, as Python does. */
export function pyMapSet<K, V>(m: Map<K, V>, k: K, v: V): void {
  const existing = pyKeyOf(m, k);
  if (existing !== MISSING) {
    m.set(existing, v);
    return;
  }
  checkHashable(k);
  m.set(k, v);
  noteKeyAdded(m, k);
}

/** `d[k]`, or MISSING. */
export function pyMapGet(m: Map<any, any>, k: any): any {
  if (m.has(k)) return m.get(k);
  const key = pyKeyOf(m, k);
  return key === MISSING ? MISSING : m.get(key);
}

/** Deletes the key equal to `k`; false when absent. */
export function pyMapDelete(m: Map<any, any>, k: any): boolean {
  const key = pyKeyOf(m, k);
  if (key === MISSING) return false;
  m.delete(key);
  noteKeyDeleted(m);
  return true;
}

/** `s.add(x)` with Python equality. */
export function pySetAdd<T>(s: Set<T>, x: T): void {
  if (pyKeyOf(s, x) !== MISSING) return;
  checkHashable(x);
  s.add(x);
  noteKeyAdded(s, x);
}

/** Removes the element equal to `x`; false when absent. */
export function pySetDelete(s: Set<any>, x: any): boolean {
  const key = pyKeyOf(s, x);
  if (key === MISSING) return false;
  s.delete(key);
  noteKeyDeleted(s);
  return true;
}

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

/** `type(None)` */
export function NoneType(): null {
  return null;
}

/** Python's `object`: `object()` makes a unique sentinel; every value is an instance. */
class PyObject {
  __repr__(): string {
    return `<object object at 0x${id(this).toString(16)}>`;
  }
  toString(): string {
    return this.__repr__();
  }
}
export const object: typeof PyObject = PyObject;
Object.defineProperty(PyObject, "name", { value: "object" });

/** The class JavaScript's prototype chain gives as `cls`'s parent, or null at the top. */
function parentClass(cls: any): any {
  if (cls === object || builtinTypeName(cls) !== null) return null;
  const p = Object.getPrototypeOf(cls);
  // Error is how BaseException is built; Python's hierarchy ends at object.
  return typeof p === "function" && p !== Function.prototype && p !== Error ? p : null;
}

/** `cls.__mro__`: the class, its ancestors in C3 order, then object. */
export function mro(cls: any): readonly any[] {
  if (typeof cls !== "function") throw new TypeError(`'${typeName(cls)}' object has no attribute '__mro__'`);
  if (cls === object || builtinTypeName(cls) !== null) return tuple(cls, ...(cls === object ? [] : [object]));
  const out: any[] = linearMro(cls);
  if (out[out.length - 1] !== object) out.push(object);
  return tuple(...out);
}

/** `cls.__bases__`: the direct parent, or object. */
export function bases(cls: any): readonly any[] {
  if (cls === object) return tuple();
  return tuple(...(declaredBases(cls) ?? [parentClass(cls) ?? object]));
}

function isClass(fn: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

export const NotImplemented: unique symbol = Symbol("NotImplemented");

/**
 * The methods of builtin types (methods.ts), which import this module: it
 * registers them here when it loads, so getattr() can return them without an
 * import cycle.
 */
// `var` without an initializer: methods.ts may register before this module's body has run (a module
// earlier in an import chain loads it first), and a `let` would not exist yet, or would be reset.
// eslint-disable-next-line no-var
var pythonMethods: { has(obj: unknown, name: string): boolean; call(obj: unknown, name: string, ...args: any[]): any } | undefined;

export function registerPythonMethods(m: NonNullable<typeof pythonMethods>): void {
  pythonMethods = m;
}

export function add(a: any, b: any): any {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    return r <= MAX_SAFE && r >= -MAX_SAFE ? numberResult(r, a, b, addNumbers) : wideResult(r, a, b, "+", addNumbers);
  }
  if (typeof a === "bigint" || typeof b === "bigint") return bigintOp(a, b, "+");
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (typeof a === "boolean" || typeof b === "boolean") {
    if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) + Number(b);
  }
  if (Array.isArray(a) && Array.isArray(b) && isTupleValue(a) === isTupleValue(b)) return isTupleValue(a) ? tuple(...a, ...b) : [...a, ...b];
  if (typeof a === "string" && typeof b?.__radd__ !== "function") throw new TypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (a instanceof Hinted || b instanceof Hinted) return floatOp(a, b, add, addNumbers, "add", "+");
  return dunderOp(a, b, "add", "+");
}

const addNumbers = (x: number, y: number): number => x + y;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A number result past 2**53: exact (a bigint) when both operands are ints, else a float as before. */
export function wideResult(r: number, a: number, b: number, op: "+" | "-" | "*", fn: (x: number, y: number) => number): any {
  const exact = checkedNumber(r, a, b, op);
  return typeof exact === "bigint" ? exact : numberResult(r, a, b, fn);
}

/**
 * An operator with a bigint (an int past 2**53) on either side: exact with
 * another int, a float with a float, else the other operand's dunders.
 */
export function bigintOp(a: any, b: any, op: "+" | "-" | "*"): any {
  const x = a instanceof PyFloat ? a : typeof a === "boolean" ? Number(a) : a;
  const y = b instanceof PyFloat ? b : typeof b === "boolean" ? Number(b) : b;
  if (isIntOperand(x) && isIntOperand(y)) return exactIntOp(x, y, op);
  const isNum = (v: unknown) => typeof v === "number" || typeof v === "bigint" || v instanceof PyFloat;
  if (isNum(x) && isNum(y)) {
    const p = Number(x);
    const q = Number(y);
    return flt(op === "+" ? p + q : op === "-" ? p - q : p * q);
  }
  if (op === "*" && (typeof x === "bigint" || typeof y === "bigint") && (typeof x === "string" || Array.isArray(x) || typeof y === "string" || Array.isArray(y))) {
    throw new OverflowError("cannot fit 'int' into an index-sized integer");
  }
  return dunderOp(a, b, { "+": "add", "-": "sub", "*": "mul" }[op], op);
}

/** A number result: 0.5 + 1.5 is the float 2.0, so an integral result of a non-integral operand is boxed. */
export function numberResult(r: number, a: number, b: number, op: (x: number, y: number) => number): number {
  if (!Number.isInteger(r) || (Number.isInteger(a) && Number.isInteger(b))) return r;
  // A plain integral operand is an int, and ints have no -0 (JavaScript's 0 * -2 is -0): x + 0 drops it.
  return flt(op(a + 0, b + 0));
}

/**
 * An operator with a float box (or hint) on either side: computed on the
 * numbers behind, and the result is a float again, as `2.0 + 1` is `3.0`.
 */
export function floatOp(a: any, b: any, op: (x: any, y: any) => any, numbers: (x: number, y: number) => number, name: string, symbol: string): any {
  // The other operand, when a plain integral number, is an int: no -0 (see numberResult).
  const x = a instanceof Hinted ? a.value : typeof a === "number" && Number.isInteger(a) ? a + 0 : a;
  const y = b instanceof Hinted ? b.value : typeof b === "number" && Number.isInteger(b) ? b + 0 : b;
  const floaty = (a instanceof Hinted && a.desc === "float") || (b instanceof Hinted && b.desc === "float");
  // Computed here, not by op: op would take the float -0 behind a box for an int's -0 (1.5 * -0.0 is -0.0).
  if (floaty && typeof x === "number" && typeof y === "number") return flt(numbers(x, y));
  // An object's own operator gets the float as it is (a box, which prints 2.0): only a bare hint is dropped.
  const object = (v: any) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (object(x) || object(y)) return dunderOp(a instanceof PyFloat ? a : x, b instanceof PyFloat ? b : y, name, symbol);
  const r = op(x, y);
  return floaty && typeof r === "number" ? flt(r) : r;
}

/**
 * `a.__op__(b)`, else `b.__rop__(a)`, skipping NotImplemented answers, else
 * Python's TypeError, as the binary operators do for user classes.
 */
export function dunderOp(a: any, b: any, name: string, symbol: string): any {
  const forward = a?.[`__${name}__`];
  if (typeof forward === "function") {
    const r = forward.call(a, b);
    if (r !== NotImplemented) return r;
  }
  const reflected = b?.[`__r${name}__`];
  if (typeof reflected === "function" && typeName(a) !== typeName(b)) {
    const r = reflected.call(b, a);
    if (r !== NotImplemented) return r;
  }
  throw new TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

function isTupleValue(x: unknown): x is readonly unknown[] {
  return Array.isArray(x) && Object.isFrozen(x);
}

/** Python's `type(x).__name__`. */
export function typeName(x: any): string {
  switch (typeof x) {
    case "undefined":
      return "NoneType";
    case "number":
      return Number.isInteger(x) ? "int" : "float";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "symbol":
      return x === NotImplemented ? "NotImplementedType" : "symbol";
    case "function":
      if (builtinTypeName(x) !== null || isClass(x)) return "type";
      return "function";
  }
  if (x === null) return "NoneType";
  if (Array.isArray(x)) return Object.isFrozen(x) ? "tuple" : "list";
  if (x instanceof PyRange) return "range";
  if (x instanceof Hinted) return x.desc === "float" ? "float" : typeName(x.value);
  const ctor = x.constructor;
  if (x instanceof Map && (ctor === Map || ctor?.name === "Kwargs")) return "dict";
  if (x instanceof FrozenSet && ctor === FrozenSet) return "frozenset";
  if (x instanceof Set && (ctor === Set || ctor === PySet)) return "set";
  const tagged = x[PY_TYPE_NAME];
  if (typeof tagged === "string") return tagged;
  const tag = Object.prototype.toString.call(x);
  if (tag === "[object Generator]") return "generator";
  if (tag === "[object AsyncGenerator]") return "async_generator";
  if (tag === "[object Promise]") return "coroutine";
  if (ctor === Object || ctor === undefined) return "object";
  return (ctor.__name__ as string | undefined) ?? ctor.name ?? "object";
}

function builtinTypeName(fn: unknown): string | null {
  if (fn === int) return "int";
  if (fn === float) return "float";
  if (fn === str) return "str";
  if (fn === bool) return "bool";
  if (fn === list) return "list";
  if (fn === tuple) return "tuple";
  if (fn === dict) return "dict";
  if (fn === set) return "set";
  if (fn === frozenset) return "frozenset";
  if (fn === range) return "range";
  if (fn === slice) return "slice";
  if (fn === type) return "type";
  if (fn === NoneType) return "NoneType";
  if (fn === object) return "object";
  return null;
}

/** Python's `type(x)`: the class, or the runtime's marker for a builtin type. */
export function type(x: any): any {
  switch (typeof x) {
    case "undefined":
      return NoneType;
    case "number":
      return Number.isInteger(x) ? int : float;
    case "bigint":
      return int;
    case "string":
      return str;
    case "boolean":
      return bool;
    case "function":
      return builtinTypeName(x) !== null || isClass(x) ? type : Function;
  }
  if (x === null) return NoneType;
  if (Array.isArray(x)) return Object.isFrozen(x) ? tuple : list;
  if (x instanceof PyRange) return range;
  if (x instanceof PySlice) return slice;
  if (x instanceof Hinted) return x.desc === "float" ? float : type(x.value);
  if (x.constructor === Map || x.constructor?.name === "Kwargs") return dict;
  if (x.constructor === FrozenSet) return frozenset;
  if (x.constructor === Set || x.constructor === PySet) return set;
  const tag = Object.prototype.toString.call(x);
  if (tag === "[object Generator]") return GeneratorType;
  if (tag === "[object AsyncGenerator]") return AsyncGeneratorType;
  return x.constructor ?? object;
}

/** `type(gen)` and `type(agen)`: the types CPython names generator and async_generator. */
class GeneratorType {}
class AsyncGeneratorType {}
registerBuiltinType(GeneratorType, "generator");
registerBuiltinType(AsyncGeneratorType, "async_generator");

/** `isinstance(x, cls)`; `cls` may be an array (Python's tuple) of classes. */
export function isinstance(x: any, cls: any): boolean {
  if (Array.isArray(cls)) return cls.some((c) => isinstance(x, c));
  if (cls === object) return true;
  if (x instanceof Hinted) {
    if (x.desc === "float" && typeof x.value === "number") return cls === float;
    return isinstance(x.value, cls);
  }
  if (cls === int) return (typeof x === "number" && Number.isInteger(x)) || typeof x === "boolean" || typeof x === "bigint";
  // An integral number is an int unless the translator marked it a float:
  // isinstance(1, float) is False, and 2.0 arrives as asFloat(2).
  if (cls === float) return typeof x === "number" && !Number.isInteger(x);
  if (cls === str) return typeof x === "string";
  if (cls === bool) return typeof x === "boolean";
  if (cls === list) return Array.isArray(x) && !Object.isFrozen(x);
  if (cls === tuple) return Array.isArray(x) && Object.isFrozen(x);
  if (cls === dict) return x instanceof Map;
  if (cls === set) return x instanceof Set && !(x instanceof FrozenSet);
  if (cls === frozenset) return x instanceof FrozenSet;
  if (cls === range) return x instanceof PyRange;
  if (cls === slice) return x instanceof PySlice;
  if (cls === NoneType) return x == null;
  if (cls === type) return typeof x === "function" && (builtinTypeName(x) !== null || isClass(x));
  if (typeof cls === "function") {
    if (x === null || x === undefined) return false;
    if (typeof cls.__instancecheck__ === "function") return truthy(cls.__instancecheck__(x));
    return Object(x) instanceof cls;
  }
  throw new TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

/** `issubclass(C, B)`; `B` may be an array of classes. */
export function issubclass(c: any, b: any): boolean {
  if (Array.isArray(b)) return b.some((x) => issubclass(c, x));
  if (typeof c !== "function") throw new TypeError("issubclass() arg 1 must be a class");
  if (c === b || b === object) return true;
  if (c === bool && b === int) return true;
  // An abstract base class decides itself (abc's register()).
  if (typeof b === "function" && typeof b.__subclasscheck__ === "function") return truthy(b.__subclasscheck__(c));
  if (builtinTypeName(c) !== null) return false;
  return typeof b === "function" && c.prototype instanceof b;
}

// ---------------------------------------------------------------------------
// range
// ---------------------------------------------------------------------------

function rangeArg(x: unknown): number {
  if (isIntLike(x)) return Number(x);
  if (typeof x === "bigint") return Number(x);
  if (x != null && typeof (x as any).__index__ === "function") return (x as any).__index__();
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** Python's range object: lazy, sized, indexable, comparable. */
export class PyRange implements Iterable<number> {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;

  constructor(start: number, stop: number, step = 1) {
    if (step === 0) throw new ValueError("range() arg 3 must not be zero");
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  }

  [Symbol.iterator](): IterableIterator<number> {
    let i = 0;
    const { start, step, length } = this;
    return {
      next: (): IteratorResult<number> => (i < length ? { value: start + step * i++, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]() {
        return this;
      },
    };
  }

  __len__(): number {
    return this.length;
  }

  __getitem__(key: unknown): number {
    let i = indexArg(key, "range");
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) throw new IndexError("range object index out of range");
    return this.start + this.step * i;
  }

  __contains__(x: unknown): boolean {
    if (typeof x !== "number" && typeof x !== "boolean") {
      for (const v of this) if (eq(v, x)) return true;
      return false;
    }
    const n = Number(x);
    if (!Number.isInteger(n)) return false;
    if (this.step > 0 ? n < this.start || n >= this.stop : n > this.start || n <= this.stop) return false;
    return (n - this.start) % this.step === 0;
  }

  __reversed__(): IterableIterator<number> {
    let i = this.length - 1;
    const { start, step } = this;
    return {
      next: (): IteratorResult<number> => (i >= 0 ? { value: start + step * i--, done: false } : { value: undefined, done: true }),
      [Symbol.iterator]() {
        return this;
      },
    };
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof PyRange)) return false;
    if (this.length !== other.length) return false;
    if (this.length === 0) return true;
    if (this.start !== other.start) return false;
    return this.length === 1 || this.step === other.step;
  }

  __hash__(): number {
    return hash(tup(this.length, this.length ? this.start : null, this.length > 1 ? this.step : null));
  }

  index(x: unknown): number {
    if (!this.__contains__(x)) throw new ValueError(`${repr(x)} is not in range`);
    return (Number(x) - this.start) / this.step;
  }

  count(x: unknown): number {
    return this.__contains__(x) ? 1 : 0;
  }

  __repr__(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }

  __str__(): string {
    return this.__repr__();
  }

  toString(): string {
    return this.__repr__();
  }
}

/** `range(stop)` / `range(start, stop[, step])` */
export function range(stop: number): PyRange;
export function range(start: number, stop: number, step?: number): PyRange;
export function range(a: any, b?: any, c?: any): PyRange {
  if (b === undefined) return new PyRange(0, rangeArg(a), 1);
  return new PyRange(rangeArg(a), rangeArg(b), c === undefined || c === null ? 1 : rangeArg(c));
}

/** Python's slice object: `slice(1, 4)`, and what user `__getitem__` gets for `x[a:b:c]`. */
export class PySlice {
  static readonly __name__ = "slice";
  constructor(
    readonly start: any = null,
    readonly stop: any = null,
    readonly step: any = null,
  ) {}
  /** `slice.indices(len)` */
  indices(length: number): readonly [number, number, number] {
    const [start, stop, step] = sliceIndices(length, this.start, this.stop, this.step);
    return tup(start, stop, step) as readonly [number, number, number];
  }
  __eq__(other: unknown): boolean {
    return other instanceof PySlice && eq(this.start, other.start) && eq(this.stop, other.stop) && eq(this.step, other.step);
  }
  __repr__(): string {
    return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`;
  }
  toString(): string {
    return this.__repr__();
  }
}

/**
 * Python's slice index adjustment: `[start, stop, step, count]` for a
 * sequence of `length` items. Omitted parts are null or undefined.
 */
export function sliceIndices(length: number, start: any, stop: any, step: any): [number, number, number, number] {
  let st = step == null ? 1 : sliceArg(step);
  if (st === 0) throw new ValueError("slice step cannot be zero");
  let a: number;
  let b: number;
  if (start == null) a = st < 0 ? length - 1 : 0;
  else {
    a = sliceArg(start);
    if (a < 0) {
      a += length;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= length) a = st < 0 ? length - 1 : length;
  }
  if (stop == null) b = st < 0 ? -1 : length;
  else {
    b = sliceArg(stop);
    if (b < 0) {
      b += length;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= length) b = st < 0 ? length - 1 : length;
  }
  let count = 0;
  if (st < 0) {
    if (b < a) count = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) count = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, count];
}

function sliceArg(x: unknown): number {
  if (isIntLike(x)) return Number(x);
  if (typeof x === "number" && !Number.isFinite(x)) return x;
  if (x != null && typeof (x as any).__index__ === "function") return (x as any).__index__();
  throw new TypeError("slice indices must be integers or None or have an __index__ method");
}

/** `obj[start:stop:step]` with Python semantics (null for omitted parts). */
export function slice<T>(obj: readonly T[], start?: number | null, stop?: number | null, step?: number | null): T[];
export function slice(obj: string, start?: number | null, stop?: number | null, step?: number | null): string;
export function slice(obj: any, start?: any, stop?: any, step?: any): any;
export function slice(obj: any, start: any = null, stop: any = null, step: any = null): any {
  const n = arguments.length;
  if (n < 4 && (obj === null || obj === undefined || typeof obj === "number" || typeof obj === "boolean" || typeof obj === "bigint")) {
    // Python's slice(stop) / slice(start, stop[, step]) builtin (1-3 arguments; a
    // subscript `x[a:b:c]` always passes 4): nothing numeric is sliceable.
    return n <= 1 ? new PySlice(null, obj ?? null, null) : new PySlice(obj ?? null, start ?? null, n >= 3 ? (stop ?? null) : null);
  }
  if (typeof obj === "string") {
    const cps = codePoints(obj);
    const n = cps ? cps.length : obj.length;
    const [a, , st, count] = sliceIndices(n, start, stop, step);
    if (st === 1 && !cps) return obj.slice(a, a + count);
    let out = "";
    for (let i = 0, j = a; i < count; i++, j += st) out += cps ? cps[j] : obj[j];
    return out;
  }
  if (Array.isArray(obj)) {
    const [a, , st, count] = sliceIndices(obj.length, start, stop, step);
    const out = st === 1 ? obj.slice(a, a + count) : new Array(count);
    if (st !== 1) for (let i = 0, j = a; i < count; i++, j += st) out[i] = obj[j];
    return Object.isFrozen(obj) ? Object.freeze(out) : out;
  }
  if (obj instanceof PyRange) {
    const [a, b, st] = sliceIndices(obj.length, start, stop, step);
    return new PyRange(obj.start + a * obj.step, obj.start + b * obj.step, obj.step * st);
  }
  if (obj != null && typeof obj.__getitem__ === "function") return obj.__getitem__(new PySlice(start, stop, step));
  throw new TypeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** `obj[start:stop:step] = value` */
export function setslice(obj: any, start: any, stop: any, step: any, value: any): void {
  if (Array.isArray(obj) && !Object.isFrozen(obj)) {
    const items = [...pyIterable(value)];
    const [a, , st, count] = sliceIndices(obj.length, start, stop, step);
    if (st === 1) {
      obj.splice(a, count, ...items);
      return;
    }
    if (items.length !== count) {
      throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
    }
    for (let i = 0, j = a; i < count; i++, j += st) obj[j] = items[i];
    return;
  }
  if (obj != null && typeof obj.__setitem__ === "function") return void obj.__setitem__(new PySlice(start, stop, step), value);
  throw new TypeError(`'${typeName(obj)}' object does not support item assignment`);
}

/** `del obj[start:stop:step]` */
export function delslice(obj: any, start: any, stop: any, step: any): void {
  if (Array.isArray(obj) && !Object.isFrozen(obj)) {
    const [a, , st, count] = sliceIndices(obj.length, start, stop, step);
    if (st === 1) {
      obj.splice(a, count);
      return;
    }
    const drop = new Set<number>();
    for (let i = 0, j = a; i < count; i++, j += st) drop.add(j);
    let w = 0;
    for (let r = 0; r < obj.length; r++) if (!drop.has(r)) obj[w++] = obj[r];
    obj.length = w;
    return;
  }
  if (obj != null && typeof obj.__delitem__ === "function") return void obj.__delitem__(new PySlice(start, stop, step));
  throw new TypeError(`'${typeName(obj)}' object does not support item deletion`);
}

// ---------------------------------------------------------------------------
// Equality, ordering, membership, subscripts
// ---------------------------------------------------------------------------

function isNumeric(x: unknown): boolean {
  const t = typeof x;
  return t === "number" || t === "boolean" || t === "bigint";
}

/** Python `a == b`. */
export function eq(a: any, b: any): boolean {
  if (a === b) return true;
  if (a instanceof Hinted) return eq(a.value, b);
  if (b instanceof Hinted) return eq(a, b.value);
  if (a == null || b == null) {
    if (a == null && b == null) return true;
    const other = a == null ? b : a;
    if (typeof other === "object" && typeof other.__eq__ === "function") {
      const r = other.__eq__(a == null ? a : b);
      if (r !== NotImplemented) return truthy(r);
    }
    return false;
  }
  if (isNumeric(a)) {
    if (isNumeric(b)) return a == b;
    return reflectedEq(a, b);
  }
  if (typeof a === "string") return reflectedEq(a, b);
  if (typeof a !== "object") return reflectedEq(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return reflectedEq(a, b);
    if (Object.isFrozen(a) !== Object.isFrozen(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (x !== y && !eq(x, y)) return false;
    }
    return true;
  }
  if (typeof a.__eq__ === "function") {
    const r = a.__eq__(b);
    if (r !== NotImplemented) return truthy(r);
    return reflectedEq(a, b);
  }
  if (a instanceof Map) {
    if (!(b instanceof Map)) return reflectedEq(a, b);
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      const w = pyMapGet(b, k);
      if (w === MISSING || (v !== w && !eq(v, w))) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set)) return reflectedEq(a, b);
    if (a.size !== b.size) return false;
    for (const x of a) if (!pyHasKey(b, x)) return false;
    return true;
  }
  return reflectedEq(a, b);
}

function reflectedEq(a: any, b: any): boolean {
  if (b !== null && typeof b === "object" && typeof b.__eq__ === "function") {
    const r = b.__eq__(a);
    if (r !== NotImplemented) return truthy(r);
  }
  return false;
}

/** Python `a != b`. */
export function ne(a: any, b: any): boolean {
  if (a !== null && typeof a === "object" && typeof a.__ne__ === "function") {
    const r = a.__ne__(b);
    if (r !== NotImplemented) return truthy(r);
  }
  return !eq(a, b);
}

/** Code-point order for strings (JavaScript's `<` compares UTF-16 units). */
function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : 1;
}

function richLt(a: any, b: any): boolean | undefined {
  if (a !== null && typeof a === "object" && typeof a.__lt__ === "function") {
    const r = a.__lt__(b);
    if (r !== NotImplemented) return truthy(r);
  }
  if (b !== null && typeof b === "object" && typeof b.__gt__ === "function") {
    const r = b.__gt__(a);
    if (r !== NotImplemented) return truthy(r);
  }
  return undefined;
}

function unorderable(op: string, a: unknown, b: unknown): never {
  throw new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * Python ordering as a number: negative when `a < b`, positive when
 * `a > b`, 0 when equal, NaN when unordered (NaN, disjoint sets). Generated
 * code tests `compare(a, b) < 0` and so on. TypeError for unorderable types.
 */
export function compare(a: any, b: any): number {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean" || ta === "bigint") && (tb === "number" || tb === "boolean" || tb === "bigint")) {
    return a < b ? -1 : a > b ? 1 : a == b ? 0 : NaN;
  }
  if (ta === "string" && tb === "string") return strCompare(a, b);
  if (a instanceof Hinted) return compare(a.value, b);
  if (b instanceof Hinted) return compare(a, b.value);
  if (Array.isArray(a) && Array.isArray(b) && Object.isFrozen(a) === Object.isFrozen(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      const y = b[i];
      if (x === y || eq(x, y)) continue;
      return compare(x, y);
    }
    return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
  }
  if (a instanceof Set && b instanceof Set) {
    const aInB = [...a].every((x) => pyHasKey(b, x));
    const bInA = [...b].every((x) => pyHasKey(a, x));
    if (aInB && bInA) return 0;
    if (aInB) return -1;
    if (bInA) return 1;
    return NaN;
  }
  const lt = richLt(a, b);
  if (lt === true) return -1;
  const gt = richLt(b, a);
  if (gt === true) return 1;
  if (lt === undefined && gt === undefined) unorderable("<", a, b);
  return 0;
}

/** Python `a < b` (exact rich comparison, `__lt__` then reflected `__gt__`). */
export function lt(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (a !== null && typeof a === "object" && !Array.isArray(a) && !(a instanceof Set) && !(a instanceof Hinted)) {
    const r = richLt(a, b);
    if (r === undefined) unorderable("<", a, b);
    return r;
  }
  return compare(a, b) < 0;
}

/** Python `a <= b`. */
export function le(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  const r = richOp(a, b, "__le__", "__ge__");
  if (r !== undefined) return r;
  return compare(a, b) <= 0;
}

/** Python `a > b`. */
export function gt(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  const r = richOp(a, b, "__gt__", "__lt__");
  if (r !== undefined) return r;
  return compare(a, b) > 0;
}

/** Python `a >= b`. */
export function ge(a: any, b: any): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  const r = richOp(a, b, "__ge__", "__le__");
  if (r !== undefined) return r;
  return compare(a, b) >= 0;
}

function richOp(a: any, b: any, op: string, reflected: string): boolean | undefined {
  if (a !== null && typeof a === "object" && typeof a[op] === "function") {
    const r = a[op](b);
    if (r !== NotImplemented) return truthy(r);
  }
  if (b !== null && typeof b === "object" && typeof b[reflected] === "function") {
    const r = b[reflected](a);
    if (r !== NotImplemented) return truthy(r);
  }
  return undefined;
}

/** Python `x in container`. */
export function contains(container: any, x: any): boolean {
  if (typeof container === "string") {
    if (typeof x !== "string") throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return container.includes(x);
  }
  if (container == null) throw new TypeError(`argument of type 'NoneType' is not iterable`);
  if (Array.isArray(container)) {
    for (const y of container) if (y === x || eq(y, x)) return true;
    return false;
  }
  if (typeof container.__contains__ === "function") return truthy(container.__contains__(x));
  if (container instanceof Map || container instanceof Set) return pyHasKey(container, x);
  if (typeof container[Symbol.iterator] === "function" || typeof container.__iter__ === "function" || typeof container.__getitem__ === "function") {
    for (const y of pyIterable(container)) if (y === x || eq(y, x)) return true;
    return false;
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}

/** `obj[key]` with Python semantics: negative indexes, KeyError, `__getitem__`. */
export function getitem(obj: any, key: any): any {
  if (key instanceof PySlice && (Array.isArray(obj) || typeof obj === "string" || obj instanceof PyRange)) {
    return slice(obj, key.start, key.stop, key.step);
  }
  if (Array.isArray(obj)) {
    const n = obj.length;
    let i = indexArg(key, Object.isFrozen(obj) ? "tuple" : "list");
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError(Object.isFrozen(obj) ? "tuple index out of range" : "list index out of range");
    return obj[i];
  }
  if (typeof obj === "string") {
    let i = indexArg(key, "string");
    const cps = codePoints(obj);
    const n = cps ? cps.length : obj.length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw new IndexError("string index out of range");
    return cps ? cps[i] : obj[i];
  }
  if (obj == null) throw new TypeError(`'NoneType' object is not subscriptable`);
  if (typeof obj.__getitem__ === "function") return obj.__getitem__(key);
  if (obj instanceof Map) {
    const v = pyMapGet(obj, key);
    if (v !== MISSING) return v;
    if (typeof (obj as any).__missing__ === "function") return (obj as any).__missing__(key);
    checkHashable(key);
    throw new KeyError(key);
  }
  if (typeof obj === "function" && typeof obj.__class_getitem__ === "function") return obj.__class_getitem__(key);
  if (typeof obj === "function") return obj; // `list[int]` in an annotation-like expression
  throw new TypeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** `obj[key] = value` */
export function setitem(obj: any, key: any, value: any): void {
  if (key instanceof PySlice && Array.isArray(obj) && !Object.isFrozen(obj)) {
    setslice(obj, key.start, key.stop, key.step, value);
    return;
  }
  if (Array.isArray(obj)) {
    if (Object.isFrozen(obj)) throw new TypeError(`'tuple' object does not support item assignment`);
    let i = indexArg(key, "list");
    if (i < 0) i += obj.length;
    if (i < 0 || i >= obj.length) throw new IndexError("list assignment index out of range");
    obj[i] = value;
    return;
  }
  if (obj == null) throw new TypeError(`'NoneType' object does not support item assignment`);
  if (typeof obj === "object" && typeof obj.__setitem__ === "function") {
    obj.__setitem__(key, value);
    return;
  }
  if (obj instanceof Map) {
    pyMapSet(obj, key, value);
    return;
  }
  throw new TypeError(`'${typeName(obj)}' object does not support item assignment`);
}

/** `del obj[key]` */
export function delitem(obj: any, key: any): void {
  if (key instanceof PySlice && Array.isArray(obj) && !Object.isFrozen(obj)) {
    delslice(obj, key.start, key.stop, key.step);
    return;
  }
  if (Array.isArray(obj)) {
    if (Object.isFrozen(obj)) throw new TypeError(`'tuple' object doesn't support item deletion`);
    let i = indexArg(key, "list");
    if (i < 0) i += obj.length;
    if (i < 0 || i >= obj.length) throw new IndexError("list assignment index out of range");
    obj.splice(i, 1);
    return;
  }
  if (obj == null) throw new TypeError(`'NoneType' object doesn't support item deletion`);
  if (typeof obj === "object" && typeof obj.__delitem__ === "function") {
    obj.__delitem__(key);
    return;
  }
  if (obj instanceof Map) {
    if (!pyMapDelete(obj, key)) {
      checkHashable(key);
      throw new KeyError(key);
    }
    return;
  }
  throw new TypeError(`'${typeName(obj)}' object doesn't support item deletion`);
}

// ---------------------------------------------------------------------------
// len, hash, id, callable, attributes
// ---------------------------------------------------------------------------

/** Python's len(). */
export function len(x: any): number {
  if (typeof x === "string") return strLength(x);
  if (Array.isArray(x)) return x.length;
  // A class may have a length too (an enum's members).
  if (x !== null && (typeof x === "object" || typeof x === "function")) {
    if (typeof x.__len__ === "function") {
      const n = x.__len__();
      if (typeof n !== "number" && typeof n !== "boolean") throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
      if (Number(n) < 0) throw new ValueError("__len__() should return >= 0");
      return Number(n);
    }
    if (x instanceof Map || x instanceof Set) return x.size;
  }
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

const HASH_MODULUS = 2 ** 61 - 1;

function strHash(s: string): number {
  // FNV-1a, 32 bits: deterministic (CPython randomises str hashes anyway).
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const r = h | 0;
  return r === -1 ? -2 : r;
}

/** Python's hash(): equal values hash equally (1 == 1.0 == True). */
export function hash(x: any): number {
  if (x instanceof Hinted) return hash(x.value);
  switch (typeof x) {
    case "undefined":
      return 0x5ac5cb4;
    case "boolean":
      return x ? 1 : 0;
    case "number": {
      if (Number.isNaN(x)) return 0;
      if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
      if (Number.isInteger(x)) {
        const r = Math.abs(x) < HASH_MODULUS ? x : Number(BigInt(x) % BigInt(HASH_MODULUS));
        return r === -1 ? -2 : r;
      }
      // Not CPython's exact value (that needs 61-bit arithmetic), but stable.
      const m = Math.floor(x);
      return hash(m) ^ strHash(String(x - m));
    }
    case "bigint": {
      const r = Number(x % BigInt(HASH_MODULUS));
      return r === -1 ? -2 : r;
    }
    case "string":
      return strHash(x);
    case "function":
      return id(x);
    case "symbol":
      return strHash(String(x.description));
  }
  if (x === null) return 0x5ac5cb4;
  if (Array.isArray(x)) {
    if (!Object.isFrozen(x)) throw new TypeError(`unhashable type: 'list'`);
    let h = 0x345678;
    for (const item of x) h = (Math.imul(h ^ hash(item), 1000003) + 97531) | 0;
    return h === -1 ? -2 : h;
  }
  if (typeof x.__hash__ === "function") return Number(x.__hash__());
  if (x.__hash__ === null) throw new TypeError(`unhashable type: '${typeName(x)}'`);
  if (x instanceof Map) throw new TypeError(`unhashable type: '${typeName(x)}'`);
  if (x instanceof Set) {
    if (!(x instanceof FrozenSet)) throw new TypeError(`unhashable type: '${typeName(x)}'`);
    let h = 0;
    for (const item of x) h ^= hash(item);
    return h === -1 ? -2 : h;
  }
  return id(x);
}

const objectIds = new WeakMap<object, number>();
const valueIds = new Map<unknown, number>();
let nextId = 0;

/** Python's id(): stable and distinct per live object. */
export function id(x: any): number {
  if ((typeof x === "object" && x !== null) || typeof x === "function") {
    let n = objectIds.get(x);
    if (n === undefined) {
      n = 140_000_000_000_000 + 16 * nextId++;
      objectIds.set(x, n);
    }
    return n;
  }
  const key = x === undefined ? null : x;
  let n = valueIds.get(key);
  if (n === undefined) {
    n = 140_000_000_000_000 + 16 * nextId++;
    valueIds.set(key, n);
  }
  return n;
}

registerAddressOf(id);

function attrKey(name: string): string {
  return name === "constructor" || name === "prototype" ? `${name}_` : name;
}

const BUILTIN_PROTOS: object[] = [Array.prototype, String.prototype, Number.prototype, Boolean.prototype, Map.prototype, Set.prototype, PySet.prototype, FrozenSet.prototype, Object.prototype, Function.prototype];

function isBuiltinMember(obj: any, key: string): boolean {
  if (obj === null || obj === undefined) return true;
  if (typeof obj === "string") return true; // indices and length are not Python attributes
  if (Object.prototype.hasOwnProperty.call(Object(obj), key)) {
    return (typeof obj === "function" && (key === "name" || key === "length" || key === "prototype")) || (Array.isArray(obj) && key === "length");
  }
  let p = Object.getPrototypeOf(Object(obj));
  while (p) {
    if (Object.prototype.hasOwnProperty.call(p, key)) return BUILTIN_PROTOS.includes(p);
    p = Object.getPrototypeOf(p);
  }
  return true;
}

const NO_DEFAULT: unique symbol = Symbol("NO_DEFAULT");

/** Python's getattr(obj, name[, default]). Methods come back bound. */
export function getattr(obj: any, name: string, ...dflt: any[]): any {
  const fallback = dflt.length > 0 ? dflt[0] : NO_DEFAULT;
  if (typeof name !== "string") throw new TypeError(`attribute name must be string, not '${typeName(name)}'`);
  if (name === "__class__") return type(obj);
  if (name === "__name__" && typeof obj === "function") return obj.__name__ ?? builtinTypeName(obj) ?? obj.name;
  if (name === "__qualname__" && typeof obj === "function") return obj.__qualname__ ?? obj.name;
  if (name === "__doc__" && obj != null && !("__doc__" in Object(obj))) return null;
  if (name === "__dict__" && obj !== null && typeof obj === "object") {
    return new Map(Object.entries(obj));
  }
  const key = attrKey(name);
  if (obj != null && key in Object(obj) && !isBuiltinMember(obj, key)) {
    const v = obj[key];
    if (typeof v === "function" && typeof obj === "object" && !Object.prototype.hasOwnProperty.call(obj, key) && !isClass(v)) {
      return v.bind(obj);
    }
    return v === undefined ? null : v;
  }
  // A class attribute (a static of the translated class) read through an instance.
  const cls = obj !== null && typeof obj === "object" ? obj.constructor : undefined;
  if (typeof cls === "function" && cls !== Object && key in cls && !(key in Function.prototype)) {
    const v = cls[key];
    return v === undefined ? null : v;
  }
  if (obj != null && typeof obj.__getattr__ === "function") {
    try {
      return obj.__getattr__(name);
    } catch (e) {
      if (!(e instanceof AttributeError) || fallback === NO_DEFAULT) throw e;
      return fallback;
    }
  }
  if (obj != null && pythonMethods?.has(obj, name)) return (...args: any[]) => pythonMethods!.call(obj, name, ...args);
  if (fallback !== NO_DEFAULT) return fallback;
  if (typeof obj === "function") {
    throw new AttributeError(`type object '${obj.__name__ ?? builtinTypeName(obj) ?? obj.name}' has no attribute '${name}'`);
  }
  throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/** `obj.attr` for a class attribute an instance may shadow: its own value, else its class's. */
export function instanceOrClassAttr(obj: any, name: string): any {
  const key = attrKey(name);
  if (obj != null && Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  return obj?.constructor?.[key];
}

/** Python's setattr(). */
export function setattr(obj: any, name: string, value: any): void {
  if (obj == null || (typeof obj !== "object" && typeof obj !== "function") || Object.isFrozen(obj)) {
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  if (typeof obj.__setattr__ === "function") {
    obj.__setattr__(name, value);
    return;
  }
  obj[attrKey(name)] = value;
}

/** Python's hasattr(). */
export function hasattr(obj: any, name: string): boolean {
  try {
    return getattr(obj, name, NO_DEFAULT) !== NO_DEFAULT;
  } catch (e) {
    if (e instanceof AttributeError) return false;
    throw e;
  }
}

/** Python's delattr(). */
export function delattr(obj: any, name: string): void {
  const key = attrKey(name);
  if (obj == null || typeof obj !== "object" || !(key in obj)) {
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  delete obj[key];
}

/** Python's vars(obj): the instance attributes as a dict. */
export function vars(obj: any): Map<string, any> {
  if (obj === null || typeof obj !== "object") throw new TypeError("vars() argument must have __dict__ attribute");
  return new Map(Object.entries(obj));
}

// ---------------------------------------------------------------------------
// Iteration builtins
// ---------------------------------------------------------------------------

/** An iterator as Python's iter() returns it: a JS iterator that also has `__next__`. */
export interface PyIterator<T> extends IterableIterator<T> {
  __next__(): T;
}

function nextViaJs(this: Iterator<any>): any {
  const r = this.next();
  if (r.done) throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
  return r.value;
}

function asPyIterator<T>(it: any): PyIterator<T> {
  if (typeof it.__next__ !== "function") {
    Object.defineProperty(it, "__next__", { value: nextViaJs, configurable: true, writable: true });
  }
  if (typeof it[Symbol.iterator] !== "function") {
    Object.defineProperty(it, Symbol.iterator, {
      value() {
        return this;
      },
      configurable: true,
      writable: true,
    });
  }
  return it;
}

/**
 * Python's iter(x) (a dict gives its keys), or iter(callable, sentinel).
 * An iterator passed in comes back unchanged, as in Python.
 */
export function iter<K>(x: Map<K, any>): PyIterator<K>;
export function iter<T>(x: Iterable<T>): PyIterator<T>;
export function iter<T>(x: () => T, sentinel: unknown): PyIterator<T>;
export function iter(x: any): PyIterator<any>;
export function iter(x: any, ...sentinel: any[]): PyIterator<any> {
  if (sentinel.length > 0) {
    if (!callable(x)) throw new TypeError("iter(v, w): v must be callable");
    const stop = sentinel[0];
    let done = false;
    const call = typeof x === "function" ? x : () => x.__call__();
    return asPyIterator({
      next(): IteratorResult<any> {
        if (done) return { value: undefined, done: true };
        const v = call();
        if (v === stop || eq(v, stop)) {
          done = true;
          return { value: undefined, done: true };
        }
        return { value: v, done: false };
      },
    });
  }
  if (x != null && typeof x === "object" && typeof x[Symbol.iterator] !== "function" && typeof x.__iter__ === "function") {
    const it = x.__iter__();
    if (it != null && typeof it.__next__ === "function") {
      if (typeof it.next !== "function") {
        Object.defineProperty(it, "next", {
          value(): IteratorResult<any> {
            try {
              return { value: it.__next__(), done: false };
            } catch (e) {
              if (e instanceof StopIteration) return { value: undefined, done: true };
              throw e;
            }
          },
          configurable: true,
          writable: true,
        });
      }
      return asPyIterator(it);
    }
    return asPyIterator(fromPyIterator(it));
  }
  // An iterator is its own iterator: iter(gen) is gen.
  if (x != null && typeof x === "object" && typeof x.next === "function" && typeof x[Symbol.iterator] === "function") return asPyIterator(x);
  return asPyIterator(pyIterator(x));
}

/** Python's next(it[, default]): StopIteration when exhausted without a default. */
export function next<T>(it: Iterator<T> | { __next__(): T }): T;
export function next<T, D>(it: Iterator<T> | { __next__(): T }, dflt: D): T | D;
export function next(it: any, ...dflt: any[]): any {
  if (it != null && typeof it.__next__ === "function") {
    try {
      return it.__next__();
    } catch (e) {
      if (e instanceof StopIteration && dflt.length > 0) return dflt[0];
      throw e;
    }
  }
  if (it != null && typeof it.next === "function") {
    const r = it.next();
    if (!r.done) return r.value;
    if (dflt.length > 0) return dflt[0];
    throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
  }
  throw new TypeError(`'${typeName(it)}' object is not an iterator`);
}

/** Python's aiter(). */
export function aiter<T>(x: AsyncIterable<T> | any): AsyncIterableIterator<T> {
  // A Python class's own __aiter__ first: `aiter(t) is t` when it returns self.
  if (x != null && typeof x[Symbol.asyncIterator] === "function" && typeof x.__aiter__ !== "function") {
    const it = x[Symbol.asyncIterator]();
    if (typeof it[Symbol.asyncIterator] !== "function") it[Symbol.asyncIterator] = function () {
      return this;
    };
    return it;
  }
  if (x != null && typeof x.__aiter__ === "function") {
    const it = x.__aiter__();
    if (typeof it.next !== "function") {
      Object.defineProperty(it, "next", {
        async value(): Promise<IteratorResult<any>> {
          try {
            return { value: await it.__anext__(), done: false };
          } catch (e) {
            if (e instanceof StopAsyncIteration) return { value: undefined, done: true };
            throw e;
          }
        },
        configurable: true,
        writable: true,
      });
    }
    if (typeof it[Symbol.asyncIterator] !== "function") {
      Object.defineProperty(it, Symbol.asyncIterator, {
        value() {
          return this;
        },
        configurable: true,
      });
    }
    return it;
  }
  throw new TypeError(`'${typeName(x)}' object is not an async iterable`);
}

/** Python's anext(it[, default]): StopAsyncIteration when exhausted without a default. */
export async function anext(it: any, ...dflt: any[]): Promise<any> {
  if (it != null && typeof it.__anext__ === "function") {
    try {
      return await it.__anext__();
    } catch (e) {
      if (e instanceof StopAsyncIteration && dflt.length > 0) return dflt[0];
      throw e;
    }
  }
  if (it != null && typeof it.next === "function") {
    markStarted(it);
    const r = await it.next();
    if (!r.done) return r.value;
    if (dflt.length > 0) return dflt[0];
    throw new StopAsyncIteration();
  }
  throw new TypeError(`'${typeName(it)}' object is not an async iterator`);
}

/** Where a runtime iterator keeps the Python type name it reports (`zip`, `map`, `count`, ...). */
export const PY_TYPE_NAME: unique symbol = Symbol.for("tsyncio.pyTypeName");

/** Marks a runtime generator with the Python type name `type(it).__name__` should give. */
export function pyIteratorObject<G extends object>(gen: G, name: string): G {
  Object.defineProperty(gen, PY_TYPE_NAME, { value: name });
  return gen;
}

/** Python's enumerate(it, start=0): yields (index, item) tuples. */
export function enumerate<K>(it: Map<K, any>, start?: number | { start?: number }): Generator<readonly [number, K]>;
export function enumerate<T>(it: Iterable<T>, start?: number | { start?: number }): Generator<readonly [number, T]>;
export function enumerate(it: any, start?: number | { start?: number }): Generator<readonly [number, any]>;
export function enumerate(it: any, start: number | { start?: number } = 0): Generator<readonly [number, any]> {
  const first = isOptions(start) ? (start.start ?? 0) : start;
  if (!isIntLike(first)) throw new TypeError(`'${typeName(first)}' object cannot be interpreted as an integer`);
  return pyIteratorObject(enumerateGen(pyIterator(it), Number(first)), "enumerate");
}

function* enumerateGen(src: Iterator<any>, i: number): Generator<readonly [number, any]> {
  for (let r = src.next(); !r.done; r = src.next()) yield tup(i++, r.value) as readonly [number, any];
}

type Iterables<T extends unknown[]> = { [K in keyof T]: Iterable<T[K]> };

/** Python's zip(*its, strict=False): yields tuples, stops at the shortest. */
export function zip<T extends unknown[]>(...its: [...Iterables<T>]): Generator<Readonly<T>>;
export function zip<T extends unknown[]>(...args: [...Iterables<T>, { strict?: boolean }]): Generator<Readonly<T>>;
export function zip(...args: any[]): Generator<readonly any[]>;
export function zip(...args: any[]): Generator<readonly any[]> {
  const strict = truthy(popOptions(args, ["strict"]).strict ?? false);
  const its = args.map((a) => pyIterator(a));
  return pyIteratorObject(zipGen(its, strict), "zip");
}

function* zipGen(its: Iterator<any>[], strict: boolean): Generator<readonly any[]> {
  if (its.length === 0) return;
  const which = (i: number) => (i === 1 ? "argument 1" : `arguments 1-${i}`);
  for (;;) {
    const vals: any[] = [];
    for (let i = 0; i < its.length; i++) {
      const r = its[i]!.next();
      if (r.done) {
        if (strict) {
          if (i > 0) throw new ValueError(`zip() argument ${i + 1} is shorter than ${which(i)}`);
          for (let j = 1; j < its.length; j++) {
            if (!its[j]!.next().done) throw new ValueError(`zip() argument ${j + 1} is longer than ${which(j)}`);
          }
        }
        return;
      }
      vals.push(r.value);
    }
    yield Object.freeze(vals);
  }
}

/** Python's map(fn, *its): lazy. */
export function map<T, R>(fn: (x: T) => R, it: Iterable<T>): Generator<R>;
export function map<R>(fn: (...xs: any[]) => R, ...its: any[]): Generator<R>;
export function map(fn: (...xs: any[]) => any, ...its: any[]): Generator<any> {
  if (its.length === 0) throw new TypeError("map() must have at least two arguments.");
  const srcs = its.map((a) => pyIterator(a));
  return pyIteratorObject(mapGen(fn, srcs), "map");
}

function* mapGen(fn: (...xs: any[]) => any, srcs: Iterator<any>[]): Generator<any> {
  for (;;) {
    const vals: any[] = [];
    for (const s of srcs) {
      const r = s.next();
      if (r.done) return;
      vals.push(r.value);
    }
    yield fn(...vals);
  }
}

/** Python's filter(fn | None, it): lazy. */
export function filter<T>(fn: ((x: T) => unknown) | null | undefined, it: Iterable<T>): Generator<T>;
export function filter(fn: ((x: any) => unknown) | null | undefined, it: any): Generator<any>;
export function filter(fn: ((x: any) => unknown) | null | undefined, it: any): Generator<any> {
  return pyIteratorObject(filterGen(fn, pyIterator(it)), "filter");
}

function* filterGen(fn: ((x: any) => unknown) | null | undefined, src: Iterator<any>): Generator<any> {
  for (let r = src.next(); !r.done; r = src.next()) {
    if (truthy(fn == null ? r.value : fn(r.value))) yield r.value;
  }
}

/** Python's reversed(). */
export function reversed<K>(x: Map<K, any>): Generator<K>;
export function reversed<T>(x: Iterable<T>): Generator<T>;
export function reversed(x: any): Generator<any>;
export function reversed(x: any): Generator<any> {
  if (Array.isArray(x)) return pyIteratorObject(reversedArray(x), Object.isFrozen(x) ? "reversed" : "list_reverseiterator");
  if (typeof x === "string") return pyIteratorObject(reversedArray(Array.from(x)), "reversed");
  if (x instanceof Map) return pyIteratorObject(reversedArray([...x.keys()]), "dict_reversekeyiterator");
  if (x != null && typeof x.__reversed__ === "function") {
    const it = x.__reversed__();
    return pyIteratorObject(passThrough(fromPyIterator(it)), x instanceof PyRange ? "range_iterator" : typeName(it));
  }
  if (x != null && typeof x.__len__ === "function" && typeof x.__getitem__ === "function") {
    return pyIteratorObject(reversedSequence(x), "reversed");
  }
  throw new TypeError(`'${typeName(x)}' object is not reversible`);
}

function* reversedArray(xs: readonly any[]): Generator<any> {
  for (let i = xs.length - 1; i >= 0; i--) {
    if (i >= xs.length) return; // the list shrank underneath: Python stops too
    yield xs[i];
  }
}

function* reversedSequence(x: any): Generator<any> {
  for (let i = x.__len__() - 1; i >= 0; i--) yield x.__getitem__(i);
}

function* passThrough(it: Iterator<any>): Generator<any> {
  for (let r = it.next(); !r.done; r = it.next()) yield r.value;
}

/** Sorts `items` in place the Python way: stable, `key`, `reverse`. */
export function pySort<T>(items: T[], key?: ((x: T) => unknown) | null, reverse?: unknown): T[] {
  const rev = truthy(reverse ?? false);
  if (key == null) {
    items.sort(rev ? (a, b) => compare(b, a) : compare);
    return items;
  }
  const decorated = items.map((v, i) => ({ k: key(v), v, i }));
  decorated.sort(rev ? (a, b) => compare(b.k, a.k) : (a, b) => compare(a.k, b.k));
  for (let i = 0; i < decorated.length; i++) items[i] = decorated[i]!.v;
  return items;
}

export interface SortOptions<T> {
  key?: ((x: T) => unknown) | null;
  reverse?: boolean;
}

/** Python's sorted(it, key=None, reverse=False). */
export function sorted<K>(it: Map<K, any>, opts?: SortOptions<K>): K[];
export function sorted<T>(it: Iterable<T>, opts?: SortOptions<T>): T[];
export function sorted(it: any, opts?: SortOptions<any>): any[];
export function sorted(it: any, opts: SortOptions<any> = {}): any[] {
  return pySort([...pyIterable(it)], opts.key, opts.reverse);
}

export interface MinMaxOptions<T, D = never> {
  key?: ((x: T) => unknown) | null;
  default?: D;
}

function minmax(name: "min" | "max", args: any[]): any {
  const opts = args.length > 1 ? popOptions(args, ["key", "default"]) : {};
  if (args.length === 0) throw new TypeError(`${name} expected at least 1 argument, got 0`);
  let items: Iterable<any>;
  if (args.length === 1) items = pyIterable(args[0]);
  else {
    if ("default" in opts) throw new TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  const key = opts.key ?? null;
  let found = false;
  let best: any;
  let bestKey: any;
  for (const x of items) {
    const k = key ? key(x) : x;
    if (!found) {
      found = true;
      best = x;
      bestKey = k;
    } else if (name === "max" ? compare(k, bestKey) > 0 : compare(k, bestKey) < 0) {
      best = x;
      bestKey = k;
    }
  }
  if (found) return best;
  if ("default" in opts) return opts.default;
  throw new ValueError(`${name}() arg is an empty sequence`);
}

/**
 * Python's min(): `min(iterable, {key, default})` or `min(a, b, ..., {key})`.
 * A trailing plain object holding only `key`/`default` is the options.
 */
export function min<T, D = never>(it: Iterable<T>, opts?: MinMaxOptions<T, D>): T | D;
export function min<T>(a: T, b: T, ...rest: (T | MinMaxOptions<T>)[]): T;
export function min(...args: any[]): any;
export function min(...args: any[]): any {
  return minmax("min", args);
}

/** Python's max(); see min(). */
export function max<T, D = never>(it: Iterable<T>, opts?: MinMaxOptions<T, D>): T | D;
export function max<T>(a: T, b: T, ...rest: (T | MinMaxOptions<T>)[]): T;
export function max(...args: any[]): any;
export function max(...args: any[]): any {
  return minmax("max", args);
}

/** Python's sum(it, start=0); `start` positional or as `{ start }`. */
export function sum(it: Iterable<number | boolean>, start?: number | { start?: number }): number;
export function sum<T>(it: Iterable<T>, start: T | { start: T }): T;
export function sum(it: any, start?: any): any;
export function sum(it: any, start: any = 0): any {
  let acc = isOptions(start, ["start"]) ? (start.start ?? 0) : start;
  if (typeof acc === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  for (const x of pyIterable(it)) acc = add(acc, x);
  return acc;
}

/** Python's any(). */
export function any(it: any): boolean {
  for (const x of pyIterable(it)) if (truthy(x)) return true;
  return false;
}

/** Python's all(). */
export function all(it: any): boolean {
  for (const x of pyIterable(it)) if (!truthy(x)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------

/** Python's list(it): a new Array (a dict gives its keys). */
export function list<T = never>(): T[];
export function list<K>(it: Map<K, any>): K[];
export function list<T>(it: Iterable<T>): T[];
export function list(it?: any): any[];
export function list(it?: any): any[] {
  if (it === undefined) return [];
  return [...pyIterable(it)];
}

/** Copies pairs from a Map, a mapping with keys(), or an iterable of pairs into `m`. */
export function dictUpdateFrom(m: Map<any, any>, src: any): void {
  if (src == null) throw new TypeError(`'NoneType' object is not iterable`);
  if (src instanceof Map) {
    for (const [k, v] of src) pyMapSet(m, k, v);
    return;
  }
  if (isOptions(src)) {
    for (const [k, v] of Object.entries(src)) pyMapSet(m, k, v);
    return;
  }
  if (typeof src === "object" && typeof src.keys === "function" && typeof src.__getitem__ === "function") {
    for (const k of pyIterable(src.keys())) pyMapSet(m, k, src.__getitem__(k));
    return;
  }
  let i = 0;
  for (const pair of pyIterable(src)) {
    let items: any[];
    try {
      items = typeof pair === "string" ? Array.from(pair) : [...pyIterable(pair)];
    } catch (e) {
      if (e instanceof TypeError) throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (items.length !== 2) throw new ValueError(`dictionary update sequence element #${i} has length ${items.length}; 2 is required`);
    pyMapSet(m, items[0], items[1]);
    i++;
  }
}

/**
 * Python's dict(): `dict()`, `dict(mapping_or_pairs)`, and keywords as a
 * trailing Map (or plain object): `dict(pairs, new Map([["a", 1]]))`.
 */
export function dict<K = any, V = any>(): Map<K, V>;
export function dict<K, V>(src: Map<K, V> | Iterable<readonly [K, V]>, kwargs?: Map<K, V> | Record<string, V>): Map<K, V>;
export function dict(src?: any, kwargs?: any): Map<any, any>;
export function dict(src?: any, kwargs?: any): Map<any, any> {
  const m = new Map<any, any>();
  if (src !== undefined && src !== null) dictUpdateFrom(m, src);
  else if (src === null) throw new TypeError(`'NoneType' object is not iterable`);
  if (kwargs != null) dictUpdateFrom(m, kwargs);
  return m;
}

/** `dict.fromkeys(iterable, value=None)` */
function fromkeys<K, V = null>(keys: Iterable<K>, value?: V): Map<K, V | null> {
  const m = new Map<K, V | null>();
  for (const k of pyIterable(keys)) pyMapSet(m, k, value === undefined ? null : value);
  return m;
}
(dict as any).fromkeys = fromkeys;

/** Python's set(it). Equal tuples count once. */
export function set<T = any>(): Set<T>;
export function set<K>(it: Map<K, any>): Set<K>;
export function set<T>(it: Iterable<T>): Set<T>;
export function set(it?: any): Set<any>;
export function set(it?: any): Set<any> {
  const s = new PySet<any>();
  if (it === undefined) return s;
  if (it instanceof Set) {
    // CPython's set_merge: the other table is copied, keeping its order.
    s.mergeSet(it, (x) => pyKeyOf(s, x) !== MISSING);
    return s;
  }
  if (it instanceof Map && it.constructor === Map) s.reserve(it.size);
  for (const x of pyIterable(it)) pySetAdd(s, x);
  return s;
}

/** Python's frozenset(it): a frozen Set. */
export function frozenset<T = never>(): ReadonlySet<T>;
export function frozenset<T>(it: Iterable<T>): ReadonlySet<T>;
export function frozenset(it?: any): ReadonlySet<any>;
export function frozenset(it?: any): ReadonlySet<any> {
  if (it instanceof FrozenSet) return it;
  const s = new FrozenSet<any>();
  if (it === undefined) return s;
  if (it instanceof Set) s.mergeSet(it, (x) => pyKeyOf(s, x) !== MISSING);
  else for (const x of pyIterable(it)) pySetAdd(s, x);
  return s;
}

// ---------------------------------------------------------------------------
// Characters and input
// ---------------------------------------------------------------------------

/** Python's ord(). */
export function ord(c: string | object): number {
  const buffer = (c as { [k: symbol]: unknown } | null)?.[Symbol.for("tsyncio.buffer")];
  if (typeof buffer === "function") {
    const b = buffer.call(c) as Uint8Array;
    if (b.length !== 1) throw new TypeError(`ord() expected a character, but string of length ${b.length} found`);
    return b[0]!;
  }
  if (typeof c !== "string") throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  const n = strLength(c);
  if (n !== 1) throw new TypeError(`ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0)!;
}

/** Python's chr(). */
export function chr(i: number): string {
  if (!isIntLike(i)) throw new TypeError(`'${typeName(i)}' object cannot be interpreted as an integer`);
  const n = Number(i);
  if (n < 0 || n > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(n);
}


/** Python's input(prompt): reads one line from stdin synchronously (sharing sys.stdin's buffer). */
export function input(prompt: unknown = ""): string {
  const text = str(prompt);
  if (text) process.stdout.write(text);
  const line = inputLine();
  if (line === null) throw new EOFError("EOF when reading a line");
  return line;
}

for (const [fn, name] of [
  [list, "list"],
  [dict, "dict"],
  [set, "set"],
  [frozenset, "frozenset"],
  [range, "range"],
  [slice, "slice"],
  [type, "type"],
  [object, "object"],
  [NoneType, "NoneType"],
] as const) {
  registerBuiltinType(fn, name);
}
for (const fn of [len, enumerate, zip, sorted, reversed, sum, min, max, any, all, iter, next, isinstance, issubclass, hash, id, getattr, setattr, hasattr, delattr, vars, input, map, filter, anext, aiter, ord, chr]) {
  registerBuiltinFunction(fn, fn.name);
}
