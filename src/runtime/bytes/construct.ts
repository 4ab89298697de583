/**
 * The builtins `bytes(...)` and `bytearray(...)`, the literal helper
 * generated code calls for `b'...'`, and `bytesFromString`.
 *
 * `bytes` is a plain function (Python calls it without `new`) whose
 * prototype is PyBytes's, so `isinstance(x, bytes)` is an instanceof test and
 * `type(b) is bytes` holds.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { pyTypeName, registerBuiltinType } from "../repr.js";
import { asBuffer, intValue, needBuffer } from "./buffer.js";
import { encodeText } from "./codecs.js";
import { ByteSeq, PyByteArray, PyBytes, bytesOfIterable } from "./type.js";
import { fromLatin1 } from "./ops.js";

interface Options {
  source?: unknown;
  encoding?: unknown;
  errors?: unknown;
}

function isOptions(x: unknown): x is Options {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype && Object.keys(x).every((k) => k === "source" || k === "encoding" || k === "errors");
}

/** The bytes `bytes(*args)` / `bytearray(*args)` hold. */
function sourceBytes(kind: "bytes" | "bytearray", args: unknown[]): Uint8Array {
  const opts = args.length > 0 && isOptions(args[args.length - 1]) ? (args.pop() as Options) : {};
  const source = args.length > 0 ? args[0] : opts.source;
  const encoding = args.length > 1 ? args[1] : opts.encoding;
  const errors = args.length > 2 ? args[2] : opts.errors;
  if (args.length > 3) throw new TypeError(`${kind}() takes at most 3 arguments (${args.length} given)`);
  if (source === undefined && args.length === 0) {
    if (encoding !== undefined || errors !== undefined) throw new TypeError(encoding !== undefined ? "encoding without a string argument" : "errors without a string argument");
    return new Uint8Array();
  }
  if (typeof source === "string") {
    if (encoding === undefined) throw new TypeError("string argument without an encoding");
    return encodeText(source, encoding, errors);
  }
  if (encoding !== undefined) throw new TypeError("encoding without a string argument");
  if (errors !== undefined) throw new TypeError("errors without a string argument");
  if (typeof source === "number" || typeof source === "boolean" || typeof source === "bigint") {
    if (typeof source === "number" && !Number.isInteger(source)) throw new TypeError(`cannot convert 'float' object to ${kind}`);
    const n = intValue(source);
    if (n < 0) throw new ValueError("negative count");
    return new Uint8Array(n);
  }
  const custom = (source as { __bytes__?: unknown } | null)?.__bytes__;
  if (kind === "bytes" && typeof custom === "function") {
    const r = custom.call(source);
    if (!(r instanceof PyBytes)) throw new TypeError(`__bytes__ returned non-bytes (type ${pyTypeName(r)})`);
    return r.buf;
  }
  const data = bytesOfIterable(source, kind, true);
  if (data === null) throw new TypeError(`cannot convert '${pyTypeName(source)}' object to ${kind}`);
  return data;
}

export interface BytesType {
  (...args: unknown[]): PyBytes;
  /** The unbound methods: `bytes.upper(b)`. */
  [method: string]: any;
  fromhex(s: unknown): PyBytes;
  maketrans(from: unknown, to: unknown): PyBytes;
  prototype: PyBytes;
}

export interface ByteArrayType {
  (...args: unknown[]): PyByteArray;
  [method: string]: any;
  fromhex(s: unknown): PyByteArray;
  maketrans(from: unknown, to: unknown): PyBytes;
  prototype: PyByteArray;
}

/** `bytes.fromhex(s)`: hex digit pairs, whitespace between pairs allowed. */
function fromhex(s: unknown): Uint8Array {
  if (typeof s !== "string") throw new TypeError(`fromhex() argument must be str, not ${pyTypeName(s)}`);
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/[ \t\n\r\x0b\x0c]/.test(s[i]!)) {
      i++;
      continue;
    }
    const hi = parseInt(s[i]!, 16);
    if (!/[0-9a-fA-F]/.test(s[i]!)) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    if (i + 1 >= s.length || !/[0-9a-fA-F]/.test(s[i + 1]!)) throw new ValueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + parseInt(s[i + 1]!, 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

function maketrans(from: unknown, to: unknown): PyBytes {
  const a = needBuffer(from);
  const b = needBuffer(to);
  if (a.length !== b.length) throw new ValueError("maketrans arguments must have same length");
  const table = new Uint8Array(256);
  for (let i = 0; i < 256; i++) table[i] = i;
  for (let i = 0; i < a.length; i++) table[a[i]!] = b[i]!;
  return new PyBytes(table);
}

export const bytes: BytesType = Object.assign(
  function bytes(...args: unknown[]): PyBytes {
    // bytes(b) of a bytes object is that object, as CPython returns it.
    if (args.length === 1 && args[0] instanceof PyBytes) return args[0];
    return new PyBytes(sourceBytes("bytes", args));
  },
  { fromhex: (s: unknown) => new PyBytes(fromhex(s)), maketrans },
) as BytesType;

export const bytearray: ByteArrayType = Object.assign(
  function bytearray(...args: unknown[]): PyByteArray {
    return new PyByteArray(sourceBytes("bytearray", args));
  },
  { fromhex: (s: unknown) => new PyByteArray(fromhex(s)), maketrans },
) as ByteArrayType;

// isinstance(x, bytes) is `x instanceof bytes`; type(x) reads the prototype's constructor.
bytes.prototype = PyBytes.prototype;
bytearray.prototype = PyByteArray.prototype;
Object.defineProperty(PyBytes.prototype, "constructor", { value: bytes, writable: true, configurable: true });
Object.defineProperty(PyByteArray.prototype, "constructor", { value: bytearray, writable: true, configurable: true });
registerBuiltinType(bytes, "bytes");
registerBuiltinType(bytearray, "bytearray");

/** `bytes.upper` and the like: the method looked up on the type, called with the object first (`map(bytes.upper, xs)`). */
function addUnboundMethods(type: BytesType | ByteArrayType, kind: string, cls: Function): void {
  for (const proto of [cls.prototype, ByteSeq.prototype]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const desc = Object.getOwnPropertyDescriptor(proto, name)!;
      if (name === "constructor" || typeof desc.value !== "function" || Object.prototype.hasOwnProperty.call(type, name)) continue;
      const unbound = function (this: unknown, self: unknown, ...args: unknown[]): unknown {
        if (!(self instanceof cls)) throw new TypeError(`descriptor '${name}' for '${kind}' objects doesn't apply to a '${pyTypeName(self)}' object`);
        return (desc.value as Function).apply(self, args);
      };
      Object.defineProperty(type, name, { value: unbound, writable: true, configurable: true });
    }
  }
}
addUnboundMethods(bytes, "bytes", PyBytes);
addUnboundMethods(bytearray, "bytearray", PyByteArray);

/** A bytes literal: generated code passes its bytes as a string of one char per byte. */
export function bytesLiteral(latin1: string): PyBytes {
  return new PyBytes(fromLatin1(latin1));
}

/** `s.encode(encoding, errors)` as a bytes object. */
export function bytesFromString(s: string, encoding: unknown = "utf-8", errors: unknown = "strict"): PyBytes {
  return new PyBytes(encodeText(s, encoding, errors));
}

/** Whether `x` is a bytes or bytearray object. */
export function isByteSeq(x: unknown): x is ByteSeq {
  return x instanceof ByteSeq;
}

export { asBuffer };
