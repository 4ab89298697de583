/**
 * `memoryview(obj)` basics: a window on a bytes-like object's bytes without
 * copying them; writes through to a bytearray. Format 'B' only (one byte per
 * item), which is what byte-oriented code uses.
 */
import { IndexError, TypeError, ValueError } from "../exceptions.js";
import { PySlice, sliceIndices } from "../builtins.js";
import { addressSuffix, pyTypeName, registerBuiltinType } from "../repr.js";
import { BUFFER, asBuffer, byteValue, intValue } from "./buffer.js";
import { equalBytes, toHex } from "./ops.js";
import { PyByteArray, PyBytes } from "./type.js";

const PY_TYPE_NAME = Symbol.for("tsyncio.pyTypeName");

export class PyMemoryView implements Iterable<number> {
  private released = false;
  /** Byte positions of the source this view shows: start, step, count. */
  constructor(
    readonly obj: unknown,
    private readonly start = 0,
    private readonly step = 1,
    private readonly count = -1,
  ) {}

  private get source(): Uint8Array {
    if (this.released) throw new ValueError("operation forbidden on released memoryview object");
    return asBuffer(this.obj)!;
  }

  private get n(): number {
    return this.count < 0 ? this.source.length : this.count;
  }

  [BUFFER](): Uint8Array {
    const src = this.source;
    if (this.step === 1) return src.subarray(this.start, this.start + this.n);
    const out = new Uint8Array(this.n);
    for (let i = 0; i < out.length; i++) out[i] = src[this.start + i * this.step]!;
    return out;
  }

  get readonly(): boolean {
    return !(this.obj instanceof PyByteArray);
  }
  get nbytes(): number {
    return this.n;
  }
  get itemsize(): number {
    return 1;
  }
  get format(): string {
    return "B";
  }
  get ndim(): number {
    return 1;
  }

  __len__(): number {
    return this.n;
  }

  *[Symbol.iterator](): Iterator<number> {
    const b = this[BUFFER]();
    for (let i = 0; i < b.length; i++) yield b[i]!;
  }

  __getitem__(key: unknown): any {
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.n, key.start, key.stop, key.step);
      return new PyMemoryView(this.obj, this.start + a * this.step, this.step * st, count);
    }
    let i = intValue(key);
    if (i < 0) i += this.n;
    if (i < 0 || i >= this.n) throw new IndexError("index out of range");
    return this.source[this.start + i * this.step]!;
  }

  __setitem__(key: unknown, value: unknown): void {
    if (this.readonly) throw new TypeError("cannot modify read-only memory");
    const src = this.source;
    if (key instanceof PySlice) {
      const [a, , st, count] = sliceIndices(this.n, key.start, key.stop, key.step);
      const data = asBuffer(value);
      if (!data) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(value)}'`);
      if (data.length !== count) throw new ValueError("memoryview assignment: lvalue and rvalue have different structures");
      for (let i = 0; i < count; i++) src[this.start + (a + i * st) * this.step] = data[i]!;
      return;
    }
    let i = intValue(key);
    if (i < 0) i += this.n;
    if (i < 0 || i >= this.n) throw new IndexError("index out of range");
    src[this.start + i * this.step] = byteValue(value);
  }

  __eq__(other: unknown): boolean {
    const b = asBuffer(other);
    return b !== null && equalBytes(this[BUFFER](), b);
  }

  __hash__(): number {
    if (!this.readonly) throw new ValueError("cannot hash writable memoryview object");
    return new PyBytes(this[BUFFER]()).__hash__();
  }

  tobytes(): PyBytes {
    return new PyBytes(this[BUFFER]().slice());
  }

  tolist(): number[] {
    return [...this];
  }

  hex(sep?: unknown, bytes_per_sep?: unknown): string {
    return this.tobytes().hex(sep, bytes_per_sep);
  }

  toreadonly(): PyMemoryView {
    return new PyMemoryView(new PyBytes(this[BUFFER]()));
  }

  release(): null {
    this.released = true;
    return null;
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.release();
    return false;
  }

  __repr__(): string {
    return `<${this.released ? "released " : ""}memory${addressSuffix(this)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

export interface MemoryViewType {
  (obj: unknown): PyMemoryView;
  prototype: PyMemoryView;
}

export const memoryview: MemoryViewType = function memoryview(obj: unknown): PyMemoryView {
  if (asBuffer(obj) === null) throw new TypeError(`memoryview: a bytes-like object is required, not '${pyTypeName(obj)}'`);
  return new PyMemoryView(obj);
} as MemoryViewType;

memoryview.prototype = PyMemoryView.prototype;
Object.defineProperty(PyMemoryView.prototype, "constructor", { value: memoryview, writable: true, configurable: true });
(PyMemoryView.prototype as any)[PY_TYPE_NAME] = "memoryview";
registerBuiltinType(memoryview, "memoryview");
