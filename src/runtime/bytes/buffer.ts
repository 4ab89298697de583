/**
 * The bytes-like protocol: bytes, bytearray, memoryview and Node's own
 * Uint8Array/Buffer all hand over their bytes through `asBuffer`, so every
 * method that takes "a bytes-like object" accepts each of them.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";

/** The method a bytes-like object answers with a view of its bytes (no copy). */
export const BUFFER: unique symbol = Symbol.for("tsyncio.buffer");

export interface BytesLike {
  [BUFFER](): Uint8Array;
}

/** The bytes behind a bytes-like value, or null for anything else. */
export function asBuffer(x: unknown): Uint8Array | null {
  if (x instanceof Uint8Array) return x;
  if (x !== null && typeof x === "object" && typeof (x as Partial<BytesLike>)[BUFFER] === "function") return (x as BytesLike)[BUFFER]();
  return null;
}

/** The bytes behind `x`, or Python's TypeError "a bytes-like object is required, not 'str'". */
export function needBuffer(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (b === null) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

/** An int argument as Python's `__index__` reads it. */
export function intValue(x: unknown): number {
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x !== null && typeof x === "object" && typeof (x as { __index__?: unknown }).__index__ === "function") return Number((x as { __index__(): unknown }).__index__());
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/** One byte given as an int: `ValueError: byte must be in range(0, 256)` otherwise. */
export function byteValue(x: unknown): number {
  const n = intValue(x);
  if (n < 0 || n > 255) throw new ValueError("byte must be in range(0, 256)");
  return n;
}
