/**
 * `decimal.Decimal` on a bigint coefficient and a base-10 exponent, as the
 * General Decimal Arithmetic specification (and CPython's _pydecimal) has
 * it: results keep their exponents (1.10 + 2.20 is 3.30), are rounded to
 * the current context's precision with its rounding mode, and conditions
 * raise when the context traps them.
 */
import { TypeError, ValueError, OverflowError } from "../../exceptions.js";
import { NotImplemented } from "../../builtins.js";
import { flt, pyTypeName, tuple } from "../../repr.js";
import { big, floatOf, floatRatio, isFloat, isInt, ratioToFloat, toInt, gcd } from "../exact.js";
import { Fraction } from "../fractions.js";
import { namedtuple } from "../collections/namedtuple.js";
import { DivisionByZero, getcontext, Inexact, InvalidOperation, Rounded, type Context, type Rounding } from "./context.js";

type Special = "" | "n" | "N" | "F";
const DecimalTuple = namedtuple("DecimalTuple", ["sign", "digits", "exponent"]);
export { DecimalTuple };

const NUMBER_RE = /^\s*([-+])?(?:(\d(?:_?\d)*)?(?:\.(\d(?:_?\d)*)?)?(?:e([-+]?\d(?:_?\d)*))?|(inf(?:inity)?)|(s)?nan(\d*))\s*$/i;

const P = (1n << 61n) - 1n;
const HASH_10INV = modPow(10n, P - 2n, P);

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

const digitsOf = (c: bigint): number => c.toString().length;
const pow10 = (n: number): bigint => 10n ** BigInt(n);

export class Decimal {
  /** @internal */ sign: 0 | 1 = 0;
  /** @internal */ coeff: bigint = 0n;
  /** @internal */ exp = 0;
  /** @internal "" finite, "F" infinity, "n" quiet NaN, "N" signalling NaN. */ special: Special = "";
  readonly __tsyncio_decimal__ = true;

  constructor(value: unknown = "0", context: Context | null = null) {
    const ctx = context ?? getcontext();
    if (value instanceof Decimal) {
      Object.assign(this, { sign: value.sign, coeff: value.coeff, exp: value.exp, special: value.special });
    } else if (isInt(value) && !isFloat(value)) {
      const v = big(value);
      this.sign = v < 0n ? 1 : 0;
      this.coeff = v < 0n ? -v : v;
    } else if (isFloat(value)) {
      const f = floatOf(value);
      if (Number.isNaN(f)) this.special = "n";
      else if (!Number.isFinite(f)) {
        this.special = "F";
        this.sign = f < 0 ? 1 : 0;
      } else {
        // n / 2**k is exactly n * 5**k / 10**k.
        const [n, d] = floatRatio(f);
        const k = d.toString(2).length - 1;
        this.sign = n < 0n || Object.is(f, -0) ? 1 : 0;
        this.coeff = (n < 0n ? -n : n) * 5n ** BigInt(k);
        this.exp = -k;
      }
    } else if (typeof value === "string") {
      const m = NUMBER_RE.exec(value);
      if (!m || (m[2] === undefined && m[3] === undefined && m[5] === undefined && m[7] === undefined && !/nan/i.test(value))) {
        ctx.signal(InvalidOperation, "ConversionSyntax");
        this.special = "n";
        return;
      }
      this.sign = m[1] === "-" ? 1 : 0;
      if (m[5] !== undefined) this.special = "F";
      else if (/nan/i.test(value)) {
        this.special = m[6] ? "N" : "n";
        this.coeff = m[7] ? BigInt(m[7]) : 0n;
      } else {
        const intPart = (m[2] ?? "").replace(/_/g, "");
        const frac = (m[3] ?? "").replace(/_/g, "");
        this.coeff = BigInt(intPart + frac || "0");
        this.exp = Number((m[4] ?? "0").replace(/_/g, "")) - frac.length;
      }
    } else if (Array.isArray(value)) {
      const [sign, digits, exp] = value as [number, readonly number[], number | string];
      if (sign !== 0 && sign !== 1) throw new ValueError("sign must be an integer with the value 0 or 1");
      this.sign = sign;
      if (exp === "F") this.special = "F";
      else if (exp === "n" || exp === "N") this.special = exp;
      else {
        for (const d of digits) if (!Number.isInteger(d) || d < 0 || d > 9) throw new ValueError("coefficient must be a tuple of digits");
        this.coeff = BigInt(digits.join("") || "0");
        this.exp = Number(exp);
      }
    } else if (value instanceof Fraction) {
      throw new TypeError("conversion from Fraction to Decimal is not supported");
    } else {
      throw new TypeError(`conversion from ${pyTypeName(value)} to Decimal is not supported`);
    }
  }

  /** @internal */
  static of(sign: 0 | 1, coeff: bigint, exp: number, special: Special = ""): Decimal {
    const d = Object.create(Decimal.prototype) as Decimal;
    Object.assign(d, { sign, coeff, exp, special, __tsyncio_decimal__: true });
    return d;
  }

  static from_float(f: unknown): Decimal {
    return new Decimal(isInt(f) && !isFloat(f) ? f : flt(floatOf(f)));
  }

  get isNaN(): boolean {
    return this.special === "n" || this.special === "N";
  }

  // --- conversion to text -------------------------------------------------

  __str__(): string {
    return this.toSci(getcontext().capitals !== 0);
  }

  /** @internal The specification's to-scientific-string. */
  toSci(capitals = true): string {
    const sign = this.sign ? "-" : "";
    if (this.special === "F") return `${sign}Infinity`;
    if (this.isNaN) return `${sign}${this.special === "N" ? "s" : ""}NaN${this.coeff ? this.coeff : ""}`;
    const digits = this.coeff.toString();
    const leftdigits = this.exp + digits.length;
    const dotplace = this.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
    let intpart: string;
    let fracpart: string;
    if (dotplace <= 0) {
      intpart = "0";
      fracpart = "." + "0".repeat(-dotplace) + digits;
    } else if (dotplace >= digits.length) {
      intpart = digits + "0".repeat(dotplace - digits.length);
      fracpart = "";
    } else {
      intpart = digits.slice(0, dotplace);
      fracpart = "." + digits.slice(dotplace);
    }
    const e = leftdigits === dotplace ? "" : `${capitals ? "E" : "e"}${leftdigits - dotplace >= 0 ? "+" : "-"}${Math.abs(leftdigits - dotplace)}`;
    return sign + intpart + fracpart + e;
  }

  __repr__(): string {
    return `Decimal('${this.toSci()}')`;
  }

  // --- rounding -----------------------------------------------------------

  /** @internal Rounds to `prec` digits with the context's rounding, signalling Inexact/Rounded. */
  fix(ctx: Context, prec = ctx.prec, rounding: Rounding = ctx.rounding): Decimal {
    if (this.special) return this;
    const n = digitsOf(this.coeff);
    if (this.coeff === 0n || n <= prec) return this;
    const out = this.rescale(this.exp + (n - prec), rounding, ctx);
    // A carry to one digit more than the precision (9.99 -> 10.0) drops one more (a zero).
    return digitsOf(out.coeff) > prec ? Decimal.of(out.sign, out.coeff / 10n, out.exp + 1) : out;
  }

  /** @internal The same value with exponent `exp` (rounded when digits are dropped). */
  rescale(exp: number, rounding: Rounding, ctx: Context | null = getcontext()): Decimal {
    if (this.special) return this;
    if (exp <= this.exp) return Decimal.of(this.sign, this.coeff * pow10(this.exp - exp), exp);
    const drop = exp - this.exp;
    const div = pow10(drop);
    let q = this.coeff / div;
    const r = this.coeff % div;
    if (r !== 0n) {
      if (roundsAway(q, r, div, rounding, this.sign)) q += 1n;
      ctx?.signal(Inexact);
    }
    ctx?.signal(Rounded);
    return Decimal.of(this.sign, q, exp);
  }

  // --- arithmetic ---------------------------------------------------------

  /** @internal A NaN or infinity result of a binary operation, or null when both are finite. */
  specialResult(other: Decimal, ctx: Context, op: string): Decimal | null {
    if (this.special === "N" || other.special === "N") {
      ctx.signal(InvalidOperation);
      return Decimal.of(0, 0n, 0, "n");
    }
    if (this.isNaN) return this;
    if (other.isNaN) return other;
    if (!this.special && !other.special) return null;
    const inf = (s: 0 | 1) => Decimal.of(s, 0n, 0, "F");
    const invalid = (): Decimal => {
      ctx.signal(InvalidOperation);
      return Decimal.of(0, 0n, 0, "n");
    };
    switch (op) {
      case "+":
        if (this.special && other.special && this.sign !== other.sign) return invalid();
        return this.special ? this : other;
      case "*":
        if ((this.special && !other.special && other.coeff === 0n) || (other.special && !this.special && this.coeff === 0n)) return invalid();
        return inf((this.sign ^ other.sign) as 0 | 1);
      case "/":
        if (this.special && other.special) return invalid();
        if (this.special) return inf((this.sign ^ other.sign) as 0 | 1);
        return Decimal.of((this.sign ^ other.sign) as 0 | 1, 0n, -999999 - 27);
      default:
        return invalid();
    }
  }

  add(o: Decimal, ctx: Context = getcontext()): Decimal {
    const s = this.specialResult(o, ctx, "+");
    if (s) return s;
    const exp = Math.min(this.exp, o.exp);
    const a = (this.sign ? -1n : 1n) * this.coeff * pow10(this.exp - exp);
    const b = (o.sign ? -1n : 1n) * o.coeff * pow10(o.exp - exp);
    const sum = a + b;
    let sign: 0 | 1 = sum < 0n ? 1 : 0;
    if (sum === 0n) sign = this.sign && o.sign ? 1 : this.sign !== o.sign && ctx.rounding === "ROUND_FLOOR" ? 1 : 0;
    return Decimal.of(sign, sum < 0n ? -sum : sum, exp).fix(ctx);
  }

  mul(o: Decimal, ctx: Context = getcontext()): Decimal {
    const s = this.specialResult(o, ctx, "*");
    if (s) return s;
    return Decimal.of((this.sign ^ o.sign) as 0 | 1, this.coeff * o.coeff, this.exp + o.exp).fix(ctx);
  }

  div(o: Decimal, ctx: Context = getcontext()): Decimal {
    const s = this.specialResult(o, ctx, "/");
    if (s) return s;
    const sign = (this.sign ^ o.sign) as 0 | 1;
    if (o.coeff === 0n) {
      if (this.coeff === 0n) {
        ctx.signal(InvalidOperation, "DivisionUndefined");
        return Decimal.of(0, 0n, 0, "n");
      }
      ctx.signal(DivisionByZero);
      return Decimal.of(sign, 0n, 0, "F");
    }
    if (this.coeff === 0n) return Decimal.of(sign, 0n, this.exp - o.exp);
    const shift = digitsOf(o.coeff) - digitsOf(this.coeff) + ctx.prec + 1;
    let exp = this.exp - o.exp - shift;
    let coeff: bigint;
    let rem: bigint;
    if (shift >= 0) {
      coeff = (this.coeff * pow10(shift)) / o.coeff;
      rem = (this.coeff * pow10(shift)) % o.coeff;
    } else {
      coeff = this.coeff / (o.coeff * pow10(-shift));
      rem = this.coeff % (o.coeff * pow10(-shift));
    }
    if (rem !== 0n) {
      // A sticky digit: the rounding below sees that the quotient was inexact.
      if (coeff % 5n === 0n) coeff += 1n;
    } else {
      const ideal = this.exp - o.exp;
      while (exp < ideal && coeff % 10n === 0n) {
        coeff /= 10n;
        exp += 1;
      }
    }
    return Decimal.of(sign, coeff, exp).fix(ctx);
  }

  /** @internal Integer part of this / o toward zero, and the remainder with the dividend's sign. */
  divmodTrunc(o: Decimal, ctx: Context): [Decimal, Decimal] {
    const sign = (this.sign ^ o.sign) as 0 | 1;
    if (this.special || o.special || this.isNaN || o.isNaN) {
      ctx.signal(InvalidOperation);
      return [Decimal.of(0, 0n, 0, "n"), Decimal.of(0, 0n, 0, "n")];
    }
    if (o.coeff === 0n) {
      if (this.coeff === 0n) ctx.signal(InvalidOperation, "DivisionUndefined");
      else ctx.signal(DivisionByZero, "DivisionByZero");
      return [Decimal.of(sign, 0n, 0, "F"), Decimal.of(0, 0n, 0, "n")];
    }
    const exp = Math.min(this.exp, o.exp);
    const a = this.coeff * pow10(this.exp - exp);
    const b = o.coeff * pow10(o.exp - exp);
    const q = a / b;
    const r = a % b;
    if (digitsOf(q) > ctx.prec) {
      ctx.signal(InvalidOperation, "DivisionImpossible");
      return [Decimal.of(0, 0n, 0, "n"), Decimal.of(0, 0n, 0, "n")];
    }
    return [Decimal.of(sign, q, 0), Decimal.of(this.sign, r, exp).fix(ctx)];
  }

  /** @internal -1, 0, 1 (NaN compares as null). */
  cmp(o: Decimal): number | null {
    if (this.isNaN || o.isNaN) return null;
    const value = (d: Decimal): number => (d.special === "F" ? (d.sign ? -Infinity : Infinity) : 0);
    if (this.special || o.special) {
      const a = this.special ? value(this) : 0;
      const b = o.special ? value(o) : 0;
      if (a !== b) return a < b ? -1 : 1;
      if (this.special && o.special) return 0;
      // One infinity against a finite number: the infinity decides.
      return this.special ? (this.sign ? -1 : 1) : o.sign ? 1 : -1;
    }
    const exp = Math.min(this.exp, o.exp);
    const a = (this.sign ? -1n : 1n) * this.coeff * pow10(this.exp - exp);
    const b = (o.sign ? -1n : 1n) * o.coeff * pow10(o.exp - exp);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** @internal The exact value as a ratio (finite only). */
  ratio(): [bigint, bigint] {
    const v = (this.sign ? -1n : 1n) * this.coeff;
    if (this.exp >= 0) return [v * pow10(this.exp), 1n];
    const d = pow10(-this.exp);
    const g = gcd(v, d);
    return [v / g, d / g];
  }

  as_integer_ratio(): readonly [number | bigint, number | bigint] {
    if (this.isNaN) throw new ValueError("cannot convert NaN to integer ratio");
    if (this.special) throw new OverflowError("cannot convert Infinity to integer ratio");
    const [n, d] = this.ratio();
    return tuple(toInt(n), toInt(d));
  }

  as_tuple(): unknown {
    const digits = this.special === "F" ? [0] : this.coeff.toString().split("").map(Number);
    const exp = this.special === "F" ? "F" : this.special ? this.special : this.exp;
    return new DecimalTuple(this.sign, tuple(...(this.special && this.coeff === 0n ? [] : digits)), exp);
  }

  __float__(): number {
    if (this.isNaN) {
      if (this.special === "N") throw new ValueError("cannot convert signaling NaN to float");
      return this.sign ? -NaN : NaN;
    }
    if (this.special) return this.sign ? -Infinity : Infinity;
    if (this.coeff === 0n) return flt(this.sign ? -0 : 0);
    const [n, d] = this.ratio();
    return flt(ratioToFloat(n, d));
  }
}


/** Does dropping remainder r (of divisor div) from quotient q round it up in magnitude? */
export function roundsAway(q: bigint, r: bigint, div: bigint, rounding: Rounding, sign: 0 | 1): boolean {
  const twice = 2n * r;
  switch (rounding) {
    case "ROUND_DOWN":
      return false;
    case "ROUND_UP":
      return r !== 0n;
    case "ROUND_HALF_UP":
      return twice >= div;
    case "ROUND_HALF_DOWN":
      return twice > div;
    case "ROUND_HALF_EVEN":
      return twice > div || (twice === div && q % 2n === 1n);
    case "ROUND_CEILING":
      return sign === 0 && r !== 0n;
    case "ROUND_FLOOR":
      return sign === 1 && r !== 0n;
    case "ROUND_05UP":
      return r !== 0n && (q % 10n === 0n || q % 10n === 5n);
  }
}

/** CPython's hash of a Decimal: equal to the hash of the int, Fraction or float of the same value. */
export function decimalHash(d: Decimal): number {
  if (d.special === "N") throw new TypeError("Cannot hash a signaling NaN value.");
  if (d.isNaN) return 0;
  if (d.special) return d.sign ? -314159 : 314159;
  const expHash = d.exp >= 0 ? modPow(10n, BigInt(d.exp), P) : modPow(HASH_10INV, BigInt(-d.exp), P);
  const h = (d.coeff * expHash) % P;
  let r = d.sign ? -h : h;
  if (r === -1n) r = -2n;
  return Number(r);
}

export { NotImplemented };

/** The methods decimal/index.ts adds to the prototype, as generated code sees them. */
export interface Decimal {
  quantize(exp: unknown, rounding?: unknown, context?: unknown): Decimal;
  to_integral_value(rounding?: unknown, context?: unknown): Decimal;
  to_integral(rounding?: unknown, context?: unknown): Decimal;
  sqrt(context?: unknown): Decimal;
  normalize(context?: unknown): Decimal;
  adjusted(): number;
  copy_abs(): Decimal;
  copy_negate(): Decimal;
  is_nan(): boolean;
  is_qnan(): boolean;
  is_snan(): boolean;
  is_infinite(): boolean;
  is_finite(): boolean;
  is_zero(): boolean;
  is_signed(): boolean;
  __format__(spec: string): string;
}
