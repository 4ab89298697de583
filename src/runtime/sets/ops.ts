/**
 * The methods and operators of set and frozenset, each built the way
 * CPython 3.11 builds its result (which set is walked, in which order, into
 * what), because that decides the result's iteration order: `{1, 2} | {9}`
 * copies the left table and adds, `a & b` walks the smaller operand,
 * `a ^ b` starts from a copy of b.
 */
import { AttributeError, KeyError, TypeError } from "../exceptions.js";
import { checkHashable, MISSING, pyHasKey, pyIterable, pyKeyOf, pySetAdd, pySetDelete, set, typeName } from "../builtins.js";
import { FrozenSet, PySet } from "./pyset.js";

function mutableSet(s: unknown, method: string): Set<any> {
  if (!(s instanceof Set)) throw new TypeError(`descriptor '${method}' for 'set' objects doesn't apply to a '${typeName(s)}' object`);
  if (s instanceof FrozenSet) throw new AttributeError(`'frozenset' object has no attribute '${method}'`);
  return s;
}

/** An empty set of the receiver's base type (frozenset stays frozenset). */
function newLike<T>(s: ReadonlySet<T>): PySet<T> {
  return s instanceof FrozenSet ? new FrozenSet<T>() : new PySet<T>();
}

const isExactDict = (x: unknown): x is Map<unknown, unknown> => x instanceof Map && x.constructor === Map;

/** set_update_internal: another set merges, a dict's keys go in after one resize, anything else one by one. */
function updateFrom<T>(s: Set<T>, other: unknown): void {
  if (other instanceof Set) {
    if (other === s) return;
    if (s instanceof PySet) s.mergeSet(other, (x) => pyKeyOf(s, x) !== MISSING);
    else for (const x of other) pySetAdd(s, x);
    return;
  }
  if (isExactDict(other) && s instanceof PySet) s.reserve(other.size);
  for (const x of [...pyIterable<T>(other)]) pySetAdd(s, x);
}

/**
 * A set display whose elements are all constants, more than two of them:
 * CPython folds it into a frozenset constant and copies that into a new set,
 * which can leave another order than adding the elements one by one.
 */
export function constSet<T>(items: readonly T[]): Set<T> {
  const folded = new FrozenSet<T>();
  for (const x of items) pySetAdd(folded, x);
  // The compiler's constant merging (merge_consts_recursive) rebuilds the frozenset from its own order.
  const merged = new FrozenSet<T>(folded);
  const s = new PySet<T>();
  updateFrom(s, merged);
  return s;
}

/** `s.add(x)` */
export function setAdd<T>(s: Set<T>, x: T): void {
  pySetAdd(mutableSet(s, "add"), x);
}

/** `s.discard(x)` */
export function setDiscard<T>(s: Set<T>, x: T): void {
  checkHashable(x);
  pySetDelete(mutableSet(s, "discard"), x);
}

/** `s.remove(x)`: KeyError when absent. */
export function setRemove<T>(s: Set<T>, x: T): void {
  checkHashable(x);
  if (!pySetDelete(mutableSet(s, "remove"), x)) throw new KeyError(x);
}

/** `s.pop()`: the element CPython's table gives first from its search finger; KeyError when empty. */
export function setPop<T>(s: Set<T>): T {
  const set = mutableSet(s, "pop");
  if (set.size === 0) throw new KeyError("pop from an empty set");
  if (set instanceof PySet) return set.popItem();
  const first = set.values().next().value;
  pySetDelete(set, first);
  return first;
}

/** `s.copy()` */
export function setCopy<T>(s: ReadonlySet<T>): Set<T> {
  const out = newLike(s);
  updateFrom(out, s);
  return out;
}

/** `s.union(*others)`, `a | b` */
export function setUnion<T>(s: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  const out = setCopy(s);
  for (const o of others) if (o !== s) updateFrom(out, o);
  return out;
}

/** One step of `s & other`: walk the smaller set (or the iterable), keep what the other holds. */
function intersect<T>(s: ReadonlySet<T>, other: unknown): PySet<T> {
  if (other === s) return setCopy(s) as PySet<T>;
  const out = newLike(s);
  if (other instanceof Set) {
    let [big, small] = [s, other as ReadonlySet<T>];
    if (small.size > big.size) [big, small] = [small, big];
    for (const x of small) if (pyHasKey(big as Set<T>, x)) out.add(x);
    return out;
  }
  for (const x of pyIterable<T>(other)) {
    checkHashable(x);
    if (pyHasKey(s as Set<T>, x)) {
      pySetAdd(out, x);
      if (out.size >= s.size) break;
    }
  }
  return out;
}

/** `s.intersection(*others)`, `a & b` */
export function setIntersection<T>(s: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  if (others.length === 0) return setCopy(s);
  let out: ReadonlySet<T> = s;
  for (const o of others) out = intersect(out, o);
  return out as Set<T>;
}

/** set_difference_update_internal: discard what `other` holds, then resize away many dummies. */
function discardAll<T>(s: Set<T>, other: unknown): void {
  if (other === s) {
    s.clear();
    return;
  }
  if (other instanceof Set) {
    // A much larger other is first cut down to what the two share.
    const walk: ReadonlySet<T> = other.size >> 3 > s.size ? intersect(s, other) : other;
    for (const x of [...walk]) pySetDelete(s, x);
  } else {
    for (const x of [...pyIterable<T>(other)]) {
      checkHashable(x);
      pySetDelete(s, x);
    }
  }
  if (s instanceof PySet) s.purgeDummies();
}

/** `s.difference(*others)`, `a - b` */
export function setDifference<T>(s: ReadonlySet<T>, ...others: Iterable<T>[]): Set<T> {
  if (others.length === 0) return setCopy(s);
  const [first, ...rest] = others;
  let out: Set<T>;
  const otherSize = first instanceof Set || isExactDict(first) ? first.size : -1;
  if (otherSize < 0 || s.size >> 2 > otherSize) {
    out = setCopy(s);
    discardAll(out, first);
  } else {
    out = newLike(s);
    const o = first as unknown as Set<T>;
    for (const x of s) if (!pyHasKey(o, x)) out.add(x);
  }
  for (const o of rest) discardAll(out, o);
  return out;
}

/** `s.symmetric_difference_update(other)`, `a ^= b` */
export function setSymmetricDifferenceUpdate<T>(s: Set<T>, other: Iterable<T>): void {
  const set = mutableSet(s, "symmetric_difference_update");
  symmetricUpdate(set, other);
}

function symmetricUpdate<T>(target: Set<T>, other: unknown): void {
  if (other === target) {
    target.clear();
    return;
  }
  const walk: Iterable<T> = isExactDict(other) ? [...(other.keys() as Iterable<T>)] : other instanceof Set ? [...other] : (set(other) as Set<T>);
  for (const x of walk) if (!pySetDelete(target, x)) pySetAdd(target, x);
}

/** `s.symmetric_difference(other)`, `a ^ b`: a copy of the other operand, updated with s. */
export function setSymmetricDifference<T>(s: ReadonlySet<T>, other: Iterable<T>): Set<T> {
  const out = newLike(s);
  updateFrom(out, other);
  symmetricUpdate(out, s);
  return out;
}

/** `s.issubset(other)` */
export function setIssubset<T>(s: ReadonlySet<T>, other: Iterable<T>): boolean {
  const o = other instanceof Set ? other : (set(other) as Set<T>);
  for (const x of s) if (!pyHasKey(o, x)) return false;
  return true;
}

/** `s.issuperset(other)` */
export function setIssuperset<T>(s: ReadonlySet<T>, other: Iterable<T>): boolean {
  for (const x of pyIterable(other)) if (!pyHasKey(s as Set<T>, x)) return false;
  return true;
}

/** `s.isdisjoint(other)` */
export function setIsdisjoint<T>(s: ReadonlySet<T>, other: Iterable<T>): boolean {
  for (const x of pyIterable(other)) if (pyHasKey(s as Set<T>, x)) return false;
  return true;
}

/** `s.update(*others)`, `a |= b` */
export function setUpdate<T>(s: Set<T>, ...others: Iterable<T>[]): void {
  const set = mutableSet(s, "update");
  for (const o of others) updateFrom(set, o);
}

/** `s.intersection_update(*others)`, `a &= b`: the result's table replaces the set's. */
export function setIntersectionUpdate<T>(s: Set<T>, ...others: Iterable<T>[]): void {
  const set = mutableSet(s, "intersection_update");
  const result = setIntersection(set, ...others);
  if (set instanceof PySet && result instanceof PySet) {
    set.replaceWith(result);
    return;
  }
  set.clear();
  for (const x of result) set.add(x);
}

/** `s.difference_update(*others)`, `a -= b` */
export function setDifferenceUpdate<T>(s: Set<T>, ...others: Iterable<T>[]): void {
  const set = mutableSet(s, "difference_update");
  for (const o of others) discardAll(set, o);
}

/** `s.clear()` */
export function setClear<T>(s: Set<T>): void {
  mutableSet(s, "clear").clear();
}

/** A set display or comprehension whose elements JavaScript compares as Python does (ints, strings): added in order. */
export function setOf<T>(items: Iterable<T>): Set<T> {
  return new PySet<T>(items);
}
