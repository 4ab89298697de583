/**
 * aiohttp's header and query containers (the `multidict` package): several
 * values per key, kept in order, read like a dict. Header keys compare
 * without case.
 */
import { KeyError } from "../../exceptions.js";
import { repr } from "../../repr.js";

export class MultiDictProxy {
  static readonly __name__: string = "MultiDictProxy";
  /** @internal */ declare readonly _items: (readonly [string, string])[];

  constructor(items: Iterable<readonly [string, string]> = []) {
    (this as { _items: (readonly [string, string])[] })._items = [...items].map(([k, v]) => Object.freeze([k, v]) as readonly [string, string]);
  }

  /** @internal how keys compare */
  _key(k: string): string {
    return k;
  }

  private find(key: string): readonly [string, string] | undefined {
    const k = this._key(String(key));
    return this._items.find((e) => this._key(e[0]) === k);
  }

  __getitem__(key: string): string {
    const e = this.find(key);
    if (!e) throw new KeyError(key);
    return e[1];
  }

  __contains__(key: unknown): boolean {
    return typeof key === "string" && this.find(key) !== undefined;
  }

  __len__(): number {
    return this._items.length;
  }

  get length(): number {
    return this._items.length;
  }

  get(key: string, dflt: unknown = null): unknown {
    const e = this.find(key);
    return e ? e[1] : dflt;
  }

  getone(key: string, dflt?: unknown): unknown {
    const e = this.find(key);
    if (e) return e[1];
    if (dflt === undefined) throw new KeyError(key);
    return dflt;
  }

  getall(key: string, dflt?: unknown): unknown {
    const k = this._key(String(key));
    const all = this._items.filter((e) => this._key(e[0]) === k).map((e) => e[1]);
    if (all.length > 0) return all;
    if (dflt === undefined) throw new KeyError(key);
    return dflt;
  }

  keys(): string[] {
    return this._items.map((e) => e[0]);
  }

  values(): string[] {
    return this._items.map((e) => e[1]);
  }

  items(): (readonly [string, string])[] {
    return [...this._items];
  }

  [Symbol.iterator](): Iterator<string> {
    return this.keys()[Symbol.iterator]();
  }

  __repr__(): string {
    const body = this._items.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ");
    return `<${(this.constructor as typeof MultiDictProxy).__name__}(${body})>`;
  }
}

export class CIMultiDictProxy extends MultiDictProxy {
  static override readonly __name__: string = "CIMultiDictProxy";

  override _key(k: string): string {
    return k.toLowerCase();
  }
}

/** A response's own headers (`resp.headers["X-A"] = "1"`): a view that edits the response's list in place. */
export class CIMultiDict extends CIMultiDictProxy {
  static override readonly __name__: string = "CIMultiDict";
  private readonly live: [string, string][];

  constructor(live: [string, string][]) {
    super();
    this.live = live;
    Object.defineProperty(this, "_items", { get: () => this.live });
  }

  __setitem__(key: string, value: unknown): void {
    const k = this._key(String(key));
    const kept = this.live.filter((e) => this._key(e[0]) !== k);
    this.live.splice(0, this.live.length, ...kept, [String(key), String(value)]);
  }

  __delitem__(key: string): void {
    const k = this._key(String(key));
    const kept = this.live.filter((e) => this._key(e[0]) !== k);
    if (kept.length === this.live.length) throw new KeyError(key);
    this.live.splice(0, this.live.length, ...kept);
  }

  add(key: string, value: unknown): null {
    this.live.push([String(key), String(value)]);
    return null;
  }

  setdefault(key: string, dflt: unknown = null): unknown {
    if (!this.__contains__(key)) this.add(key, dflt);
    return this.get(key);
  }

  pop(key: string, dflt?: unknown): unknown {
    const v = this.get(key, undefined);
    if (v === undefined) {
      if (dflt === undefined) throw new KeyError(key);
      return dflt;
    }
    this.__delitem__(key);
    return v;
  }
}

/** Node's raw header list (`[name, value, name, value, …]`) as aiohttp's headers. */
export function headersFromRaw(raw: readonly string[]): CIMultiDictProxy {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return new CIMultiDictProxy(pairs);
}

/** A query string (or form body) as a MultiDictProxy, `+` and %-escapes decoded. */
export function parseQuery(qs: string): MultiDictProxy {
  const params = new URLSearchParams(qs);
  return new MultiDictProxy([...params]);
}

/** Headers a program passes (a dict, a list of pairs, a multidict) as pairs. */
export function headerPairs(h: unknown): [string, string][] {
  if (h === null || h === undefined) return [];
  if (h instanceof MultiDictProxy) return h.items().map(([k, v]) => [k, v]);
  if (h instanceof Map) return [...h].map(([k, v]) => [String(k), String(v)]);
  if (Array.isArray(h)) return h.map((p) => [String(p[0]), String(p[1])]);
  if (typeof h === "object") return Object.entries(h as Record<string, unknown>).map(([k, v]) => [k, String(v)]);
  return [];
}
