/**
 * `decimal`'s signals and contexts: the exception classes CPython raises
 * (`str(e)` is the list of conditions, `[<class 'decimal.DivisionByZero'>]`),
 * the thread's current context (precision, rounding, traps and flags), and
 * `localcontext()` as a context manager that restores the previous one.
 */
import { ArithmeticError, KeyError, TypeError, ValueError, ZeroDivisionError } from "../../exceptions.js";
import { tuple } from "../../repr.js";

export class DecimalException extends ArithmeticError {
  static [Symbol.hasInstance](x: unknown): boolean {
    // DivisionByZero is a ZeroDivisionError in JavaScript's single chain, and a DecimalException too.
    return Function.prototype[Symbol.hasInstance].call(this, x) || (this === DecimalException && x instanceof DivisionByZero);
  }
}
export class InvalidOperation extends DecimalException {}
export class DivisionByZero extends ZeroDivisionError {}
export class Inexact extends DecimalException {}
export class Rounded extends DecimalException {}
export class Overflow extends DecimalException {}
export class Underflow extends DecimalException {}
export class Subnormal extends DecimalException {}
export class Clamped extends DecimalException {}
export class FloatOperation extends DecimalException {}
for (const cls of [DecimalException, InvalidOperation, DivisionByZero, Inexact, Rounded, Overflow, Underflow, Subnormal, Clamped, FloatOperation]) {
  Object.defineProperty(cls, "__module__", { value: "decimal" });
}

export const ROUNDING_MODES = ["ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP"] as const;
export type Rounding = (typeof ROUNDING_MODES)[number];

type Signal = typeof DecimalException | typeof DivisionByZero;
/** The order Context's repr lists flags and traps in, as CPython does. */
const SIGNALS: Signal[] = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow, Rounded, Subnormal, Underflow];
/** The order a SignalDict iterates and prints in. */
const DICT_ORDER: Signal[] = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped];
const signalName = (s: Signal): string => s.name;

export interface ContextOptions {
  prec?: number;
  rounding?: Rounding;
  Emin?: number;
  Emax?: number;
  capitals?: number;
  clamp?: number;
  flags?: Signal[] | null;
  traps?: Signal[] | null;
}

/** A set of signals keyed by class, with Python's `ctx.traps[DivisionByZero] = False`. */
class SignalDict {
  static __module__ = "decimal";
  constructor(readonly on: Set<Signal>) {}
  private check(s: unknown): Signal {
    if (!DICT_ORDER.includes(s as Signal)) {
      throw new KeyError("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]");
    }
    return s as Signal;
  }
  __getitem__(s: Signal): boolean {
    return this.on.has(this.check(s));
  }
  __setitem__(s: Signal, v: unknown): void {
    if (v) this.on.add(this.check(s));
    else this.on.delete(this.check(s));
  }
  __contains__(s: unknown): boolean {
    return DICT_ORDER.includes(s as Signal);
  }
  __len__(): number {
    return DICT_ORDER.length;
  }
  [Symbol.iterator](): Iterator<Signal> {
    return DICT_ORDER[Symbol.iterator]();
  }
  keys(): Signal[] {
    return [...DICT_ORDER];
  }
  values(): boolean[] {
    return DICT_ORDER.map((s) => this.on.has(s));
  }
  items(): (readonly [Signal, boolean])[] {
    return DICT_ORDER.map((s) => tuple(s, this.on.has(s)) as unknown as readonly [Signal, boolean]);
  }
  get(s: unknown, dflt: unknown = null): unknown {
    return DICT_ORDER.includes(s as Signal) ? this.on.has(s as Signal) : dflt;
  }
  copy(): Map<Signal, boolean> {
    return new Map(DICT_ORDER.map((s) => [s, this.on.has(s)]));
  }
  __eq__(other: unknown): boolean {
    if (other instanceof SignalDict) return DICT_ORDER.every((s) => this.on.has(s) === other.on.has(s));
    return other instanceof Map && other.size === DICT_ORDER.length && DICT_ORDER.every((s) => other.get(s) === this.on.has(s));
  }
  __repr__(): string {
    return `{${DICT_ORDER.map((s) => `<class 'decimal.${signalName(s)}'>:${this.on.has(s) ? "True" : "False"}`).join(", ")}}`;
  }
}

export class Context {
  prec: number;
  rounding: Rounding;
  Emin: number;
  Emax: number;
  capitals: number;
  clamp: number;
  traps: SignalDict;
  flags: SignalDict;

  constructor(prec: unknown = null, rounding: unknown = null, Emin: unknown = null, Emax: unknown = null, capitals: unknown = null, clamp: unknown = null, flags: unknown = null, traps: unknown = null) {
    const base = defaults;
    this.prec = prec === null || prec === undefined ? base.prec : checkPrec(prec);
    this.rounding = rounding === null || rounding === undefined ? base.rounding : checkRounding(rounding);
    this.Emin = Emin === null || Emin === undefined ? base.Emin : Number(Emin);
    this.Emax = Emax === null || Emax === undefined ? base.Emax : Number(Emax);
    this.capitals = capitals === null || capitals === undefined ? base.capitals : Number(capitals);
    this.clamp = clamp === null || clamp === undefined ? base.clamp : Number(clamp);
    this.traps = new SignalDict(new Set(traps === null || traps === undefined ? base.traps : (traps as Signal[])));
    this.flags = new SignalDict(new Set(flags === null || flags === undefined ? [] : (flags as Signal[])));
  }

  copy(): Context {
    return new Context(this.prec, this.rounding, this.Emin, this.Emax, this.capitals, this.clamp, [...this.flags.on], [...this.traps.on]);
  }

  clear_flags(): void {
    this.flags.on.clear();
  }

  /** Records a condition; raises it when trapped (CPython's message lists the conditions). */
  signal(cls: Signal, condition: string = cls.name): void {
    this.flags.on.add(cls);
    if (this.traps.on.has(cls)) throw new cls(`[<class 'decimal.${condition}'>]`);
  }

  __setattr_check__(): void {}

  __repr__(): string {
    const list = (d: SignalDict) => `[${SIGNALS.filter((s) => d.on.has(s)).map(signalName).join(", ")}]`;
    return `Context(prec=${this.prec}, rounding=${this.rounding}, Emin=${this.Emin}, Emax=${this.Emax}, capitals=${this.capitals}, clamp=${this.clamp}, flags=${list(this.flags)}, traps=${list(this.traps)})`;
  }
}
Object.defineProperty(Context, "__module__", { value: "decimal" });

function checkPrec(p: unknown): number {
  const n = Number(p);
  if (!Number.isInteger(n) || n < 1) throw new ValueError("valid range for prec is [1, MAX_PREC]");
  return n;
}

function checkRounding(r: unknown): Rounding {
  if (!ROUNDING_MODES.includes(r as Rounding)) throw new TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
  return r as Rounding;
}

const defaults = { prec: 28, rounding: "ROUND_HALF_EVEN" as Rounding, Emin: -999999, Emax: 999999, capitals: 1, clamp: 0, traps: [InvalidOperation, DivisionByZero, Overflow] as Signal[] };

export const DefaultContext = new Context();
export const BasicContext = new Context(9, "ROUND_HALF_UP", null, null, null, null, null, [Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow]);
export const ExtendedContext = new Context(9, "ROUND_HALF_EVEN", null, null, null, null, null, []);

let current: Context = DefaultContext.copy();

export function getcontext(): Context {
  return current;
}

export function setcontext(ctx: Context): void {
  // CPython installs a copy of the shared template contexts.
  current = ctx === DefaultContext || ctx === BasicContext || ctx === ExtendedContext ? ctx.copy() : ctx;
}

/** `with localcontext(ctx=None, **kwargs) as c:` — a copy that is current inside the block. */
export function localcontext(ctx: Context | null = null, opts: ContextOptions = {}): { __enter__(): Context; __exit__(...args: unknown[]): boolean } {
  let saved: Context | undefined;
  const local = (ctx ?? current).copy();
  if (opts.prec !== undefined) local.prec = checkPrec(opts.prec);
  if (opts.rounding !== undefined) local.rounding = checkRounding(opts.rounding);
  if (opts.Emin !== undefined) local.Emin = opts.Emin;
  if (opts.Emax !== undefined) local.Emax = opts.Emax;
  return {
    __enter__() {
      saved = current;
      current = local;
      return local;
    },
    __exit__() {
      if (saved) current = saved;
      return false;
    },
  };
}
