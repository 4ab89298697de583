/**
 * Python's `heapq`, ported step for step from CPython's heapq.py (the C
 * accelerator does the same comparisons in the same order), so equal keys and
 * unorderable ties come out exactly where CPython puts them.
 */
import { TypeError, IndexError } from "../exceptions.js";
import { eq, gt, isOptions, len, lt, pyIterator, pySort } from "../builtins.js";
import { pyTypeName as typeName } from "../repr.js";
// The sift steps are shared with the event loop's timer heap and PriorityQueue (same algorithm, same tie order).
import { siftdown, siftup, type Less } from "../asyncio/heapq.js";

const pyLess: Less<unknown> = (a, b) => lt(a, b);
const pyGreater: Less<unknown> = (a, b) => lt(b, a);

function listArg(fname: string, heap: unknown): unknown[] {
  if (!Array.isArray(heap) || Object.isFrozen(heap)) throw new TypeError(`${fname}() argument 1 must be list, not ${typeName(heap)}`);
  return heap;
}

function heapifyWith<T>(x: T[], less: Less<T>): void {
  for (let i = (x.length >> 1) - 1; i >= 0; i--) siftup(x, i, less);
}

function heappopWith<T>(heap: T[], less: Less<T>): T {
  if (heap.length === 0) throw new IndexError("index out of range");
  const lastelt = heap.pop()!;
  if (heap.length > 0) {
    const returnitem = heap[0]!;
    heap[0] = lastelt;
    siftup(heap, 0, less);
    return returnitem;
  }
  return lastelt;
}

function heapreplaceWith<T>(heap: T[], item: T, less: Less<T>): T {
  if (heap.length === 0) throw new IndexError("index out of range");
  const returnitem = heap[0]!;
  heap[0] = item;
  siftup(heap, 0, less);
  return returnitem;
}

type Key = ((x: unknown) => unknown) | null | undefined;

/** A decorated entry of nsmallest/nlargest/merge: compared by key, then by order (never by value). */
interface Entry {
  k: unknown;
  order: number;
  value: unknown;
  next?: Iterator<unknown>;
}
const entryLess: Less<Entry> = (a, b) => (a.k === b.k || eq(a.k, b.k) ? a.order < b.order : lt(a.k, b.k));
const entryGreater: Less<Entry> = (a, b) => entryLess(b, a);

/** Python's tuple `<` on (key, order): the key decides unless equal, then the unique order does. */
function entryLt(a: Entry, b: Entry): boolean {
  return entryLess(a, b);
}

function sizeOf(iterable: unknown): number | undefined {
  try {
    return len(iterable);
  } catch {
    return undefined;
  }
}

function* take(it: Iterator<unknown>, n: number): Generator<unknown> {
  for (let i = 0; i < n; i++) {
    const r = it.next();
    if (r.done) return;
    yield r.value;
  }
}

function rest(it: Iterator<unknown>): Iterable<unknown> {
  return { [Symbol.iterator]: () => it };
}

function extreme(iterable: unknown, key: Key, largest: boolean): unknown[] {
  const it = pyIterator(iterable);
  let best: { k: unknown; v: unknown } | null = null;
  for (const v of rest(it)) {
    const k = key == null ? v : key(v);
    if (best === null || (largest ? gt(k, best.k) : lt(k, best.k))) best = { k, v };
  }
  return best === null ? [] : [best.v];
}

function selectN(n: number, iterable: unknown, key: Key, largest: boolean): unknown[] {
  if (n === 1) return extreme(iterable, key, largest);
  const size = sizeOf(iterable);
  if (size !== undefined && n >= size) {
    return pySort([...(rest(pyIterator(iterable)) as Iterable<unknown>)], key ?? null, largest).slice(0, Math.max(n, 0));
  }
  const it = pyIterator(iterable);
  const keyOf = (v: unknown) => (key == null ? v : key(v));
  const step = largest ? -1 : 1;
  const result: Entry[] = [];
  let i = 0;
  for (const value of take(it, n)) {
    result.push({ k: keyOf(value), order: i, value });
    i += step;
  }
  if (result.length === 0) return [];
  // nsmallest keeps a max-heap of the n best so far, nlargest a min-heap.
  const less = largest ? entryLess : entryGreater;
  heapifyWith(result, less);
  let top = result[0]!.k;
  let order = largest ? -n : n;
  for (const value of rest(it)) {
    const k = keyOf(value);
    if (largest ? lt(top, k) : lt(k, top)) {
      heapreplaceWith(result, { k, order, value }, less);
      top = result[0]!.k;
      order += step;
    }
  }
  result.sort((a, b) => (entryLt(a, b) ? -1 : entryLt(b, a) ? 1 : 0));
  if (largest) result.reverse();
  return result.map((e) => e.value);
}

function* merge(...args: unknown[]): Generator<unknown> {
  const opts = args.length > 0 && isOptions(args[args.length - 1]) ? (args.pop() as { key?: Key; reverse?: unknown }) : {};
  const key = opts.key;
  const reverse = Boolean(opts.reverse);
  const less = reverse ? entryGreater : entryLess;
  const direction = reverse ? -1 : 1;
  const h: Entry[] = [];
  args.forEach((iterable, order) => {
    const next = pyIterator(iterable);
    const r = next.next();
    if (!r.done) h.push({ k: key == null ? r.value : key(r.value), order: order * direction, value: r.value, next });
  });
  heapifyWith(h, less);
  while (h.length > 1) {
    const s = h[0]!;
    yield s.value;
    const r = s.next!.next();
    if (r.done) heappopWith(h, less);
    else {
      s.value = r.value;
      s.k = key == null ? r.value : key(r.value);
      heapreplaceWith(h, s, less);
    }
  }
  if (h.length > 0) {
    yield h[0]!.value;
    yield* rest(h[0]!.next!);
  }
}

function intN(fname: string, n: unknown): number {
  if (typeof n === "boolean") return n ? 1 : 0;
  if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
  void fname;
  return n;
}

/** Python's `heapq` module. */
export const heapq = {
  heappush<T>(heap: readonly T[], item: T): void {
    const h = listArg("heappush", heap);
    h.push(item);
    siftdown(h, 0, h.length - 1, pyLess);
  },
  heappop<T>(heap: readonly T[]): T {
    return heappopWith(listArg("heappop", heap), pyLess) as T;
  },
  heapify(x: readonly unknown[]): void {
    heapifyWith(listArg("heapify", x), pyLess);
  },
  heapreplace<T>(heap: readonly T[], item: T): T {
    return heapreplaceWith(listArg("heapreplace", heap), item, pyLess) as T;
  },
  heappushpop<T>(heap: readonly T[], item: T): T {
    const h = listArg("heappushpop", heap);
    if (h.length > 0 && lt(h[0], item)) {
      const top = h[0];
      h[0] = item;
      siftup(h, 0, pyLess);
      return top as T;
    }
    return item;
  },
  nsmallest<T>(n: number, iterable: Iterable<T>, key?: ((x: T) => unknown) | null): T[] {
    return selectN(intN("nsmallest", n), iterable, key as Key, false) as T[];
  },
  nlargest<T>(n: number, iterable: Iterable<T>, key?: ((x: T) => unknown) | null): T[] {
    return selectN(intN("nlargest", n), iterable, key as Key, true) as T[];
  },
  merge: merge as (...args: any[]) => Generator<any>,
  // CPython's private max-heap helpers, which some programs call.
  _heapify_max(x: readonly unknown[]): void {
    heapifyWith(listArg("_heapify_max", x), pyGreater);
  },
  _heappop_max<T>(heap: readonly T[]): T {
    return heappopWith(listArg("_heappop_max", heap), pyGreater) as T;
  },
  _heapreplace_max<T>(heap: readonly T[], item: T): T {
    return heapreplaceWith(listArg("_heapreplace_max", heap), item, pyGreater) as T;
  },
};
