/**
 * Python's `functools`: caches with CPython's `cache_info`, `cmp_to_key`,
 * `reduce`, `partial`, `wraps`, `singledispatch` (singledispatch.ts).
 * (`@total_ordering` on a class is applied by the class transform through
 * the runtime's totalOrdering; `@cached_property` by the method transform.)
 */
import { TypeError } from "../exceptions.js";
import { checkHashable, pyHasKey, pyIterable, pyMapDelete, pyMapGet, pyMapSet } from "../builtins.js";
import { totalOrdering } from "../operators.js";
import { tuple } from "../repr.js";
import { namedtuple } from "./collections/namedtuple.js";
import { keywordOr } from "./args.js";
import { Kwargs, type Partial, bindBySignature, isClassConstructor, keywordCallOf, partialAttributes, signatureOf, takeKwargs } from "../kwargs.js";
import { singledispatch, singledispatchmethod } from "./singledispatch.js";
import { partialmethod } from "./partialmethod.js";

const CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]);

/**
 * A function whose results are cached by its arguments compared as Python
 * compares dict keys (so `f(1)` and `f(1.0)` share an entry, tuples by value).
 */
/** What a cached function has besides being callable. */
export interface CacheMethods<F> {
  cache_info(): any;
  cache_clear(): void;
  __wrapped__: F;
}

/** What `update_wrapper` / `wraps` give the wrapper. */
export interface Wrapped {
  __wrapped__: Function;
  __name__: string;
  __doc__: string | null;
}

function cached<F extends (...args: any[]) => any>(fn: F, maxsize: number | null): F & CacheMethods<F> {
  let cache = new Map<unknown, unknown>();
  let hits = 0;
  let misses = 0;
  const wrapper = function (this: unknown, ...args: any[]) {
    const key = args.length === 1 && (typeof args[0] === "number" || typeof args[0] === "string") ? args[0] : tuple(...args);
    // The arguments are the key of a dict: a list or dict among them is CPython's TypeError.
    if (key !== args[0]) for (const a of args) checkHashable(a instanceof Kwargs ? null : a);
    if (pyHasKey(cache, key)) {
      hits++;
      const v = pyMapGet(cache, key);
      // Least recently used goes first: move the entry to the end.
      if (maxsize !== null) {
        pyMapDelete(cache, key);
        pyMapSet(cache, key, v);
      }
      return v;
    }
    misses++;
    const v = fn.apply(this, args);
    if (maxsize === 0) return v;
    pyMapSet(cache, key, v);
    if (maxsize !== null && cache.size > maxsize) cache.delete(cache.keys().next().value);
    return v;
  } as unknown as F & CacheMethods<F>;
  Object.defineProperty(wrapper, "name", { value: fn.name });
  wrapper.cache_info = () => CacheInfo(hits, misses, maxsize, cache.size);
  wrapper.cache_clear = () => {
    cache = new Map();
    hits = 0;
    misses = 0;
  };
  wrapper.__wrapped__ = fn;
  return wrapper;
}

/** `cmp_to_key(mycmp)`: a key class whose comparisons call mycmp. */
function cmp_to_key(mycmp: (a: any, b: any) => number): (obj: any) => unknown {
  class K {
    constructor(readonly obj: any) {}
    __lt__(other: K): boolean {
      return mycmp(this.obj, other.obj) < 0;
    }
    __gt__(other: K): boolean {
      return mycmp(this.obj, other.obj) > 0;
    }
    __eq__(other: K): boolean {
      return mycmp(this.obj, other.obj) === 0;
    }
    __le__(other: K): boolean {
      return mycmp(this.obj, other.obj) <= 0;
    }
    __ge__(other: K): boolean {
      return mycmp(this.obj, other.obj) >= 0;
    }
    __hash__ = null;
  }
  return (obj: any) => new K(obj);
}

const WRAPPER_ASSIGNMENTS = tuple("__module__", "__name__", "__qualname__", "__doc__", "__annotations__");
const WRAPPER_UPDATES = tuple("__dict__");

function update_wrapper<W extends Function>(wrapper: W, wrapped: Function): W & Wrapped {
  Object.defineProperty(wrapper, "name", { value: wrapped.name });
  (wrapper as any).__wrapped__ = wrapped;
  (wrapper as any).__name__ = (wrapped as any).__name__ ?? wrapped.name;
  (wrapper as any).__doc__ = (wrapped as any).__doc__ ?? null;
  return wrapper as W & Wrapped;
}

export const functools = {
  WRAPPER_ASSIGNMENTS,
  WRAPPER_UPDATES,
  /** `@lru_cache`, `@lru_cache()`, `@lru_cache(maxsize=None)`, `@lru_cache(32)`. */
  lru_cache(arg?: unknown, typed?: unknown): any {
    void typed;
    if (typeof arg === "function") return cached(arg as (...a: any[]) => any, 128);
    const maxsize = keywordOr<number | null>(arg, "maxsize", 128);
    if (maxsize !== null && typeof maxsize !== "number") throw new TypeError("Expected first argument to be an integer, a callable, or None");
    return <F extends (...args: any[]) => any>(fn: F): F & CacheMethods<F> => cached(fn, maxsize === null ? null : Math.max(0, maxsize));
  },
  cache<F extends (...args: any[]) => any>(fn: F): F & CacheMethods<F> {
    return cached(fn, null);
  },
  cmp_to_key,
  reduce(fn: (acc: any, x: any) => any, iterable: Iterable<any>, ...initial: any[]): any {
    const items = [...pyIterable(iterable)];
    if (initial.length === 0 && items.length === 0) throw new TypeError("reduce() of empty iterable with no initial value");
    let acc = initial.length > 0 ? initial[0] : items.shift();
    for (const x of items) acc = fn(acc, x);
    return acc;
  },
  partial(fn: ((...a: any[]) => any) | { __call__(...a: any[]): any }, ...bound: any[]): Partial {
    // Any callable: a function, or an object with __call__.
    // A class is called with `new`, as Python calls any class (`partial(Protocol, arg)` as a factory).
    const call = typeof fn === "function" ? (isClassConstructor(fn) ? (...a: any[]) => new (fn as any)(...a) : fn) : typeof (fn as any)?.__call__ === "function" ? (...a: any[]) => (fn as any).__call__(...a) : null;
    if (call === null) throw new TypeError("the first argument must be callable");
    // Keywords for a callee without a signature known at translation arrive as a trailing options object.
    const last = bound[bound.length - 1];
    if (last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype) {
      return partialAttributes((...rest: any[]) => call(...bound, ...rest), fn as (...a: any[]) => any, bound, []);
    }
    const positional = bound.slice(0, -1);
    const keywords = Object.entries(last as Record<string, any>);
    const out = (...rest: any[]) => {
      const merged = new Map<string, any>(keywords);
      for (const [k, v] of takeKwargs(rest)) merged.set(k, v);
      const args = [...positional, ...rest];
      const special = keywordCallOf(call);
      if (special) return special(args, [...merged]);
      const sig = signatureOf(call);
      if (sig) return call(...bindBySignature(sig, args, [...merged]));
      return call(...args, Object.fromEntries(merged));
    };
    return partialAttributes(out, fn as (...a: any[]) => any, positional, keywords);
  },
  partialmethod,
  total_ordering: totalOrdering,
  singledispatch,
  singledispatchmethod,
  update_wrapper,
  /** `@functools.wraps(fn)`: the wrapper takes the wrapped function's name. */
  wraps(wrapped: Function) {
    return <W extends Function>(wrapper: W): W & Wrapped => update_wrapper(wrapper, wrapped);
  },
};



