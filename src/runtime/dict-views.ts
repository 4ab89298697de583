/**
 * `d.keys()`, `d.values()` and `d.items()` as CPython's live views: they see
 * the dict's later inserts and deletes, print as `dict_keys([...])`, and the
 * keys and items views are set-like (`&`, `|`, `-`, `^`, comparisons with
 * sets). The translator emits them only where a view is kept or passed on;
 * a view consumed on the spot (`for`, `list(...)`, `len(...)`) stays a plain
 * Map iteration.
 */
import { KeyError, RuntimeError, TypeError } from "./exceptions.js";
import { checkHashable, eq, MISSING, NotImplemented, pyHasKey, pyIteratorObject, pyMapGet, typeName } from "./builtins.js";
import { repr, tuple } from "./repr.js";
import { PySet } from "./sets/pyset.js";
import { setDifferenceUpdate, setSymmetricDifferenceUpdate, setUpdate } from "./sets/ops.js";

type Part = "keys" | "values" | "items";

/**
 * dictiter_iternext*: the dict's size is checked at every step, and an entry
 * found after as many as the dict held at the start means keys were replaced
 * (a JavaScript Map iteration would go on over them, forever if the loop keeps adding).
 */
function walk<K, V>(m: Map<K, V>, part: Part): Generator<any> {
  // Measured when the iterator is made, as CPython does, not at its first step.
  return walkFrom(m, part, m.size);
}

function* walkFrom<K, V>(m: Map<K, V>, part: Part, size: number): Generator<any> {
  let left = size;
  const inner = m.entries();
  for (;;) {
    if (m.size !== size) throw new RuntimeError("dictionary changed size during iteration");
    const r = inner.next();
    if (r.done) return;
    if (left === 0) throw new RuntimeError("dictionary keys changed during iteration");
    left--;
    const [k, v] = r.value;
    yield part === "keys" ? k : part === "values" ? v : tuple(k, v);
  }
}

function walkBack<K, V>(m: Map<K, V>, part: Part): Generator<any> {
  return walkBackFrom(m, part, m.size, [...m.entries()]);
}

function* walkBackFrom<K, V>(m: Map<K, V>, part: Part, size: number, entries: [K, V][]): Generator<any> {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (m.size !== size) throw new RuntimeError("dictionary changed size during iteration");
    const [k, v] = entries[i]!;
    yield part === "keys" ? k : part === "values" ? v : tuple(k, v);
  }
}

const ITER_NAMES: Record<Part, string> = { keys: "dict_keyiterator", values: "dict_valueiterator", items: "dict_itemiterator" };
const REVERSED_NAMES: Record<Part, string> = { keys: "dict_reversekeyiterator", values: "dict_reversevalueiterator", items: "dict_reverseitemiterator" };

abstract class DictView<T> implements Iterable<T> {
  protected abstract readonly part: Part;
  constructor(protected readonly _dict: Map<any, any>) {}

  [Symbol.iterator](): Iterator<T> {
    return pyIteratorObject(walk(this._dict, this.part), ITER_NAMES[this.part]);
  }
  __iter__(): Iterator<T> {
    return this[Symbol.iterator]();
  }
  __reversed__(): Iterator<T> {
    return pyIteratorObject(walkBack(this._dict, this.part), REVERSED_NAMES[this.part]);
  }
  __len__(): number {
    return this._dict.size;
  }
  __repr__(): string {
    return `${this.constructor.name}(${repr([...this])})`;
  }
  /** `view.mapping`: a read-only proxy of the dict. */
  get mapping(): mappingproxy {
    return new mappingproxy(this._dict);
  }
  abstract __contains__(x: unknown): boolean;
}

/** types.MappingProxyType as `view.mapping` gives it: reads go to the dict, writes are refused. */
export class mappingproxy<K = any, V = any> implements Iterable<K> {
  constructor(private readonly _dict: Map<K, V>) {}
  [Symbol.iterator](): Iterator<K> {
    return walk(this._dict, "keys");
  }
  __len__(): number {
    return this._dict.size;
  }
  __getitem__(k: K): V {
    const v = pyMapGet(this._dict, k);
    if (v === MISSING) throw new KeyError(k);
    return v;
  }
  __contains__(k: unknown): boolean {
    return pyHasKey(this._dict, k);
  }
  __setitem__(): never {
    throw new TypeError("'mappingproxy' object does not support item assignment");
  }
  get(k: K, dflt: unknown = null): unknown {
    const v = pyMapGet(this._dict, k);
    return v === MISSING ? dflt : v;
  }
  keys(): dict_keys<K> {
    return keysView(this._dict);
  }
  values(): dict_values<V> {
    return valuesView(this._dict);
  }
  items(): dict_items<K, V> {
    return itemsView(this._dict);
  }
  copy(): Map<K, V> {
    return new Map(this._dict);
  }
  __str__(): string {
    return repr(this._dict);
  }
  __repr__(): string {
    return `mappingproxy(${repr(this._dict)})`;
  }
}

/** A view that is also a set: keys, and items (whose values are then compared by ==). */
abstract class SetLikeView<T> extends DictView<T> {
  /** dictviews_to_set: a keys view's set is built from its dict (which sizes the table first, as CPython does). */
  private toSet(): PySet<T> {
    const s = new PySet<T>();
    setUpdate(s, (this.part === "keys" ? this._dict : [...this]) as Iterable<T>);
    return s;
  }
  private static setOf(x: unknown): PySet<any> {
    if (x instanceof SetLikeView) return x.toSet();
    const s = new PySet<any>();
    setUpdate(s, x as Iterable<any>);
    return s;
  }

  /** _PyDictView_Intersect: the smaller side is walked, each element looked up in the other. */
  __and__(other: unknown): Set<unknown> {
    if (other instanceof Set && this.__len__() <= other.size) return intersectInto(other, this);
    let big: SetLikeView<unknown> = this;
    let walked: unknown = other;
    if (other instanceof SetLikeView && other.__len__() > this.__len__()) [big, walked] = [other, this];
    return intersectInto(big, walked);
  }
  __rand__(other: unknown): Set<unknown> {
    return this.__and__(other);
  }
  __or__(other: unknown): Set<unknown> {
    const s = this.toSet() as PySet<unknown>;
    setUpdate(s, other as Iterable<unknown>);
    return s;
  }
  __ror__(other: unknown): Set<unknown> {
    const s = SetLikeView.setOf(other);
    setUpdate(s, this);
    return s;
  }
  __sub__(other: unknown): Set<unknown> {
    const s = this.toSet() as PySet<unknown>;
    setDifferenceUpdate(s, other as Iterable<unknown>);
    return s;
  }
  __rsub__(other: unknown): Set<unknown> {
    const s = SetLikeView.setOf(other);
    setDifferenceUpdate(s, this);
    return s;
  }
  __xor__(other: unknown): Set<unknown> {
    const s = this.toSet() as PySet<unknown>;
    setSymmetricDifferenceUpdate(s, other as Iterable<unknown>);
    return s;
  }
  __rxor__(other: unknown): Set<unknown> {
    const s = SetLikeView.setOf(other);
    setSymmetricDifferenceUpdate(s, this);
    return s;
  }
  isdisjoint(other: unknown): boolean {
    for (const x of iterate(other)) if (this.__contains__(x)) return false;
    return true;
  }

  // dictview_richcompare: only sets and set-like views compare; sizes first, then containment.
  __eq__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return sizeOf(other) === this.__len__() && allIn(this, other);
  }
  __ne__(other: unknown): boolean | typeof NotImplemented {
    const r = this.__eq__(other);
    return r === NotImplemented ? r : !r;
  }
  __le__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return this.__len__() <= sizeOf(other) && allIn(this, other);
  }
  __lt__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return this.__len__() < sizeOf(other) && allIn(this, other);
  }
  __ge__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return this.__len__() >= sizeOf(other) && allIn(other, this);
  }
  __gt__(other: unknown): boolean | typeof NotImplemented {
    if (!isSetLike(other)) return NotImplemented;
    return this.__len__() > sizeOf(other) && allIn(other, this);
  }
}

// Set-like views define ==, so CPython leaves them unhashable (checkHashable reads this).
Object.defineProperty(SetLikeView.prototype, "__hash__", { value: null });

function intersectInto(big: Set<unknown> | SetLikeView<unknown>, walked: unknown): Set<unknown> {
  const out = new PySet<unknown>();
  const has = big instanceof Set ? (x: unknown) => pyHasKey(big, x) : (x: unknown) => big.__contains__(x);
  for (const x of iterate(walked)) if (has(x)) setUpdate(out, [x]);
  return out;
}

function iterate(x: unknown): Iterable<unknown> {
  if (x instanceof Map) return x.keys();
  if (x != null && typeof (x as Iterable<unknown>)[Symbol.iterator] === "function") return x as Iterable<unknown>;
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

function isSetLike(x: unknown): x is Set<unknown> | SetLikeView<unknown> {
  return x instanceof Set || x instanceof SetLikeView;
}

function sizeOf(x: Set<unknown> | SetLikeView<unknown>): number {
  return x instanceof Set ? x.size : x.__len__();
}

/** all_contained_in */
function allIn(a: Iterable<unknown>, b: Set<unknown> | SetLikeView<unknown>): boolean {
  for (const x of a) if (!(b instanceof Set ? pyHasKey(b, x) : b.__contains__(x))) return false;
  return true;
}

// The class names are CPython's type names: `type(d.keys()).__name__` reads them.
/* eslint-disable @typescript-eslint/naming-convention */
export class dict_keys<K = any> extends SetLikeView<K> {
  protected readonly part = "keys";
  __contains__(x: unknown): boolean {
    checkHashable(x);
    return this._dict.has(x) || pyHasKey(this._dict, x);
  }
}

export class dict_values<V = any> extends DictView<V> {
  protected readonly part = "values";
  __contains__(x: unknown): boolean {
    for (const v of this._dict.values()) if (v === x || eq(v, x)) return true;
    return false;
  }
}

export class dict_items<K = any, V = any> extends SetLikeView<readonly [K, V]> {
  protected readonly part = "items";
  /** dictitems_contains: a 2-tuple whose key is present with an equal value. */
  __contains__(x: unknown): boolean {
    if (!Array.isArray(x) || !Object.isFrozen(x) || x.length !== 2) return false;
    const v = pyMapGet(this._dict, x[0]);
    return v !== MISSING && (v === x[1] || eq(v, x[1]));
  }
}

// An OrderedDict's views are their own types in CPython (odict_keys...), with the same behaviour.
export class odict_keys<K = any> extends dict_keys<K> {}
export class odict_values<V = any> extends dict_values<V> {}
export class odict_items<K = any, V = any> extends dict_items<K, V> {}

/** Whether `d` is a collections.OrderedDict (or a subclass), told by name: that module imports this one's users. */
function isOrdered(d: Map<unknown, unknown>): boolean {
  for (let p = Object.getPrototypeOf(d); p && p !== Map.prototype; p = Object.getPrototypeOf(p)) {
    if (p.constructor?.name === "OrderedDict") return true;
  }
  return false;
}

/** `d.keys()` */
export function keysView<K>(d: Map<K, unknown>): dict_keys<K> {
  return isOrdered(d) ? new odict_keys<K>(d) : new dict_keys<K>(d);
}

/** `d.values()` */
export function valuesView<V>(d: Map<unknown, V>): dict_values<V> {
  return isOrdered(d) ? new odict_values<V>(d) : new dict_values<V>(d);
}

/** `d.items()` */
export function itemsView<K, V>(d: Map<K, V>): dict_items<K, V> {
  return isOrdered(d) ? new odict_items<K, V>(d) : new dict_items<K, V>(d);
}
