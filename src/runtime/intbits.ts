/**
 * Python's bitwise operators on ints. JavaScript's `&`, `|`, `^`, `<<`, `>>`
 * and `~` work on 32-bit signed integers, so `2**31 << 1` would be 0 and
 * `(2**32 + 5) | 1` would be 1; Python's ints have no width. Operands in the
 * 32-bit range take the native operator; wider ones go through BigInt (the
 * result is exact up to 2**53, as every int of the runtime is). Shifts are
 * multiplications and floor divisions by powers of two, exact for any int.
 * Non-int operands go to their dunders (`__lshift__`, …), as in Python.
 */
import { ValueError } from "./exceptions.js";
import { dunderOp } from "./builtins.js";

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

type IntLike = number | boolean | bigint;

function isInt(x: unknown): x is IntLike {
  return (typeof x === "number" && Number.isInteger(x)) || typeof x === "boolean" || typeof x === "bigint";
}

function small(x: number): boolean {
  return x >= INT32_MIN && x <= INT32_MAX;
}

/**
 * A result back as a number when it is exact as one; a wider one stays a
 * BigInt, so a chain such as `((x << 40) | y) & 0xFFFFFFFF` keeps every bit
 * (a number would have rounded before the mask).
 */
function fromBig(r: bigint): number | bigint {
  return r >= -MAX_SAFE && r <= MAX_SAFE ? Number(r) : r;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function bitwise(a: unknown, b: unknown, op: "&" | "|" | "^", name: string): any {
  if (!isInt(a) || !isInt(b)) return dunderOp(a, b, name, op);
  if (typeof a === "boolean" && typeof b === "boolean") return op === "&" ? a && b : op === "|" ? a || b : a !== b;
  const x = typeof a === "bigint" ? a : Number(a);
  const y = typeof b === "bigint" ? b : Number(b);
  if (typeof x === "number" && typeof y === "number" && small(x) && small(y)) return op === "&" ? x & y : op === "|" ? x | y : x ^ y;
  const bx = BigInt(x);
  const by = BigInt(y);
  return fromBig(op === "&" ? bx & by : op === "|" ? bx | by : bx ^ by);
}

/** Python `a & b`. */
export const band = (a: unknown, b: unknown): any => bitwise(a, b, "&", "and");
/** Python `a | b`. */
export const bor = (a: unknown, b: unknown): any => bitwise(a, b, "|", "or");
/** Python `a ^ b`. */
export const bxor = (a: unknown, b: unknown): any => bitwise(a, b, "^", "xor");

function shiftCount(b: IntLike): number {
  const n = Number(b);
  if (n < 0) throw new ValueError("negative shift count");
  return n;
}

/** Python `a << b`: a * 2**b. */
export function shl(a: unknown, b: unknown): any {
  if (!isInt(a) || !isInt(b)) return dunderOp(a, b, "lshift", "<<");
  const n = shiftCount(b);
  if (typeof a !== "bigint") {
    const r = Number(a) * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  return fromBig(BigInt(a) << BigInt(n));
}

/** Python `a >> b`: floor(a / 2**b). */
export function shr(a: unknown, b: unknown): any {
  if (!isInt(a) || !isInt(b)) return dunderOp(a, b, "rshift", ">>");
  const n = shiftCount(b);
  if (typeof a === "bigint") return fromBig(a >> BigInt(n));
  return n >= 1100 ? (Number(a) < 0 ? -1 : 0) : Math.floor(Number(a) / 2 ** n);
}

/** Python `~a` for an int: -a - 1. */
export function invertInt(a: number): number {
  return -a - 1;
}
