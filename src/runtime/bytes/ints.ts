/** `int.from_bytes` and `int.to_bytes`, with Python's defaults (big-endian, unsigned, length 1). */
import { OverflowError, TypeError, ValueError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { asBuffer, byteValue, intValue } from "./buffer.js";
import { PyBytes } from "./type.js";

function order(byteorder: unknown): "big" | "little" {
  if (byteorder === undefined) return "big";
  if (byteorder === "big" || byteorder === "little") return byteorder;
  if (typeof byteorder !== "string") throw new TypeError(`from_bytes() argument 'byteorder' must be str, not ${pyTypeName(byteorder)}`);
  throw new ValueError("byteorder must be either 'little' or 'big'");
}

/** An int from its bytes: a number when it fits exactly, else a bigint. */
export function intFromBytes(data: unknown, byteorder?: unknown, signed?: unknown): number | bigint {
  let b = asBuffer(data);
  if (b === null) {
    if (typeof data === "string") throw new TypeError("cannot convert 'str' object to bytes");
    b = Uint8Array.from([...(data as Iterable<unknown>)].map(byteValue));
  }
  const bs = order(byteorder) === "big" ? b : b.slice().reverse();
  let v = 0n;
  for (const x of bs) v = (v << 8n) | BigInt(x);
  if (signed && bs.length > 0 && bs[0]! >= 0x80) v -= 1n << BigInt(8 * bs.length);
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

/** `n.to_bytes(length=1, byteorder='big', *, signed=False)`. */
export function intToBytes(n: unknown, length?: unknown, byteorder?: unknown, signed?: unknown): PyBytes {
  const len = length === undefined ? 1 : intValue(length);
  if (len < 0) throw new ValueError("length argument must be non-negative");
  let v = typeof n === "bigint" ? n : BigInt(intValue(n));
  if (v < 0n) {
    if (!signed) throw new OverflowError("can't convert negative int to unsigned");
    v += 1n << BigInt(8 * len);
    if (v < 0n || (len > 0 && v < 1n << BigInt(8 * len - 1))) throw new OverflowError("int too big to convert");
  } else if (signed && len > 0 && v >= 1n << BigInt(8 * len - 1)) throw new OverflowError("int too big to convert");
  if (v >= 1n << BigInt(8 * len) && !(v === 0n)) throw new OverflowError("int too big to convert");
  const out = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return new PyBytes(order(byteorder) === "big" ? out : out.reverse());
}
