/**
 * Exact integer and ratio helpers shared by fractions, decimal and
 * statistics: Python ints arrive as numbers (exact up to 2**53), bools or
 * bigints, and leave as numbers when they fit, so the rest of the runtime
 * keeps seeing plain numbers for ordinary values.
 */
import { TypeError, ValueError, OverflowError } from "../exceptions.js";
import { Hinted, isFloatValue, pyTypeName } from "../repr.js";

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A Python int as the runtime holds it: a number when exact, else a bigint. */
export function toInt(b: bigint): number | bigint {
  return b >= -MAX_SAFE && b <= MAX_SAFE ? Number(b) : b;
}

/** Is x a Python int (not a float that happens to be whole)? */
export function isInt(x: unknown): x is number | bigint | boolean {
  if (typeof x === "bigint" || typeof x === "boolean") return true;
  return typeof x === "number" && Number.isInteger(x);
}

/** Is x a Python float: a non-integral number, inf/nan, or a float box? */
export function isFloat(x: unknown): boolean {
  if (x instanceof Hinted) return x.desc === "float" && typeof x.value === "number";
  return typeof x === "number" && !Number.isInteger(x);
}

/** The number behind a float or float box. */
export function floatOf(x: unknown): number {
  return x instanceof Hinted ? Number(x.value) : Number(x);
}

export function big(x: number | bigint | boolean): bigint {
  return typeof x === "bigint" ? x : BigInt(typeof x === "boolean" ? (x ? 1 : 0) : x);
}

export function absBig(x: bigint): bigint {
  return x < 0n ? -x : x;
}

export function gcd(a: bigint, b: bigint): bigint {
  a = absBig(a);
  b = absBig(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Python's `a // b` on bigints (floor). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** Python's `a % b` on bigints (sign of the divisor). */
export function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** The exact ratio of a finite double, as `float.as_integer_ratio()` gives it (lowest terms, positive denominator). */
export function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw new ValueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exponent === 0) e = -1074;
  else {
    mantissa |= 1n << 52n;
    e = exponent - 1075;
  }
  if (x < 0) mantissa = -mantissa;
  // e < 0 here (x is not integral): mantissa / 2**-e, reduced.
  let den = 1n << BigInt(-e);
  while ((mantissa & 1n) === 0n && den > 1n) {
    mantissa >>= 1n;
    den >>= 1n;
  }
  return [mantissa, den];
}

/** The double nearest to n/d (d > 0), correctly rounded as CPython's int true division. */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return d < 0n ? -0 : 0;
  if (absBig(n) <= MAX_SAFE && d <= MAX_SAFE) return Number(n) / Number(d);
  const neg = n < 0n;
  const a = absBig(n);
  // Scale so the quotient has at least 55 bits; the lowest bit records an inexact remainder.
  const shift = 55 - (a.toString(2).length - d.toString(2).length);
  const num = shift > 0 ? a << BigInt(shift) : a;
  const den = shift < 0 ? d << BigInt(-shift) : d;
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  let r: number;
  if (shift > 1074 - 60) {
    // Tiny results: scale in two steps so the intermediate does not underflow early.
    r = Number(q) * 2 ** -(shift - 600) * 2 ** -600;
  } else r = Number(q) * 2 ** -shift;
  if (!Number.isFinite(r)) throw new OverflowError("integer division result too large for a float");
  return neg ? -r : r;
}

/** An int argument as a bigint, else CPython's TypeError. */
export function intArg(x: unknown, what: string): bigint {
  if (isInt(x)) return big(x);
  if (x !== null && typeof x === "object" && typeof (x as { __index__?: unknown }).__index__ === "function") {
    return big((x as { __index__: () => number | bigint }).__index__());
  }
  throw new TypeError(`${what}: '${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

/** Python's truthiness of the float-ness test, exported for modules that accept either. */
export { isFloatValue };
