/**
 * Python's `decimal` module: Decimal's operators and methods (added to the
 * class from decimal.ts), its format specs, and the module object.
 */
import { OverflowError, TypeError, ValueError } from "../../exceptions.js";
import { NotImplemented } from "../../builtins.js";
import { format as pyFormat } from "../../format.js";
import { flt, tuple } from "../../repr.js";
import { setSignature } from "../../kwargs.js";
import { floatOf, isFloat, isInt, toInt } from "../exact.js";
import { Fraction } from "../fractions.js";
import { registerDecimalForStatistics } from "../statistics.js";
import {
  BasicContext, Clamped, Context, DecimalException, DefaultContext, DivisionByZero, ExtendedContext, FloatOperation, getcontext, Inexact,
  InvalidOperation, localcontext, Overflow, ROUNDING_MODES, Rounded, setcontext, Subnormal, Underflow, type Rounding,
} from "./context.js";
import { Decimal, DecimalTuple, decimalHash, roundsAway } from "./decimal.js";

/** An operand as a Decimal: Decimals and ints; a float is CPython's TypeError; anything else NotImplemented. */
function operand(x: unknown, op: string, self: Decimal, reflected = false): Decimal | typeof NotImplemented {
  if (x instanceof Decimal) return x;
  if (isInt(x) && !isFloat(x)) return new Decimal(x);
  if (isFloat(x)) {
    const [a, b] = reflected ? ["float", "decimal.Decimal"] : ["decimal.Decimal", "float"];
    throw new TypeError(`unsupported operand type(s) for ${op}: '${a}' and '${b}'`);
  }
  void self;
  return NotImplemented;
}

/** For comparisons: floats and Fractions compare exactly. */
function comparable(x: unknown): Decimal | Fraction | null {
  if (x instanceof Decimal) return x;
  if (isInt(x) && !isFloat(x)) return new Decimal(x);
  if (isFloat(x)) return new Decimal(flt(floatOf(x)));
  if (x instanceof Fraction) return x;
  return null;
}

function compareTo(self: Decimal, other: unknown): number | null | typeof NotImplemented {
  const o = comparable(other);
  if (o === null) return NotImplemented;
  if (o instanceof Fraction) {
    if (self.isNaN) return null;
    if (self.special) return self.sign ? -1 : 1;
    const [n, d] = self.ratio();
    const diff = n * o.d - o.n * d;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }
  return self.cmp(o);
}

const proto = Decimal.prototype as any;
const binary = (op: string, fn: (a: Decimal, b: Decimal) => unknown) => ({
  forward(this: Decimal, b: unknown) {
    const o = operand(b, op, this);
    return o === NotImplemented ? o : fn(this, o);
  },
  reflected(this: Decimal, a: unknown) {
    const o = operand(a, op, this, true);
    return o === NotImplemented ? o : fn(o, this);
  },
});
const ops: [string, string, (a: Decimal, b: Decimal) => unknown][] = [
  ["add", "+", (a, b) => a.add(b)],
  ["sub", "-", (a, b) => a.add(Decimal.of((b.sign ^ 1) as 0 | 1, b.coeff, b.exp, b.special))],
  ["mul", "*", (a, b) => a.mul(b)],
  ["truediv", "/", (a, b) => a.div(b)],
  ["floordiv", "//", (a, b) => a.divmodTrunc(b, getcontext())[0]],
  ["mod", "%", (a, b) => a.divmodTrunc(b, getcontext())[1]],
  ["divmod", "divmod()", (a, b) => tuple(...a.divmodTrunc(b, getcontext()))],
  ["pow", "** or pow()", (a, b) => power(a, b)],
];
for (const [name, symbol, fn] of ops) {
  const b = binary(symbol, fn);
  proto[`__${name}__`] = b.forward;
  proto[`__r${name}__`] = b.reflected;
}

function power(a: Decimal, b: Decimal): Decimal {
  const ctx = getcontext();
  if (a.special || b.special || b.exp < 0 && b.coeff % 10n ** BigInt(-b.exp) !== 0n) {
    // Non-integral powers go through floats here: exact decimal powers beyond integers are not implemented.
    if (!a.special && !b.special) return new Decimal(flt(Math.pow(Number(a.__float__()), Number(b.__float__())))).fix(ctx);
    ctx.signal(InvalidOperation);
    return Decimal.of(0, 0n, 0, "n");
  }
  const [n] = b.ratio();
  if (n >= 0n) return Decimal.of(a.sign && n % 2n === 1n ? 1 : 0, a.coeff ** n, a.exp * Number(n)).fix(ctx);
  const positive = Decimal.of(a.sign && n % 2n !== 0n ? 1 : 0, a.coeff ** -n, a.exp * Number(-n));
  return new Decimal(1).div(positive, ctx);
}

declare module "./context.js" {
  interface Context {
    create_decimal(num?: unknown): Decimal;
    create_decimal_from_float(f: unknown): Decimal;
  }
}

// Context's constructors of Decimals live here: context.ts cannot import Decimal (decimal.ts imports it).
Object.assign(Context.prototype, {
  /** A Decimal rounded to this context (the Decimal constructor itself is exact). */
  create_decimal(this: Context, num: unknown = "0"): Decimal {
    return new Decimal(num, this).fix(this);
  },
  create_decimal_from_float(this: Context, f: unknown): Decimal {
    return Decimal.from_float(f).fix(this);
  },
});

Object.assign(proto, {
  __eq__(this: Decimal, b: unknown) {
    const c = compareTo(this, b);
    return c === NotImplemented ? c : c === 0;
  },
  __ne__(this: Decimal, b: unknown) {
    const c = compareTo(this, b);
    return c === NotImplemented ? c : c !== 0;
  },
  __lt__(this: Decimal, b: unknown) {
    return ordered(this, b, (c) => c < 0);
  },
  __le__(this: Decimal, b: unknown) {
    return ordered(this, b, (c) => c <= 0);
  },
  __gt__(this: Decimal, b: unknown) {
    return ordered(this, b, (c) => c > 0);
  },
  __ge__(this: Decimal, b: unknown) {
    return ordered(this, b, (c) => c >= 0);
  },
  __hash__(this: Decimal) {
    return decimalHash(this);
  },
  __tsyncio_int__(this: Decimal) {
    if (this.special) return undefined;
    const [n, d] = this.ratio();
    return d === 1n ? toInt(n) : undefined;
  },
  __bool__(this: Decimal) {
    return this.special !== "" || this.coeff !== 0n;
  },
  __neg__(this: Decimal) {
    const ctx = getcontext();
    if (!this.special && this.coeff === 0n && ctx.rounding !== "ROUND_FLOOR") return Decimal.of(0, 0n, this.exp);
    return Decimal.of((this.sign ^ 1) as 0 | 1, this.coeff, this.exp, this.special).fix(ctx);
  },
  __pos__(this: Decimal) {
    const ctx = getcontext();
    if (!this.special && this.coeff === 0n && ctx.rounding !== "ROUND_FLOOR") return Decimal.of(0, 0n, this.exp);
    return this.fix(ctx);
  },
  __abs__(this: Decimal) {
    return Decimal.of(0, this.coeff, this.exp, this.special).fix(getcontext());
  },
  __int__(this: Decimal) {
    if (this.isNaN) throw new ValueError("cannot convert NaN to integer");
    if (this.special) throw new OverflowError("cannot convert Infinity to integer");
    const [n, d] = this.ratio();
    return toInt(n < 0n ? -(-n / d) : n / d);
  },
  __trunc__(this: Decimal) {
    return (this as any).__int__();
  },
  __floor__(this: Decimal) {
    return integral(this, "ROUND_FLOOR");
  },
  __ceil__(this: Decimal) {
    return integral(this, "ROUND_CEILING");
  },
  __round__(this: Decimal, n?: unknown) {
    if (n === undefined || n === null) return integral(this, "ROUND_HALF_EVEN");
    return this.rescale(-Number(n), getcontext().rounding);
  },
  quantize(this: Decimal, exp: unknown, rounding: unknown = null) {
    const ctx = getcontext();
    const e = exp instanceof Decimal ? exp : new Decimal(exp as string);
    if (this.special || e.special) {
      if ((this.special === "F") !== (e.special === "F") || this.isNaN || e.isNaN) {
        ctx.signal(InvalidOperation);
        return Decimal.of(0, 0n, 0, "n");
      }
      return this;
    }
    const out = this.rescale(e.exp, (rounding as Rounding | null) ?? ctx.rounding, ctx);
    if (out.coeff.toString().length > ctx.prec) {
      ctx.signal(InvalidOperation);
      return Decimal.of(0, 0n, 0, "n");
    }
    return out;
  },
  to_integral_value(this: Decimal, rounding: unknown = null) {
    if (this.special || this.exp >= 0) return this;
    return this.rescale(0, (rounding as Rounding | null) ?? getcontext().rounding, null);
  },
  to_integral(this: Decimal, rounding: unknown = null) {
    return (this as any).to_integral_value(rounding);
  },
  sqrt(this: Decimal) {
    return decimalSqrt(this);
  },
  adjusted(this: Decimal) {
    return this.special ? 0 : this.exp + this.coeff.toString().length - 1;
  },
  normalize(this: Decimal) {
    const ctx = getcontext();
    const d = this.fix(ctx);
    if (d.special) return d;
    if (d.coeff === 0n) return Decimal.of(d.sign, 0n, 0);
    let { coeff, exp } = d;
    while (coeff % 10n === 0n) {
      coeff /= 10n;
      exp += 1;
    }
    return Decimal.of(d.sign, coeff, exp);
  },
  copy_abs(this: Decimal) {
    return Decimal.of(0, this.coeff, this.exp, this.special);
  },
  copy_negate(this: Decimal) {
    return Decimal.of((this.sign ^ 1) as 0 | 1, this.coeff, this.exp, this.special);
  },
  is_nan(this: Decimal) {
    return this.isNaN;
  },
  is_qnan(this: Decimal) {
    return this.special === "n";
  },
  is_snan(this: Decimal) {
    return this.special === "N";
  },
  is_infinite(this: Decimal) {
    return this.special === "F";
  },
  is_finite(this: Decimal) {
    return this.special === "";
  },
  is_zero(this: Decimal) {
    return this.special === "" && this.coeff === 0n;
  },
  is_signed(this: Decimal) {
    return this.sign === 1;
  },
  __format__(this: Decimal, spec: string) {
    return formatDecimal(this, spec);
  },
  __copy__(this: Decimal) {
    return this;
  },
  __deepcopy__(this: Decimal) {
    return this;
  },
});


function ordered(self: Decimal, b: unknown, test: (c: number) => boolean): unknown {
  const c = compareTo(self, b);
  if (c === NotImplemented) return c;
  if (c === null) {
    getcontext().signal(InvalidOperation);
    return false;
  }
  return test(c as number);
}

function integral(d: Decimal, rounding: Rounding): number | bigint {
  if (d.isNaN) throw new ValueError("cannot convert NaN to integer");
  if (d.special) throw new OverflowError("cannot convert Infinity to integer");
  const r = d.exp >= 0 ? d : d.rescale(0, rounding, null);
  const [n] = r.ratio();
  return toInt(n);
}

/** The correctly rounded square root (the specification's algorithm, as _pydecimal). */
function decimalSqrt(d: Decimal): Decimal {
  const ctx = getcontext();
  if (d.isNaN) return d;
  if (d.coeff === 0n && !d.special) return Decimal.of(d.sign, 0n, d.exp >> 1);
  if (d.sign === 1) {
    ctx.signal(InvalidOperation);
    return Decimal.of(0, 0n, 0, "n");
  }
  if (d.special) return d;
  const prec = ctx.prec + 1;
  let e = d.exp >> 1;
  let c: bigint;
  let l: number;
  const len = d.coeff.toString().length;
  if (d.exp & 1) {
    c = d.coeff * 10n;
    l = (len >> 1) + 1;
  } else {
    c = d.coeff;
    l = (len + 1) >> 1;
  }
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) {
    c *= 100n ** BigInt(shift);
    exact = true;
  } else {
    const div = 100n ** BigInt(-shift);
    exact = c % div === 0n;
    c /= div;
  }
  e -= shift;
  let n = 10n ** BigInt(prec);
  for (;;) {
    const q = c / n;
    if (n <= q) break;
    n = (n + q) >> 1n;
  }
  exact = exact && n * n === c;
  if (exact) {
    if (shift >= 0) n /= 10n ** BigInt(shift);
    else n *= 10n ** BigInt(-shift);
    e += shift;
  } else if (n % 5n === 0n) n += 1n;
  return Decimal.of(0, n, e).fix(ctx, ctx.prec, "ROUND_HALF_EVEN");
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/s;

/** `format(d, spec)`: fixed, exponent and percent forms computed on the decimal digits, padding by str formatting. */
function formatDecimal(d: Decimal, spec: string): string {
  const m = SPEC.exec(spec);
  if (!m) throw new ValueError("invalid format string");
  const [, fill, align, signOpt, , , zero, width, grouping, precText, type] = m;
  const prec = precText === undefined ? undefined : Number(precText);
  let body: string;
  let sign = d.sign ? "-" : signOpt === "+" ? "+" : signOpt === " " ? " " : "";
  if (d.special) body = d.special === "F" ? "Infinity" : "NaN";
  else if (type === "f" || type === "F" || type === "%") {
    let v = type === "%" ? Decimal.of(d.sign, d.coeff, d.exp + 2) : d;
    if (prec !== undefined) v = v.rescale(-prec, getcontext().rounding, null);
    body = fixed(v);
    if (type === "%") body += "%";
  } else if (type === "e" || type === "E") {
    const digits = d.coeff.toString();
    let v = d;
    if (prec !== undefined) v = d.rescale(d.exp + digits.length - 1 - prec, getcontext().rounding, null);
    const ds = v.coeff.toString();
    const adj = v.exp + ds.length - 1;
    body = ds[0]! + (ds.length > 1 ? "." + ds.slice(1) : "") + type + (adj < 0 ? "-" : "+") + String(Math.abs(adj)).padStart(2, "0");
  } else {
    let v = d;
    if (prec !== undefined && d.coeff.toString().length > prec) v = d.rescale(d.exp + d.coeff.toString().length - prec, getcontext().rounding, null);
    body = Decimal.of(0, v.coeff, v.exp).toSci(type !== "g" && type !== "n" ? getcontext().capitals !== 0 : false);
  }
  if (grouping && /^\d/.test(body)) {
    const [intPart, rest] = [body.match(/^\d+/)![0], body.replace(/^\d+/, "")];
    body = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, grouping) + rest;
  }
  if (sign === "-" && d.coeff === 0n && !d.special && m[4]) sign = "";
  const w = width === undefined ? 0 : Number(width);
  if (zero && !align && body.length + sign.length < w) body = body.padStart(w - sign.length, "0");
  return pyFormat(sign + body, `${fill ?? ""}${align ?? (zero || !fill ? ">" : "")}${width ?? ""}`);
}

function fixed(d: Decimal): string {
  const digits = d.coeff.toString();
  if (d.exp >= 0) return digits + "0".repeat(d.exp);
  const point = digits.length + d.exp;
  return point > 0 ? `${digits.slice(0, point)}.${digits.slice(point)}` : `0.${"0".repeat(-point)}${digits}`;
}

// Keywords from call sites that could not see these methods' parameters bind by name.
setSignature(proto.quantize, "@quantize(exp, rounding=, context=)");
setSignature(proto.to_integral_value, "@to_integral_value(rounding=, context=)");
setSignature(proto.to_integral, "@to_integral(rounding=, context=)");
Object.defineProperty(Decimal, "__module__", { value: "decimal" });
registerDecimalForStatistics((n, d) => new Decimal(toInt(n)).div(new Decimal(toInt(d))));

void roundsAway;
void ROUNDING_MODES;

export const decimal = {
  Decimal, Context, DecimalTuple, DefaultContext, BasicContext, ExtendedContext, getcontext, setcontext, localcontext,
  DecimalException, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation,
  ROUND_DOWN: "ROUND_DOWN", ROUND_HALF_UP: "ROUND_HALF_UP", ROUND_HALF_EVEN: "ROUND_HALF_EVEN", ROUND_CEILING: "ROUND_CEILING",
  ROUND_FLOOR: "ROUND_FLOOR", ROUND_UP: "ROUND_UP", ROUND_HALF_DOWN: "ROUND_HALF_DOWN", ROUND_05UP: "ROUND_05UP",
  MAX_PREC: 999999999999999999n, MAX_EMAX: 999999999999999999n, MIN_EMIN: -999999999999999999n, MIN_ETINY: -1999999999999999997n,
  HAVE_THREADS: true, HAVE_CONTEXTVAR: true,
};
