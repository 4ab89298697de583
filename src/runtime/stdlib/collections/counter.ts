/**
 * `collections.Counter`: a dict of counts (a Map, like every translated
 * dict) whose missing keys count 0, with CPython's `most_common` order
 * (by count, ties in insertion order), multiset arithmetic and repr.
 */
import { TypeError } from "../../exceptions.js";
import { repr, tuple } from "../../repr.js";
import { add, sub } from "../../operators.js";
import { compare, isOptions, pyHasKey, pyIterable, pyMapGet, pyMapSet } from "../../builtins.js";
import { intArg, keywordOr } from "../args.js";

function count(m: Map<any, any>, k: any): any {
  return pyHasKey(m, k) ? pyMapGet(m, k) : 0;
}

export class Counter<K = any> extends Map<K, any> {
  constructor(iterable?: any, kwds?: Record<string, number>) {
    super();
    this.update(iterable, kwds);
  }

  __missing__(_key: K): number {
    return 0;
  }

  /** `update(iterable_or_mapping, **kwds)`: counts are added, not replaced. */
  update(iterable?: any, kwds?: Record<string, number>): void {
    if (isOptions(iterable) && kwds === undefined) [iterable, kwds] = [undefined, iterable];
    if (iterable instanceof Map) {
      for (const [k, v] of iterable) pyMapSet(this, k, add(count(this, k), v));
    } else if (iterable !== undefined && iterable !== null) {
      for (const k of pyIterable<K>(iterable)) pyMapSet(this, k, add(count(this, k), 1));
    }
    if (kwds) for (const [k, v] of Object.entries(kwds)) pyMapSet(this, k as K, add(count(this, k), v));
  }

  subtract(iterable?: any, kwds?: Record<string, number>): void {
    if (isOptions(iterable) && kwds === undefined) [iterable, kwds] = [undefined, iterable];
    if (iterable instanceof Map) {
      for (const [k, v] of iterable) pyMapSet(this, k, sub(count(this, k), v));
    } else if (iterable !== undefined && iterable !== null) {
      for (const k of pyIterable<K>(iterable)) pyMapSet(this, k, sub(count(this, k), 1));
    }
    if (kwds) for (const [k, v] of Object.entries(kwds)) pyMapSet(this, k as K, sub(count(this, k), v));
  }

  /** Pairs by count, highest first; equal counts keep insertion order (a stable sort, as CPython's). */
  most_common(n?: number | null | { n?: number | null }): (readonly [K, any])[] {
    n = keywordOr<number | null>(n, "n", null);
    const pairs = [...this].sort((a, b) => compare(b[1], a[1]));
    const picked = n === undefined || n === null ? pairs : pairs.slice(0, Math.max(0, intArg(n)));
    return picked.map(([k, v]) => tuple(k, v) as unknown as readonly [K, any]);
  }

  *elements(): Generator<K> {
    for (const [k, v] of this) for (let i = 0; i < v; i++) yield k;
  }

  total(): number {
    let t: any = 0;
    for (const v of this.values()) t = add(t, v);
    return t;
  }

  copy(): Counter<K> {
    return new (this.constructor as typeof Counter<K>)(this);
  }

  private static combine<K>(a: Counter<K>, b: unknown, op: (x: any, y: any) => any): Counter<K> {
    if (!(b instanceof Counter)) throw new TypeError("unsupported operand");
    const out = new Counter<K>();
    for (const [k, v] of a) {
      const r = op(v, count(b, k));
      if (r > 0) pyMapSet(out, k, r);
    }
    for (const [k, v] of b) {
      if (pyHasKey(a, k)) continue;
      const r = op(0, v);
      if (r > 0) pyMapSet(out, k, r);
    }
    return out;
  }

  __add__(other: unknown): Counter<K> {
    return Counter.combine(this, other, add);
  }

  __sub__(other: unknown): Counter<K> {
    return Counter.combine(this, other, sub);
  }

  __or__(other: unknown): Counter<K> {
    return Counter.combine(this, other, (x, y) => (compare(x, y) >= 0 ? x : y));
  }

  __and__(other: unknown): Counter<K> {
    if (!(other instanceof Counter)) throw new TypeError("unsupported operand");
    const out = new Counter<K>();
    for (const [k, v] of this) {
      const w = count(other, k);
      const r = compare(v, w) <= 0 ? v : w;
      if (r > 0) pyMapSet(out, k, r);
    }
    return out;
  }

  __pos__(): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) if (v > 0) pyMapSet(out, k, v);
    return out;
  }

  __neg__(): Counter<K> {
    const out = new Counter<K>();
    for (const [k, v] of this) if (v < 0) pyMapSet(out, k, sub(0, v));
    return out;
  }

  __repr__(): string {
    const name = (this.constructor as { name: string }).name;
    if (this.size === 0) return `${name}()`;
    return `${name}({${this.most_common().map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}})`;
  }
}
