/**
 * Python's `itertools`: lazy generators yielding frozen Arrays where Python
 * yields tuples, each consuming its input no further than CPython's does.
 * Keyword arguments arrive as a trailing plain object.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { add } from "../operators.js";
import { truthy } from "../numbers.js";
import { eq, isOptions, popOptions, pyIterable, pyIterator, pyIteratorObject } from "../builtins.js";
import { intArg, tup } from "./args.js";

// Each function checks its arguments and takes its iterators at call time, as
// CPython does (`itertools.combinations(5, 2)` fails at once), and returns a
// lazy generator that reports CPython's type name (`type(it).__name__`).

const MAXSIZE = Number.MAX_SAFE_INTEGER;

function count(start: any = 0, step: any = 1): Generator<number> {
  if (isOptions(start)) {
    step = start.step ?? 1;
    start = start.start ?? 0;
  } else if (isOptions(step)) step = step.step ?? 1;
  for (const v of [start, step]) {
    if (typeof v !== "number" && typeof v !== "boolean" && (v === null || typeof v !== "object")) throw new TypeError("a number is required");
  }
  return pyIteratorObject(countGen(start, step), "count");
}

function* countGen(start: any, step: any): Generator<number> {
  let n = start;
  for (;;) {
    yield n;
    n = add(n, step);
  }
}

function cycle<T>(iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(cycleGen(pyIterator<T>(iterable)), "cycle");
}

function* cycleGen<T>(it: Iterator<T>): Generator<T> {
  const saved: T[] = [];
  for (let r = it.next(); !r.done; r = it.next()) {
    yield r.value;
    saved.push(r.value);
  }
  if (saved.length === 0) return;
  for (;;) for (const x of saved) yield x;
}

function repeat<T>(obj: T, times?: number | null | { times?: number }): Generator<T> {
  if (isOptions(times)) times = times.times;
  const n = times === undefined || times === null ? null : Math.max(0, intArg(times));
  return pyIteratorObject(repeatGen(obj, n), "repeat");
}

function* repeatGen<T>(obj: T, times: number | null): Generator<T> {
  if (times === null) for (;;) yield obj;
  for (let i = 0; i < times; i++) yield obj;
}

function isliceArg(x: unknown, what: "Stop argument" | "Indices"): number | null {
  if (x === null || x === undefined) return null;
  if ((typeof x === "number" && Number.isInteger(x) && x >= 0) || typeof x === "boolean") return Number(x);
  throw new ValueError(`${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
}

/** `islice(it, stop)` / `islice(it, start, stop[, step])`: consumes no more than it must, as CPython's. */
function islice<T>(iterable: Iterable<T>, ...args: (number | null)[]): Generator<T> {
  if (args.length === 0 || args.length > 3) throw new TypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 1) stop = isliceArg(args[0], "Stop argument");
  else {
    stop = isliceArg(args[1], "Stop argument");
    start = isliceArg(args[0], "Indices") ?? 0;
    if (args.length === 3) {
      const s = args[2];
      if (s !== null && s !== undefined) {
        if (!(typeof s === "number" && Number.isInteger(s) && s > 0)) throw new ValueError("Step for islice() must be a positive integer or None.");
        step = s;
      }
    }
  }
  return pyIteratorObject(isliceGen(pyIterator<T>(iterable), start, stop ?? MAXSIZE, step), "islice");
}

function* isliceGen<T>(it: Iterator<T>, start: number, end: number, step: number): Generator<T> {
  let cnt = 0;
  let next = start;
  for (;;) {
    while (cnt < next) {
      if (it.next().done) return;
      cnt++;
    }
    if (cnt >= end) return;
    const r = it.next();
    if (r.done) return;
    cnt++;
    next += step;
    if (next > end) next = end;
    yield r.value;
  }
}

function* chainGen(iterables: Iterator<any>): Generator<any> {
  for (let o = iterables.next(); !o.done; o = iterables.next()) {
    const it = pyIterator(o.value);
    for (let r = it.next(); !r.done; r = it.next()) yield r.value;
  }
}

/** `itertools.chain(*its)`, with `chain.from_iterable(its)`; each input is iterated only when reached. */
const chain = Object.assign(
  // Python chains iterables of different element types freely ("ab" after [1, 2]).
  (...iterables: Iterable<any>[]): Generator<any> => pyIteratorObject(chainGen(iterables[Symbol.iterator]()), "chain"),
  {
    from_iterable: <T>(iterables: Iterable<Iterable<T>>): Generator<T> => pyIteratorObject(chainGen(pyIterator(iterables)), "chain"),
  },
);

function zip_longest(...args: any[]): Generator<readonly any[]> {
  const opts = popOptions(args, ["fillvalue"]);
  const fill = opts.fillvalue === undefined ? null : opts.fillvalue;
  return pyIteratorObject(zipLongestGen(args.map((a) => pyIterator(a)), fill), "zip_longest");
}

function* zipLongestGen(its: (Iterator<any> | null)[], fill: unknown): Generator<readonly any[]> {
  let active = its.length;
  if (active === 0) return;
  for (;;) {
    const vals: any[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      if (!it) {
        vals.push(fill);
        continue;
      }
      const r = it.next();
      if (r.done) {
        its[i] = null;
        active--;
        if (active === 0) return;
        vals.push(fill);
      } else vals.push(r.value);
    }
    yield Object.freeze(vals);
  }
}

function product(...args: any[]): Generator<readonly any[]> {
  const opts = popOptions(args, ["repeat"]);
  const rep = opts.repeat === undefined ? 1 : intArg(opts.repeat);
  if (rep < 0) throw new ValueError("repeat argument cannot be negative");
  const base = args.map((a) => [...pyIterable(a)]);
  const pools: any[][] = [];
  for (let i = 0; i < rep; i++) pools.push(...base);
  return pyIteratorObject(productGen(pools), "product");
}

function* productGen(pools: any[][]): Generator<readonly any[]> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield Object.freeze(idx.map((j, i) => pools[i]![j]));
    let i = pools.length - 1;
    while (i >= 0) {
      idx[i]!++;
      if (idx[i]! < pools[i]!.length) break;
      idx[i] = 0;
      i--;
    }
    if (i < 0) return;
  }
}

function permutations<T>(iterable: Iterable<T>, r?: number | null | { r?: number | null }): Generator<readonly T[]> {
  if (isOptions(r)) r = r.r;
  const pool = [...pyIterable<T>(iterable)];
  const k = r === undefined || r === null ? pool.length : intArg(r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(permutationsGen(pool, k), "permutations");
}

function* permutationsGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (k > n) return;
  const indices = pool.map((_, i) => i);
  const cycles: number[] = [];
  for (let i = n; i > n - k; i--) cycles.push(i);
  yield Object.freeze(indices.slice(0, k).map((i) => pool[i]!));
  if (n === 0) return;
  for (;;) {
    let i = k - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0]!;
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        const a = indices[i]!;
        indices[i] = indices[n - j]!;
        indices[n - j] = a;
        yield Object.freeze(indices.slice(0, k).map((x) => pool[x]!));
        break;
      }
    }
    if (i < 0) return;
  }
}

function combinations<T>(iterable: Iterable<T>, r: number | { r: number }): Generator<readonly T[]> {
  const pool = [...pyIterable<T>(iterable)];
  const k = intArg(isOptions(r) ? r.r : r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(combinationsGen(pool, k), "combinations");
}

function* combinationsGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (k > n) return;
  const indices = Array.from({ length: k }, (_, i) => i);
  yield Object.freeze(indices.map((i) => pool[i]!));
  for (;;) {
    let i = k - 1;
    while (i >= 0 && indices[i] === i + n - k) i--;
    if (i < 0) return;
    indices[i]!++;
    for (let j = i + 1; j < k; j++) indices[j] = indices[j - 1]! + 1;
    yield Object.freeze(indices.map((x) => pool[x]!));
  }
}

function combinations_with_replacement<T>(iterable: Iterable<T>, r: number | { r: number }): Generator<readonly T[]> {
  const pool = [...pyIterable<T>(iterable)];
  const k = intArg(isOptions(r) ? r.r : r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(cwrGen(pool, k), "combinations_with_replacement");
}

function* cwrGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (n === 0 && k > 0) return;
  const indices = new Array<number>(k).fill(0);
  yield Object.freeze(indices.map((i) => pool[i]!));
  for (;;) {
    let i = k - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return;
    const v = indices[i]! + 1;
    for (let j = i; j < k; j++) indices[j] = v;
    yield Object.freeze(indices.map((x) => pool[x]!));
  }
}

/** `accumulate(iterable[, func], *, initial=None)` */
function accumulate(iterable: Iterable<any>, ...rest: any[]): Generator<any> {
  const opts = popOptions(rest, ["func", "initial"]);
  const func: ((a: any, b: any) => any) | null = rest[0] ?? opts.func ?? null;
  const initial = opts.initial ?? rest[1] ?? null;
  return pyIteratorObject(accumulateGen(pyIterator(iterable), func, initial), "accumulate");
}

function* accumulateGen(it: Iterator<any>, func: ((a: any, b: any) => any) | null, initial: unknown): Generator<any> {
  let total: any;
  if (initial !== null && initial !== undefined) {
    total = initial;
    yield total;
  } else {
    const first = it.next();
    if (first.done) return;
    total = first.value;
    yield total;
  }
  for (let r = it.next(); !r.done; r = it.next()) {
    total = func ? func(total, r.value) : add(total, r.value);
    yield total;
  }
}

/** `itertools.groupby(iterable, key=None)`: (key, group iterator) tuples sharing one source, as CPython's. */
function groupby<T, K = T>(iterable: Iterable<T>, key?: ((x: T) => K) | null | { key?: ((x: T) => K) | null }): Generator<readonly [K, Generator<T>]> {
  if (isOptions(key)) key = (key as { key?: ((x: T) => K) | null }).key;
  const keyfunc = (key ?? ((x: T) => x as unknown as K)) as (x: T) => K;
  return pyIteratorObject(groupbyGen(pyIterator<T>(iterable), keyfunc), "groupby");
}

function* groupbyGen<T, K>(it: Iterator<T>, keyfunc: (x: T) => K): Generator<readonly [K, Generator<T>]> {
  const UNSET = {};
  let tgtkey: any = UNSET;
  let currkey: any = UNSET;
  let currvalue: any = UNSET;
  let groupId = {};
  const same = (a: any, b: any): boolean => a === b || (a !== UNSET && b !== UNSET && eq(a, b));
  function* grouper(tgt: any, id: object): Generator<T> {
    while (groupId === id && same(currkey, tgt)) {
      yield currvalue;
      const r = it.next();
      if (r.done) return;
      currvalue = r.value;
      currkey = keyfunc(currvalue);
    }
  }
  for (;;) {
    groupId = {};
    while (same(currkey, tgtkey)) {
      const r = it.next();
      if (r.done) return;
      currvalue = r.value;
      currkey = keyfunc(currvalue);
    }
    tgtkey = currkey;
    yield Object.freeze([currkey, pyIteratorObject(grouper(tgtkey, groupId), "_grouper")]) as readonly [K, Generator<T>];
  }
}

function takewhile<T>(pred: (x: T) => unknown, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(takewhileGen(pred, pyIterator<T>(iterable)), "takewhile");
}

function* takewhileGen<T>(pred: (x: T) => unknown, it: Iterator<T>): Generator<T> {
  for (let r = it.next(); !r.done; r = it.next()) {
    if (!truthy(pred(r.value))) return;
    yield r.value;
  }
}

function dropwhile<T>(pred: (x: T) => unknown, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(dropwhileGen(pred, pyIterator<T>(iterable)), "dropwhile");
}

function* dropwhileGen<T>(pred: (x: T) => unknown, it: Iterator<T>): Generator<T> {
  let dropping = true;
  for (let r = it.next(); !r.done; r = it.next()) {
    if (dropping && truthy(pred(r.value))) continue;
    dropping = false;
    yield r.value;
  }
}

function filterfalse<T>(pred: ((x: T) => unknown) | null, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(filterfalseGen(pred, pyIterator<T>(iterable)), "filterfalse");
}

function* filterfalseGen<T>(pred: ((x: T) => unknown) | null, it: Iterator<T>): Generator<T> {
  for (let r = it.next(); !r.done; r = it.next()) if (!truthy(pred == null ? r.value : pred(r.value))) yield r.value;
}

function compress<T>(data: Iterable<T>, selectors: Iterable<unknown>): Generator<T> {
  return pyIteratorObject(compressGen(pyIterator<T>(data), pyIterator(selectors)), "compress");
}

function* compressGen<T>(d: Iterator<T>, s: Iterator<unknown>): Generator<T> {
  for (;;) {
    const a = d.next();
    if (a.done) return;
    const b = s.next();
    if (b.done) return;
    if (truthy(b.value)) yield a.value;
  }
}

function starmap<R>(fn: (...args: any[]) => R, iterable: Iterable<Iterable<any>>): Generator<R> {
  return pyIteratorObject(starmapGen(fn, pyIterator(iterable)), "starmap");
}

function* starmapGen<R>(fn: (...args: any[]) => R, it: Iterator<any>): Generator<R> {
  for (let r = it.next(); !r.done; r = it.next()) yield fn(...pyIterable(r.value));
}

function pairwise<T>(iterable: Iterable<T>): Generator<readonly [T, T]> {
  return pyIteratorObject(pairwiseGen(pyIterator<T>(iterable)), "pairwise");
}

function* pairwiseGen<T>(it: Iterator<T>): Generator<readonly [T, T]> {
  let a = it.next();
  if (a.done) return;
  for (let b = it.next(); !b.done; b = it.next()) {
    yield tup(a.value, b.value);
    a = b;
  }
}

function batched<T>(iterable: Iterable<T>, n: number): Generator<readonly T[]> {
  const size = intArg(n);
  if (size < 1) throw new ValueError("n must be at least one");
  return pyIteratorObject(batchedGen(pyIterator<T>(iterable), size), "batched");
}

function* batchedGen<T>(it: Iterator<T>, size: number): Generator<readonly T[]> {
  for (;;) {
    const batch: T[] = [];
    while (batch.length < size) {
      const r = it.next();
      if (r.done) break;
      batch.push(r.value);
    }
    if (batch.length === 0) return;
    yield Object.freeze(batch);
    if (batch.length < size) return;
  }
}

/** `itertools.tee(iterable, n=2)`: n independent iterators over one source. */
function tee<T>(iterable: Iterable<T>, n: number = 2): readonly Generator<T>[] {
  const count = intArg(n);
  if (count < 0) throw new ValueError("n must be >= 0");
  const src = pyIterator<T>(iterable);
  const buffers: T[][] = Array.from({ length: count }, () => []);
  let done = false;
  function* one(buf: T[]): Generator<T> {
    for (;;) {
      if (buf.length === 0) {
        if (done) return;
        const r = src.next();
        if (r.done) {
          done = true;
          return;
        }
        for (const b of buffers) b.push(r.value);
      }
      yield buf.shift()!;
    }
  }
  return Object.freeze(buffers.map((b) => pyIteratorObject(one(b), "_tee")));
}

/** Python's `itertools` module (lazy generators; tuples are frozen Arrays). */
export const itertools = {
  count: count as (start?: number | { start?: number; step?: number }, step?: number) => Generator<number>,
  cycle,
  repeat,
  islice,
  chain,
  zip_longest: zip_longest as (...args: any[]) => Generator<readonly any[]>,
  product: product as (...args: any[]) => Generator<readonly any[]>,
  permutations,
  combinations,
  combinations_with_replacement,
  accumulate: accumulate as <T>(iterable: Iterable<T>, func?: ((a: T, b: T) => T) | null | { func?: (a: T, b: T) => T; initial?: T }, opts?: { initial?: T }) => Generator<T>,
  groupby,
  takewhile,
  dropwhile,
  filterfalse,
  compress,
  starmap,
  pairwise,
  batched,
  tee,
};
