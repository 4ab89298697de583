/**
 * Where I/O data crosses into Python values: sockets and pipes carry Node
 * Buffers, the program sees `bytes` (the runtime's PyBytes). Streams and
 * subprocesses convert only through these functions.
 */
import { TypeError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { asBuffer } from "../bytes/buffer.js";
import { PyBytes } from "../bytes/type.js";

export type { PyBytes };

export const EMPTY: PyBytes = PyBytes.fromUint8Array(new Uint8Array(0));

/** The bytes object a program sees for data read from a socket or pipe (copied: Node may reuse its buffers). */
export function toPy(buf: Uint8Array): PyBytes {
  return PyBytes.fromUint8Array(buf, true);
}

/** Data a program writes: bytes, bytearray, memoryview or a Uint8Array; str is Python's TypeError. */
export function toBuffer(data: unknown, what = "data"): Buffer {
  const b = asBuffer(data);
  if (b === null) throw new TypeError(`${what} argument must be a bytes-like object, not '${pyTypeName(data)}'`);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** `len(b)` of bytes made here. */
export function byteLength(b: PyBytes): number {
  return b.length;
}

export function isEmpty(b: PyBytes): boolean {
  return b.length === 0;
}
