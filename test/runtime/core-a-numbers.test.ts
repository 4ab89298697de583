/**
 * numbers.ts against CPython 3.11: every expected value was produced by
 * evaluating the quoted Python expression with python3.
 */
import { describe, expect, it } from "vitest";
import { abs, bin, bool, div, divmod, float, floordiv, hex, int, mod, oct, pow, round } from "../../src/runtime/numbers.js";
import { asFloat, flt, tuple, unbox } from "../../src/runtime/repr.js";

type Expect = { ok: unknown } | { err: string; msg: string };

const CASES: [string, () => unknown, Expect][] = [
  ["-7 // 2", () => floordiv(-7, 2), { ok: -4 }],
  ["7 // -2", () => floordiv(7, -2), { ok: -4 }],
  ["-7 % 2", () => mod(-7, 2), { ok: 1 }],
  ["7 % -2", () => mod(7, -2), { ok: -1 }],
  ["-7 % -2", () => mod(-7, -2), { ok: -1 }],
  ["-7.5 % 2", () => mod(-7.5, 2), { ok: 0.5 }],
  ["7.5 % -2", () => mod(7.5, -2), { ok: -0.5 }],
  ["1 // 0.1", () => floordiv(1, 0.1), { ok: 9.0 }],
  ["1 % 0.1", () => mod(1, 0.1), { ok: 0.09999999999999995 }],
  // A float -0.0 is boxed at run time; a plain -0 is an int (JavaScript made it), which has no sign.
  ["-0.0 // 5", () => floordiv(flt(-0), 5), { ok: -0 }],
  ["0 * -2 // 5 (a JavaScript -0 that is an int)", () => floordiv(-0, 5), { ok: 0 }],
  ["0 // -5", () => floordiv(0, -5), { ok: 0 }],
  ["0 % -5", () => mod(0, -5), { ok: 0 }],
  ["-6 // 3", () => floordiv(-6, 3), { ok: -2 }],
  ["5.5 // 2", () => floordiv(5.5, 2), { ok: 2.0 }],
  ["-5.5 // 2", () => floordiv(-5.5, 2), { ok: -3.0 }],
  ["divmod(-7, 2)", () => divmod(-7, 2), { ok: [-4, 1] }],
  ["divmod(7.5, -2)", () => divmod(7.5, -2), { ok: [-4.0, -0.5] }],
  ["divmod(7, 3)", () => divmod(7, 3), { ok: [2, 1] }],
  ["True // 1", () => floordiv(true, 1), { ok: 1 }],
  ["10 / 4", () => div(10, 4), { ok: 2.5 }],
  ["10 / 5", () => div(10, 5), { ok: 2.0 }],
  ["-1 / 3", () => div(-1, 3), { ok: -0.3333333333333333 }],
  ["1 / 0", () => div(1, 0), { err: "ZeroDivisionError", msg: "division by zero" }],
  ["1.5 / 0", () => div(1.5, 0), { err: "ZeroDivisionError", msg: "float division by zero" }],
  ["1 // 0", () => floordiv(1, 0), { err: "ZeroDivisionError", msg: "integer division or modulo by zero" }],
  ["1.5 // 0", () => floordiv(1.5, 0), { err: "ZeroDivisionError", msg: "float floor division by zero" }],
  ["1 % 0", () => mod(1, 0), { err: "ZeroDivisionError", msg: "integer modulo by zero" }],
  ["1.5 % 0", () => mod(1.5, 0), { err: "ZeroDivisionError", msg: "float modulo" }],
  ["divmod(1, 0)", () => divmod(1, 0), { err: "ZeroDivisionError", msg: "integer division or modulo by zero" }],
  ["'a' + 1 if False else 1 / 'a'", () => div(1, 'a'), { err: "TypeError", msg: "unsupported operand type(s) for /: 'int' and 'str'" }],
  ["pow(2, 10)", () => pow(2, 10), { ok: 1024 }],
  ["pow(2, -1)", () => pow(2, -1), { ok: 0.5 }],
  ["pow(2, 10, 1000)", () => pow(2, 10, 1000), { ok: 24 }],
  ["pow(2, -1, 7)", () => pow(2, -1, 7), { ok: 4 }],
  ["pow(3, 4, -5)", () => pow(3, 4, -5), { ok: -4 }],
  ["pow(2, 3, 0)", () => pow(2, 3, 0), { err: "ValueError", msg: "pow() 3rd argument cannot be 0" }],
  ["0 ** -1", () => pow(0, -1), { err: "ZeroDivisionError", msg: "0.0 cannot be raised to a negative power" }],
  ["pow(9, 0.5)", () => pow(9, 0.5), { ok: 3.0 }],
  ["2 ** 60", () => pow(2, 60), { ok: 1152921504606846976n }],
  ["pow(5, 3, 1)", () => pow(5, 3, 1), { ok: 0 }],
  ["pow(4, -1, 6)", () => pow(4, -1, 6), { err: "ValueError", msg: "base is not invertible for the given modulus" }],
  ["round(2.5)", () => round(2.5), { ok: 2 }],
  ["round(3.5)", () => round(3.5), { ok: 4 }],
  ["round(-2.5)", () => round(-2.5), { ok: -2 }],
  ["round(-0.5)", () => round(-0.5), { ok: 0 }],
  ["round(0.5)", () => round(0.5), { ok: 0 }],
  ["round(1.5)", () => round(1.5), { ok: 2 }],
  ["round(2.675, 2)", () => round(2.675, 2), { ok: 2.67 }],
  ["round(0.125, 2)", () => round(0.125, 2), { ok: 0.12 }],
  ["round(0.375, 2)", () => round(0.375, 2), { ok: 0.38 }],
  ["round(1.005, 2)", () => round(1.005, 2), { ok: 1.0 }],
  ["round(15, -1)", () => round(15, -1), { ok: 20 }],
  ["round(25, -1)", () => round(25, -1), { ok: 20 }],
  ["round(-25, -1)", () => round(-25, -1), { ok: -20 }],
  ["round(1234.5678, -2)", () => round(1234.5678, -2), { ok: 1200.0 }],
  ["round(1234.5678, 1)", () => round(1234.5678, { ndigits: 1 }), { ok: 1234.6 }],
  ["round(-0.4, 0)", () => round(-0.4, 0), { ok: -0 }],
  ["round(5, 2)", () => round(5, 2), { ok: 5 }],
  ["round(1e300, 2)", () => round(1e300, 2), { ok: 1e+300 }],
  ["round(0.1 + 0.2, 2)", () => round(0.1 + 0.2, 2), { ok: 0.3 }],
  ["round(2.5, 0)", () => round(2.5, 0), { ok: 2.0 }],
  ["round(float('inf'))", () => round(Infinity), { err: "OverflowError", msg: "cannot convert float infinity to integer" }],
  ["round(float('nan'))", () => round(NaN), { err: "ValueError", msg: "cannot convert float NaN to integer" }],
  ["round(7)", () => round(7), { ok: 7 }],
  ["round(2.0, None)", () => round(asFloat(2), null), { ok: 2 }],
  ["round(0.5e-10, 12)", () => round(0.5e-10, 12), { ok: 5e-11 }],
  ["abs(-2.5)", () => abs(-2.5), { ok: 2.5 }],
  ["abs(True)", () => abs(true), { ok: 1 }],
  ["abs('x')", () => abs('x'), { err: "TypeError", msg: "bad operand type for abs(): 'str'" }],
  ["int('42')", () => int('42'), { ok: 42 }],
  ["int(' -12 ')", () => int(' -12 '), { ok: -12 }],
  ["int('1_000')", () => int('1_000'), { ok: 1000 }],
  ["int('x')", () => int('x'), { err: "ValueError", msg: "invalid literal for int() with base 10: 'x'" }],
  ["int('1.5')", () => int('1.5'), { err: "ValueError", msg: "invalid literal for int() with base 10: '1.5'" }],
  ["int('')", () => int(''), { err: "ValueError", msg: "invalid literal for int() with base 10: ''" }],
  ["int('ff', 16)", () => int('ff', 16), { ok: 255 }],
  ["int('0x1f', 16)", () => int('0x1f', 16), { ok: 31 }],
  ["int('0x1f', 0)", () => int('0x1f', 0), { ok: 31 }],
  ["int('0b101', 0)", () => int('0b101', 0), { ok: 5 }],
  ["int('010', 0)", () => int('010', 0), { err: "ValueError", msg: "invalid literal for int() with base 0: '010'" }],
  ["int('000', 0)", () => int('000', 0), { ok: 0 }],
  ["int('z', 36)", () => int('z', 36), { ok: 35 }],
  ["int('_1')", () => int('_1'), { err: "ValueError", msg: "invalid literal for int() with base 10: '_1'" }],
  ["int('1__0')", () => int('1__0'), { err: "ValueError", msg: "invalid literal for int() with base 10: '1__0'" }],
  ["int('12', 2)", () => int('12', 2), { err: "ValueError", msg: "invalid literal for int() with base 2: '12'" }],
  ["int('+7')", () => int('+7'), { ok: 7 }],
  ["int(3.9)", () => int(3.9), { ok: 3 }],
  ["int(-3.9)", () => int(-3.9), { ok: -3 }],
  ["int(True)", () => int(true), { ok: 1 }],
  ["int(float('inf'))", () => int(Infinity), { err: "OverflowError", msg: "cannot convert float infinity to integer" }],
  ["int(float('nan'))", () => int(NaN), { err: "ValueError", msg: "cannot convert float NaN to integer" }],
  ["int(None)", () => int(null), { err: "TypeError", msg: "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'" }],
  ["int(5, 10)", () => int(5, 10), { err: "TypeError", msg: "int() can't convert non-string with explicit base" }],
  ["int('5', 1)", () => int('5', 1), { err: "ValueError", msg: "int() base must be >= 2 and <= 36, or 0" }],
  ["int()", () => int(), { ok: 0 }],
  ["int('0o17', 8)", () => int('0o17', 8), { ok: 15 }],
  ["int('0x_ff', 16)", () => int('0x_ff', 16), { ok: 255 }],
  ["float(' 2.5 ')", () => float(' 2.5 '), { ok: 2.5 }],
  ["float('1e3')", () => float('1e3'), { ok: 1000.0 }],
  ["float('-Infinity')", () => float('-Infinity'), { ok: -Infinity }],
  ["float('nan')", () => float('nan'), { ok: NaN }],
  ["float('inFINity')", () => float('inFINity'), { ok: Infinity }],
  ["float('1_0.5')", () => float('1_0.5'), { ok: 10.5 }],
  ["float('.5')", () => float('.5'), { ok: 0.5 }],
  ["float('5.')", () => float('5.'), { ok: 5.0 }],
  ["float('x')", () => float('x'), { err: "ValueError", msg: "could not convert string to float: 'x'" }],
  ["float('')", () => float(''), { err: "ValueError", msg: "could not convert string to float: ''" }],
  ["float('1e')", () => float('1e'), { err: "ValueError", msg: "could not convert string to float: '1e'" }],
  ["float('0x10')", () => float('0x10'), { err: "ValueError", msg: "could not convert string to float: '0x10'" }],
  ["float(None)", () => float(null), { err: "TypeError", msg: "float() argument must be a string or a real number, not 'NoneType'" }],
  ["float(3)", () => float(3), { ok: 3.0 }],
  ["float(True)", () => float(true), { ok: 1.0 }],
  ["float('-.5e-3')", () => float('-.5e-3'), { ok: -0.0005 }],
  ["float('1__0')", () => float('1__0'), { err: "ValueError", msg: "could not convert string to float: '1__0'" }],
  ["hex(255)", () => hex(255), { ok: "0xff" }],
  ["hex(-255)", () => hex(-255), { ok: "-0xff" }],
  ["bin(5)", () => bin(5), { ok: "0b101" }],
  ["bin(0)", () => bin(0), { ok: "0b0" }],
  ["oct(8)", () => oct(8), { ok: "0o10" }],
  ["oct(-8)", () => oct(-8), { ok: "-0o10" }],
  ["hex(1.5)", () => hex(1.5), { err: "TypeError", msg: "'float' object cannot be interpreted as an integer" }],
  ["hex(2**64)", () => hex(2 ** 64), { ok: "0x10000000000000000" }],
  ["bool(0)", () => bool(0), { ok: false }],
  ["bool(0.0)", () => bool(0), { ok: false }],
  ["bool(float('nan'))", () => bool(NaN), { ok: true }],
  ["bool('')", () => bool(''), { ok: false }],
  ["bool(' ')", () => bool(' '), { ok: true }],
  ["bool([])", () => bool([]), { ok: false }],
  ["bool([0])", () => bool([0]), { ok: true }],
  ["bool(())", () => bool(tuple()), { ok: false }],
  ["bool({})", () => bool(new Map()), { ok: false }],
  ["bool(set())", () => bool(new Set()), { ok: false }],
  ["bool({0})", () => bool(new Set([0])), { ok: true }],
  ["bool(None)", () => bool(null), { ok: false }],
  ["bool()", () => bool(), { ok: false }],
];

function run(f: () => unknown): Expect {
  try {
    // An integral float comes back boxed (PyFloat); the number behind it is what CPython printed.
    const v = unbox(f());
    return { ok: Array.isArray(v) ? v.map((x) => unbox(x)) : v };
  } catch (e) {
    const err = e as Error;
    return { err: err.constructor.name, msg: String((err as { __str__?: () => string }).__str__?.() ?? err.message) };
  }
}

describe("numbers match CPython", () => {
  it.each(CASES)("%s", (_py, f, expected) => {
    const got = run(f);
    expect(got).toEqual(expected);
    if ("ok" in got && typeof got.ok === "number") expect(Object.is(got.ok, (expected as { ok: number }).ok)).toBe(true);
  });

  it("keyword arguments as a trailing options object", () => {
    // int('ff', base=16), round(2.675, ndigits=2) -> 255 2.67
    expect(int("ff", { base: 16 })).toBe(255);
    expect(round(2.675, { ndigits: 2 })).toBe(2.67);
  });

  it("divmod returns a tuple", () => {
    expect(Object.isFrozen(divmod(-7, 2))).toBe(true);
  });
});
