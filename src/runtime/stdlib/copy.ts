/**
 * Python's `copy`: shallow and deep copies of the runtime's values with
 * CPython's rules. Immutable values (numbers, strings, tuples of immutables,
 * frozensets, functions, classes) are returned as they are; `__copy__` /
 * `__deepcopy__(memo)` win when a class defines them; otherwise an instance is
 * rebuilt the way copy's reduce protocol does it: a new object of the same
 * class whose constructor does NOT run (Python's `cls.__new__(cls)`), then the
 * attributes (`__dict__`, or `__getstate__`/`__setstate__`), then the items of
 * a dict, list or set subclass. `memo` is a Python dict keyed by id(), the
 * object user `__deepcopy__` methods receive and pass back.
 */
import { Exception } from "../exceptions.js";
import { id, PyRange } from "../builtins.js";
import { FrozenSet, Hinted } from "../repr.js";
import { PySet } from "../sets/pyset.js";
import { deque } from "./collections/deque.js";
import { ChainMap } from "./collections/chainmap.js";

class Error extends Exception {
  static __module__ = "copy";
}

type Memo = Map<number, unknown>;

/** Values copy returns unchanged: what CPython's copy treats as atomic. */
function isAtomic(x: unknown): boolean {
  if (x === null || x === undefined) return true;
  const t = typeof x;
  if (t !== "object") return true; // numbers, strings, booleans, bigints, symbols, functions and classes
  return x instanceof Hinted || x instanceof PyRange;
}

/** A new object of x's class, built without running its constructor. */
function blank(x: object): any {
  const proto = Object.getPrototypeOf(x);
  const ctor = proto?.constructor;
  // Maps, Sets and Arrays need their internal slots: construct the base with x's class as new.target.
  if (x instanceof Map) return Reflect.construct(Map, [], typeof ctor === "function" ? ctor : Map);
  if (x instanceof Set) {
    const base = x instanceof FrozenSet ? FrozenSet : x instanceof PySet ? PySet : Set;
    return Reflect.construct(base, [], typeof ctor === "function" ? ctor : base);
  }
  if (Array.isArray(x)) {
    const a: unknown[] = [];
    Object.setPrototypeOf(a, proto);
    return a;
  }
  return Object.create(proto);
}

/** The own attributes of x, as `__dict__` (array indices and a Map's entries are not attributes). */
function attributes(x: object): [string | symbol, PropertyDescriptor][] {
  const isArray = Array.isArray(x);
  return Reflect.ownKeys(x)
    .filter((k) => !(isArray && (k === "length" || (typeof k === "string" && /^\d+$/.test(k)))))
    .map((k) => [k, Object.getOwnPropertyDescriptor(x, k)!]);
}

function setAttributes(y: object, attrs: [string | symbol, PropertyDescriptor][], value: (v: unknown) => unknown): void {
  for (const [k, d] of attrs) {
    if ("value" in d) Object.defineProperty(y, k, { ...d, value: value(d.value) });
    else Object.defineProperty(y, k, d);
  }
}

function method(x: object, name: string): ((...args: unknown[]) => unknown) | undefined {
  const f = (x as Record<string, unknown>)[name];
  return typeof f === "function" ? (f as (...args: unknown[]) => unknown) : undefined;
}

/** The instance's state the reduce protocol copies: `__getstate__()` when defined, else its attributes. */
function restore(x: object, y: object, value: (v: unknown) => unknown): void {
  const getstate = method(x, "__getstate__");
  const setstate = method(y, "__setstate__");
  if (getstate || setstate) {
    let state: unknown = getstate ? getstate.call(x) : new Map(attributes(x).map(([k, d]) => [k, d.value]));
    state = value(state);
    if (setstate) setstate.call(y, state);
    else if (state instanceof Map) for (const [k, v] of state) (y as Record<string, unknown>)[k as string] = v;
    return;
  }
  setAttributes(y, attributes(x), value);
}

function shallowCopy(x: unknown): unknown {
  if (isAtomic(x)) return x;
  const obj = x as object;
  const own = method(obj, "__copy__");
  if (own) return own.call(obj);
  const proto = Object.getPrototypeOf(obj);
  if (Array.isArray(obj)) {
    if (Object.isFrozen(obj) && proto === Array.prototype) return obj;
    if (!Object.isFrozen(obj) && proto === Array.prototype) return obj.slice();
  }
  if (obj instanceof FrozenSet && proto === FrozenSet.prototype) return obj;
  if (proto === Map.prototype) return new Map(obj as Map<unknown, unknown>);
  if (proto === Set.prototype) return new Set(obj as Set<unknown>);
  if (proto === PySet.prototype) return new PySet(obj as Set<unknown>);
  // deque and ChainMap define __copy__ in CPython: their own copy().
  if (obj instanceof deque || obj instanceof ChainMap) return obj.copy();
  const y = blank(obj);
  restore(obj, y, (v) => v);
  if (obj instanceof Map) for (const [k, v] of obj) y.set(k, v);
  else if (obj instanceof Set) for (const v of obj) y.add(v);
  else if (Array.isArray(obj)) {
    y.push(...obj);
    if (Object.isFrozen(obj)) Object.freeze(y);
  }
  return y;
}

function deepcopy(x: unknown, memo?: Memo | null, nil?: unknown): unknown {
  if (memo === undefined || memo === null) memo = new Map();
  const key = id(x);
  if (memo.has(key)) return memo.get(key);
  if (isAtomic(x)) return x;
  const m = memo;
  const deep = (v: unknown) => deepcopy(v, m);
  const obj = x as object;
  let y: any;
  const own = method(obj, "__deepcopy__");
  if (own) y = own.call(obj, memo);
  else if (Array.isArray(obj) && Object.isFrozen(obj)) {
    const items = obj.map(deep);
    // A tuple was possibly copied while copying its own items (a cycle through a list).
    if (memo.has(key)) return memo.get(key);
    const proto = Object.getPrototypeOf(obj);
    if (proto === Array.prototype && items.every((v, i) => v === obj[i])) y = obj;
    else {
      y = blank(obj);
      y.push(...items);
      restore(obj, y, deep);
      Object.freeze(y);
    }
  } else if (obj instanceof FrozenSet && Object.getPrototypeOf(obj) === FrozenSet.prototype) {
    y = new FrozenSet([...obj].map(deep));
  } else if (obj instanceof deque) {
    y = obj.copy();
    memo.set(key, y);
    y.clear();
    for (const v of obj as Iterable<unknown>) y.append(deep(v));
  } else {
    y = blank(obj);
    memo.set(key, y);
    restore(obj, y, deep);
    if (obj instanceof Map) for (const [k, v] of obj) y.set(deep(k), deep(v));
    else if (obj instanceof Set) for (const v of obj) y.add(deep(v));
    else if (Array.isArray(obj)) for (const v of obj) y.push(deep(v));
  }
  if (y !== x) {
    memo.set(key, y);
    keepAlive(x, memo);
  }
  void nil;
  return y;
}

/**
 * CPython keeps every copied original in `memo[id(memo)]` so ids stay unique
 * while copying; user `__deepcopy__` methods may look at it.
 */
function keepAlive(x: unknown, memo: Memo): void {
  const k = id(memo);
  const list = memo.get(k);
  if (Array.isArray(list)) list.push(x);
  else memo.set(k, [x]);
}

/** Python's `copy` module. */
export const copy = {
  copy: shallowCopy as <T>(x: T) => T,
  deepcopy: deepcopy as <T>(x: T, memo?: Map<number, unknown> | null, _nil?: unknown) => T,
  Error,
  error: Error,
};
