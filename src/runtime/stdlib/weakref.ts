/**
 * Python's `weakref` on JavaScript's WeakRef and FinalizationRegistry.
 * CPython frees an object at its last reference (reference counting), so
 * `del obj` makes `r()` None at once and runs callbacks there; JavaScript's
 * collector frees it later, at a moment no program can rely on. The
 * translation warns at every use (the `caveat` of
 * grammar-mappings/modules/weakref.json); a program whose output depends on
 * when an object dies prints differently. `finalize` callbacks still alive
 * at exit run then, as CPython runs them (atexit).
 */
import { KeyError, TypeError } from "../exceptions.js";
import { typeName } from "../builtins.js";
import { callKw } from "../calls.js";
import { Kwargs } from "../kwargs.js";
import { atexit } from "./atexit.js";

/** CPython refuses weak references to ints, strs, tuples, lists, dicts, None. */
function referent(obj: unknown): object {
  const weakable = (typeof obj === "object" && obj !== null && !Array.isArray(obj) && !(obj instanceof Map)) || typeof obj === "function";
  if (!weakable) throw new TypeError(`cannot create weak reference to '${typeName(obj)}' object`);
  return obj as object;
}

const collected = new FinalizationRegistry<() => void>((run) => run());

export interface Ref {
  (): any;
  __call__(): any;
  __callback__: ((r: Ref) => void) | null;
  __repr__(): string;
}

function ref(obj: unknown, callback: ((r: Ref) => void) | null = null): Ref {
  const weak = new WeakRef(referent(obj));
  const r = (() => weak.deref() ?? null) as Ref;
  r.__call__ = r;
  r.__callback__ = callback;
  r.__repr__ = () => {
    const target = weak.deref();
    return target === undefined ? "<weakref; dead>" : `<weakref; to '${typeName(target)}'>`;
  };
  if (callback) collected.register(weak.deref()!, () => callback(r));
  return r;
}

/** `weakref.proxy(obj)`: attribute access and calls reach the object while it lives. */
function proxy(obj: unknown): any {
  return new Proxy(referent(obj), {});
}

/** Values held weakly: an entry disappears once its value is collected. */
class WeakValueDictionary {
  private readonly entries = new Map<unknown, WeakRef<object>>();

  constructor(init?: Iterable<readonly [unknown, unknown]> | Map<unknown, unknown>) {
    if (init) for (const [k, v] of init instanceof Map ? init.entries() : init) this.__setitem__(k, v);
  }
  private live(): [unknown, object][] {
    const out: [unknown, object][] = [];
    for (const [k, w] of this.entries) {
      const v = w.deref();
      if (v === undefined) this.entries.delete(k);
      else out.push([k, v]);
    }
    return out;
  }
  __setitem__(key: unknown, value: unknown): void {
    this.entries.set(key, new WeakRef(referent(value)));
  }
  __getitem__(key: unknown): any {
    const v = this.entries.get(key)?.deref();
    if (v === undefined) throw new KeyError(key);
    return v;
  }
  __delitem__(key: unknown): void {
    if (!this.entries.delete(key)) throw new KeyError(key);
  }
  __contains__(key: unknown): boolean {
    return this.entries.get(key)?.deref() !== undefined;
  }
  __len__(): number {
    return this.live().length;
  }
  get(key: unknown, fallback: unknown = null): any {
    return this.entries.get(key)?.deref() ?? fallback;
  }
  pop(key: unknown, ...fallback: unknown[]): any {
    const v = this.entries.get(key)?.deref();
    this.entries.delete(key);
    if (v !== undefined) return v;
    if (fallback.length > 0) return fallback[0];
    throw new KeyError(key);
  }
  setdefault(key: unknown, value: unknown = null): any {
    const v = this.entries.get(key)?.deref();
    if (v !== undefined) return v;
    this.__setitem__(key, value);
    return value;
  }
  keys(): unknown[] {
    return this.live().map(([k]) => k);
  }
  values(): object[] {
    return this.live().map(([, v]) => v);
  }
  items(): unknown[] {
    return this.live().map(([k, v]) => Object.freeze([k, v]));
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.keys()[Symbol.iterator]();
  }
  __iter__(): Iterator<unknown> {
    return this[Symbol.iterator]();
  }
  __repr__(): string {
    return "<WeakValueDictionary>";
  }
}

/** Keys held weakly, compared by identity (the objects a program attaches data to). */
class WeakKeyDictionary {
  private readonly data = new WeakMap<object, unknown>();
  private readonly order: WeakRef<object>[] = [];

  private live(): object[] {
    const out: object[] = [];
    for (let i = 0; i < this.order.length; i++) {
      const k = this.order[i]!.deref();
      if (k === undefined || !this.data.has(k)) this.order.splice(i--, 1);
      else out.push(k);
    }
    return out;
  }
  __setitem__(key: unknown, value: unknown): void {
    const k = referent(key);
    if (!this.data.has(k)) this.order.push(new WeakRef(k));
    this.data.set(k, value);
  }
  __getitem__(key: unknown): any {
    const k = referent(key);
    if (!this.data.has(k)) throw new KeyError(key);
    return this.data.get(k);
  }
  __delitem__(key: unknown): void {
    if (!this.data.delete(referent(key))) throw new KeyError(key);
  }
  __contains__(key: unknown): boolean {
    return typeof key === "object" && key !== null && this.data.has(key);
  }
  __len__(): number {
    return this.live().length;
  }
  get(key: unknown, fallback: unknown = null): any {
    return this.__contains__(key) ? this.data.get(key as object) : fallback;
  }
  pop(key: unknown, ...fallback: unknown[]): any {
    if (this.__contains__(key)) {
      const v = this.data.get(key as object);
      this.data.delete(key as object);
      return v;
    }
    if (fallback.length > 0) return fallback[0];
    throw new KeyError(key);
  }
  keys(): object[] {
    return this.live();
  }
  values(): unknown[] {
    return this.live().map((k) => this.data.get(k));
  }
  items(): unknown[] {
    return this.live().map((k) => Object.freeze([k, this.data.get(k)]));
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.keys()[Symbol.iterator]();
  }
  __iter__(): Iterator<unknown> {
    return this[Symbol.iterator]();
  }
  __repr__(): string {
    return "<WeakKeyDictionary>";
  }
}

/** A set of objects held weakly, by identity. */
class WeakSet_ {
  private readonly keys = new WeakKeyDictionary();

  constructor(init?: Iterable<unknown>) {
    if (init) for (const x of init) this.add(x);
  }
  add(x: unknown): void {
    this.keys.__setitem__(x, true);
  }
  discard(x: unknown): void {
    if (this.keys.__contains__(x)) this.keys.__delitem__(x);
  }
  remove(x: unknown): void {
    this.keys.__delitem__(x);
  }
  __contains__(x: unknown): boolean {
    return this.keys.__contains__(x);
  }
  __len__(): number {
    return this.keys.__len__();
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.keys.keys()[Symbol.iterator]();
  }
  __iter__(): Iterator<unknown> {
    return this[Symbol.iterator]();
  }
  __repr__(): string {
    return "<WeakSet>";
  }
}

/** `finalize(obj, func, *args, **kwargs)`: func runs once — when called, when obj is collected, or at exit. A callable. */
function finalize(obj: unknown, func: (...a: any[]) => any, ...args: any[]): any {
  const last = args[args.length - 1];
  const keywords: [string, any][] = last instanceof Kwargs ? (args.pop(), [...last]) : last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype ? (args.pop(), Object.entries(last)) : [];
  const target = new WeakRef(referent(obj));
  let pending: { func: (...a: any[]) => any; args: any[]; keywords: [string, any][] } | null = { func, args, keywords };
  const info = () => {
    const o = target.deref();
    return pending === null || o === undefined ? null : Object.freeze([o, pending.func, Object.freeze([...pending.args]), new Map(pending.keywords)]);
  };
  const f: any = () => {
    const p = pending;
    if (p === null) return null;
    pending = null;
    return callKw(p.func, p.args, p.keywords);
  };
  Object.defineProperty(f, "alive", { get: () => pending !== null });
  Object.assign(f, {
    __call__: f,
    atexit: true,
    peek: info,
    detach() {
      const out = info();
      if (out !== null) pending = null;
      return out;
    },
    __repr__: () => (pending === null || target.deref() === undefined ? "<finalize object; dead>" : `<finalize object; for '${typeName(target.deref())}'>`),
  });
  collected.register(target.deref()!, () => void f());
  // Finalizers still alive when the program ends run then, most recent first, as CPython's atexit hook does.
  atexit.register(() => (f.atexit ? f() : null));
  return f;
}

export const weakref = { ref, proxy, WeakValueDictionary, WeakKeyDictionary, WeakSet: WeakSet_, finalize, ReferenceType: ref };
