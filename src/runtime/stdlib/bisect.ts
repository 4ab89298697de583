/**
 * Python's `bisect`: CPython's binary searches, comparing with Python's `<`
 * in the same order (`x < a[mid]` on the right, `a[mid] < x` on the left), on
 * any sequence with `len` and indexing; `key=` applies to the elements only.
 */
import { AttributeError, TypeError, ValueError } from "../exceptions.js";
import { getitem, isOptions, len, lt } from "../builtins.js";
import { pyTypeName as typeName } from "../repr.js";

type Key = ((x: unknown) => unknown) | null | undefined;

/** The call's (lo, hi, key): lo/hi by position, key from the trailing keywords object. */
function bounds(a: unknown, lo: unknown, hi: unknown, opts: unknown): [number, number, Key] {
  // A skipped lo or hi may arrive as the keywords object itself.
  let kw: { key?: Key; lo?: unknown; hi?: unknown } = {};
  if (isOptions(opts)) kw = opts;
  else if (isOptions(hi)) [kw, hi] = [hi, undefined];
  else if (isOptions(lo)) [kw, lo, hi] = [lo, undefined, undefined];
  lo = lo ?? kw.lo ?? 0;
  hi = hi === undefined ? kw.hi : hi;
  if (typeof lo !== "number" || !Number.isInteger(lo)) throw new TypeError(`'${typeName(lo)}' object cannot be interpreted as an integer`);
  if (lo < 0) throw new ValueError("lo must be non-negative");
  let h: number;
  if (hi === undefined || hi === null || hi === -1) h = len(a);
  else if (typeof hi !== "number" || !Number.isInteger(hi)) throw new TypeError(`'${typeName(hi)}' object cannot be interpreted as an integer`);
  else h = hi;
  return [lo, h, kw.key];
}

function right(a: unknown, x: unknown, lo: number, hi: number, key: Key): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = getitem(a, mid);
    if (lt(x, key == null ? v : key(v))) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function left(a: unknown, x: unknown, lo: number, hi: number, key: Key): number {
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = getitem(a, mid);
    if (lt(key == null ? v : key(v), x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertAt(a: unknown, i: number, x: unknown): void {
  if (Array.isArray(a) && !Object.isFrozen(a)) a.splice(i, 0, x);
  else if (a !== null && typeof a === "object" && typeof (a as { insert?: unknown }).insert === "function") (a as { insert(i: number, x: unknown): void }).insert(i, x);
  else throw new AttributeError(`'${typeName(a)}' object has no attribute 'insert'`);
}

function bisect_right(a: unknown, x: unknown, lo?: unknown, hi?: unknown, opts?: unknown): number {
  const [l, h, key] = bounds(a, lo, hi, opts);
  return right(a, x, l, h, key);
}

function bisect_left(a: unknown, x: unknown, lo?: unknown, hi?: unknown, opts?: unknown): number {
  const [l, h, key] = bounds(a, lo, hi, opts);
  return left(a, x, l, h, key);
}

function insort_right(a: unknown, x: unknown, lo?: unknown, hi?: unknown, opts?: unknown): void {
  const [l, h, key] = bounds(a, lo, hi, opts);
  insertAt(a, right(a, key == null ? x : key(x), l, h, key), x);
}

function insort_left(a: unknown, x: unknown, lo?: unknown, hi?: unknown, opts?: unknown): void {
  const [l, h, key] = bounds(a, lo, hi, opts);
  insertAt(a, left(a, key == null ? x : key(x), l, h, key), x);
}

/** Python's `bisect` module. */
export const bisect = {
  bisect_left,
  bisect_right,
  bisect: bisect_right,
  insort_left,
  insort_right,
  insort: insort_right,
};
