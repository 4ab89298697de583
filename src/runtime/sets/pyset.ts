/**
 * Python's set and frozenset: a JavaScript Set (membership, size) that
 * iterates in CPython's order. Beside the Set it keeps CPython's hash table
 * (table.ts), so `print({3, 1, 2})` prints `{1, 2, 3}`, `{33, 16, 1}`
 * prints `{16, 33, 1}`, and pop() takes what CPython takes.
 *
 * That order is only defined when every element's hash is the same in each
 * CPython run (hash.ts). Once a set holds a string, None or a plain object,
 * CPython's order varies from run to run; the set then drops its table and
 * iterates in insertion order, until clear() empties it.
 *
 * Add and delete here compare by JavaScript identity, as Set does; Python
 * equality (1 == 1.0 == True, equal tuples) is settled by the callers in
 * builtins.ts (pySetAdd) before they get here.
 */
import { cpythonHash, frozensetHash, hash64 } from "./hash.js";
import { SetTable } from "./table.js";

/** What the key finder answers when no element equals the probe. */
export const NOT_FOUND: unique symbol = Symbol("tsyncio.notFound");

/**
 * Finds the element equal under Python's == (builtins.ts's pyKeyOf, which
 * cannot be imported here: builtins imports this module). Registered once.
 */
let findEqual: ((s: Set<any>, x: unknown) => unknown) | null = null;

export function registerKeyFinder(find: (s: Set<any>, x: unknown) => unknown): void {
  findEqual = find;
}

/** Elements a JavaScript Set may tell apart from an equal Python value: float boxes, bools, tuples, objects. */
const notPlain = (x: unknown): boolean => (typeof x === "object" && x !== null) || typeof x === "boolean";

export class PySet<T = any> extends Set<T> {
  // Private fields: Python's getattr must not see them (builtins.ts hides the prototype's members).
  /** CPython's table, or null once an element's hash differs between CPython runs. */
  #table: SetTable | null;
  /** Counts changes, so an index over the elements knows it is stale even when the size is the same. */
  #version = 0;
  /** How many elements are not plain numbers, strings or None: while none are, identity is Python's ==. */
  #notPlain = 0;
  /** Set while the key finder runs: its own membership tests are by identity. */
  #finding = false;

  constructor(items?: Iterable<T> | null) {
    // Set's constructor would call add() before the table exists.
    super();
    this.#table = new SetTable();
    if (items != null) for (const x of items) this.add(x);
  }

  /**
   * The element equal to x under Python's == (1, 1.0 and True are one
   * element), for a probe JavaScript identity may miss: code typed for a set
   * of ints calls has/add/delete directly, yet a float box may be inside.
   */
  #equal(x: T): unknown {
    if (this.#finding || findEqual === null || (!notPlain(x) && this.#notPlain === 0)) return NOT_FOUND;
    this.#finding = true;
    try {
      return findEqual(this, x);
    } finally {
      this.#finding = false;
    }
  }

  override has(x: T): boolean {
    return super.has(x) || this.#equal(x) !== NOT_FOUND;
  }

  override add(x: T): this {
    if (super.has(x) || this.#equal(x) !== NOT_FOUND) return this;
    super.add(x);
    this.#version++;
    if (notPlain(x)) this.#notPlain++;
    const t = this.#table;
    if (t !== null) {
      const h = hash64(x);
      if (h === null) this.#table = null;
      else t.insert(x, h);
    }
    return this;
  }

  override delete(x: T): boolean {
    if (!super.delete(x)) {
      const stored = this.#equal(x);
      return stored !== NOT_FOUND && this.delete(stored as T);
    }
    this.#version++;
    if (notPlain(x)) this.#notPlain--;
    const t = this.#table;
    if (t !== null) {
      const h = hash64(x);
      if (h === null) this.#table = null;
      else t.remove(x, h);
    }
    return true;
  }

  override clear(): void {
    super.clear();
    this.#version++;
    this.#notPlain = 0;
    if (this.#table === null) this.#table = new SetTable();
    else this.#table.clear();
  }

  /** set.pop(): CPython's pick (insertion order's first when the order is not CPython's). */
  popItem(): T {
    const t = this.#table;
    const x = (t !== null ? t.pop() : super.values().next().value) as T;
    super.delete(x);
    this.#version++;
    if (notPlain(x)) this.#notPlain--;
    return x;
  }

  /**
   * Adds the elements of another set as CPython's set_merge does (one resize
   * up front, slots copied when this set is empty); `present` tells whether
   * an element already has a Python-equal one here.
   */
  mergeSet(other: ReadonlySet<T>, present: (x: T) => boolean): void {
    const t = this.#table;
    const o = other instanceof PySet ? other.#table : null;
    if (t !== null && o !== null) {
      t.merge(o, (k) => !present(k as T), (k) => {
        super.add(k as T);
        this.#version++;
        if (notPlain(k)) this.#notPlain++;
      });
      return;
    }
    for (const x of other) if (!present(x)) this.add(x);
  }

  /** Resizes ahead of adding n elements, as CPython does before adding a dict's keys. */
  reserve(n: number): void {
    this.#table?.reserve(n);
  }

  /** Resizes away dummies past a quarter of the table, as difference_update does at its end. */
  purgeDummies(): void {
    this.#table?.purgeDummies();
  }

  /** Takes another set's elements and table (CPython swaps bodies after intersection_update). */
  replaceWith(other: PySet<T>): void {
    super.clear();
    this.#notPlain = 0;
    for (const x of Set.prototype.values.call(other) as IterableIterator<T>) {
      super.add(x);
      if (notPlain(x)) this.#notPlain++;
    }
    this.#version++;
    // The search finger of pop() is the set's own: CPython swaps everything else.
    const finger = this.#table?.finger ?? 0;
    this.#table = other.#table;
    if (this.#table !== null) this.#table.finger = finger;
    other.#table = other.#table === null ? null : new SetTable();
  }

  /** Changes so far (builtins.ts keys its index of tuple elements on it). */
  get version(): number {
    return this.#version;
  }

  /** Whether iteration follows CPython's table (every element's hash is deterministic). */
  get cpythonOrdered(): boolean {
    return this.#table !== null;
  }

  override values(): SetIterator<T> {
    return (this.#table !== null ? this.#table.live() : super.values()) as SetIterator<T>;
  }

  override keys(): SetIterator<T> {
    return this.values();
  }

  override [Symbol.iterator](): SetIterator<T> {
    return this.values();
  }

  override entries(): SetIterator<[T, T]> {
    const inner = this.values();
    return (function* () {
      for (const x of inner) yield [x, x] as [T, T];
    })() as SetIterator<[T, T]>;
  }

  override forEach(fn: (value: T, key: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const x of [...this.values()]) fn.call(thisArg, x, x, this);
  }

  /** A frozenset's hash (hash.ts asks); null for a mutable set or an element without a fixed hash. */
  frozenHash(): bigint | null {
    return null;
  }
}

/** frozenset: a PySet that prints as `frozenset({...})` and hashes by its elements. */
export class FrozenSet<T = any> extends PySet<T> {
  #hash: bigint | null | undefined;

  override frozenHash(): bigint | null {
    if (this.#hash !== undefined) return this.#hash;
    const hashes: bigint[] = [];
    for (const x of this.values()) {
      const h = cpythonHash(x);
      if (h === null) return (this.#hash = null);
      hashes.push(h);
    }
    return (this.#hash = frozensetHash(hashes));
  }
}
