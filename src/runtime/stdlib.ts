/**
 * Small pieces of Python's standard library that programs commonly import:
 * `time`, `math`, `itertools`, `random`, `string` and a minimal `os`.
 *
 * Iterators are lazy generators yielding frozen Arrays (tuples) where Python
 * yields tuples. Keyword arguments arrive as a trailing plain object
 * (`itertools.zip_longest(a, b, { fillvalue: 0 })`). `random` is CPython's
 * Mersenne Twister, so a seeded program draws the same numbers as CPython.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import * as nodeOs from "node:os";
import { IndexError, OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { add, mul } from "./operators.js";
import { time as coreTime } from "./time.js";
import { truthy } from "./numbers.js";
import { eq, hash, isOptions, popOptions, pyIterable, pyIterator, pyIteratorObject, typeName } from "./builtins.js";
import { flt, Hinted } from "./repr.js";

function tup<T extends unknown[]>(...items: T): Readonly<T> {
  return Object.freeze(items);
}

function intArg(x: unknown, name = "integer"): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return Number(x);
  void name;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function num(x: unknown): number {
  if (typeof x === "number") return x;
  if (x instanceof Hinted) return num(x.value);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x != null && typeof (x as any).__float__ === "function") return (x as any).__float__();
  if (x != null && typeof (x as any).__index__ === "function") return (x as any).__index__();
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

// ===========================================================================
// time
// ===========================================================================

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `time.struct_time`: a 9-tuple with named fields. */
export type StructTime = readonly number[] & {
  readonly tm_year: number;
  readonly tm_mon: number;
  readonly tm_mday: number;
  readonly tm_hour: number;
  readonly tm_min: number;
  readonly tm_sec: number;
  readonly tm_wday: number;
  readonly tm_yday: number;
  readonly tm_isdst: number;
  readonly tm_zone: string;
  readonly tm_gmtoff: number;
};

function structTime(d: Date, utc: boolean): StructTime {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const wday = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const yday = Math.floor((Date.UTC(y, mon - 1, mday) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  const fields = [y, mon, mday, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(), utc ? d.getUTCSeconds() : d.getSeconds(), wday, yday, utc ? 0 : isDst(d) ? 1 : 0];
  const names = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
  const arr: any = [...fields];
  names.forEach((n, i) => Object.defineProperty(arr, n, { value: fields[i], enumerable: false }));
  const gmtoff = utc ? 0 : -d.getTimezoneOffset() * 60;
  Object.defineProperty(arr, "tm_gmtoff", { value: gmtoff, enumerable: false });
  Object.defineProperty(arr, "tm_zone", { value: utc ? "UTC" : zoneName(d), enumerable: false });
  return Object.freeze(arr);
}

function isDst(d: Date): boolean {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return Math.max(jan, jul) !== d.getTimezoneOffset();
}

function zoneName(d: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName");
    return part?.value ?? "UTC";
  } catch {
    return "UTC";
  }
}

function toStruct(t: unknown): StructTime {
  if (t === undefined || t === null) return structTime(new Date(), false);
  if (Array.isArray(t)) return t as unknown as StructTime;
  throw new TypeError("Tuple or struct_time argument required");
}

const pad = (n: number, w = 2, c = "0"): string => String(n).padStart(w, c);

function weekNumber(st: StructTime, firstDay: 0 | 6): number {
  // %W: weeks starting Monday (wday 0); %U: starting Sunday (wday 6).
  const wdaySun = firstDay === 6 ? (st.tm_wday + 1) % 7 : st.tm_wday;
  return Math.floor((st.tm_yday - 1 + 7 - wdaySun) / 7);
}

/** `time.strftime(format, t=localtime())` (C locale). */
function strftime(fmt: string, t?: unknown): string {
  const st = toStruct(t);
  const [Y, m, d, H, M, S] = st as unknown as number[] as [number, number, number, number, number, number];
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const f = fmt[++i];
    switch (f) {
      case "a":
        out += DAY_NAMES[st.tm_wday]!.slice(0, 3);
        break;
      case "A":
        out += DAY_NAMES[st.tm_wday];
        break;
      case "b":
      case "h":
        out += MONTH_NAMES[m - 1]!.slice(0, 3);
        break;
      case "B":
        out += MONTH_NAMES[m - 1];
        break;
      case "c":
        out += strftime("%a %b %e %H:%M:%S %Y", st);
        break;
      case "d":
        out += pad(d);
        break;
      case "e":
        out += pad(d, 2, " ");
        break;
      case "H":
        out += pad(H);
        break;
      case "I":
        out += pad(H % 12 === 0 ? 12 : H % 12);
        break;
      case "j":
        out += pad(st.tm_yday, 3);
        break;
      case "m":
        out += pad(m);
        break;
      case "M":
        out += pad(M);
        break;
      case "p":
        out += H < 12 ? "AM" : "PM";
        break;
      case "S":
        out += pad(S);
        break;
      case "u":
        out += String(st.tm_wday + 1);
        break;
      case "w":
        out += String((st.tm_wday + 1) % 7);
        break;
      case "U":
        out += pad(weekNumber(st, 6));
        break;
      case "W":
        out += pad(weekNumber(st, 0));
        break;
      case "x":
        out += `${pad(m)}/${pad(d)}/${pad(Y % 100)}`;
        break;
      case "X":
      case "T":
        out += `${pad(H)}:${pad(M)}:${pad(S)}`;
        break;
      case "D":
        out += `${pad(m)}/${pad(d)}/${pad(Y % 100)}`;
        break;
      case "F":
        out += `${Y}-${pad(m)}-${pad(d)}`;
        break;
      case "R":
        out += `${pad(H)}:${pad(M)}`;
        break;
      case "y":
        out += pad(Y % 100);
        break;
      case "Y":
        out += String(Y);
        break;
      case "z": {
        const off = st.tm_gmtoff ?? 0;
        const a = Math.abs(off);
        out += `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case "Z":
        out += st.tm_zone ?? "";
        break;
      case "n":
        out += "\n";
        break;
      case "t":
        out += "\t";
        break;
      case "%":
        out += "%";
        break;
      default:
        out += "%" + f;
    }
  }
  return out;
}

function secondsArg(secs: unknown): Date {
  return secs === undefined || secs === null ? new Date() : new Date(num(secs) * 1000);
}

/**
 * Python's `time` module: time.ts's clocks and blocking sleep, plus the
 * calendar functions (localtime, gmtime, mktime, strftime, asctime, ctime).
 */
export const time = {
  ...coreTime,
  localtime(secs?: number | null): StructTime {
    return structTime(secondsArg(secs), false);
  },
  gmtime(secs?: number | null): StructTime {
    return structTime(secondsArg(secs), true);
  },
  mktime(t: readonly number[]): number {
    const [Y, m, d, H, M, S] = t as [number, number, number, number, number, number];
    return new Date(Y, m - 1, d, H, M, S).getTime() / 1000;
  },
  strftime,
  asctime(t?: readonly number[] | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", t ?? undefined);
  },
  ctime(secs?: number | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", structTime(secondsArg(secs), false));
  },
};

// ===========================================================================
// math
// ===========================================================================

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

function bigToNumber(b: bigint): number {
  return Number(b);
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
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
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
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  floor(x: number): number {
    if (x != null && typeof (x as any).__floor__ === "function") return (x as any).__floor__();
    return toIntegral(num(x), Math.floor);
  },
  ceil(x: number): number {
    if (x != null && typeof (x as any).__ceil__ === "function") return (x as any).__ceil__();
    return toIntegral(num(x), Math.ceil);
  },
  trunc(x: number): number {
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
    const r = a ** b;
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
    if (!Number.isFinite(v)) return tup(Number.isNaN(v) ? v : Math.sign(v) * 0, v);
    const i = Math.trunc(v);
    return tup(v - i, i);
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
  if (typeof a === "number" || typeof b === "number" || a instanceof Hinted || b instanceof Hinted) return mul(a, b);
  if ((typeof a === "number" || typeof a === "boolean") && (typeof b === "number" || typeof b === "boolean")) return Number(a) * Number(b);
  if (a != null && typeof a.__mul__ === "function") return a.__mul__(b);
  throw new TypeError(`unsupported operand type(s) for *: '${typeName(a)}' and '${typeName(b)}'`);
}

// ===========================================================================
// itertools
// ===========================================================================

// Each function checks its arguments and takes its iterators at call time, as
// CPython does (`itertools.combinations(5, 2)` fails at once), and returns a
// lazy generator that reports CPython's type name (`type(it).__name__`).

const MAXSIZE = Number.MAX_SAFE_INTEGER;

function count(start: any = 0, step: any = 1): Generator<number> {
  if (isOptions(start)) {
    step = start.step ?? 1;
    start = start.start ?? 0;
  } else if (isOptions(step)) step = step.step ?? 1;
  for (const v of [start, step]) {
    if (typeof v !== "number" && typeof v !== "boolean" && (v === null || typeof v !== "object")) throw new TypeError("a number is required");
  }
  return pyIteratorObject(countGen(start, step), "count");
}

function* countGen(start: any, step: any): Generator<number> {
  let n = start;
  for (;;) {
    yield n;
    n = add(n, step);
  }
}

function cycle<T>(iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(cycleGen(pyIterator<T>(iterable)), "cycle");
}

function* cycleGen<T>(it: Iterator<T>): Generator<T> {
  const saved: T[] = [];
  for (let r = it.next(); !r.done; r = it.next()) {
    yield r.value;
    saved.push(r.value);
  }
  if (saved.length === 0) return;
  for (;;) for (const x of saved) yield x;
}

function repeat<T>(obj: T, times?: number | null | { times?: number }): Generator<T> {
  if (isOptions(times)) times = times.times;
  const n = times === undefined || times === null ? null : Math.max(0, intArg(times));
  return pyIteratorObject(repeatGen(obj, n), "repeat");
}

function* repeatGen<T>(obj: T, times: number | null): Generator<T> {
  if (times === null) for (;;) yield obj;
  for (let i = 0; i < times; i++) yield obj;
}

function isliceArg(x: unknown, what: "Stop argument" | "Indices"): number | null {
  if (x === null || x === undefined) return null;
  if ((typeof x === "number" && Number.isInteger(x) && x >= 0) || typeof x === "boolean") return Number(x);
  throw new ValueError(`${what} for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
}

/** `islice(it, stop)` / `islice(it, start, stop[, step])`: consumes no more than it must, as CPython's. */
function islice<T>(iterable: Iterable<T>, ...args: (number | null)[]): Generator<T> {
  if (args.length === 0 || args.length > 3) throw new TypeError(`islice expected at most 4 arguments, got ${args.length + 1}`);
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (args.length === 1) stop = isliceArg(args[0], "Stop argument");
  else {
    stop = isliceArg(args[1], "Stop argument");
    start = isliceArg(args[0], "Indices") ?? 0;
    if (args.length === 3) {
      const s = args[2];
      if (s !== null && s !== undefined) {
        if (!(typeof s === "number" && Number.isInteger(s) && s > 0)) throw new ValueError("Step for islice() must be a positive integer or None.");
        step = s;
      }
    }
  }
  return pyIteratorObject(isliceGen(pyIterator<T>(iterable), start, stop ?? MAXSIZE, step), "islice");
}

function* isliceGen<T>(it: Iterator<T>, start: number, end: number, step: number): Generator<T> {
  let cnt = 0;
  let next = start;
  for (;;) {
    while (cnt < next) {
      if (it.next().done) return;
      cnt++;
    }
    if (cnt >= end) return;
    const r = it.next();
    if (r.done) return;
    cnt++;
    next += step;
    if (next > end) next = end;
    yield r.value;
  }
}

function* chainGen(iterables: Iterator<any>): Generator<any> {
  for (let o = iterables.next(); !o.done; o = iterables.next()) {
    const it = pyIterator(o.value);
    for (let r = it.next(); !r.done; r = it.next()) yield r.value;
  }
}

/** `itertools.chain(*its)`, with `chain.from_iterable(its)`; each input is iterated only when reached. */
const chain = Object.assign(
  // Python chains iterables of different element types freely ("ab" after [1, 2]).
  (...iterables: Iterable<any>[]): Generator<any> => pyIteratorObject(chainGen(iterables[Symbol.iterator]()), "chain"),
  {
    from_iterable: <T>(iterables: Iterable<Iterable<T>>): Generator<T> => pyIteratorObject(chainGen(pyIterator(iterables)), "chain"),
  },
);

function zip_longest(...args: any[]): Generator<readonly any[]> {
  const opts = popOptions(args, ["fillvalue"]);
  const fill = opts.fillvalue === undefined ? null : opts.fillvalue;
  return pyIteratorObject(zipLongestGen(args.map((a) => pyIterator(a)), fill), "zip_longest");
}

function* zipLongestGen(its: (Iterator<any> | null)[], fill: unknown): Generator<readonly any[]> {
  let active = its.length;
  if (active === 0) return;
  for (;;) {
    const vals: any[] = [];
    for (let i = 0; i < its.length; i++) {
      const it = its[i];
      if (!it) {
        vals.push(fill);
        continue;
      }
      const r = it.next();
      if (r.done) {
        its[i] = null;
        active--;
        if (active === 0) return;
        vals.push(fill);
      } else vals.push(r.value);
    }
    yield Object.freeze(vals);
  }
}

function product(...args: any[]): Generator<readonly any[]> {
  const opts = popOptions(args, ["repeat"]);
  const rep = opts.repeat === undefined ? 1 : intArg(opts.repeat);
  if (rep < 0) throw new ValueError("repeat argument cannot be negative");
  const base = args.map((a) => [...pyIterable(a)]);
  const pools: any[][] = [];
  for (let i = 0; i < rep; i++) pools.push(...base);
  return pyIteratorObject(productGen(pools), "product");
}

function* productGen(pools: any[][]): Generator<readonly any[]> {
  if (pools.some((p) => p.length === 0)) return;
  const idx = pools.map(() => 0);
  for (;;) {
    yield Object.freeze(idx.map((j, i) => pools[i]![j]));
    let i = pools.length - 1;
    while (i >= 0) {
      idx[i]!++;
      if (idx[i]! < pools[i]!.length) break;
      idx[i] = 0;
      i--;
    }
    if (i < 0) return;
  }
}

function permutations<T>(iterable: Iterable<T>, r?: number | null | { r?: number | null }): Generator<readonly T[]> {
  if (isOptions(r)) r = r.r;
  const pool = [...pyIterable<T>(iterable)];
  const k = r === undefined || r === null ? pool.length : intArg(r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(permutationsGen(pool, k), "permutations");
}

function* permutationsGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (k > n) return;
  const indices = pool.map((_, i) => i);
  const cycles: number[] = [];
  for (let i = n; i > n - k; i--) cycles.push(i);
  yield Object.freeze(indices.slice(0, k).map((i) => pool[i]!));
  if (n === 0) return;
  for (;;) {
    let i = k - 1;
    for (; i >= 0; i--) {
      cycles[i]!--;
      if (cycles[i] === 0) {
        const moved = indices.splice(i, 1)[0]!;
        indices.push(moved);
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        const a = indices[i]!;
        indices[i] = indices[n - j]!;
        indices[n - j] = a;
        yield Object.freeze(indices.slice(0, k).map((x) => pool[x]!));
        break;
      }
    }
    if (i < 0) return;
  }
}

function combinations<T>(iterable: Iterable<T>, r: number | { r: number }): Generator<readonly T[]> {
  const pool = [...pyIterable<T>(iterable)];
  const k = intArg(isOptions(r) ? r.r : r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(combinationsGen(pool, k), "combinations");
}

function* combinationsGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (k > n) return;
  const indices = Array.from({ length: k }, (_, i) => i);
  yield Object.freeze(indices.map((i) => pool[i]!));
  for (;;) {
    let i = k - 1;
    while (i >= 0 && indices[i] === i + n - k) i--;
    if (i < 0) return;
    indices[i]!++;
    for (let j = i + 1; j < k; j++) indices[j] = indices[j - 1]! + 1;
    yield Object.freeze(indices.map((x) => pool[x]!));
  }
}

function combinations_with_replacement<T>(iterable: Iterable<T>, r: number | { r: number }): Generator<readonly T[]> {
  const pool = [...pyIterable<T>(iterable)];
  const k = intArg(isOptions(r) ? r.r : r);
  if (k < 0) throw new ValueError("r must be non-negative");
  return pyIteratorObject(cwrGen(pool, k), "combinations_with_replacement");
}

function* cwrGen<T>(pool: T[], k: number): Generator<readonly T[]> {
  const n = pool.length;
  if (n === 0 && k > 0) return;
  const indices = new Array<number>(k).fill(0);
  yield Object.freeze(indices.map((i) => pool[i]!));
  for (;;) {
    let i = k - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return;
    const v = indices[i]! + 1;
    for (let j = i; j < k; j++) indices[j] = v;
    yield Object.freeze(indices.map((x) => pool[x]!));
  }
}

/** `accumulate(iterable[, func], *, initial=None)` */
function accumulate(iterable: Iterable<any>, ...rest: any[]): Generator<any> {
  const opts = popOptions(rest, ["func", "initial"]);
  const func: ((a: any, b: any) => any) | null = rest[0] ?? opts.func ?? null;
  const initial = opts.initial ?? rest[1] ?? null;
  return pyIteratorObject(accumulateGen(pyIterator(iterable), func, initial), "accumulate");
}

function* accumulateGen(it: Iterator<any>, func: ((a: any, b: any) => any) | null, initial: unknown): Generator<any> {
  let total: any;
  if (initial !== null && initial !== undefined) {
    total = initial;
    yield total;
  } else {
    const first = it.next();
    if (first.done) return;
    total = first.value;
    yield total;
  }
  for (let r = it.next(); !r.done; r = it.next()) {
    total = func ? func(total, r.value) : add(total, r.value);
    yield total;
  }
}

/** `itertools.groupby(iterable, key=None)`: (key, group iterator) tuples sharing one source, as CPython's. */
function groupby<T, K = T>(iterable: Iterable<T>, key?: ((x: T) => K) | null | { key?: ((x: T) => K) | null }): Generator<readonly [K, Generator<T>]> {
  if (isOptions(key)) key = (key as { key?: ((x: T) => K) | null }).key;
  const keyfunc = (key ?? ((x: T) => x as unknown as K)) as (x: T) => K;
  return pyIteratorObject(groupbyGen(pyIterator<T>(iterable), keyfunc), "groupby");
}

function* groupbyGen<T, K>(it: Iterator<T>, keyfunc: (x: T) => K): Generator<readonly [K, Generator<T>]> {
  const UNSET = {};
  let tgtkey: any = UNSET;
  let currkey: any = UNSET;
  let currvalue: any = UNSET;
  let groupId = {};
  const same = (a: any, b: any): boolean => a === b || (a !== UNSET && b !== UNSET && eq(a, b));
  function* grouper(tgt: any, id: object): Generator<T> {
    while (groupId === id && same(currkey, tgt)) {
      yield currvalue;
      const r = it.next();
      if (r.done) return;
      currvalue = r.value;
      currkey = keyfunc(currvalue);
    }
  }
  for (;;) {
    groupId = {};
    while (same(currkey, tgtkey)) {
      const r = it.next();
      if (r.done) return;
      currvalue = r.value;
      currkey = keyfunc(currvalue);
    }
    tgtkey = currkey;
    yield Object.freeze([currkey, pyIteratorObject(grouper(tgtkey, groupId), "_grouper")]) as readonly [K, Generator<T>];
  }
}

function takewhile<T>(pred: (x: T) => unknown, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(takewhileGen(pred, pyIterator<T>(iterable)), "takewhile");
}

function* takewhileGen<T>(pred: (x: T) => unknown, it: Iterator<T>): Generator<T> {
  for (let r = it.next(); !r.done; r = it.next()) {
    if (!truthy(pred(r.value))) return;
    yield r.value;
  }
}

function dropwhile<T>(pred: (x: T) => unknown, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(dropwhileGen(pred, pyIterator<T>(iterable)), "dropwhile");
}

function* dropwhileGen<T>(pred: (x: T) => unknown, it: Iterator<T>): Generator<T> {
  let dropping = true;
  for (let r = it.next(); !r.done; r = it.next()) {
    if (dropping && truthy(pred(r.value))) continue;
    dropping = false;
    yield r.value;
  }
}

function filterfalse<T>(pred: ((x: T) => unknown) | null, iterable: Iterable<T>): Generator<T> {
  return pyIteratorObject(filterfalseGen(pred, pyIterator<T>(iterable)), "filterfalse");
}

function* filterfalseGen<T>(pred: ((x: T) => unknown) | null, it: Iterator<T>): Generator<T> {
  for (let r = it.next(); !r.done; r = it.next()) if (!truthy(pred == null ? r.value : pred(r.value))) yield r.value;
}

function compress<T>(data: Iterable<T>, selectors: Iterable<unknown>): Generator<T> {
  return pyIteratorObject(compressGen(pyIterator<T>(data), pyIterator(selectors)), "compress");
}

function* compressGen<T>(d: Iterator<T>, s: Iterator<unknown>): Generator<T> {
  for (;;) {
    const a = d.next();
    if (a.done) return;
    const b = s.next();
    if (b.done) return;
    if (truthy(b.value)) yield a.value;
  }
}

function starmap<R>(fn: (...args: any[]) => R, iterable: Iterable<Iterable<any>>): Generator<R> {
  return pyIteratorObject(starmapGen(fn, pyIterator(iterable)), "starmap");
}

function* starmapGen<R>(fn: (...args: any[]) => R, it: Iterator<any>): Generator<R> {
  for (let r = it.next(); !r.done; r = it.next()) yield fn(...pyIterable(r.value));
}

function pairwise<T>(iterable: Iterable<T>): Generator<readonly [T, T]> {
  return pyIteratorObject(pairwiseGen(pyIterator<T>(iterable)), "pairwise");
}

function* pairwiseGen<T>(it: Iterator<T>): Generator<readonly [T, T]> {
  let a = it.next();
  if (a.done) return;
  for (let b = it.next(); !b.done; b = it.next()) {
    yield tup(a.value, b.value);
    a = b;
  }
}

function batched<T>(iterable: Iterable<T>, n: number): Generator<readonly T[]> {
  const size = intArg(n);
  if (size < 1) throw new ValueError("n must be at least one");
  return pyIteratorObject(batchedGen(pyIterator<T>(iterable), size), "batched");
}

function* batchedGen<T>(it: Iterator<T>, size: number): Generator<readonly T[]> {
  for (;;) {
    const batch: T[] = [];
    while (batch.length < size) {
      const r = it.next();
      if (r.done) break;
      batch.push(r.value);
    }
    if (batch.length === 0) return;
    yield Object.freeze(batch);
    if (batch.length < size) return;
  }
}

/** `itertools.tee(iterable, n=2)`: n independent iterators over one source. */
function tee<T>(iterable: Iterable<T>, n: number = 2): readonly Generator<T>[] {
  const count = intArg(n);
  if (count < 0) throw new ValueError("n must be >= 0");
  const src = pyIterator<T>(iterable);
  const buffers: T[][] = Array.from({ length: count }, () => []);
  let done = false;
  function* one(buf: T[]): Generator<T> {
    for (;;) {
      if (buf.length === 0) {
        if (done) return;
        const r = src.next();
        if (r.done) {
          done = true;
          return;
        }
        for (const b of buffers) b.push(r.value);
      }
      yield buf.shift()!;
    }
  }
  return Object.freeze(buffers.map((b) => pyIteratorObject(one(b), "_tee")));
}

/** Python's `itertools` module (lazy generators; tuples are frozen Arrays). */
export const itertools = {
  count: count as (start?: number | { start?: number; step?: number }, step?: number) => Generator<number>,
  cycle,
  repeat,
  islice,
  chain,
  zip_longest: zip_longest as (...args: any[]) => Generator<readonly any[]>,
  product: product as (...args: any[]) => Generator<readonly any[]>,
  permutations,
  combinations,
  combinations_with_replacement,
  accumulate: accumulate as <T>(iterable: Iterable<T>, func?: ((a: T, b: T) => T) | null | { func?: (a: T, b: T) => T; initial?: T }, opts?: { initial?: T }) => Generator<T>,
  groupby,
  takewhile,
  dropwhile,
  filterfalse,
  compress,
  starmap,
  pairwise,
  batched,
  tee,
};

// ===========================================================================
// random: CPython's MT19937, seeded the way CPython seeds it
// ===========================================================================

const N = 624;
const M = 397;

function bitLength(n: number): number {
  let bits = 0;
  let v = Math.abs(n);
  while (v >= 4294967296) {
    v = Math.floor(v / 4294967296);
    bits += 32;
  }
  return bits + (v === 0 ? 0 : 32 - Math.clz32(v));
}

/** Python's `random.Random`. */
export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  private gaussNext: number | null = null;

  constructor(seed?: unknown) {
    this.seed(seed);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `seed(a=None)`: ints, strings and None seed exactly as CPython does. */
  seed(a?: unknown): null {
    this.gaussNext = null;
    if (isOptions(a)) a = a.a;
    if (a === undefined || a === null) {
      const bytes = randomBytes(N * 4);
      const key: number[] = [];
      for (let i = 0; i < N; i++) key.push(bytes.readUInt32LE(i * 4));
      this.initByArray(key);
      return null;
    }
    let big: bigint;
    if (typeof a === "string") {
      const bytes = Buffer.from(a, "utf8");
      const digest = createHash("sha512").update(bytes).digest();
      big = BigInt("0x" + (Buffer.concat([bytes, digest]).toString("hex") || "0"));
    } else if (typeof a === "bigint") big = a;
    else if (typeof a === "boolean") big = a ? 1n : 0n;
    else if (typeof a === "number" && Number.isInteger(a)) big = BigInt(a);
    else big = BigInt(hash(a));
    if (big < 0n) big = -big;
    const key: number[] = [];
    while (big > 0n) {
      key.push(Number(big & 0xffffffffn));
      big >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
    return null;
  }

  /** A float in [0.0, 1.0). */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): number {
    const bits = intArg(k);
    if (bits < 0) throw new ValueError("number of bits must be non-negative");
    if (bits === 0) return 0;
    if (bits <= 32) return this.genrand() >>> (32 - bits);
    let result = 0n;
    let shift = 0n;
    for (let left = bits; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return Number(result);
  }

  private randbelow(n: number): number {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: number, stop?: number | null, step: number = 1): number {
    const istart = intArg(start);
    if (stop === undefined || stop === null) {
      if (step !== 1) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = intArg(stop);
    const width = istop - istart;
    const istep = intArg(step);
    if (istep === 1) {
      if (width > 0) return istart + this.randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this.randbelow(n);
  }

  randint(a: number, b: number): number {
    return this.randrange(a, intArg(b) + 1);
  }

  choice<T>(seq: ArrayLike<T> | Iterable<T>): T {
    const items: any = typeof seq === "string" ? Array.from(seq) : Array.isArray(seq) ? seq : [...pyIterable(seq)];
    if (items.length === 0) throw new IndexError("Cannot choose from an empty sequence");
    return items[this.randbelow(items.length)];
  }

  shuffle<T>(x: T[]): null {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
    return null;
  }

  sample<T>(population: Iterable<T>, k: number | { k: number }, opts?: { counts?: Iterable<number> }): T[] {
    if (isOptions(k)) {
      opts = k as { counts?: Iterable<number> };
      k = (k as { k: number }).k;
    }
    let pop: T[] = typeof population === "string" ? (Array.from(population) as T[]) : [...pyIterable<T>(population)];
    if (opts?.counts) {
      const counts = [...pyIterable(opts.counts)];
      if (counts.length !== pop.length) throw new ValueError("The number of counts does not match the population");
      const expanded: T[] = [];
      pop.forEach((p, i) => {
        for (let c = 0; c < counts[i]; c++) expanded.push(p);
      });
      pop = expanded;
    }
    const n = pop.length;
    const want = intArg(k);
    if (want < 0 || want > n) throw new ValueError("Sample larger than population or is negative");
    const result: T[] = new Array(want);
    let setsize = 21;
    if (want > 5) setsize += 4 ** Math.ceil(Math.log(want * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = [...pop];
      for (let i = 0; i < want; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < want; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = pop[j]!;
      }
    }
    return result;
  }

  choices<T>(population: ArrayLike<T> | Iterable<T>, weights?: Iterable<number> | null | { weights?: Iterable<number> | null; cum_weights?: Iterable<number> | null; k?: number }, opts: { cum_weights?: Iterable<number> | null; k?: number } = {}): T[] {
    if (isOptions(weights)) {
      opts = weights as { cum_weights?: Iterable<number> | null; k?: number };
      weights = (weights as { weights?: Iterable<number> | null }).weights ?? null;
    }
    const pop: T[] = typeof population === "string" ? (Array.from(population) as T[]) : Array.isArray(population) ? population : [...pyIterable<T>(population as Iterable<T>)];
    const n = pop.length;
    const k = opts.k === undefined ? 1 : intArg(opts.k);
    let cum: number[] | null = opts.cum_weights == null ? null : [...pyIterable<number>(opts.cum_weights)];
    if (cum === null) {
      if (weights == null) {
        const out: T[] = [];
        for (let i = 0; i < k; i++) out.push(pop[Math.floor(this.random() * n)]!);
        return out;
      }
      cum = [];
      let acc = 0;
      for (const w of pyIterable<number>(weights as Iterable<number>)) {
        acc += num(w);
        cum.push(acc);
      }
    } else if (weights != null) throw new TypeError("Cannot specify both weights and cumulative weights");
    if (cum.length !== n) throw new ValueError("The number of weights does not match the population");
    const total = cum[cum.length - 1]! + 0.0;
    if (total <= 0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = n - 1;
    const out: T[] = [];
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (x < cum[mid]!) h = mid;
        else lo = mid + 1;
      }
      out.push(pop[lo]!);
    }
    return out;
  }

  uniform(a: number, b: number): number {
    return num(a) + (num(b) - num(a)) * this.random();
  }

  triangular(low: number = 0, high: number = 1, mode: number | null = null): number {
    let u = this.random();
    let lo = num(low);
    let hi = num(high);
    let c: number;
    if (hi === lo) return lo;
    c = mode === null ? 0.5 : (num(mode) - lo) / (hi - lo);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [lo, hi] = [hi, lo];
    }
    return lo + (hi - lo) * Math.sqrt(u * c);
  }

  gauss(mu: number = 0, sigma: number = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return num(mu) + z * num(sigma);
  }

  normalvariate(mu: number = 0, sigma: number = 1): number {
    const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2);
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4;
      if (zz <= -Math.log(u2)) break;
    }
    return num(mu) + z * num(sigma);
  }

  lognormvariate(mu: number, sigma: number): number {
    return Math.exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number = 1): number {
    return -Math.log(1 - this.random()) / num(lambd);
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1);
    if (y) return y / (y + this.gammavariate(beta, 1));
    return 0;
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0 || beta <= 0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
    const LOG4 = Math.log(4);
    const SG_MAGICCONST = 1 + Math.log(4.5);
    if (alpha > 1) {
      const ainv = Math.sqrt(2 * alpha - 1);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1 - this.random();
        const v = Math.log(u1 / (1 - u1)) / ainv;
        const x = alpha * Math.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= Math.log(z)) return x * beta;
      }
    }
    if (alpha === 1) return -Math.log(1 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1 ? p ** (1 / alpha) : -Math.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1) {
        if (u1 <= x ** (alpha - 1)) break;
      } else if (u1 <= Math.exp(-x)) break;
    }
    return x * beta;
  }

  getstate(): readonly unknown[] {
    return tup(3, tup(...this.mt, this.mti), this.gaussNext);
  }

  setstate(state: readonly any[]): null {
    const inner = state[1] as number[];
    for (let i = 0; i < N; i++) this.mt[i] = inner[i]!;
    this.mti = inner[N]!;
    this.gaussNext = state[2] ?? null;
    return null;
  }
}

/** `random.Random(seed)`, callable with or without `new`. */
export const Random = function Random(seed?: unknown): PyRandom {
  return new PyRandom(seed);
} as unknown as { new (seed?: unknown): PyRandom; (seed?: unknown): PyRandom };

const shared = new PyRandom();

/** Python's `random` module (CPython's generator: seeded runs match CPython). */
export const random = {
  Random,
  seed: (a?: unknown) => shared.seed(a),
  random: () => shared.random(),
  getrandbits: (k: number) => shared.getrandbits(k),
  randrange: (start: number, stop?: number | null, step?: number) => shared.randrange(start, stop, step),
  randint: (a: number, b: number) => shared.randint(a, b),
  choice: <T>(seq: ArrayLike<T> | Iterable<T>): T => shared.choice(seq),
  choices: <T>(population: ArrayLike<T> | Iterable<T>, weights?: any, opts?: any): T[] => shared.choices(population, weights, opts),
  shuffle: <T>(x: T[]) => shared.shuffle(x),
  sample: <T>(population: Iterable<T>, k: number | { k: number }, opts?: { counts?: Iterable<number> }): T[] => shared.sample(population, k, opts),
  uniform: (a: number, b: number) => shared.uniform(a, b),
  triangular: (low?: number, high?: number, mode?: number | null) => shared.triangular(low, high, mode),
  gauss: (mu?: number, sigma?: number) => shared.gauss(mu, sigma),
  normalvariate: (mu?: number, sigma?: number) => shared.normalvariate(mu, sigma),
  lognormvariate: (mu: number, sigma: number) => shared.lognormvariate(mu, sigma),
  expovariate: (lambd?: number) => shared.expovariate(lambd),
  betavariate: (a: number, b: number) => shared.betavariate(a, b),
  gammavariate: (a: number, b: number) => shared.gammavariate(a, b),
  getstate: () => shared.getstate(),
  setstate: (s: readonly any[]) => shared.setstate(s),
};

// ===========================================================================
// string
// ===========================================================================

/** Python's `string` module constants (and capwords). */
export const string = {
  ascii_letters: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ascii_lowercase: "abcdefghijklmnopqrstuvwxyz",
  ascii_uppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  hexdigits: "0123456789abcdefABCDEF",
  octdigits: "01234567",
  punctuation: "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
  whitespace: " \t\n\r\x0b\x0c",
  printable: "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c",
  /** `string.capwords(s, sep=None)` */
  capwords(s: string, sep: string | null = null): string {
    const words = sep === null ? s.split(/[ \t\n\r\x0b\x0c]+/).filter((w) => w !== "") : s.split(sep);
    const cap = (w: string) => (w ? w[0]!.toUpperCase() + w.slice(1).toLowerCase() : w);
    return words.map(cap).join(sep ?? " ");
  },
};

// ===========================================================================
// os
// ===========================================================================

/** `os.environ`: a dict that writes through to the process environment. */
class Environ extends Map<string, string> {
  constructor() {
    super();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) super.set(k, v);
  }
  override set(k: string, v: string): this {
    if (typeof k !== "string" || typeof v !== "string") throw new TypeError(`str expected, not ${typeName(typeof k !== "string" ? k : v)}`);
    process.env[k] = v;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    delete process.env[k];
    return super.delete(k);
  }
}

function posixJoin(a: string, ...parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function normpath(p: string): string {
  if (p === "") return ".";
  const initial = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
  const out: string[] = [];
  for (const comp of p.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const joined = "/".repeat(initial) + out.join("/");
  return joined || ".";
}

const osPath = {
  sep: "/",
  join: posixJoin,
  basename(p: string): string {
    return p.slice(p.lastIndexOf("/") + 1);
  },
  dirname(p: string): string {
    const i = p.lastIndexOf("/") + 1;
    let head = p.slice(0, i);
    if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
    return head;
  },
  split(p: string): readonly [string, string] {
    return tup(osPath.dirname(p), osPath.basename(p));
  },
  splitext(p: string): readonly [string, string] {
    const sepIndex = p.lastIndexOf("/");
    const dotIndex = p.lastIndexOf(".");
    if (dotIndex > sepIndex) {
      for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== ".") return tup(p.slice(0, dotIndex), p.slice(dotIndex));
    }
    return tup(p, "");
  },
  normpath,
  abspath(p: string): string {
    return normpath(posixJoin(process.cwd(), p));
  },
  isabs(p: string): boolean {
    return p.startsWith("/");
  },
  exists(p: string): boolean {
    return existsSync(p);
  },
  isfile(p: string): boolean {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
  isdir(p: string): boolean {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  getsize(p: string): number {
    return statSync(p).size;
  },
  expanduser(p: string): string {
    return p === "~" || p.startsWith("~/") ? nodeOs.homedir() + p.slice(1) : p;
  },
  relpath(p: string, start: string = process.cwd()): string {
    return nodePath.posix.relative(osPath.abspath(start), osPath.abspath(p)) || ".";
  },
};

/** A minimal `os`: environment, paths, cwd. */
export const os = {
  name: "posix",
  sep: "/",
  linesep: "\n",
  environ: new Environ() as Map<string, string>,
  path: osPath,
  /** `os.getenv(key, default=None)` */
  getenv<D = null>(key: string, dflt?: D): string | D | null {
    const v = process.env[key];
    return v === undefined ? (dflt === undefined ? null : dflt) : v;
  },
  getcwd(): string {
    return process.cwd();
  },
  getpid(): number {
    return process.pid;
  },
  cpu_count(): number {
    return nodeOs.cpus().length;
  },
  listdir(p: string = "."): string[] {
    return readdirSync(p);
  },
};

