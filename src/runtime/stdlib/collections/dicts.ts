/**
 * The dict subclasses of `collections` (Counter is in counter.ts). They are Maps, as translated dicts are, so every dict method,
 * `d[k]`, `in`, `len` and iteration work on them unchanged; what they add
 * is Python-only (`__missing__`, `most_common`, `move_to_end`, reprs).
 */
import { KeyError, TypeError } from "../../exceptions.js";
import { repr, tuple } from "../../repr.js";
import { keywordOr } from "../args.js";
import { eq, isOptions, pyHasKey, pyIterable, pyMapDelete, pyMapGet, pyMapSet } from "../../builtins.js";

/** Fills a dict from `dict()`'s arguments: a mapping or pairs, then keywords (a trailing plain object). */
export function fill(m: Map<any, any>, args: any[]): void {
  const kw = args.length > 0 && isOptions(args[args.length - 1]) ? args.pop() : null;
  const src = args[0];
  if (src instanceof Map) for (const [k, v] of src) pyMapSet(m, k, v);
  else if (src !== undefined && src !== null) for (const pair of pyIterable<any>(src)) pyMapSet(m, pair[0], pair[1]);
  if (kw) for (const [k, v] of Object.entries(kw)) pyMapSet(m, k, v);
}

export function entriesRepr(m: Map<any, any>, self: object): string {
  return [...m].map(([k, v]) => `${repr(k)}: ${v === self ? "{...}" : repr(v)}`).join(", ");
}

/** A JavaScript class cannot be called without `new`; builtins such as `int` are functions that must not be. */
function isEsClass(f: unknown): f is new () => unknown {
  return typeof f === "function" && /^class\b/.test(Function.prototype.toString.call(f));
}

export class defaultdict<K = any, V = any> extends Map<K, V> {
  default_factory: (() => V) | null;

  constructor(default_factory?: (() => V) | null, ...args: any[]) {
    super();
    if (default_factory !== undefined && default_factory !== null && typeof default_factory !== "function") throw new TypeError("first argument must be callable or None");
    this.default_factory = default_factory ?? null;
    fill(this, args);
  }

  __missing__(key: K): V {
    if (this.default_factory === null) throw new KeyError(key);
    // A class as the factory (`defaultdict(Counter)`) is constructed, as calling it does in Python.
    const f = this.default_factory as any;
    const value = isEsClass(f) ? new f() : f();
    pyMapSet(this, key, value);
    return value;
  }

  copy(): defaultdict<K, V> {
    return new (this.constructor as typeof defaultdict<K, V>)(this.default_factory, this);
  }

  __repr__(): string {
    const factory = this.default_factory === null ? "None" : repr(this.default_factory);
    return `${(this.constructor as { name: string }).name}(${factory}, {${entriesRepr(this, this)}})`;
  }
}

export class OrderedDict<K = any, V = any> extends Map<K, V> {
  constructor(...args: any[]) {
    super();
    fill(this, args);
  }

  move_to_end(key: K, last: boolean | { last?: boolean } = true): void {
    last = keywordOr(last, "last", true);
    if (!pyHasKey(this, key)) throw new KeyError(key);
    const v = pyMapGet(this, key);
    pyMapDelete(this, key);
    if (last) {
      pyMapSet(this, key, v);
      return;
    }
    const rest = [...this];
    this.clear();
    pyMapSet(this, key, v);
    for (const [k, x] of rest) pyMapSet(this, k, x);
  }

  popitem(last: boolean | { last?: boolean } = true): readonly [K, V] {
    last = keywordOr(last, "last", true);
    if (this.size === 0) throw new KeyError("dictionary is empty");
    const keys = [...this.keys()];
    const k = last ? keys[keys.length - 1]! : keys[0]!;
    const v = this.get(k)!;
    pyMapDelete(this, k);
    return tuple(k, v) as unknown as readonly [K, V];
  }

  copy(): OrderedDict<K, V> {
    return new (this.constructor as typeof OrderedDict<K, V>)(this);
  }

  /** Between two OrderedDicts the order matters too; against a plain dict only the items do. */
  __eq__(other: unknown): boolean {
    if (!(other instanceof Map)) return false;
    if (!(other instanceof OrderedDict)) return eq(new Map(this), other);
    if (this.size !== other.size) return false;
    const theirs = [...other];
    return [...this].every(([k, v], i) => eq(k, theirs[i]![0]) && eq(v, theirs[i]![1]));
  }

  __repr__(): string {
    const name = (this.constructor as { name: string }).name;
    if (this.size === 0) return `${name}()`;
    return `${name}([${[...this].map(([k, v]) => `(${repr(k)}, ${v === (this as unknown) ? "..." : repr(v)})`).join(", ")}])`;
  }
}
