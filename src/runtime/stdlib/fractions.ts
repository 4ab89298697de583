/**
 * Python's `fractions`: Fraction with a bigint numerator and denominator in
 * lowest terms (denominator positive), so arithmetic is exact at any size.
 * Its ints leave as numbers when they fit (see exact.ts). The operators are
 * CPython's: with ints and Fractions the result is a Fraction, with a float
 * it is a float; comparisons with floats go through the float's exact ratio;
 * the hash is CPython's, so Fraction(2) and 2 are one dict key.
 */
import { TypeError, ValueError, ZeroDivisionError } from "../exceptions.js";
import { NotImplemented } from "../builtins.js";
import { flt, pyTypeName, tuple } from "../repr.js";
import { absBig, big, floatOf, floatRatio, floorDiv, floorMod, gcd, isFloat, isInt, ratioToFloat, toInt } from "./exact.js";

const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;

/** CPython's 3.11 pattern (its fractional part written as `\d*` rather than the stdlib's literal `d*`, which matches the same strings). */
const RATIONAL = /^\s*(?<sign>[-+]?)(?=\d|\.\d)(?<num>\d*|\d+(?:_\d+)*)(?:(?:\s*\/\s*(?<denom>\d+(?:_\d+)*))?|(?:\.(?<dec>\d*|\d+(?:_\d+)*))?(?:e(?<exp>[-+]?\d+(?:_\d+)*))?)\s*$/i;

/** A Decimal (or anything with an exact ratio) passed to Fraction(). */
interface HasRatio {
  as_integer_ratio(): readonly [number | bigint, number | bigint];
}

function hasRatio(x: unknown): x is HasRatio {
  return x !== null && typeof x === "object" && typeof (x as HasRatio).as_integer_ratio === "function" && (x as { __tsyncio_decimal__?: boolean }).__tsyncio_decimal__ === true;
}

function parse(s: string): [bigint, bigint] {
  const m = RATIONAL.exec(s);
  if (!m) throw new ValueError(`Invalid literal for Fraction: '${s}'`);
  const g = m.groups!;
  let n = BigInt((g.num || "0").replace(/_/g, ""));
  let d = 1n;
  if (g.denom !== undefined) {
    d = BigInt(g.denom.replace(/_/g, ""));
    if (d === 0n) throw new ZeroDivisionError(`Fraction(${n}, 0)`);
  } else {
    if (g.dec) {
      const dec = g.dec.replace(/_/g, "");
      const scale = 10n ** BigInt(dec.length);
      n = n * scale + BigInt(dec);
      d *= scale;
    }
    if (g.exp !== undefined) {
      const e = Number(g.exp.replace(/_/g, ""));
      if (e >= 0) n *= 10n ** BigInt(e);
      else d *= 10n ** BigInt(-e);
    }
  }
  if (g.sign === "-") n = -n;
  return [n, d];
}

/** What a Rational operand is worth as a ratio, or null for a non-Rational. */
function ratioOf(x: unknown): [bigint, bigint] | null {
  if (x instanceof Fraction) return [x.n, x.d];
  if (isInt(x) && !isFloat(x)) return [big(x), 1n];
  return null;
}

export class Fraction {
  /** @internal */ n: bigint;
  /** @internal */ d: bigint;

  constructor(numerator: unknown = 0, denominator: unknown = null) {
    let n: bigint;
    let d: bigint;
    if (denominator === null || denominator === undefined) {
      const r = ratioOf(numerator);
      if (r) [n, d] = r;
      else if (isFloat(numerator)) [n, d] = floatRatio(floatOf(numerator));
      else if (hasRatio(numerator)) {
        const [a, b] = numerator.as_integer_ratio();
        [n, d] = [big(a), big(b)];
      } else if (typeof numerator === "string") [n, d] = parse(numerator);
      else throw new TypeError("argument should be a string or a Rational instance");
    } else {
      const a = ratioOf(numerator);
      const b = ratioOf(denominator);
      if (!a || !b) throw new TypeError("both arguments should be Rational instances");
      n = a[0] * b[1];
      d = a[1] * b[0];
      if (d === 0n) throw new ZeroDivisionError(`Fraction(${n}, 0)`);
    }
    let g = gcd(n, d);
    if (d < 0n) g = -g;
    this.n = n / g;
    this.d = d / g;
  }

  /** @internal A Fraction from a ratio already in lowest terms with a positive denominator. */
  static of(n: bigint, d: bigint): Fraction {
    const f = Object.create(Fraction.prototype) as Fraction;
    f.n = n;
    f.d = d;
    return f;
  }

  /** @internal A ratio normalised the way the constructor does, raising ZeroDivisionError on a zero denominator. */
  static ratio(n: bigint, d: bigint): Fraction {
    if (d === 0n) throw new ZeroDivisionError(`Fraction(${n}, 0)`);
    let g = gcd(n, d);
    if (d < 0n) g = -g;
    return Fraction.of(n / g, d / g);
  }

  static from_float(f: unknown): Fraction {
    if (isInt(f) && !isFloat(f)) return new Fraction(f);
    if (!isFloat(f)) throw new TypeError(`Fraction.from_float() only takes floats, not ${pyReprOf(f)} (${pyTypeName(f)})`);
    const [n, d] = floatRatio(floatOf(f));
    return Fraction.of(n, d);
  }

  static from_decimal(dec: unknown): Fraction {
    if (isInt(dec) && !isFloat(dec)) return new Fraction(dec);
    if (!hasRatio(dec)) throw new TypeError(`Fraction.from_decimal() only takes Decimals, not ${pyReprOf(dec)} (${pyTypeName(dec)})`);
    return new Fraction(dec);
  }

  get numerator(): number | bigint {
    return toInt(this.n);
  }
  get denominator(): number | bigint {
    return toInt(this.d);
  }

  as_integer_ratio(): readonly [number | bigint, number | bigint] {
    return tuple(toInt(this.n), toInt(this.d));
  }

  limit_denominator(max_denominator: unknown = 1000000): Fraction {
    const max = big(max_denominator as number);
    if (max < 1n) throw new ValueError("max_denominator should be at least 1");
    if (this.d <= max) return Fraction.of(this.n, this.d);
    let [p0, q0, p1, q1] = [0n, 1n, 1n, 0n];
    let [n, d] = [this.n, this.d];
    for (;;) {
      const a = floorDiv(n, d);
      const q2 = q0 + a * q1;
      if (q2 > max) break;
      [p0, q0, p1, q1] = [p1, q1, p0 + a * p1, q2];
      [n, d] = [d, n - a * d];
    }
    const k = floorDiv(max - q0, q1);
    const bound1 = Fraction.ratio(p0 + k * p1, q0 + k * q1);
    const bound2 = Fraction.ratio(p1, q1);
    const dist = (b: Fraction) => absBig(b.n * this.d - this.n * b.d);
    // |b - self| compared over the common denominator b.d * self.d.
    return dist(bound2) * bound1.d <= dist(bound1) * bound2.d ? bound2 : bound1;
  }

  __repr__(): string {
    return `Fraction(${this.n}, ${this.d})`;
  }
  __str__(): string {
    return this.d === 1n ? `${this.n}` : `${this.n}/${this.d}`;
  }

  __float__(): number {
    return flt(ratioToFloat(this.n, this.d));
  }
  __int__(): number | bigint {
    return toInt(this.n < 0n ? -(-this.n / this.d) : this.n / this.d);
  }
  __trunc__(): number | bigint {
    return this.__int__();
  }
  __floor__(): number | bigint {
    return toInt(floorDiv(this.n, this.d));
  }
  __ceil__(): number | bigint {
    return toInt(-floorDiv(-this.n, this.d));
  }
  __round__(ndigits?: unknown): number | bigint | Fraction {
    if (ndigits === undefined || ndigits === null) {
      const fl = floorDiv(this.n, this.d);
      const rem = floorMod(this.n, this.d);
      if (rem * 2n < this.d) return toInt(fl);
      if (rem * 2n > this.d) return toInt(fl + 1n);
      return toInt(fl % 2n === 0n ? fl : fl + 1n);
    }
    const nd = big(ndigits as number);
    const shift = 10n ** absBig(nd);
    if (nd > 0n) return Fraction.ratio(big(Fraction.of(this.n * shift, this.d).__round__() as number), shift);
    return Fraction.ratio(big(Fraction.ratio(this.n, this.d * shift).__round__() as number) * shift, 1n);
  }

  __hash__(): number {
    const P = HASH_MODULUS;
    // pow(d, -1, P) exists unless P divides d.
    let h: bigint;
    if (this.d % P === 0n) h = HASH_INF;
    else h = ((absBig(this.n) % P) * modInverse(this.d % P, P)) % P;
    let r = this.n >= 0n ? h : -h;
    if (r === -1n) r = -2n;
    return Number(r);
  }

  /** The int this equals, for dict keys shared with ints (builtins.ts). */
  __tsyncio_int__(): number | bigint | undefined {
    return this.d === 1n ? toInt(this.n) : undefined;
  }

  __bool__(): boolean {
    return this.n !== 0n;
  }
  __neg__(): Fraction {
    return Fraction.of(-this.n, this.d);
  }
  __pos__(): Fraction {
    return Fraction.of(this.n, this.d);
  }
  __abs__(): Fraction {
    return Fraction.of(absBig(this.n), this.d);
  }

  __add__(b: unknown): unknown {
    return binary(this, b, (x, y) => Fraction.ratio(x.n * y.d + y.n * x.d, x.d * y.d), (x, y) => x + y);
  }
  __radd__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__add__(y), (x, y) => x + y);
  }
  __sub__(b: unknown): unknown {
    return binary(this, b, (x, y) => Fraction.ratio(x.n * y.d - y.n * x.d, x.d * y.d), (x, y) => x - y);
  }
  __rsub__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__sub__(y), (x, y) => x - y);
  }
  __mul__(b: unknown): unknown {
    return binary(this, b, (x, y) => Fraction.ratio(x.n * y.n, x.d * y.d), (x, y) => x * y);
  }
  __rmul__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__mul__(y), (x, y) => x * y);
  }
  __truediv__(b: unknown): unknown {
    return binary(this, b, (x, y) => Fraction.ratio(x.n * y.d, x.d * y.n), floatDiv);
  }
  __rtruediv__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__truediv__(y), floatDiv);
  }
  __floordiv__(b: unknown): unknown {
    return binary(this, b, (x, y) => {
      if (y.n === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
      return toInt(floorDiv(x.n * y.d, x.d * y.n));
    }, floatFloorDiv);
  }
  __rfloordiv__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__floordiv__(y), floatFloorDiv);
  }
  __mod__(b: unknown): unknown {
    return binary(this, b, (x, y) => {
      if (y.n === 0n) throw new ZeroDivisionError("integer modulo by zero");
      return Fraction.ratio(floorMod(x.n * y.d, y.n * x.d), x.d * y.d);
    }, floatMod);
  }
  __rmod__(a: unknown): unknown {
    return reflected(this, a, (x, y) => x.__mod__(y), floatMod);
  }
  __divmod__(b: unknown): unknown {
    const q = this.__floordiv__(b);
    if (q === NotImplemented) return q;
    return tuple(q, this.__mod__(b));
  }
  __rdivmod__(a: unknown): unknown {
    const r = ratioOf(a);
    if (r) return Fraction.of(r[0], r[1]).__divmod__(this);
    return NotImplemented;
  }

  __pow__(b: unknown): unknown {
    const r = ratioOf(b);
    if (r) {
      if (r[1] === 1n) {
        const p = r[0];
        if (p >= 0n) return Fraction.of(this.n ** p, this.d ** p);
        if (this.n === 0n) throw new ZeroDivisionError(`Fraction(${this.d ** -p}, 0)`);
        if (this.n > 0n) return Fraction.of(this.d ** -p, this.n ** -p);
        return Fraction.of((-this.d) ** -p, (-this.n) ** -p);
      }
      return flt(Math.pow(ratioToFloat(this.n, this.d), ratioToFloat(r[0], r[1])));
    }
    if (isFloat(b)) return flt(Math.pow(ratioToFloat(this.n, this.d), floatOf(b)));
    return NotImplemented;
  }
  __rpow__(a: unknown): unknown {
    if (this.d === 1n && this.n >= 0n && isInt(a) && !isFloat(a)) return toInt(big(a) ** this.n);
    const r = ratioOf(a);
    if (r) return Fraction.of(r[0], r[1]).__pow__(this);
    if (isFloat(a)) {
      if (this.d === 1n) return flt(Math.pow(floatOf(a), Number(this.n)));
      return flt(Math.pow(floatOf(a), ratioToFloat(this.n, this.d)));
    }
    return NotImplemented;
  }

  __eq__(b: unknown): unknown {
    const r = ratioOf(b);
    if (r) return this.n === r[0] && this.d === r[1];
    if (isFloat(b)) {
      const f = floatOf(b);
      if (!Number.isFinite(f)) return false;
      const [n, d] = floatRatio(f);
      return this.n === n && this.d === d;
    }
    return NotImplemented;
  }
  __ne__(b: unknown): unknown {
    const r = this.__eq__(b);
    return r === NotImplemented ? r : !r;
  }
  __lt__(b: unknown): unknown {
    return compare(this, b, (c) => c < 0);
  }
  __le__(b: unknown): unknown {
    return compare(this, b, (c) => c <= 0);
  }
  __gt__(b: unknown): unknown {
    return compare(this, b, (c) => c > 0);
  }
  __ge__(b: unknown): unknown {
    return compare(this, b, (c) => c >= 0);
  }

  __copy__(): Fraction {
    return this;
  }
  __deepcopy__(): Fraction {
    return this;
  }
}

function pyReprOf(x: unknown): string {
  return typeof x === "string" ? `'${x}'` : String(x);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [a, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return floorMod(s0, m);
}

const floatDiv = (x: number, y: number): number => {
  if (y === 0) throw new ZeroDivisionError("float division by zero");
  return x / y;
};
const floatFloorDiv = (x: number, y: number): number => {
  if (y === 0) throw new ZeroDivisionError("float floor division by zero");
  return Math.floor(x / y);
};
const floatMod = (x: number, y: number): number => {
  if (y === 0) throw new ZeroDivisionError("float modulo");
  const m = x % y;
  return m !== 0 && m < 0 !== y < 0 ? m + y : m;
};

type FracOp = (x: Fraction, y: Fraction) => unknown;
type FloatOp = (x: number, y: number) => number;

/** `self op b`: a Fraction result with a Rational, a float one with a float (CPython's _operator_fallbacks). */
function binary(self: Fraction, b: unknown, op: FracOp, fop: FloatOp): unknown {
  const r = ratioOf(b);
  if (r) return op(self, Fraction.of(r[0], r[1]));
  if (isFloat(b)) return flt(fop(ratioToFloat(self.n, self.d), floatOf(b)));
  return NotImplemented;
}

function reflected(self: Fraction, a: unknown, op: FracOp, fop: FloatOp): unknown {
  const r = ratioOf(a);
  if (r) return op(Fraction.of(r[0], r[1]), self);
  if (isFloat(a)) return flt(fop(floatOf(a), ratioToFloat(self.n, self.d)));
  return NotImplemented;
}

function compare(self: Fraction, b: unknown, test: (c: number) => boolean): unknown {
  let r = ratioOf(b);
  if (!r && isFloat(b)) {
    const f = floatOf(b);
    if (Number.isNaN(f)) return false;
    if (!Number.isFinite(f)) return test(f > 0 ? -1 : 1);
    r = floatRatio(f);
  }
  if (!r) return NotImplemented;
  const diff = self.n * r[1] - r[0] * self.d;
  return test(diff < 0n ? -1 : diff > 0n ? 1 : 0);
}

Object.defineProperty(Fraction, "__name__", { value: "Fraction" });
Object.defineProperty(Fraction, "__module__", { value: "fractions" });

export const fractions = { Fraction };
