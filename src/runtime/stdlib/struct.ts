/**
 * Python's `struct`: packing values into bytes and back by format strings
 * (`<`, `>`, `!`, `=` standard sizes; `@` native x86-64 Linux sizes and
 * alignment), with `struct.error` and CPython's messages.
 */
import { Exception, OverflowError, TypeError } from "../exceptions.js";
import { flt, pyTypeName, tuple } from "../repr.js";
import { truthy } from "../numbers.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { intArg } from "./args.js";
import { bind } from "./params.js";

export class error extends Exception {}
Object.defineProperty(error, "__module__", { value: "struct" });

interface Item {
  code: string;
  count: number;
  size: number;
  offset: number;
}

interface Layout {
  little: boolean;
  size: number;
  items: Item[];
}

const STANDARD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const NATIVE: Record<string, number> = { ...STANDARD, l: 8, L: 8, n: 8, N: 8, P: 8 };

const layouts = new Map<string, Layout>();

function layout(format: unknown): Layout {
  const fmt = typeof format === "string" ? format : asBuffer(format) ? String.fromCharCode(...asBuffer(format)!) : null;
  if (fmt === null) throw new TypeError(`Struct() argument 1 must be a str or bytes object, not ${pyTypeName(format)}`);
  const cached = layouts.get(fmt);
  if (cached) return cached;
  let i = 0;
  let native = true;
  let little = true;
  if ("@=<>!".includes(fmt[0] ?? "")) {
    native = fmt[0] === "@";
    little = fmt[0] === "@" || fmt[0] === "=" || fmt[0] === "<";
    i = 1;
  }
  const sizes = native ? NATIVE : STANDARD;
  const items: Item[] = [];
  let offset = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let digits = "";
    while (/[0-9]/.test(fmt[i] ?? "")) digits += fmt[i++];
    const code = fmt[i++];
    if (code === undefined) throw new error("repeat count given without format specifier");
    const size = sizes[code];
    if (size === undefined) throw new error("bad char in struct format");
    const count = digits === "" ? 1 : Number(digits);
    // Native mode aligns each item to its own size.
    if (native && code !== "s" && code !== "p" && code !== "x" && code !== "c" && size > 1) offset = Math.ceil(offset / size) * size;
    items.push({ code, count, size, offset });
    offset += code === "s" || code === "p" || code === "x" ? count : size * count;
  }
  const result = { little, size: offset, items };
  layouts.set(fmt, result);
  return result;
}

const NAMED: Record<string, string> = { b: "byte", B: "ubyte", h: "short", H: "ushort" };

function packInt(view: DataView, at: number, item: Item, value: unknown, little: boolean): void {
  if (typeof value !== "number" && typeof value !== "boolean" && typeof value !== "bigint" && typeof (value as { __index__?: unknown } | null)?.__index__ !== "function") {
    throw new error("required argument is not an integer");
  }
  if (typeof value === "number" && !Number.isInteger(value)) throw new error("required argument is not an integer");
  const v = typeof value === "bigint" ? value : BigInt(intArg(typeof value === "object" ? (value as { __index__(): number }).__index__() : value));
  const signed = item.code === item.code.toLowerCase() && item.code !== "p";
  const bits = BigInt(item.size * 8);
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v < lo || v > hi) {
    if (NAMED[item.code]) throw new error(`${NAMED[item.code]} format requires ${lo} <= number <= ${hi}`);
    if (item.size === 4 && (signed || v >= 0n)) throw new error(`'${item.code}' format requires ${lo} <= number <= ${hi}`);
    throw new error("argument out of range");
  }
  const u = BigInt.asUintN(item.size * 8, v);
  for (let k = 0; k < item.size; k++) view.setUint8(at + (little ? k : item.size - 1 - k), Number((u >> BigInt(8 * k)) & 0xffn));
}

function unpackInt(view: DataView, at: number, item: Item, little: boolean): number | bigint {
  let u = 0n;
  for (let k = item.size - 1; k >= 0; k--) u = (u << 8n) | BigInt(view.getUint8(at + (little ? k : item.size - 1 - k)));
  const signed = item.code === item.code.toLowerCase();
  const v = signed ? BigInt.asIntN(item.size * 8, u) : u;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function floatArg(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return Number(value);
  const v = (value as { value?: unknown } | null)?.value;
  if (typeof v === "number") return v;
  throw new error("required argument is not a float");
}

function packInto(lay: Layout, buf: Uint8Array, start: number, values: unknown[], fname: string): void {
  const n = lay.items.reduce((acc, it) => acc + (it.code === "x" ? 0 : it.code === "s" || it.code === "p" ? 1 : it.count), 0);
  if (values.length !== n) throw new error(`${fname} expected ${n} items for packing (got ${values.length})`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let vi = 0;
  for (const item of lay.items) {
    const at = start + item.offset;
    if (item.code === "x") continue;
    if (item.code === "s" || item.code === "p") {
      const data = asBuffer(values[vi++]);
      if (!data) throw new error(`argument for '${item.code}' must be a bytes object`);
      if (item.code === "s") buf.set(data.subarray(0, item.count), at);
      else if (item.count > 0) {
        const len = Math.min(data.length, item.count - 1, 255);
        buf[at] = len;
        buf.set(data.subarray(0, len), at + 1);
      }
      continue;
    }
    for (let k = 0; k < item.count; k++) {
      const value = values[vi++];
      const pos = at + k * item.size;
      switch (item.code) {
        case "c": {
          const b = asBuffer(value);
          if (!b || b.length !== 1) throw new error("char format requires a bytes object of length 1");
          buf[pos] = b[0]!;
          break;
        }
        case "?":
          buf[pos] = truthy(value) ? 1 : 0;
          break;
        case "e":
        case "f":
        case "d": {
          const x = floatArg(value);
          if (item.code === "f") {
            if (Number.isFinite(x) && Math.abs(x) > 3.4028234663852886e38) throw new OverflowError("float too large to pack with f format");
            view.setFloat32(pos, x, lay.little);
          } else if (item.code === "d") view.setFloat64(pos, x, lay.little);
          else view.setUint16(pos, halfBits(x), lay.little);
          break;
        }
        default:
          packInt(view, pos, item, value, lay.little);
      }
    }
  }
}

function roundHalfEven(v: number): number {
  const f = Math.floor(v);
  const diff = v - f;
  return diff > 0.5 ? f + 1 : diff < 0.5 ? f : f % 2 === 0 ? f : f + 1;
}

/** IEEE half precision bits of x (round half to even), as struct's 'e' packs it. */
function halfBits(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  let e = Math.floor(Math.log2(a));
  if (a === 0 || e < -14) {
    const m = roundHalfEven(a / 2 ** -24);
    return sign | m; // m may reach 0x400: the smallest normal, which is the same bits
  }
  let mant = roundHalfEven((a / 2 ** e) * 1024) - 1024;
  if (mant === 1024) {
    mant = 0;
    e++;
  }
  if (e > 15) throw new OverflowError("float too large to pack with e format");
  return sign | ((e + 15) << 10) | mant;
}

function halfValue(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const e = (bits >> 10) & 0x1f;
  const m = bits & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function unpackFrom(lay: Layout, buf: Uint8Array, start: number): readonly unknown[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: unknown[] = [];
  for (const item of lay.items) {
    const at = start + item.offset;
    if (item.code === "x") continue;
    if (item.code === "s") {
      out.push(new PyBytes(buf.slice(at, at + item.count)));
      continue;
    }
    if (item.code === "p") {
      const len = item.count === 0 ? 0 : Math.min(buf[at]!, item.count - 1);
      out.push(new PyBytes(buf.slice(at + 1, at + 1 + len)));
      continue;
    }
    for (let k = 0; k < item.count; k++) {
      const pos = at + k * item.size;
      switch (item.code) {
        case "c":
          out.push(new PyBytes(buf.slice(pos, pos + 1)));
          break;
        case "?":
          out.push(buf[pos] !== 0);
          break;
        case "e":
          out.push(flt(halfValue(view.getUint16(pos, lay.little))));
          break;
        case "f":
          out.push(flt(view.getFloat32(pos, lay.little)));
          break;
        case "d":
          out.push(flt(view.getFloat64(pos, lay.little)));
          break;
        default:
          out.push(unpackInt(view, pos, item, lay.little));
      }
    }
  }
  return tuple(...out);
}

function bufferArg(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

function pack(fmt: unknown, ...values: unknown[]): PyBytes {
  const lay = layout(fmt);
  const out = new Uint8Array(lay.size);
  packInto(lay, out, 0, values, "pack");
  return new PyBytes(out);
}

function pack_into(fmt: unknown, buffer: unknown, offset: unknown, ...values: unknown[]): null {
  const lay = layout(fmt);
  const buf = bufferArg(buffer);
  let at = intArg(offset);
  if (at < 0) at += buf.length;
  if (at < 0 || buf.length - at < lay.size) throw new error(`pack_into requires a buffer of at least ${lay.size + at} bytes for packing ${lay.size} bytes at offset ${at} (actual buffer size is ${buf.length})`);
  packInto(lay, buf, at, values, "pack_into");
  return null;
}

function unpack(fmt: unknown, buffer: unknown): readonly unknown[] {
  const lay = layout(fmt);
  const buf = bufferArg(buffer);
  if (buf.length !== lay.size) throw new error(`unpack requires a buffer of ${lay.size} bytes`);
  return unpackFrom(lay, buf, 0);
}

function unpack_from(fmt: unknown, buffer: unknown, offset?: unknown): readonly unknown[] {
  const lay = layout(fmt);
  const buf = bufferArg(buffer);
  let at = offset === undefined ? 0 : intArg(offset);
  if (at < 0) at += buf.length;
  if (at < 0) throw new error(`offset ${intArg(offset)} out of range for ${buf.length}-byte buffer`);
  if (buf.length - at < lay.size) throw new error(`unpack_from requires a buffer of at least ${lay.size + at} bytes for unpacking ${lay.size} bytes at offset ${at} (actual buffer size is ${buf.length})`);
  return unpackFrom(lay, buf, at);
}

function* iter_unpack(fmt: unknown, buffer: unknown): Generator<readonly unknown[]> {
  const lay = layout(fmt);
  const buf = bufferArg(buffer);
  if (lay.size === 0) throw new error("cannot iteratively unpack with a struct of length 0");
  if (buf.length % lay.size !== 0) throw new error(`iterative unpacking requires a buffer of a multiple of ${lay.size} bytes`);
  for (let at = 0; at < buf.length; at += lay.size) yield unpackFrom(lay, buf, at);
}

/** `struct.Struct(format)`: a compiled format. */
export class Struct {
  static __module__ = "_struct";
  readonly format: string;
  readonly size: number;
  constructor(format: unknown) {
    this.format = typeof format === "string" ? format : String.fromCharCode(...bufferArg(format));
    this.size = layout(format).size;
  }
  pack(...values: unknown[]): PyBytes {
    return pack(this.format, ...values);
  }
  pack_into(buffer: unknown, offset: unknown, ...values: unknown[]): null {
    return pack_into(this.format, buffer, offset, ...values);
  }
  unpack(buffer: unknown): readonly unknown[] {
    return unpack(this.format, buffer);
  }
  unpack_from(...args: unknown[]): readonly unknown[] {
    const [buffer, offset] = bind("unpack_from", args, ["buffer", "offset"], 1);
    return unpack_from(this.format, buffer, offset);
  }
  iter_unpack(buffer: unknown): Generator<readonly unknown[]> {
    return iter_unpack(this.format, buffer);
  }
}

/** Python's `struct` module. */
export const struct = {
  error,
  Struct,
  pack,
  pack_into,
  unpack,
  unpack_from,
  iter_unpack,
  calcsize: (fmt: unknown): number => layout(fmt).size,
};
