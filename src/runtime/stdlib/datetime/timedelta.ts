/**
 * `datetime.timedelta`: days, seconds (0..86399) and microseconds
 * (0..999999), normalised and printed as CPython does.
 */
import { OverflowError, TypeError, ZeroDivisionError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { NotImplemented } from "../../operators.js";
import { num } from "../args.js";
import { flt, PyFloat } from "../../repr.js";
import { bind } from "../params.js";
import { pad } from "./ordinals.js";

const US_PER_DAY = 86400e6;

/** Python's round-half-even of a real number to an integer. */
function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// A boxed integral float (PyFloat) is a number too; Number(x) reads it.
const isNumber = (x: unknown): x is number => typeof x === "number" || typeof x === "boolean" || x instanceof PyFloat;

export class timedelta {
  static __module__ = "datetime";
  static __qualname__ = "timedelta";
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;
  static min: timedelta;
  static max: timedelta;
  static resolution: timedelta;

  constructor(...args: unknown[]) {
    const [days, seconds, microseconds, milliseconds, minutes, hours, weeks] = bind("timedelta", args, ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"]).map((x) => (x === undefined ? 0 : num(x)));
    // Whole parts carry exactly; fractions travel down to microseconds, rounded half-even once.
    let d = days! + weeks! * 7;
    let s = seconds! + minutes! * 60 + hours! * 3600;
    let us = microseconds! + milliseconds! * 1000;
    const dWhole = Math.trunc(d);
    s += (d - dWhole) * 86400;
    d = dWhole;
    const sWhole = Math.trunc(s);
    us += (s - sWhole) * 1e6;
    s = sWhole;
    us = roundEven(us);
    s += Math.floor(us / 1e6);
    us -= Math.floor(us / 1e6) * 1e6;
    d += Math.floor(s / 86400);
    s -= Math.floor(s / 86400) * 86400;
    if (Math.abs(d) > 999999999) throw new OverflowError(`days=${d}; must have magnitude <= 999999999`);
    this.days = d;
    this.seconds = s;
    this.microseconds = us;
  }

  static fromMicroseconds(us: number): timedelta {
    const days = Math.floor(us / US_PER_DAY);
    return new timedelta(days, 0, us - days * US_PER_DAY);
  }
  /** The whole length in microseconds (exact below 2**53, about 285 years). */
  totalMicroseconds(): number {
    return (this.days * 86400 + this.seconds) * 1e6 + this.microseconds;
  }
  total_seconds(): number {
    return (this.days * 86400 + this.seconds) + this.microseconds / 1e6;
  }

  __repr__(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
  }
  __str__(): string {
    const mm = Math.floor(this.seconds / 60);
    const hh = Math.floor(mm / 60);
    let s = `${hh}:${pad(mm % 60)}:${pad(this.seconds % 60)}`;
    if (this.days) s = `${this.days} day${Math.abs(this.days) !== 1 ? "s" : ""}, ${s}`;
    if (this.microseconds) s += "." + String(this.microseconds).padStart(6, "0");
    return s;
  }
  toString(): string {
    return this.__str__();
  }

  private key(): [number, number, number] {
    return [this.days, this.seconds, this.microseconds];
  }
  private cmp(o: timedelta): number {
    const a = this.key();
    const b = o.key();
    for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return 0;
  }
  __eq__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) === 0 : NotImplemented;
  }
  __ne__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) !== 0 : NotImplemented;
  }
  __lt__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) < 0 : NotImplemented;
  }
  __le__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) <= 0 : NotImplemented;
  }
  __gt__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) > 0 : NotImplemented;
  }
  __ge__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timedelta ? this.cmp(o) >= 0 : NotImplemented;
  }
  __hash__(): number {
    return (this.days * 86400 + this.seconds) * 1000003 + this.microseconds;
  }
  __bool__(): boolean {
    return this.days !== 0 || this.seconds !== 0 || this.microseconds !== 0;
  }

  __add__(o: unknown): unknown {
    if (o instanceof timedelta) return new timedelta(this.days + o.days, this.seconds + o.seconds, this.microseconds + o.microseconds);
    return NotImplemented;
  }
  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }
  __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return new timedelta(this.days - o.days, this.seconds - o.seconds, this.microseconds - o.microseconds);
    return NotImplemented;
  }
  __neg__(): timedelta {
    return new timedelta(-this.days, -this.seconds, -this.microseconds);
  }
  __pos__(): timedelta {
    return this;
  }
  __abs__(): timedelta {
    return this.days < 0 ? this.__neg__() : this;
  }
  __mul__(o: unknown): unknown {
    if (!isNumber(o)) return NotImplemented;
    return timedelta.fromMicroseconds(roundEven(this.totalMicroseconds() * Number(o)));
  }
  __rmul__(o: unknown): unknown {
    return this.__mul__(o);
  }
  __truediv__(o: unknown): unknown {
    if (o instanceof timedelta) {
      if (!o.__bool__()) throw new ZeroDivisionError("division by zero");
      return flt(this.totalMicroseconds() / o.totalMicroseconds());
    }
    if (isNumber(o)) {
      if (Number(o) === 0) throw new ZeroDivisionError(Number.isInteger(o) && !((o as unknown) instanceof PyFloat) ? "integer division or modulo by zero" : "float division by zero");
      return timedelta.fromMicroseconds(roundEven(this.totalMicroseconds() / Number(o)));
    }
    return NotImplemented;
  }
  __floordiv__(o: unknown): unknown {
    if (o instanceof timedelta) {
      if (!o.__bool__()) throw new ZeroDivisionError("integer division or modulo by zero");
      return Math.floor(this.totalMicroseconds() / o.totalMicroseconds());
    }
    if (typeof o === "number" && Number.isInteger(o)) {
      if (o === 0) throw new ZeroDivisionError("integer division or modulo by zero");
      return timedelta.fromMicroseconds(Math.floor(this.totalMicroseconds() / o));
    }
    return NotImplemented;
  }
  __mod__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    if (!o.__bool__()) throw new ZeroDivisionError("integer division or modulo by zero");
    const a = this.totalMicroseconds();
    const b = o.totalMicroseconds();
    return timedelta.fromMicroseconds(a - Math.floor(a / b) * b);
  }
  __divmod__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    return Object.freeze([this.__floordiv__(o), this.__mod__(o)]);
  }
}

timedelta.min = new timedelta(-999999999);
timedelta.max = new timedelta(999999999, 86399, 999999);
timedelta.resolution = new timedelta(0, 0, 1);

/** A timedelta argument, with CPython's TypeError naming what it got. */
export function asTimedelta(x: unknown, what: string): timedelta {
  if (x instanceof timedelta) return x;
  throw new TypeError(`${what} must be a timedelta, not ${typeName(x)}`);
}
