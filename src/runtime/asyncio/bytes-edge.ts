/**
 * Where I/O data crosses into Python values: sockets and pipes carry Node
 * Buffers, the program sees `bytes`. Streams and subprocesses convert only
 * through these two functions, so adopting the runtime's real bytes type is
 * a change here alone.
 *
 * Until that type exists, `b"..."` literals are translated as strings and so
 * are the bytes read here (decoded as UTF-8, the inverse of what `toBuffer`
 * writes for a string): `.decode()`, `.upper()`, `==` with a literal and
 * `.split()` behave; `len()` counts characters and the repr lacks the `b`.
 */
import { TypeError } from "../exceptions.js";

/** The Python value a program sees for bytes read from a socket or pipe. */
export type PyBytes = string;

export const EMPTY: PyBytes = "";

export function toPy(buf: Uint8Array): PyBytes {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("utf8");
}

/** Data a program writes: bytes (today a string), bytearray-likes or a Uint8Array. */
export function toBuffer(data: unknown, what = "data"): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const name = data === null || data === undefined ? "NoneType" : typeof data === "number" ? "int" : ((data as object).constructor?.name ?? typeof data);
  throw new TypeError(`${what} argument must be a bytes-like object, not '${name}'`);
}

/** Whether a value is something toBuffer accepts. */
export function isBytesLike(data: unknown): boolean {
  return typeof data === "string" || data instanceof Uint8Array;
}

/** `len(b)` of bytes made here. */
export function byteLength(b: PyBytes): number {
  return Buffer.byteLength(b, "utf8");
}

export function isEmpty(b: PyBytes): boolean {
  return b.length === 0;
}
