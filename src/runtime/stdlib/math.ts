/**
 * Python's `math` module, with CPython's errors: a domain error is a
 * ValueError, an overflow an OverflowError; integer functions work on bigints.
 */
import { normInt } from "../bigints.js";
import { floatPow } from "../float-pow.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "../exceptions.js";
import { pyIterable, typeName } from "../builtins.js";
import { flt, Hinted } from "../repr.js";
import { mul } from "../operators.js";
import { intArg, num, tup } from "./args.js";
import { gamma, lgamma } from "./gamma.js";
import { erf, erfc } from "./erf.js";

const domainError = (): never => {
  throw new ValueError("math domain error");
};
const rangeError = (): never => {
  throw new OverflowError("math range error");
};

/** CPython's math_1: NaN from a non-NaN is a domain error, inf from finite a range error. */
function math1(fn: (x: number) => number, canOverflow: boolean): (x: number) => number {
  return (x: number) => {
    const v = num(x);
    const r = fn(v);
    if (Number.isNaN(r) && !Number.isNaN(v)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(v)) {
      if (canOverflow) rangeError();
      domainError();
    }
    return r;
  };
}

function toIntegral(x: number, fn: (x: number) => number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  const r = fn(x);
  return r === 0 ? 0 : r;
}

function bigOf(x: unknown, what: string): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "number" && Number.isInteger(x)) return BigInt(x);
  void what;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** An exact int result: a number while safe, a bigint past 2**53 (see bigints.ts). */
function bigToNumber(b: bigint): number {
  return normInt(b) as number;
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function factorialBig(n: bigint): bigint {
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return r;
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's method from above: exact for any size (a double's square root overflows past 1e308).
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Shewchuk's exact summation with CPython's final half-even correction. */
function fsum(iterable: Iterable<number>): number {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const item of pyIterable(iterable)) {
    let x = num(item);
    const xsave = x;
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new OverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw new ValueError("-inf + inf in fsum");
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

/** Python's `math` module. */
export const math = {
  gamma: (x: unknown): number => gamma(num(x)),
  lgamma: (x: unknown): number => lgamma(num(x)),
  erf: (x: unknown): number => erf(num(x)),
  erfc: (x: unknown): number => erfc(num(x)),
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  floor(x: unknown): number {
    if (x != null && typeof (x as any).__floor__ === "function") return (x as any).__floor__();
    return toIntegral(num(x), Math.floor);
  },
  ceil(x: unknown): number {
    if (x != null && typeof (x as any).__ceil__ === "function") return (x as any).__ceil__();
    return toIntegral(num(x), Math.ceil);
  },
  trunc(x: unknown): number {
    if (x != null && typeof (x as any).__trunc__ === "function") return (x as any).__trunc__();
    return toIntegral(num(x), Math.trunc);
  },
  sqrt: math1(Math.sqrt, false),
  cbrt: math1(Math.cbrt, false),
  exp: math1(Math.exp, true),
  exp2: math1((x) => 2 ** x, true),
  expm1: math1(Math.expm1, true),
  /** `math.log(x[, base])` */
  log(x: number, base?: number): number {
    const v = num(x);
    if (v <= 0 || Number.isNaN(v)) {
      if (Number.isNaN(v)) return NaN;
      domainError();
    }
    if (base === undefined || base === null) return Math.log(v);
    const b = num(base);
    if (b <= 0) domainError();
    const lb = Math.log(b);
    if (lb === 0) throw new ZeroDivisionError("float division by zero");
    return Math.log(v) / lb;
  },
  log2(x: number): number {
    const v = num(x);
    if (v <= 0) domainError();
    return Math.log2(v);
  },
  log10(x: number): number {
    const v = num(x);
    if (v <= 0) domainError();
    return Math.log10(v);
  },
  log1p(x: number): number {
    const v = num(x);
    if (v <= -1) domainError();
    return Math.log1p(v);
  },
  pow(x: number, y: number): number {
    const a = num(x);
    const b = num(y);
    if (a === 1 || b === 0) return 1;
    if (a === 0 && b < 0) domainError();
    const r = floatPow(a, b);
    if (Number.isNaN(r) && !Number.isNaN(a) && !Number.isNaN(b)) domainError();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(a) && Number.isFinite(b)) rangeError();
    return r;
  },
  sin: math1(Math.sin, false),
  cos: math1(Math.cos, false),
  tan: math1(Math.tan, false),
  asin: math1(Math.asin, false),
  acos: math1(Math.acos, false),
  atan: math1(Math.atan, false),
  sinh: math1(Math.sinh, true),
  cosh: math1(Math.cosh, true),
  tanh: math1(Math.tanh, false),
  asinh: math1(Math.asinh, false),
  acosh: math1(Math.acosh, false),
  atanh: math1(Math.atanh, false),
  atan2(y: number, x: number): number {
    return Math.atan2(num(y), num(x));
  },
  hypot(...coords: number[]): number {
    return Math.hypot(...coords.map(num));
  },
  dist(p: Iterable<number>, q: Iterable<number>): number {
    const a = [...pyIterable(p)].map(num);
    const b = [...pyIterable(q)].map(num);
    if (a.length !== b.length) throw new ValueError("both points must have the same number of dimensions");
    return Math.hypot(...a.map((v, i) => v - b[i]!));
  },
  degrees(x: number): number {
    return (num(x) * 180) / Math.PI;
  },
  radians(x: number): number {
    return (num(x) * Math.PI) / 180;
  },
  fabs(x: number): number {
    return Math.abs(num(x));
  },
  copysign(x: number, y: number): number {
    const a = Math.abs(num(x));
    const b = num(y);
    return b < 0 || Object.is(b, -0) ? -a : a;
  },
  fmod(x: number, y: number): number {
    const a = num(x);
    const b = num(y);
    if (b === 0 && !Number.isNaN(a)) domainError();
    if (!Number.isFinite(a) && !Number.isNaN(a)) domainError();
    return a % b;
  },
  remainder(x: number, y: number): number {
    const a = num(x);
    const b = num(y);
    if (b === 0 || !Number.isFinite(a)) domainError();
    const n = Math.round(a / b);
    const r = a - n * b;
    // ties go to the even quotient
    if (Math.abs(r) === Math.abs(b) / 2) {
      const q = Math.trunc(a / b);
      return a - (q % 2 === 0 ? q : q + Math.sign(a / b)) * b;
    }
    return r;
  },
  modf(x: number): readonly [number, number] {
    const v = num(x);
    // Both parts are floats, 0.0 included: (0.0, 2.0), as CPython prints them.
    if (!Number.isFinite(v)) return tup(flt(Number.isNaN(v) ? v : Math.sign(v) * 0), flt(v));
    const i = Math.trunc(v);
    return tup(flt(v - i), flt(i));
  },
  frexp(x: number): readonly [number, number] {
    let v = num(x);
    if (v === 0 || !Number.isFinite(v)) return tup(v, 0);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(v))) + 1);
    let m = v * 2 ** -e;
    while (Math.abs(m) < 0.5) {
      m *= 2;
      e--;
    }
    while (Math.abs(m) >= 1) {
      m /= 2;
      e++;
    }
    v = m;
    return tup(v, e);
  },
  ldexp(x: number, i: number): number {
    const r = num(x) * 2 ** intArg(i);
    if (!Number.isFinite(r) && Number.isFinite(num(x))) rangeError();
    return r;
  },
  isfinite(x: number): boolean {
    return Number.isFinite(num(x));
  },
  isinf(x: number): boolean {
    const v = num(x);
    return v === Infinity || v === -Infinity;
  },
  isnan(x: number): boolean {
    return Number.isNaN(num(x));
  },
  /** `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)` */
  isclose(a: number, b: number, opts: { rel_tol?: number; abs_tol?: number } = {}): boolean {
    const x = num(a);
    const y = num(b);
    const rel = opts.rel_tol ?? 1e-9;
    const abs = opts.abs_tol ?? 0;
    if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
    if (x === y) return true;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  },
  gcd(...ints: number[]): number {
    let g = 0n;
    for (const i of ints) g = gcd2(g, bigOf(i, "gcd"));
    return bigToNumber(g);
  },
  lcm(...ints: number[]): number {
    if (ints.length === 0) return 1;
    let l = 1n;
    for (const i of ints) {
      const b = bigOf(i, "lcm");
      if (b === 0n) return 0;
      l = (l * (b < 0n ? -b : b)) / gcd2(l, b);
    }
    return bigToNumber(l);
  },
  factorial(n: number): number {
    const b = bigOf(n, "factorial");
    if (b < 0n) throw new ValueError("factorial() not defined for negative values");
    return bigToNumber(factorialBig(b));
  },
  comb(n: number, k: number): number {
    const N = bigOf(n, "comb");
    const K = bigOf(k, "comb");
    if (N < 0n) throw new ValueError("n must be a non-negative integer");
    if (K < 0n) throw new ValueError("k must be a non-negative integer");
    if (K > N) return 0;
    const kk = K > N - K ? N - K : K;
    let r = 1n;
    for (let i = 1n; i <= kk; i++) r = (r * (N - kk + i)) / i;
    return bigToNumber(r);
  },
  perm(n: number, k?: number | null): number {
    const N = bigOf(n, "perm");
    const K = k === undefined || k === null ? N : bigOf(k, "perm");
    if (N < 0n) throw new ValueError("n must be a non-negative integer");
    if (K < 0n) throw new ValueError("k must be a non-negative integer");
    if (K > N) return 0;
    let r = 1n;
    for (let i = 0n; i < K; i++) r *= N - i;
    return bigToNumber(r);
  },
  isqrt(n: number): number {
    const b = bigOf(n, "isqrt");
    if (b < 0n) throw new ValueError("isqrt() argument must be nonnegative");
    return bigToNumber(isqrtBig(b));
  },
  /** `math.prod(iterable, *, start=1)` */
  prod(iterable: Iterable<any>, opts: { start?: any } = {}): any {
    let acc: any = opts.start ?? 1;
    for (const x of pyIterable(iterable)) acc = mulAny(acc, x);
    return acc;
  },
  fsum,
  /** `math.sumprod(p, q)` (3.12) */
  sumprod(p: Iterable<number>, q: Iterable<number>): number {
    const a = [...pyIterable(p)];
    const b = [...pyIterable(q)];
    if (a.length !== b.length) throw new ValueError("Inputs are not the same length");
    let s = 0;
    for (let i = 0; i < a.length; i++) s += num(a[i]) * num(b[i]);
    return s;
  },
  nextafter(x: number, y: number): number {
    const a = num(x);
    const b = num(y);
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    if (a === b) return b;
    if (a === 0) return b > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, a);
    let bits = buf.getBigUint64(0);
    bits += (b > a) === (a > 0) ? 1n : -1n;
    buf.setBigUint64(0, bits);
    return buf.getFloat64(0);
  },
  ulp(x: number): number {
    const v = Math.abs(num(x));
    if (!Number.isFinite(v)) return v;
    return math.nextafter(v, Infinity) - v;
  },
};

// Float results carry their float-ness at run time: math.sqrt(16) is 4.0 (see PyFloat in repr.ts).
for (const name of ["sqrt", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "pow", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "atan2", "hypot", "dist", "degrees", "radians", "fabs", "copysign", "fmod", "remainder", "ldexp", "nextafter", "ulp", "fsum"] as const) {
  const m = math as unknown as Record<string, (...args: unknown[]) => number>;
  const f = m[name];
  if (typeof f === "function") m[name] = (...args: unknown[]) => flt(f.apply(math, args));
}

function mulAny(a: any, b: any): any {
  // Floats (boxed or not) keep their float-ness through the runtime's own mul.
  if (typeof a === "number" || typeof b === "number" || typeof a === "bigint" || typeof b === "bigint" || a instanceof Hinted || b instanceof Hinted) return mul(a, b);
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) * Number(b);
  if (a != null && typeof a.__mul__ === "function") return a.__mul__(b);
  throw new TypeError(`unsupported operand type(s) for *: '${typeName(a)}' and '${typeName(b)}'`);
}
