/**
 * Python's `zlib` on node:zlib: compress/decompress (zlib, raw deflate and
 * gzip containers by `wbits`), crc32 and adler32, the constants, and
 * `zlib.error` with CPython's "Error -3 while decompressing data: …".
 * Compressed bytes come from Node's bundled zlib: they decompress the same
 * everywhere but need not be byte-identical to CPython's system zlib.
 */
import * as nodeZlib from "node:zlib";
import { Exception, TypeError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { intArg } from "./args.js";
import { crc32Of } from "./binascii.js";

export class error extends Exception {}
Object.defineProperty(error, "__module__", { value: "zlib" });

function dataArg(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

/** zlib's messages by Node's error code. */
const ERRNO: Record<string, number> = { Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6 };

function zlibError(err: unknown, what: string): unknown {
  const e = err as { code?: string; message?: string };
  if (typeof e?.code !== "string" || !(e.code in ERRNO)) return err;
  if (e.code === "Z_BUF_ERROR") return new error(`Error -5 while ${what}: incomplete or truncated stream`);
  return new error(`Error ${ERRNO[e.code]} while ${what}: ${e.message}`);
}

/** Which container a `wbits` value asks for: zlib (9..15), raw deflate (-15..-9), gzip (25..31), either on decompress (40..47). */
function container(wbits: number, decompressing: boolean): "zlib" | "raw" | "gzip" | "auto" {
  if (wbits >= 9 && wbits <= 15) return "zlib";
  if (wbits >= -15 && wbits <= -9) return "raw";
  if (wbits >= 25 && wbits <= 31) return "gzip";
  if (decompressing && (wbits === 0 || (wbits >= 40 && wbits <= 47))) return wbits === 0 ? "zlib" : "auto";
  throw new error(decompressing ? "Error -2 while preparing to decompress data: inconsistent stream state" : "Bad compression level");
}

function compress(data: unknown, level?: unknown, wbits?: unknown): PyBytes {
  const lvl = level === undefined ? -1 : intArg(level);
  if (lvl < -1 || lvl > 9) throw new error("Bad compression level");
  const wb = wbits === undefined ? 15 : intArg(wbits);
  const kind = container(wb, false);
  const opts: nodeZlib.ZlibOptions = { level: lvl, windowBits: Math.abs(wb) > 15 ? Math.abs(wb) - 16 : Math.abs(wb) };
  const input = dataArg(data);
  const out = kind === "zlib" ? nodeZlib.deflateSync(input, opts) : kind === "raw" ? nodeZlib.deflateRawSync(input, opts) : nodeZlib.gzipSync(input, opts);
  return new PyBytes(new Uint8Array(out));
}

function decompress(data: unknown, wbits?: unknown, _bufsize?: unknown): PyBytes {
  const wb = wbits === undefined ? 15 : intArg(wbits);
  const kind = container(wb, true);
  const input = dataArg(data);
  try {
    const out = kind === "zlib" ? nodeZlib.inflateSync(input) : kind === "raw" ? nodeZlib.inflateRawSync(input) : kind === "gzip" ? nodeZlib.gunzipSync(input) : nodeZlib.unzipSync(input);
    return new PyBytes(new Uint8Array(out));
  } catch (err) {
    throw zlibError(err, "decompressing data");
  }
}

function adler32(data: unknown, value?: unknown): number {
  let a = 1;
  let b = 0;
  if (value !== undefined) {
    const v = Number(BigInt.asUintN(32, BigInt(intArg(value))));
    a = v & 0xffff;
    b = v >>> 16;
  }
  for (const x of dataArg(data)) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function crc32(data: unknown, value?: unknown): number {
  return crc32Of(dataArg(data), value === undefined ? 0 : Number(BigInt.asUintN(32, BigInt(intArg(value)))));
}

/** Python's `zlib` module. */
export const zlib = {
  error,
  compress,
  decompress,
  crc32,
  adler32,
  MAX_WBITS: 15,
  DEFLATED: 8,
  DEF_MEM_LEVEL: 8,
  DEF_BUF_SIZE: 16384,
  Z_NO_COMPRESSION: 0,
  Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9,
  Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1,
  Z_HUFFMAN_ONLY: 2,
  Z_RLE: 3,
  Z_FIXED: 4,
  Z_DEFAULT_STRATEGY: 0,
  Z_NO_FLUSH: 0,
  Z_PARTIAL_FLUSH: 1,
  Z_SYNC_FLUSH: 2,
  Z_FULL_FLUSH: 3,
  Z_FINISH: 4,
  Z_BLOCK: 5,
  Z_TREES: 6,
  ZLIB_VERSION: process.versions.zlib,
  ZLIB_RUNTIME_VERSION: process.versions.zlib,
};
