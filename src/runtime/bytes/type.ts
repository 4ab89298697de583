/**
 * Python's `bytes` and `bytearray`, backed by a Uint8Array.
 *
 * Both share ByteSeq: the read-only sequence behaviour (indexing gives ints,
 * slicing, `+`, `*`, `in`, comparison, iteration) and the methods, which
 * return the receiver's kind (`bytearray(b'a').upper()` is a bytearray).
 * The runtime's generic operators (getitem, add, eq, hash, len, repr…)
 * reach them through their Python dunders. bytearray adds mutation and is
 * unhashable; equal bytes and bytearray compare equal, as in Python.
 *
 * TypeScript API for other runtime modules: `PyBytes.fromUint8Array(u8)`,
 * `b.buf` (a view, no copy), `b.toUint8Array()` (a copy), and
 * `bytesFromString` / `decodeBytes` in codecs.ts.
 */
import { IndexError, TypeError, ValueError } from "../exceptions.js";
import { hash, PySlice, sliceIndices } from "../builtins.js";
import { pyTypeName } from "../repr.js";
import { BUFFER, asBuffer, byteValue, intValue, needBuffer } from "./buffer.js";
import { decodeBytes, registerBytesObject } from "./codecs.js";
import { bytesRepr } from "./repr.js";
import * as ops from "./ops.js";

const PY_TYPE_NAME = Symbol.for("tsyncio.pyTypeName");

/** The separator argument of split/strip/…: None, or bytes-like. */
function optBuffer(x: unknown): Uint8Array | null {
  return x === undefined || x === null ? null : needBuffer(x);
}

/** find/count/`in` take bytes-like or one byte as an int. */
function needle(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (b) return b;
  if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return Uint8Array.of(byteValue(x));
  throw new TypeError(`argument should be integer or bytes-like object, not '${pyTypeName(x)}'`);
}

function intOr(x: unknown, dflt: number): number {
  return x === undefined || x === null ? dflt : intValue(x);
}

/** The fill byte of center/ljust/rjust: bytes of length 1. */
function fillByte(x: unknown, name: string): number {
  if (x === undefined) return 0x20;
  const b = asBuffer(x);
  if (!b || b.length !== 1) throw new TypeError(`${name}() argument 2 must be a byte string of length 1, not ${pyTypeName(x)}`);
  return b[0]!;
}

function affixes(x: unknown, name: string): Uint8Array[] {
  if (Array.isArray(x) && Object.isFrozen(x)) return x.map((p) => {
    const b = asBuffer(p);
    if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(p)}'`);
    return b;
  });
  const b = asBuffer(x);
  if (!b) throw new TypeError(`${name} first arg must be bytes or a tuple of bytes, not ${pyTypeName(x)}`);
  return [b];
}

export abstract class ByteSeq implements Iterable<number> {
  /** The bytes; for a bytearray, only the first `size` are in use. */
  protected store: Uint8Array;
  protected size: number;

  protected constructor(data: Uint8Array) {
    this.store = data;
    this.size = data.length;
  }

  /** The bytes as a Uint8Array view (no copy): do not change a bytes object's. */
  get buf(): Uint8Array {
    return this.size === this.store.length ? this.store : this.store.subarray(0, this.size);
  }

  /** A copy of the bytes. */
  toUint8Array(): Uint8Array {
    return this.buf.slice();
  }

  [BUFFER](): Uint8Array {
    return this.buf;
  }

  /** A new object of the receiver's kind. */
  protected abstract make(data: Uint8Array): ByteSeq;
  protected abstract get kind(): "bytes" | "bytearray";

  get length(): number {
    return this.size;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.size; i++) yield this.store[i]!;
  }

  __iter__(): Iterator<number> {
    return this[Symbol.iterator]();
  }

  *__reversed__(): Iterator<number> {
    for (let i = this.size - 1; i >= 0; i--) yield this.store[i]!;
  }

  __len__(): number {
    return this.size;
  }

  __bool__(): boolean {
    return this.size > 0;
  }

  __repr__(): string {
    return this.kind === "bytes" ? bytesRepr(this.buf) : `bytearray(${bytesRepr(this.buf)})`;
  }

  toString(): string {
    return this.__repr__();
  }

  __getitem__(key: unknown): any {
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.size, key.start, key.stop, key.step);
      if (st === 1) return this.make(this.store.slice(a, a + count));
      const out = new Uint8Array(count);
      for (let i = 0, j = a; i < count; i++, j += st) out[i] = this.store[j]!;
      return this.make(out);
    }
    if (typeof key !== "number" && typeof key !== "boolean" && typeof key !== "bigint" && typeof (key as { __index__?: unknown })?.__index__ !== "function") {
      throw new TypeError(`${this.kind === "bytes" ? "byte" : "bytearray"} indices must be integers or slices, not ${pyTypeName(key)}`);
    }
    let i = intValue(key);
    if (i < 0) i += this.size;
    if (i < 0 || i >= this.size) throw new IndexError(this.kind === "bytes" ? "index out of range" : "bytearray index out of range");
    return this.store[i]!;
  }

  __contains__(x: unknown): boolean {
    const b = asBuffer(x);
    if (b) return ops.find(this.buf, b, 0, null, false) >= 0;
    if (typeof x === "number" || typeof x === "boolean" || typeof x === "bigint") return this.buf.includes(byteValue(x));
    throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  }

  __eq__(other: unknown): boolean {
    const b = asBuffer(other);
    return b !== null && ops.equalBytes(this.buf, b);
  }

  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }

  private order(other: unknown, op: string): number {
    const b = asBuffer(other);
    if (b === null) throw new TypeError(`'${op}' not supported between instances of '${this.kind}' and '${pyTypeName(other)}'`);
    return ops.compareBytes(this.buf, b);
  }

  __lt__(other: unknown): boolean {
    return this.order(other, "<") < 0;
  }
  __le__(other: unknown): boolean {
    return this.order(other, "<=") <= 0;
  }
  __gt__(other: unknown): boolean {
    return this.order(other, ">") > 0;
  }
  __ge__(other: unknown): boolean {
    return this.order(other, ">=") >= 0;
  }

  __add__(other: unknown): ByteSeq {
    const b = asBuffer(other);
    if (b === null) throw new TypeError(`can't concat ${pyTypeName(other)} to ${this.kind}`);
    return this.make(ops.concat([this.buf, b]));
  }

  __mul__(n: unknown): ByteSeq {
    if (typeof n !== "number" && typeof n !== "boolean" && typeof n !== "bigint") throw new TypeError(`can't multiply sequence by non-int of type '${pyTypeName(n)}'`);
    const count = Math.max(0, intValue(n));
    const out = new Uint8Array(this.size * count);
    for (let i = 0; i < count; i++) out.set(this.buf, i * this.size);
    return this.make(out);
  }

  __rmul__(n: unknown): ByteSeq {
    return this.__mul__(n);
  }

  // ------------------------------------------------------------ methods

  decode(encoding?: unknown, errors?: unknown): string {
    return decodeBytes(this.buf, encoding, errors);
  }

  hex(sep?: unknown, bytes_per_sep?: unknown): string {
    let s = "";
    if (sep !== undefined && sep !== null) {
      s = typeof sep === "string" ? sep : ops.latin1(needBuffer(sep));
      if (s.length !== 1) throw new ValueError("sep must be length 1.");
    }
    return ops.toHex(this.buf, s, intOr(bytes_per_sep, 1));
  }

  count(sub: unknown, start?: unknown, end?: unknown): number {
    return ops.count(this.buf, needle(sub), start, end);
  }

  find(sub: unknown, start?: unknown, end?: unknown): number {
    return ops.find(this.buf, needle(sub), start, end, false);
  }

  rfind(sub: unknown, start?: unknown, end?: unknown): number {
    return ops.find(this.buf, needle(sub), start, end, true);
  }

  index(sub: unknown, start?: unknown, end?: unknown): number {
    const i = this.find(sub, start, end);
    if (i < 0) throw new ValueError("subsection not found");
    return i;
  }

  rindex(sub: unknown, start?: unknown, end?: unknown): number {
    const i = this.rfind(sub, start, end);
    if (i < 0) throw new ValueError("subsection not found");
    return i;
  }

  startswith(prefix: unknown, start?: unknown, end?: unknown): boolean {
    const [a, b] = ops.span(this.size, start, end);
    return affixes(prefix, "startswith").some((p) => a <= this.size && b - a >= p.length && ops.equalBytes(this.store.subarray(a, a + p.length), p));
  }

  endswith(suffix: unknown, start?: unknown, end?: unknown): boolean {
    const [a, b] = ops.span(this.size, start, end);
    return affixes(suffix, "endswith").some((p) => a <= this.size && b - a >= p.length && ops.equalBytes(this.store.subarray(b - p.length, b), p));
  }

  replace(old: unknown, replacement: unknown, count?: unknown): ByteSeq {
    return this.make(ops.replace(this.buf, needBuffer(old), needBuffer(replacement), intOr(count, -1)));
  }

  split(sep?: unknown, maxsplit?: unknown): ByteSeq[] {
    return this.splitting(sep, maxsplit, false);
  }

  rsplit(sep?: unknown, maxsplit?: unknown): ByteSeq[] {
    return this.splitting(sep, maxsplit, true);
  }

  private splitting(sep: unknown, maxsplit: unknown, reverse: boolean): ByteSeq[] {
    const s = optBuffer(sep);
    const max = intOr(maxsplit, -1);
    if (s && s.length === 0) throw new ValueError("empty separator");
    const parts = s ? ops.splitSep(this.buf, s, max, reverse) : ops.splitWhitespace(this.buf, max, reverse);
    return parts.map((p) => this.make(p));
  }

  splitlines(keepends?: unknown): ByteSeq[] {
    return ops.splitlines(this.buf, Boolean(keepends)).map((p) => this.make(p));
  }

  strip(chars?: unknown): ByteSeq {
    return this.make(ops.strip(this.buf, optBuffer(chars), true, true));
  }

  lstrip(chars?: unknown): ByteSeq {
    return this.make(ops.strip(this.buf, optBuffer(chars), true, false));
  }

  rstrip(chars?: unknown): ByteSeq {
    return this.make(ops.strip(this.buf, optBuffer(chars), false, true));
  }

  join(items: Iterable<unknown>): ByteSeq {
    const parts: Uint8Array[] = [];
    let i = 0;
    for (const item of items) {
      const b = asBuffer(item);
      if (!b) throw new TypeError(`sequence item ${i}: expected a bytes-like object, ${pyTypeName(item)} found`);
      if (parts.length > 0) parts.push(this.buf);
      parts.push(b);
      i++;
    }
    return this.make(ops.concat(parts));
  }

  partition(sep: unknown): readonly ByteSeq[] {
    const s = needBuffer(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    const i = ops.find(this.buf, s, 0, null, false);
    if (i < 0) return Object.freeze([this.make(this.buf.slice()), this.make(new Uint8Array()), this.make(new Uint8Array())]);
    return Object.freeze([this.make(this.buf.slice(0, i)), this.make(s.slice()), this.make(this.buf.slice(i + s.length))]);
  }

  rpartition(sep: unknown): readonly ByteSeq[] {
    const s = needBuffer(sep);
    if (s.length === 0) throw new ValueError("empty separator");
    const i = ops.find(this.buf, s, 0, null, true);
    if (i < 0) return Object.freeze([this.make(new Uint8Array()), this.make(new Uint8Array()), this.make(this.buf.slice())]);
    return Object.freeze([this.make(this.buf.slice(0, i)), this.make(s.slice()), this.make(this.buf.slice(i + s.length))]);
  }

  removeprefix(prefix: unknown): ByteSeq {
    const p = needBuffer(prefix);
    return this.make(this.startswith(p) ? this.buf.slice(p.length) : this.buf.slice());
  }

  removesuffix(suffix: unknown): ByteSeq {
    const p = needBuffer(suffix);
    return this.make(p.length > 0 && this.endswith(p) ? this.buf.slice(0, this.size - p.length) : this.buf.slice());
  }

  upper(): ByteSeq {
    return this.make(ops.upper(this.buf));
  }
  lower(): ByteSeq {
    return this.make(ops.lower(this.buf));
  }
  swapcase(): ByteSeq {
    return this.make(ops.swapcase(this.buf));
  }
  capitalize(): ByteSeq {
    return this.make(ops.capitalize(this.buf));
  }
  title(): ByteSeq {
    return this.make(ops.title(this.buf));
  }
  isdigit(): boolean {
    return ops.isdigit(this.buf);
  }
  isalpha(): boolean {
    return ops.isalpha(this.buf);
  }
  isalnum(): boolean {
    return ops.isalnum(this.buf);
  }
  isspace(): boolean {
    return ops.isspace(this.buf);
  }
  isascii(): boolean {
    return ops.isascii(this.buf);
  }
  islower(): boolean {
    return ops.islower(this.buf);
  }
  isupper(): boolean {
    return ops.isupper(this.buf);
  }
  istitle(): boolean {
    return ops.istitle(this.buf);
  }

  center(width: unknown, fillbyte?: unknown): ByteSeq {
    return this.make(ops.pad(this.buf, intValue(width), fillByte(fillbyte, "center"), "center"));
  }
  ljust(width: unknown, fillbyte?: unknown): ByteSeq {
    return this.make(ops.pad(this.buf, intValue(width), fillByte(fillbyte, "ljust"), "left"));
  }
  rjust(width: unknown, fillbyte?: unknown): ByteSeq {
    return this.make(ops.pad(this.buf, intValue(width), fillByte(fillbyte, "rjust"), "right"));
  }
  zfill(width: unknown): ByteSeq {
    return this.make(ops.zfill(this.buf, intValue(width)));
  }
  expandtabs(tabsize?: unknown): ByteSeq {
    return this.make(ops.expandtabs(this.buf, intOr(tabsize, 8)));
  }

  translate(table: unknown, deleteBytes?: unknown): ByteSeq {
    const t = table === null || table === undefined ? null : needBuffer(table);
    if (t && t.length !== 256) throw new ValueError("translation table must be 256 characters long");
    const del = deleteBytes === undefined ? null : needBuffer(deleteBytes);
    const out: number[] = [];
    for (const b of this.buf) if (!del || !del.includes(b)) out.push(t ? t[b]! : b);
    return this.make(Uint8Array.from(out));
  }

  /** `b % args`: printf-style formatting, installed by format.ts. */
  __mod__(args: unknown): ByteSeq {
    return this.make(percentBytes(this.buf, args));
  }
}

let percentBytes: (fmt: Uint8Array, args: unknown) => Uint8Array = () => {
  throw new TypeError("bytes formatting is not available");
};

/** format.ts hands over `%` formatting (it imports this module). */
export function registerPercentBytes(fn: typeof percentBytes): void {
  percentBytes = fn;
}

/** Python's immutable `bytes`. */
export class PyBytes extends ByteSeq {
  constructor(data: Uint8Array) {
    super(data);
  }

  /** A bytes object over `u8` (no copy unless asked: do not change `u8` afterwards). */
  static fromUint8Array(u8: Uint8Array, copy = false): PyBytes {
    return new PyBytes(copy ? u8.slice() : u8);
  }

  protected make(data: Uint8Array): PyBytes {
    return new PyBytes(data);
  }

  protected get kind(): "bytes" {
    return "bytes";
  }

  __hash__(): number {
    // Equal to hash() of the same ASCII text, as in CPython.
    return hash(ops.latin1(this.buf));
  }
}

/** Python's mutable `bytearray`. */
export class PyByteArray extends ByteSeq {
  constructor(data: Uint8Array) {
    super(data);
  }

  static fromUint8Array(u8: Uint8Array): PyByteArray {
    return new PyByteArray(u8.slice());
  }

  protected make(data: Uint8Array): PyByteArray {
    return new PyByteArray(data);
  }

  protected get kind(): "bytearray" {
    return "bytearray";
  }

  /** Room for `extra` more bytes. */
  private reserve(extra: number): void {
    const need = this.size + extra;
    if (need <= this.store.length) return;
    const bigger = new Uint8Array(Math.max(need, this.store.length * 2, 16));
    bigger.set(this.buf);
    this.store = bigger;
  }

  /** Replaces bytes [a, b) by `data`. */
  private splice(a: number, b: number, data: Uint8Array): void {
    const tail = this.store.slice(b, this.size);
    const grow = data.length - (b - a);
    if (grow > 0) this.reserve(grow);
    this.store.set(data, a);
    this.store.set(tail, a + data.length);
    this.size += grow;
  }

  append(x: unknown): null {
    const v = byteValue(x);
    this.reserve(1);
    this.store[this.size++] = v;
    return null;
  }

  extend(items: unknown): null {
    const data = bytesOfIterable(items, "bytearray");
    this.reserve(data.length);
    this.store.set(data, this.size);
    this.size += data.length;
    return null;
  }

  insert(index: unknown, x: unknown): null {
    let i = intValue(index);
    if (i < 0) i = Math.max(0, i + this.size);
    i = Math.min(i, this.size);
    this.splice(i, i, Uint8Array.of(byteValue(x)));
    return null;
  }

  pop(index?: unknown): number {
    if (this.size === 0) throw new IndexError("pop from empty bytearray");
    let i = intOr(index, -1);
    if (i < 0) i += this.size;
    if (i < 0 || i >= this.size) throw new IndexError("pop index out of range");
    const v = this.store[i]!;
    this.splice(i, i + 1, new Uint8Array());
    return v;
  }

  remove(x: unknown): null {
    const i = this.buf.indexOf(byteValue(x));
    if (i < 0) throw new ValueError("value not found in bytearray");
    this.splice(i, i + 1, new Uint8Array());
    return null;
  }

  reverse(): null {
    this.buf.reverse();
    return null;
  }

  clear(): null {
    this.store = new Uint8Array();
    this.size = 0;
    return null;
  }

  copy(): PyByteArray {
    return new PyByteArray(this.buf.slice());
  }

  __setitem__(key: unknown, value: unknown): void {
    if (key instanceof PySlice) {
      const data = typeof value === "number" || typeof value === "boolean" ? null : bytesOfIterable(value, "bytearray", true);
      if (data === null) throw new TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      const [a, , st, count] = sliceIndices(this.size, key.start, key.stop, key.step);
      if (st === 1) {
        this.splice(a, a + count, data);
        return;
      }
      if (data.length !== count) throw new ValueError(`attempt to assign bytes of size ${data.length} to extended slice of size ${count}`);
      for (let i = 0, j = a; i < count; i++, j += st) this.store[j] = data[i]!;
      return;
    }
    let i = intValue(key);
    if (i < 0) i += this.size;
    if (i < 0 || i >= this.size) throw new IndexError("bytearray index out of range");
    this.store[i] = byteValue(value);
  }

  __delitem__(key: unknown): void {
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.size, key.start, key.stop, key.step);
      if (st === 1) {
        this.splice(a, a + count, new Uint8Array());
        return;
      }
      const drop = new Set<number>();
      for (let i = 0, j = a; i < count; i++, j += st) drop.add(j);
      this.store = this.buf.filter((_, k) => !drop.has(k));
      this.size = this.store.length;
      return;
    }
    let i = intValue(key);
    if (i < 0) i += this.size;
    if (i < 0 || i >= this.size) throw new IndexError("bytearray index out of range");
    this.splice(i, i + 1, new Uint8Array());
  }

  __iadd__(other: unknown): PyByteArray {
    const b = asBuffer(other);
    if (b === null) throw new TypeError(`can't concat ${pyTypeName(other)} to bytearray`);
    this.extend(b.slice());
    return this;
  }

  __imul__(n: unknown): PyByteArray {
    const r = this.__mul__(n);
    this.store = r.buf;
    this.size = r.length;
    return this;
  }
}

// A UnicodeDecodeError's `object` is a bytes object.
registerBytesObject((u8) => new PyBytes(u8.slice()));

// bytearray is mutable, hence unhashable: the runtime's dict and set read `__hash__ === null`.
(PyByteArray.prototype as unknown as { __hash__: null }).__hash__ = null;
(PyBytes.prototype as any)[PY_TYPE_NAME] = "bytes";
(PyByteArray.prototype as any)[PY_TYPE_NAME] = "bytearray";

/**
 * The bytes of `bytes(x)` / `bytearray.extend(x)`: a bytes-like object, or an
 * iterable of ints in range(0, 256). `null` when `x` is not iterable and
 * `orNull` is set.
 */
export function bytesOfIterable(x: unknown, kind: string, orNull?: false): Uint8Array;
export function bytesOfIterable(x: unknown, kind: string, orNull: true): Uint8Array | null;
export function bytesOfIterable(x: unknown, kind: string, orNull = false): Uint8Array | null {
  const b = asBuffer(x);
  if (b) return b.slice();
  if (typeof x === "string") throw new TypeError(kind === "bytes" ? "string argument without an encoding" : "an integer is required");
  const iterable = x !== null && x !== undefined && typeof (x as any)[Symbol.iterator] === "function";
  if (!iterable) {
    if (orNull) return null;
    throw new TypeError(`can't extend bytearray with ${pyTypeName(x)}`);
  }
  const out: number[] = [];
  for (const item of x as Iterable<unknown>) {
    if (typeof item !== "number" && typeof item !== "boolean" && typeof item !== "bigint" && typeof (item as any)?.__index__ !== "function") {
      throw new TypeError(`'${pyTypeName(item)}' object cannot be interpreted as an integer`);
    }
    const v = intValue(item);
    if (v < 0 || v > 255) throw new ValueError(kind === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)");
    out.push(v);
  }
  return Uint8Array.from(out);
}
