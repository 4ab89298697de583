/** Python's `operator`: the operators as functions, with Python's semantics. */
import { TypeError, ValueError } from "../exceptions.js";
import { add, bitop, iadd, iand, ior, isub, ixor, mul, sub } from "../operators.js";
import { compare, contains, delitem, eq, getitem, len, pyIterable, setitem, typeName } from "../builtins.js";
import { callMethod } from "../methods.js";
import { abs, div, floordiv, invert, mod, neg, pos, pow, truthy } from "../numbers.js";
import { tuple } from "../repr.js";

function isSequence(x: unknown): boolean {
  return typeof x === "string" || Array.isArray(x) || (x !== null && typeof x === "object" && typeof (x as any).__getitem__ === "function");
}

function dunder(a: any, b: any, name: string, symbol: string): any {
  if (typeof a?.[`__${name}__`] === "function") return a[`__${name}__`](b);
  if (typeof b?.[`__r${name}__`] === "function") return b[`__r${name}__`](a);
  throw new TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
}

function intOnly(a: unknown, b: unknown, name: string, symbol: string, f: (x: number, y: number) => number): any {
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) {
    if (!Number.isInteger(Number(a)) || !Number.isInteger(Number(b))) throw new TypeError(`unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
    if (symbol !== "@" && Number(b) < 0 && (symbol === "<<" || symbol === ">>")) throw new ValueError("negative shift count");
    return f(Number(a), Number(b));
  }
  return dunder(a, b, name, symbol);
}

const lshift = (a: unknown, b: unknown) => intOnly(a, b, "lshift", "<<", (x, y) => x * 2 ** y);
const rshift = (a: unknown, b: unknown) => intOnly(a, b, "rshift", ">>", (x, y) => Math.floor(x / 2 ** y));
const matmul = (a: unknown, b: unknown) => dunder(a, b, "matmul", "@");
const and_ = (a: unknown, b: unknown) => bitop(a, b, "&");
const or_ = (a: unknown, b: unknown) => bitop(a, b, "|");
const xor = (a: unknown, b: unknown) => bitop(a, b, "^");

function concat(a: unknown, b: unknown): unknown {
  if (!isSequence(a)) throw new TypeError(`'${typeName(a)}' object can't be concatenated`);
  return add(a, b);
}

/** In place where the left operand is a mutable list (or set, dict); a new value otherwise, as Python's `a op= b`. */
function imul(a: any, b: any): any {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    const copy = [...a];
    a.length = 0;
    for (let i = 0; i < Number(b); i++) a.push(...copy);
    return a;
  }
  return mul(a, b);
}


function index(a: any): number {
  if (typeof a === "boolean") return Number(a);
  if (typeof a === "number" && Number.isInteger(a)) return a;
  if (a !== null && typeof a === "object" && typeof a.__index__ === "function") return a.__index__();
  throw new TypeError(`'${typeName(a)}' object cannot be interpreted as an integer`);
}

function countOf(a: Iterable<unknown>, b: unknown): number {
  let n = 0;
  for (const x of pyIterable(a)) if (x === b || eq(x, b)) n++;
  return n;
}

function indexOf(a: Iterable<unknown>, b: unknown): number {
  let i = 0;
  for (const x of pyIterable(a)) {
    if (x === b || eq(x, b)) return i;
    i++;
  }
  throw new ValueError("sequence.index(x): x not in sequence");
}

function length_hint(obj: any, dflt: number = 0): number {
  try {
    return len(obj);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
  }
  if (obj !== null && typeof obj === "object" && typeof obj.__length_hint__ === "function") return obj.__length_hint__();
  return dflt;
}

export const operator = {
  abs,
  add,
  and_,
  attrgetter(...names: string[]) {
    const get = (obj: any, name: string) => name.split(".").reduce((o, part) => o[part], obj);
    return (obj: unknown) => (names.length === 1 ? get(obj, names[0]!) : tuple(...names.map((n) => get(obj, n))));
  },
  call: (obj: (...a: any[]) => any, ...args: any[]) => obj(...args),
  concat,
  contains: (a: unknown, b: unknown) => contains(a, b),
  countOf,
  delitem: (a: unknown, b: unknown) => delitem(a, b),
  eq,
  floordiv,
  ge: (a: unknown, b: unknown) => compare(a, b) >= 0,
  getitem: (a: unknown, k: unknown) => getitem(a, k),
  gt: (a: unknown, b: unknown) => compare(a, b) > 0,
  iadd,
  iand: (a: unknown, b: unknown) => iand(a, b),
  iconcat: (a: unknown, b: unknown) => (isSequence(a) ? iadd(a, b) : concat(a, b)),
  ifloordiv: floordiv,
  ilshift: lshift,
  imatmul: matmul,
  imod: mod,
  imul,
  index,
  indexOf,
  inv: invert,
  invert,
  ior: (a: unknown, b: unknown) => ior(a, b),
  ipow: pow,
  irshift: rshift,
  is_: (a: unknown, b: unknown) => a === b,
  is_not: (a: unknown, b: unknown) => a !== b,
  isub,
  /** `itemgetter(1)` or `itemgetter(0, 2)` (then a tuple of items). */
  itemgetter(...keys: unknown[]) {
    return (obj: unknown) => (keys.length === 1 ? getitem(obj, keys[0]) : tuple(...keys.map((k) => getitem(obj, k))));
  },
  itruediv: div,
  ixor: (a: unknown, b: unknown) => ixor(a, b),
  le: (a: unknown, b: unknown) => compare(a, b) <= 0,
  length_hint,
  lshift,
  lt: (a: unknown, b: unknown) => compare(a, b) < 0,
  matmul,
  /** `methodcaller(name, *args, **kwargs)`: keywords arrive as the trailing object. */
  methodcaller(name: string, ...args: unknown[]) {
    return (obj: unknown) => callMethod(obj, name, ...args);
  },
  mod,
  mul,
  ne: (a: unknown, b: unknown) => !eq(a, b),
  neg,
  not_: (a: unknown) => !truthy(a),
  or_,
  pos,
  pow,
  rshift,
  setitem: (a: unknown, b: unknown, c: unknown) => setitem(a, b, c),
  sub,
  truediv: div,
  truth: (a: unknown) => truthy(a),
  xor,
};

