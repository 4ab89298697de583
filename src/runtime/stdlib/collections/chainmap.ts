/**
 * `collections.ChainMap`: several dicts searched in order; writes go to
 * the first. Iteration follows CPython: keys of the last map first.
 */
import { KeyError } from "../../exceptions.js";
import { repr, tuple } from "../../repr.js";
import { pyHasKey, pyMapDelete, pyMapGet, pyMapSet } from "../../builtins.js";

export class ChainMap {
  maps: Map<any, any>[];

  constructor(...maps: Map<any, any>[]) {
    this.maps = maps.length > 0 ? maps : [new Map()];
  }

  private keyList(): any[] {
    const seen = new Map<any, true>();
    for (const m of [...this.maps].reverse()) for (const k of m.keys()) pyMapSet(seen, k, true);
    return [...seen.keys()];
  }

  __getitem__(key: any): any {
    for (const m of this.maps) if (pyHasKey(m, key)) return pyMapGet(m, key);
    return this.__missing__(key);
  }

  __missing__(key: any): never {
    throw new KeyError(key);
  }

  __setitem__(key: any, value: any): void {
    pyMapSet(this.maps[0]!, key, value);
  }

  __delitem__(key: any): void {
    if (!pyMapDelete(this.maps[0]!, key)) throw new KeyError(`Key not found in the first mapping: ${repr(key)}`);
  }

  __contains__(key: any): boolean {
    return this.maps.some((m) => pyHasKey(m, key));
  }

  __len__(): number {
    return this.keyList().length;
  }

  [Symbol.iterator](): Iterator<any> {
    return this.keyList()[Symbol.iterator]();
  }

  get(key: any, dflt: any = null): any {
    return this.__contains__(key) ? this.__getitem__(key) : dflt;
  }

  keys(): any[] {
    return this.keyList();
  }

  values(): any[] {
    return this.keyList().map((k) => this.__getitem__(k));
  }

  items(): (readonly [any, any])[] {
    return this.keyList().map((k) => tuple(k, this.__getitem__(k)) as readonly [any, any]);
  }

  new_child(m?: Map<any, any> | null): ChainMap {
    return new ChainMap(m ?? new Map(), ...this.maps);
  }

  get parents(): ChainMap {
    return new ChainMap(...this.maps.slice(1));
  }

  copy(): ChainMap {
    return new ChainMap(new Map(this.maps[0]), ...this.maps.slice(1));
  }

  __repr__(): string {
    return `ChainMap(${this.maps.map((m) => repr(m)).join(", ")})`;
  }
}
