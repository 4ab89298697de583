/**
 * `collections.deque`: a list-backed double-ended queue with CPython's
 * `maxlen` (items fall off the other end), `rotate`, errors and repr.
 */
import { IndexError, RuntimeError, TypeError, ValueError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import { eq, pyIterable } from "../../builtins.js";
import { intArg } from "../args.js";

export class deque<T = any> {
  private items: T[] = [];
  readonly maxlen: number | null;

  constructor(iterable?: Iterable<T> | null, maxlen?: number | null) {
    if (maxlen !== undefined && maxlen !== null) {
      maxlen = intArg(maxlen);
      if (maxlen < 0) throw new ValueError("maxlen must be non-negative");
    }
    this.maxlen = maxlen ?? null;
    if (iterable !== undefined && iterable !== null) this.extend(iterable);
  }

  append(x: T): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.items.length >= this.maxlen) this.items.shift();
    this.items.push(x);
  }

  appendleft(x: T): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.items.length >= this.maxlen) this.items.pop();
    this.items.unshift(x);
  }

  pop(): T {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.pop()!;
  }

  popleft(): T {
    if (this.items.length === 0) throw new IndexError("pop from an empty deque");
    return this.items.shift()!;
  }

  extend(iterable: Iterable<T>): void {
    // `d.extend(d)` reads a snapshot, as CPython does.
    for (const x of [...pyIterable<T>(iterable)]) this.append(x);
  }

  extendleft(iterable: Iterable<T>): void {
    for (const x of [...pyIterable<T>(iterable)]) this.appendleft(x);
  }

  rotate(n: number = 1): void {
    const len = this.items.length;
    if (len <= 1) return;
    const k = ((intArg(n) % len) + len) % len;
    if (k !== 0) this.items = [...this.items.slice(len - k), ...this.items.slice(0, len - k)];
  }

  clear(): void {
    this.items = [];
  }

  copy(): deque<T> {
    return new (this.constructor as typeof deque<T>)(this.items, this.maxlen);
  }

  count(x: T): number {
    return this.items.filter((y) => eq(y, x)).length;
  }

  index(x: T, start: number = 0, stop: number = this.items.length): number {
    for (let i = Math.max(0, start); i < Math.min(stop, this.items.length); i++) if (eq(this.items[i], x)) return i;
    throw new ValueError(`${repr(x)} is not in deque`);
  }

  insert(i: number, x: T): void {
    if (this.maxlen !== null && this.items.length >= this.maxlen) throw new IndexError("deque already at its maximum size");
    const n = this.items.length;
    let at = intArg(i);
    if (at < 0) at = Math.max(0, at + n);
    this.items.splice(Math.min(at, n), 0, x);
  }

  remove(x: T): void {
    const i = this.items.findIndex((y) => eq(y, x));
    if (i < 0) throw new ValueError(`${repr(x)} is not in deque`);
    this.items.splice(i, 1);
  }

  reverse(): void {
    this.items.reverse();
  }

  private at(i: unknown): number {
    if (typeof i !== "number" && typeof i !== "boolean") throw new TypeError(`sequence index must be integer, not '${typeof i}'`);
    let k = intArg(i);
    if (k < 0) k += this.items.length;
    if (k < 0 || k >= this.items.length) throw new IndexError("deque index out of range");
    return k;
  }

  __getitem__(i: number): T {
    return this.items[this.at(i)]!;
  }

  __setitem__(i: number, v: T): void {
    this.items[this.at(i)] = v;
  }

  __delitem__(i: number): void {
    this.items.splice(this.at(i), 1);
  }

  __len__(): number {
    return this.items.length;
  }

  __contains__(x: T): boolean {
    return this.items.some((y) => eq(y, x));
  }

  __eq__(other: unknown): boolean {
    return other instanceof deque && other.items.length === this.items.length && this.items.every((x, i) => eq(x, other.items[i]));
  }

  __reversed__(): Iterator<T> {
    return [...this.items].reverse()[Symbol.iterator]();
  }

  __iter__(): Iterator<T> {
    return this[Symbol.iterator]();
  }

  *[Symbol.iterator](): Generator<T> {
    const snapshot = this.items;
    const n = snapshot.length;
    for (let i = 0; i < n; i++) {
      if (this.items !== snapshot || snapshot.length !== n) throw new RuntimeError("deque mutated during iteration");
      yield snapshot[i]!;
    }
  }

  __repr__(): string {
    const body = `[${this.items.map((x) => (x === (this as unknown) ? "[...]" : repr(x))).join(", ")}]`;
    const name = (this.constructor as { name: string }).name;
    return this.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${this.maxlen})`;
  }
}
