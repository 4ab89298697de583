/**
 * `threading.local()`: attributes seen only by the thread that set them.
 * A Proxy keeps one attribute table per thread (./state.ts knows which
 * thread runs).
 */
import { AttributeError } from "../../exceptions.js";
import { currentThread, type ThreadLike } from "./state.js";

export class local {
  /** Any attribute, per thread. */
  [key: string]: any;

  constructor() {
    const tables = new WeakMap<ThreadLike, Map<PropertyKey, unknown>>();
    const table = (): Map<PropertyKey, unknown> => {
      const t = currentThread();
      let m = tables.get(t);
      if (!m) tables.set(t, (m = new Map()));
      return m;
    };
    return new Proxy(this, {
      get(target, key, receiver) {
        if (typeof key === "symbol" || key in target) return Reflect.get(target, key, receiver);
        const m = table();
        if (m.has(key)) return m.get(key);
        if (key === "then" || key === "toJSON") return undefined;
        throw new AttributeError(`'_thread._local' object has no attribute '${String(key)}'`);
      },
      set(_target, key, value) {
        table().set(key, value);
        return true;
      },
      has(target, key) {
        return key in target || table().has(key);
      },
      deleteProperty(_target, key) {
        if (!table().delete(key)) throw new AttributeError(String(key));
        return true;
      },
      ownKeys() {
        return [...table().keys()].filter((k): k is string => typeof k === "string");
      },
      getOwnPropertyDescriptor(_target, key) {
        const m = table();
        return m.has(key) ? { value: m.get(key), writable: true, enumerable: true, configurable: true } : undefined;
      },
    });
  }
}
