/**
 * Python ints past 2**53. An int is a JavaScript number while it is a safe
 * integer and a bigint beyond, never both for one value (so `===` and Map
 * keys stay right): every operator that may leave the safe range computes
 * the exact result in BigInt and brings it back to a number when it fits.
 * `intAdd`/`intSub`/`intMul` are what typed int arithmetic becomes when the
 * translator cannot prove it stays small; their fast path is a type test
 * and a range test around JavaScript's own operator.
 */
const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

/** The canonical form of an exact int: a number when safe, else the bigint. */
export function normInt(b: bigint): number | bigint {
  return b >= -MAX_BIG && b <= MAX_BIG ? Number(b) : b;
}

/** An int operand (number, bool or bigint) as a bigint. */
export function toBig(x: number | bigint | boolean): bigint {
  return typeof x === "bigint" ? x : BigInt(typeof x === "boolean" ? Number(x) : x);
}

/** Is x a plain int operand (a bigint, a bool or an integral number)? Float boxes are objects, so they are not. */
export function isIntOperand(x: unknown): x is number | bigint | boolean {
  return typeof x === "bigint" || typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));
}

/** `a op b` on two int operands, exactly. */
export function exactIntOp(a: number | bigint | boolean, b: number | bigint | boolean, op: "+" | "-" | "*"): number | bigint {
  const x = toBig(a);
  const y = toBig(b);
  return normInt(op === "+" ? x + y : op === "-" ? x - y : x * y);
}

/** A number result of two int operands that left the safe range, redone exactly; else the result as is. */
export function checkedNumber(r: number, a: number, b: number, op: "+" | "-" | "*"): number | bigint {
  if (r <= MAX && r >= -MAX) return r;
  if (!Number.isInteger(a) || !Number.isInteger(b) || !Number.isFinite(r)) return r;
  return exactIntOp(a, b, op);
}

/** Typed `a + b` on ints. A non-int operand (the annotation lied) goes to `slow`, the untyped operator. */
export function intAdd(a: number, b: number): number {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return bigOrSlow(a, b, "+");
}

/** Typed `a - b` on ints. */
export function intSub(a: number, b: number): number {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r <= MAX && r >= -MAX) return r;
  }
  return bigOrSlow(a, b, "-");
}

/** Typed `a * b` on ints (no -0: ints have none). */
export function intMul(a: number, b: number): number {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return bigOrSlow(a, b, "*");
}

let slowOps: Record<"+" | "-" | "*", (a: unknown, b: unknown) => unknown> | undefined;

/** builtins.ts and operators.ts hand in the untyped operators (this module imports neither). */
export function registerSlowIntOps(ops: NonNullable<typeof slowOps>): void {
  slowOps = ops;
}

function bigOrSlow(a: unknown, b: unknown, op: "+" | "-" | "*"): number {
  if (isIntOperand(a) && isIntOperand(b)) return exactIntOp(a, b, op) as number;
  return slowOps![op](a, b) as number;
}

/** `a ** b` for int operands with b >= 0, exact. */
export function exactIntPow(a: number | bigint | boolean, b: number | bigint | boolean): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (r <= MAX && r >= -MAX) return r + 0;
  }
  return normInt(toBig(a) ** toBig(b));
}

/** Python's floor division of ints, exact. */
export function bigFloorDiv(x: bigint, y: bigint): bigint {
  const q = x / y;
  return x % y !== 0n && x < 0n !== y < 0n ? q - 1n : q;
}

/** Python's modulo of ints (the divisor's sign), exact. */
export function bigMod(x: bigint, y: bigint): bigint {
  const r = x % y;
  return r !== 0n && r < 0n !== y < 0n ? r + y : r;
}

/** The double nearest to the int x / y (CPython rounds int true division correctly). */
export function bigTrueDiv(x: bigint, y: bigint): number {
  if (y < 0n) {
    x = -x;
    y = -y;
  }
  const neg = x < 0n;
  const a = neg ? -x : x;
  if (a === 0n) return 0;
  if (a <= MAX_BIG && y <= MAX_BIG) return (neg ? -1 : 1) * (Number(a) / Number(y));
  // A quotient of at least 55 bits, its lowest bit set when inexact: Number() then rounds it once, correctly.
  const shift = 55 - (a.toString(2).length - y.toString(2).length);
  const num = shift > 0 ? a << BigInt(shift) : a;
  const den = shift < 0 ? y << BigInt(-shift) : y;
  let q = num / den;
  if (num % den !== 0n) q |= 1n;
  const r = shift > 1000 ? Number(q) * 2 ** -(shift - 1000) * 2 ** -1000 : Number(q) * 2 ** -shift;
  return neg ? -r : r;
}
