/**
 * Python's `binascii`: hex, base64 lines and CRCs on bytes, with CPython's
 * decoding rules (base64's non-strict skipping and strict_mode errors) and
 * messages. `base64` builds on it.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { toHex } from "../bytes/ops.js";
import { intArg } from "./args.js";

/** `binascii.Error`, which base64 raises too. */
export class Error extends ValueError {}
Object.defineProperty(Error, "__module__", { value: "binascii" });
export class Incomplete extends globalThis.Error {}
Object.defineProperty(Incomplete, "__module__", { value: "binascii" });

/** Data the a2b_* functions decode: bytes-like, or a str of ASCII characters. */
export function asciiData(x: unknown): Uint8Array {
  if (typeof x === "string") {
    if (/[^\x00-\x7f]/.test(x)) throw new ValueError("string argument should contain only ASCII characters");
    return Uint8Array.from(x, (c) => c.charCodeAt(0));
  }
  const b = asBuffer(x);
  if (!b) throw new TypeError(`argument should be bytes, buffer or ASCII string, not '${pyTypeName(x)}'`);
  return b;
}

function dataArg(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

function ascii(s: string): PyBytes {
  return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
}

function sepArg(sep: unknown): string {
  if (sep === undefined || sep === null) return "";
  const s = typeof sep === "string" ? sep : String.fromCharCode(...dataArg(sep));
  if (s.length !== 1) throw new ValueError("sep must be length 1.");
  return s;
}

function hexlify(data: unknown, sep?: unknown, bytes_per_sep?: unknown): PyBytes {
  return ascii(toHex(dataArg(data), sepArg(sep), bytes_per_sep === undefined || bytes_per_sep === null ? 1 : intArg(bytes_per_sep)));
}

function unhexlify(hexstr: unknown): PyBytes {
  const s = asciiData(hexstr);
  if (s.length % 2 === 1) throw new Error("Odd-length string");
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < s.length; i += 2) {
    const hi = parseInt(String.fromCharCode(s[i]!), 16);
    const lo = parseInt(String.fromCharCode(s[i + 1]!), 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) throw new Error("Non-hexadecimal digit found");
    out[i / 2] = hi * 16 + lo;
  }
  return new PyBytes(out);
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Map([...B64].map((c, i) => [c.charCodeAt(0), i]));

/** Base64 of `data` as a string (no newline). */
export function base64Text(data: Uint8Array): string {
  return Buffer.from(data.buffer, data.byteOffset, data.length).toString("base64");
}

function b2a_base64(data: unknown, opts?: { newline?: unknown }): PyBytes {
  const newline = opts?.newline === undefined ? true : Boolean(opts.newline);
  return ascii(base64Text(dataArg(data)) + (newline ? "\n" : ""));
}

/** CPython's a2b_base64: skips what is not base64 (unless strict), stops at a complete pad. */
export function decodeBase64(data: Uint8Array, strict: boolean): Uint8Array {
  const out: number[] = [];
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x3d) {
      paddingStarted = true;
      if (strict && quad === 0) throw new Error(i === 0 ? "Leading padding not allowed" : "Excess padding not allowed");
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < data.length) throw new Error("Excess data after padding");
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = B64_VALUE.get(c);
    if (v === undefined) {
      if (strict) throw new Error("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw new Error("Discontinuous padding not allowed");
    pads = 0;
    switch (quad) {
      case 0:
        quad = 1;
        left = v;
        break;
      case 1:
        quad = 2;
        out.push(((left << 2) | (v >> 4)) & 0xff);
        left = v & 0x0f;
        break;
      case 2:
        quad = 3;
        out.push(((left << 4) | (v >> 2)) & 0xff);
        left = v & 0x03;
        break;
      default:
        quad = 0;
        out.push(((left << 6) | v) & 0xff);
        left = 0;
    }
  }
  if (quad === 1) throw new Error(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  if (quad !== 0) throw new Error("Incorrect padding");
  return Uint8Array.from(out);
}

function a2b_base64(data: unknown, opts?: { strict_mode?: unknown }): PyBytes {
  return new PyBytes(decodeBase64(asciiData(data), Boolean(opts?.strict_mode)));
}

let crcTable: Uint32Array | null = null;

/** CRC-32 (zlib's), continuing from `value`. */
export function crc32Of(data: Uint8Array, value = 0): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = (value ^ 0xffffffff) >>> 0;
  for (const b of data) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function crc32(data: unknown, value?: unknown): number {
  return crc32Of(dataArg(data), value === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(intArg(value)))));
}

/** CRC-CCITT (XMODEM), as binascii.crc_hqx computes it. */
function crc_hqx(data: unknown, value: unknown): number {
  let crc = intArg(value) & 0xffff;
  for (const b of dataArg(data)) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** Python's `binascii` module. */
export const binascii = {
  Error,
  Incomplete,
  hexlify,
  b2a_hex: hexlify,
  unhexlify,
  a2b_hex: unhexlify,
  b2a_base64,
  a2b_base64,
  crc32,
  crc_hqx,
};
