/**
 * Multiple inheritance. JavaScript has one prototype chain, so a class with
 * several Python bases extends a chain built from copies of its bases'
 * methods in C3 (MRO) order. `super()` inside such a hierarchy cannot use
 * JavaScript's `super` (fixed to the original parent), so it is translated to
 * `pySuper`, which looks up the next class in the instance's MRO as Python does.
 */
import { AttributeError, TypeError } from "./exceptions.js";

const PY_BASES = Symbol("tsyncio.pyBases");

function jsParent(cls: any): any {
  const p = Object.getPrototypeOf(cls);
  return typeof p === "function" && p !== Function.prototype && p !== Error ? p : null;
}

/** A class's Python MRO without `object`: C3 where it has several bases, else its JS ancestors. */
export function linearMro(cls: any): any[] {
  const parent = jsParent(cls);
  if (parent === null) return [cls];
  const bases: any[] | undefined = Object.prototype.hasOwnProperty.call(parent, PY_BASES) ? parent[PY_BASES] : undefined;
  return bases ? [cls, ...c3(bases)] : [cls, ...linearMro(parent)];
}

function c3(bases: any[]): any[] {
  const seqs = [...bases.map(linearMro), [...bases]].map((s) => [...s]);
  const out: any[] = [];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    const head = live.map((s) => s[0]).find((h) => !live.some((s) => s.indexOf(h) > 0));
    if (head === undefined) throw new TypeError(`Cannot create a consistent method resolution order (MRO) for bases ${bases.map((b) => b.name).join(", ")}`);
    out.push(head);
    for (const s of live) if (s[0] === head) s.shift();
  }
}

/** `class C(A, B)`: the single JavaScript parent standing for bases A and B. */
export function multiBase(...bases: any[]): any {
  const order = c3(bases);
  let chain: any = class {};
  for (const cls of [...order].reverse()) {
    const copy = class extends chain {};
    for (const [key, desc] of Object.entries(Object.getOwnPropertyDescriptors(cls.prototype))) {
      if (key !== "constructor") Object.defineProperty(copy.prototype, key, desc);
    }
    for (const [key, desc] of Object.entries(Object.getOwnPropertyDescriptors(cls))) {
      if (!["length", "name", "prototype"].includes(key)) Object.defineProperty(copy, key, desc);
    }
    chain = copy;
  }
  const base = class extends chain {};
  Object.defineProperty(base, PY_BASES, { value: bases });
  // isinstance(x, A) must hold for instances built on the copies.
  for (const cls of order) {
    if (Object.prototype.hasOwnProperty.call(cls, Symbol.hasInstance)) continue;
    Object.defineProperty(cls, Symbol.hasInstance, {
      value: (x: unknown) => x !== null && (typeof x === "object" || typeof x === "function") && (Function.prototype[Symbol.hasInstance].call(cls, x) || linearMro((x as any).constructor).includes(cls)),
    });
  }
  return base;
}

/** The Python bases of a class built with multiBase, or null. */
export function declaredBases(cls: any): any[] | null {
  const parent = jsParent(cls);
  return parent !== null && Object.prototype.hasOwnProperty.call(parent, PY_BASES) ? parent[PY_BASES] : null;
}

/** `super().name` inside class `cls` for `self`: the next definition along type(self)'s MRO. */
export function pySuper(cls: any, self: any, name: string): any {
  const mro = linearMro(typeof self === "function" ? self : self.constructor);
  for (const c of mro.slice(mro.indexOf(cls) + 1)) {
    const desc = Object.getOwnPropertyDescriptor(c.prototype, name);
    if (desc?.get) return desc.get.call(self);
    if (desc && typeof desc.value === "function") return desc.value.bind(self);
    if (desc) return desc.value;
  }
  throw new AttributeError(`'super' object has no attribute '${name}'`);
}
