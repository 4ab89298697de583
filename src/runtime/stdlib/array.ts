/**
 * Python's `array.array`: a typed sequence of C numbers (or of characters for
 * `u`), with CPython's range checks and messages, `array('i', [1, 2])` reprs
 * and the machine layout of 64-bit Linux (little-endian; `l`/`L` are 8 bytes,
 * `u` is UCS-4) for `tobytes`/`frombytes`/`byteswap`.
 */
import { IndexError, OverflowError, RuntimeError, TypeError, ValueError } from "../exceptions.js";
import { PySlice, eq, pyIterable, sliceIndices, typeName } from "../builtins.js";
import { PyBytes } from "../bytes/type.js";
import { isByteSeq } from "../bytes/construct.js";
import { BUFFER, asBuffer } from "../bytes/buffer.js";
import { flt, repr } from "../repr.js";

interface Code {
  size: number;
  min?: number;
  max?: number;
  float?: boolean;
  /** CPython's OverflowError words: [too small, too big]. */
  words?: [string, string];
}

const CODES: Record<string, Code> = {
  b: { size: 1, min: -128, max: 127, words: ["signed char is less than minimum", "signed char is greater than maximum"] },
  B: { size: 1, min: 0, max: 255, words: ["unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"] },
  h: { size: 2, min: -32768, max: 32767, words: ["signed short integer is less than minimum", "signed short integer is greater than maximum"] },
  H: { size: 2, min: 0, max: 65535, words: ["unsigned short is less than minimum", "unsigned short is greater than maximum"] },
  i: { size: 4, min: -(2 ** 31), max: 2 ** 31 - 1, words: ["signed integer is less than minimum", "signed integer is greater than maximum"] },
  I: { size: 4, min: 0, max: 2 ** 32 - 1, words: ["can't convert negative value to unsigned int", "unsigned int is greater than maximum"] },
  l: { size: 8, min: -(2 ** 63), max: 2 ** 63 - 1, words: ["Python int too large to convert to C long", "Python int too large to convert to C long"] },
  L: { size: 8, min: 0, max: 2 ** 64 - 1, words: ["can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"] },
  q: { size: 8, min: -(2 ** 63), max: 2 ** 63 - 1, words: ["int too big to convert", "int too big to convert"] },
  Q: { size: 8, min: 0, max: 2 ** 64 - 1, words: ["can't convert negative int to unsigned", "int too big to convert"] },
  f: { size: 4, float: true },
  d: { size: 8, float: true },
  u: { size: 4 },
};

const BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

function checked(code: string, x: unknown): any {
  const c = CODES[code]!;
  if (code === "u") {
    if (typeof x !== "string" || [...x].length !== 1) throw new TypeError(`array item must be unicode character`);
    return x;
  }
  const v = typeof x === "object" && x !== null && "valueOf" in x ? (x as { valueOf(): unknown }).valueOf() : x;
  if (c.float) {
    if (typeof v !== "number" && typeof v !== "boolean" && typeof v !== "bigint") throw new TypeError(`must be real number, not ${typeName(x)}`);
    const n = Number(v);
    return code === "f" ? Math.fround(n) : n;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v) && !(x instanceof Object))) {
    const n = Number(v);
    if (n < c.min!) throw new OverflowError(c.words![0]);
    if (n > c.max!) throw new OverflowError(c.words![1]);
    return n;
  }
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

export class PyArray {
  static readonly __name__ = "array";
  readonly typecode: string;
  private items: any[];

  constructor(typecode: unknown, initializer?: unknown) {
    if (typeof typecode !== "string" || typecode.length !== 1) throw new TypeError(`array() argument 1 must be a unicode character, not ${typeName(typecode)}`);
    if (!(typecode in CODES)) throw new ValueError(BAD_TYPECODE);
    this.typecode = typecode;
    this.items = [];
    if (initializer === undefined || initializer === null) return;
    if (typeof initializer === "string") {
      if (typecode !== "u") throw new TypeError(`cannot use a str to initialize an array with typecode '${typecode}'`);
      this.items = [...initializer];
    } else if (isByteSeq(initializer)) this.frombytes(initializer);
    else this.extend(initializer);
  }

  get itemsize(): number {
    return CODES[this.typecode]!.size;
  }

  private wrap(items: any[]): PyArray {
    const out = new PyArray(this.typecode);
    out.items = items;
    return out;
  }

  private index_(i: unknown): number {
    if (typeof i !== "number" || !Number.isInteger(i)) throw new TypeError(`array indices must be integers`);
    const j = i < 0 ? i + this.items.length : i;
    if (j < 0 || j >= this.items.length) throw new IndexError("array index out of range");
    return j;
  }

  private out(x: any): any {
    return CODES[this.typecode]!.float ? flt(x) : x;
  }

  append(x: unknown): void {
    this.items.push(checked(this.typecode, x));
  }
  extend(iterable: unknown): void {
    if (iterable instanceof PyArray) {
      if (iterable.typecode !== this.typecode) throw new TypeError("can only extend with array of same kind");
      this.items.push(...iterable.items);
      return;
    }
    const values = [...pyIterable(iterable as Iterable<unknown>)].map((x) => checked(this.typecode, x));
    this.items.push(...values);
  }
  fromlist(list: unknown): void {
    if (!Array.isArray(list) || Object.isFrozen(list)) throw new TypeError("arg must be list");
    this.extend(list);
  }
  insert(i: number, x: unknown): void {
    const n = this.items.length;
    const j = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
    this.items.splice(j, 0, checked(this.typecode, x));
  }
  pop(i = -1): any {
    if (this.items.length === 0) throw new IndexError("pop from empty array");
    const j = i < 0 ? i + this.items.length : i;
    if (j < 0 || j >= this.items.length) throw new IndexError("pop index out of range");
    return this.out(this.items.splice(j, 1)[0]);
  }
  remove(x: unknown): void {
    const j = this.items.findIndex((v) => eq(v, x));
    if (j < 0) throw new ValueError("array.remove(x): x not in array");
    this.items.splice(j, 1);
  }
  index(x: unknown, start = 0, stop = Number.MAX_SAFE_INTEGER): number {
    const [a, b] = sliceIndices(this.items.length, start, stop, 1);
    for (let i = a; i < b; i++) if (eq(this.items[i], x)) return i;
    throw new ValueError("array.index(x): x not in array");
  }
  count(x: unknown): number {
    return this.items.filter((v) => eq(v, x)).length;
  }
  reverse(): void {
    this.items.reverse();
  }
  tolist(): any[] {
    return this.items.map((x) => this.out(x));
  }
  tounicode(): string {
    if (this.typecode !== "u") throw new ValueError("tounicode() may only be called on unicode type arrays");
    return this.items.join("");
  }
  fromunicode(s: string): void {
    if (this.typecode !== "u") throw new ValueError("fromunicode() may only be called on unicode type arrays");
    this.items.push(...s);
  }

  tobytes(): PyBytes {
    const size = this.itemsize;
    const buf = new DataView(new ArrayBuffer(size * this.items.length));
    this.items.forEach((x, k) => write(buf, k * size, this.typecode, x));
    return PyBytes.fromUint8Array(new Uint8Array(buf.buffer));
  }
  frombytes(data: unknown): void {
    const u8 = asBuffer(data);
    if (u8 === null) throw new TypeError(`a bytes-like object is required, not '${typeName(data)}'`);
    const size = this.itemsize;
    if (u8.length % size !== 0) throw new ValueError("bytes length not a multiple of item size");
    const view = new DataView(u8.buffer, u8.byteOffset, u8.length);
    for (let k = 0; k < u8.length; k += size) this.items.push(read(view, k, this.typecode));
  }
  byteswap(): void {
    const size = this.itemsize;
    if (![1, 2, 4, 8].includes(size)) throw new RuntimeError("don't know how to byteswap this array type");
    const bytes = this.tobytes().buf.slice();
    for (let k = 0; k < bytes.length; k += size) bytes.subarray(k, k + size).reverse();
    this.items = [];
    this.frombytes(PyBytes.fromUint8Array(bytes));
  }
  buffer_info(): never {
    throw new TypeError("tsyncio: array.buffer_info() has no memory address in JavaScript");
  }

  /** The buffer protocol: binascii, hashlib, bytes() read the machine representation. */
  [BUFFER](): Uint8Array {
    return this.tobytes().buf;
  }
  __len__(): number {
    return this.items.length;
  }
  [Symbol.iterator](): Iterator<any> {
    return this.tolist()[Symbol.iterator]();
  }
  __iter__(): Iterator<any> {
    return this[Symbol.iterator]();
  }
  __contains__(x: unknown): boolean {
    return this.items.some((v) => eq(v, x));
  }
  __getitem__(key: unknown): any {
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.items.length, key.start, key.stop, key.step);
      const out: any[] = [];
      for (let i = 0, j = a; i < count; i++, j += st) out.push(this.items[j]);
      return this.wrap(out);
    }
    return this.out(this.items[this.index_(key)]);
  }
  __setitem__(key: unknown, value: unknown): void {
    if (key instanceof PySlice) {
      if (!(value instanceof PyArray)) throw new TypeError(`can only assign array (not "${typeName(value)}") to array slice`);
      const [a, b, st] = sliceIndices(this.items.length, key.start, key.stop, key.step);
      if (st !== 1) throw new ValueError("tsyncio: extended slice assignment on an array is not supported");
      this.items.splice(a, Math.max(0, b - a), ...value.items);
      return;
    }
    this.items[this.index_(key)] = checked(this.typecode, value);
  }
  __delitem__(key: unknown): void {
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.items.length, key.start, key.stop, key.step);
      const drop = new Set<number>();
      for (let i = 0, j = a; i < count; i++, j += st) drop.add(j);
      this.items = this.items.filter((_, i) => !drop.has(i));
      return;
    }
    this.items.splice(this.index_(key), 1);
  }
  __eq__(other: unknown): boolean {
    return other instanceof PyArray && other.items.length === this.items.length && this.items.every((v, i) => eq(v, other.items[i]));
  }
  __add__(other: unknown): PyArray {
    if (!(other instanceof PyArray)) throw new TypeError(`can only append array (not "${typeName(other)}") to array`);
    if (other.typecode !== this.typecode) throw new TypeError("bad argument type for built-in operation");
    return this.wrap([...this.items, ...other.items]);
  }
  __mul__(n: number): PyArray {
    const out: any[] = [];
    for (let i = 0; i < n; i++) out.push(...this.items);
    return this.wrap(out);
  }
  __repr__(): string {
    if (this.items.length === 0) return `array('${this.typecode}')`;
    if (this.typecode === "u") return `array('u', ${repr(this.items.join(""))})`;
    return `array('${this.typecode}', ${repr(this.tolist())})`;
  }
  toString(): string {
    return this.__repr__();
  }
}

function write(view: DataView, at: number, code: string, x: any): void {
  switch (code) {
    case "b": return view.setInt8(at, x);
    case "B": return view.setUint8(at, x);
    case "h": return view.setInt16(at, x, true);
    case "H": return view.setUint16(at, x, true);
    case "i": return view.setInt32(at, x, true);
    case "I": return view.setUint32(at, x, true);
    case "l": case "q": return view.setBigInt64(at, BigInt(x), true);
    case "L": case "Q": return view.setBigUint64(at, BigInt(x), true);
    case "f": return view.setFloat32(at, x, true);
    case "d": return view.setFloat64(at, x, true);
    case "u": return view.setUint32(at, (x as string).codePointAt(0)!, true);
  }
}

function read(view: DataView, at: number, code: string): any {
  switch (code) {
    case "b": return view.getInt8(at);
    case "B": return view.getUint8(at);
    case "h": return view.getInt16(at, true);
    case "H": return view.getUint16(at, true);
    case "i": return view.getInt32(at, true);
    case "I": return view.getUint32(at, true);
    case "l": case "q": return Number(view.getBigInt64(at, true));
    case "L": case "Q": return Number(view.getBigUint64(at, true));
    case "f": return view.getFloat32(at, true);
    case "d": return view.getFloat64(at, true);
    default: return String.fromCodePoint(view.getUint32(at, true));
  }
}

// Python's name for the type (reprs, error messages).
Object.defineProperty(PyArray, "name", { value: "array" });

export const array = { array: PyArray, ArrayType: PyArray, typecodes: "bBuhHiIlLqQfd" };
