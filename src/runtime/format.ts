/**
 * Python's three string formatting languages:
 *
 * - `format(value, spec)` — the format-spec mini-language of f-strings,
 *   `format()` and `str.format` (fill, align, sign, `z`, `#`, `0`, width,
 *   grouping, precision, type);
 * - `percentFormat(fmt, args)` — printf-style `"%s %d" % args`;
 * - `strFormat(fmt, positional, keywords)` — `"{} {0} {name}".format(...)`.
 *
 * Floats are rounded from their exact binary value with round-half-even, as
 * CPython does (`format(0.125, ".2f")` is `0.12`, `format(2.675, ".2f")` is
 * `2.67`); JavaScript's toFixed rounds exact ties up, so it is not used.
 *
 * NOTE for parallel helpers: two helpers received the same runtime "core-a"
 * brief and both wrote files here. To stop overwriting each other, format.ts
 * and numbers.ts (with test/runtime/core-a-format*.test.ts and
 * core-a-numbers*.test.ts) are kept by one of them, built against the other's
 * repr.ts and exceptions.ts API (Hinted, unhint tuples, registerBuiltinType).
 * Please edit these files in place instead of recreating them.
 */
import { AttributeError, IndexError, KeyError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { int } from "./numbers.js";
import { Hinted, type HintDesc, ascii, floatRepr, hintParts, isTuple, pyTypeName, repr, str, unhint } from "./repr.js";

// ---------------------------------------------------------------------------
// Exact decimal arithmetic on doubles

/** |x| = digits × 10^exp, exactly. */
interface Decimal {
  neg: boolean;
  digits: bigint;
  exp: number;
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** The exact decimal value of a finite double. */
function exactDecimal(x: number): Decimal {
  F64[0] = x;
  const bits = U64[0]!;
  const neg = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  if (mant === 0n) return { neg, digits: 0n, exp: 0 };
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    e2++;
  }
  if (e2 >= 0) return { neg, digits: mant << BigInt(e2), exp: 0 };
  // m × 2^-k = m × 5^k × 10^-k
  return { neg, digits: mant * 5n ** BigInt(-e2), exp: e2 };
}

/** Round to `frac` digits after the decimal point (negative: before it), half to even. */
function roundAt(d: Decimal, frac: number): Decimal {
  const target = -frac;
  if (d.exp >= target) return { neg: d.neg, digits: d.digits * 10n ** BigInt(d.exp - target), exp: target };
  const divisor = 10n ** BigInt(target - d.exp);
  let q = d.digits / divisor;
  const twice = (d.digits % divisor) * 2n;
  if (twice > divisor || (twice === divisor && (q & 1n) === 1n)) q += 1n;
  return { neg: d.neg, digits: q, exp: target };
}

function digitCount(n: bigint): number {
  return n === 0n ? 1 : n.toString().length;
}

/** `sig` significant digits (rounded half-even) and the decimal exponent of the first. */
function significant(d: Decimal, sig: number): { digits: string; exp: number } {
  if (d.digits === 0n) return { digits: "0".repeat(sig), exp: 0 };
  let e = digitCount(d.digits) - 1 + d.exp;
  let s = roundAt(d, sig - 1 - e).digits.toString();
  if (s.length > sig) {
    // 9.99 → 10.0: the carry adds a digit, and the dropped one is a zero.
    e += 1;
    s = s.slice(0, sig);
  }
  return { digits: s, exp: e };
}

/**
 * `sig` significant digits of a finite |x| >= 0. JavaScript's toExponential
 * rounds the exact value correctly except on exact ties (which it rounds
 * up), and a tie shows as a trailing 5 one digit further; only then is the
 * exact BigInt path needed.
 */
function significantOf(ax: number, sig: number): { digits: string; exp: number } {
  if (ax !== 0 && sig <= 100) {
    const probe = ax.toExponential(sig);
    if (probe[probe.indexOf("e") - 1] !== "5") {
      const t = ax.toExponential(sig - 1);
      const e = t.indexOf("e");
      return { digits: t.slice(0, e).replace(".", ""), exp: Number(t.slice(e + 1)) };
    }
  }
  return significant(exactDecimal(ax), sig);
}

/** Fixed notation with exactly `frac` digits after the point (unsigned). */
function fixed(x: number, frac: number): { int: string; frac: string } {
  if (x < 1e21 && frac < 100) {
    // toFixed is exact but for ties; see significantOf.
    const probe = x.toFixed(frac + 1);
    if (probe[probe.length - 1] !== "5") {
      const t = x.toFixed(frac);
      const dot = t.indexOf(".");
      return dot < 0 ? { int: t, frac: "" } : { int: t.slice(0, dot), frac: t.slice(dot + 1) };
    }
  }
  const r = roundAt(exactDecimal(x), frac);
  const s = r.digits.toString().padStart(frac + 1, "0");
  return frac > 0 ? { int: s.slice(0, s.length - frac), frac: s.slice(s.length - frac) } : { int: s, frac: "" };
}

/**
 * Python's `round(x, ndigits)` for a float: the exact value rounded half-even
 * to `ndigits` decimals, then back to the nearest double.
 */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits >= 0 && ndigits < 100 && Math.abs(x) < 1e21) {
    const f = fixed(Math.abs(x), ndigits);
    const v = Number(f.frac ? `${f.int}.${f.frac}` : f.int);
    return x < 0 ? -v : v;
  }
  const d = exactDecimal(x);
  if (d.exp >= -ndigits) return x;
  const r = roundAt(d, ndigits);
  const v = Number(`${r.digits}e${r.exp}`);
  return d.neg ? -v : v;
}

function expSuffix(e: number, upper: boolean): string {
  const a = Math.abs(e);
  return `${upper ? "E" : "e"}${e < 0 ? "-" : "+"}${a < 10 ? "0" : ""}${a}`;
}

function stripZeros(s: string): string {
  if (!s.includes(".")) return s;
  return s.replace(/0+$/, "").replace(/\.$/, "");
}

/**
 * The unsigned text of a finite |x| for a float presentation type.
 * `type` is one of e E f F g G % or "" (none); "r" means repr.
 */
function floatBody(x: number, type: string, precision: number | undefined, alt: boolean): string {
  const ax = Math.abs(x);
  switch (type) {
    case "f":
    case "F":
    case "%": {
      const p = precision ?? 6;
      const { int: i, frac } = fixed(type === "%" ? ax * 100 : ax, p);
      const body = frac ? `${i}.${frac}` : alt ? `${i}.` : i;
      return type === "%" ? body + "%" : body;
    }
    case "e":
    case "E": {
      const p = precision ?? 6;
      const { digits, exp } = significantOf(ax, p + 1);
      const mant = p > 0 ? `${digits[0]}.${digits.slice(1)}` : alt ? `${digits}.` : digits;
      return mant + expSuffix(exp, type === "E");
    }
    case "g":
    case "G":
    case "": {
      if (type === "" && precision === undefined) {
        return floatRepr(ax);
      }
      let p = precision ?? 6;
      if (p === 0) p = 1;
      const { digits, exp } = significantOf(ax, p);
      // With no type, fixed notation keeps a digit after the point and
      // switches to exponent form one digit earlier.
      const limit = type === "" ? p - 1 : p;
      let body: string;
      if (exp >= -4 && exp < limit) {
        if (exp < 0) body = `0.${"0".repeat(-exp - 1)}${digits}`;
        else body = digits.length > exp + 1 ? `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}` : digits + "0".repeat(exp + 1 - digits.length);
        if (alt) {
          if (!body.includes(".")) body += ".";
        } else body = stripZeros(body);
        if (type === "" && !body.includes(".")) body += ".0";
        return body;
      }
      let mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : alt ? `${digits}.` : digits;
      if (!alt) mant = stripZeros(mant);
      return mant + expSuffix(exp, type === "G");
    }
    default:
      throw new ValueError(`Unknown format code '${type}' for object of type 'float'`);
  }
}

// ---------------------------------------------------------------------------
// Format spec mini-language

interface Spec {
  fill: string;
  align: "" | "<" | ">" | "=" | "^";
  sign: "" | "+" | "-" | " ";
  z: boolean;
  alt: boolean;
  width: number;
  grouping: "" | "," | "_";
  precision: number | undefined;
  type: string;
  /** The `0` flag chose '=' alignment: numbers only, strings keep their default. */
  zeroAlign: boolean;
}

const SPEC_RE = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su;

function parseSpec(spec: string, typeName: string): Spec {
  const m = SPEC_RE.exec(spec);
  if (!m) {
    if (/^(?:.?[<>=^])?[-+ ]?z?#?0?\d*[,_]?\.(?:\D|$)/su.test(spec)) throw new ValueError("Format specifier missing precision");
    if (/^(?:.?[<>=^])?[-+ ]?z?#?0?\d*,_/su.test(spec)) throw new ValueError("Cannot specify both ',' and '_'.");
    if (/^(?:.?[<>=^])?[-+ ]?z?#?0?\d*_,/su.test(spec)) throw new ValueError("Cannot specify both ',' and '_'.");
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  }
  const [, fillChar, align, sign, z, alt, zero, width, grouping, precision, type] = m;
  let fill = fillChar ?? " ";
  let al = (align ?? "") as Spec["align"];
  let zeroAlign = false;
  if (zero && fillChar === undefined) {
    fill = "0";
    if (!align) {
      al = "=";
      zeroAlign = true;
    }
  }
  return {
    fill,
    align: al,
    sign: (sign ?? "") as Spec["sign"],
    z: Boolean(z),
    alt: Boolean(alt),
    width: width ? Number(width) : 0,
    grouping: (grouping ?? "") as Spec["grouping"],
    precision: precision !== undefined ? Number(precision) : undefined,
    type: type ?? "",
    zeroAlign,
  };
}

function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function pad(text: string, spec: Spec, defaultAlign: "<" | ">", prefixLength = 0): string {
  const len = cpLength(text);
  if (spec.width <= len) return text;
  const n = spec.width - len;
  const align = spec.align || defaultAlign;
  const fill = (k: number) => spec.fill.repeat(k);
  switch (align) {
    case "<":
      return text + fill(n);
    case "^":
      return fill(Math.floor(n / 2)) + text + fill(n - Math.floor(n / 2));
    case "=":
      return text.slice(0, prefixLength) + fill(n) + text.slice(prefixLength);
    default:
      return fill(n) + text;
  }
}

/** Insert separators every `size` digits, padding with zeros up to `minWidth` as CPython does. */
function group(digits: string, size: number, sep: string, minWidth: number): string {
  const parts: string[] = [];
  let remaining = digits.length;
  let mw = minWidth;
  for (;;) {
    const l = Math.min(Math.max(remaining, mw, 1), size);
    const nChars = Math.max(0, Math.min(remaining, l));
    parts.push("0".repeat(l - nChars) + digits.slice(remaining - nChars, remaining));
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    parts.push(sep);
    mw -= sep.length;
  }
  return parts.reverse().join("");
}

/** sign + prefix + digits (grouped) + rest, padded per spec. */
function assemble(signText: string, prefix: string, intDigits: string, rest: string, spec: Spec, groupSize: number): string {
  let digits = intDigits;
  if (spec.grouping && intDigits) {
    const minWidth = spec.fill === "0" && spec.align === "=" ? Math.max(0, spec.width - signText.length - prefix.length - cpLength(rest)) : 0;
    digits = group(intDigits, groupSize, spec.grouping, minWidth);
  }
  const head = signText + prefix;
  return pad(head + digits + rest, spec, ">", head.length);
}

function signFor(negative: boolean, spec: Spec): string {
  if (negative) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

function formatString(s: string, spec: Spec): string {
  if (spec.type !== "" && spec.type !== "s") throw new ValueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign) throw new ValueError("Sign not allowed in string format specifier");
  if (spec.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in format specifier");
  if (spec.grouping) throw new ValueError(`Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.zeroAlign) spec = { ...spec, align: "" };
  if (spec.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  let text = s;
  if (spec.precision !== undefined && cpLength(text) > spec.precision) text = [...text].slice(0, spec.precision).join("");
  return pad(text, spec, "<");
}

function checkGrouping(spec: Spec, type: string): void {
  if (!spec.grouping) return;
  const t = type || "d";
  if (spec.grouping === "," && "bcoxXn".includes(t)) throw new ValueError(`Cannot specify ',' with '${t}'.`);
  if (spec.grouping === "_" && "cn".includes(t)) throw new ValueError(`Cannot specify '_' with '${t}'.`);
}

function formatInteger(n: number | bigint, spec: Spec, typeName: string): string {
  const type = spec.type;
  if ("eEfFgG%".includes(type) && type !== "") return formatFloat(Number(n), spec);
  if (!"bcdoxXn".includes(type) || type.length !== 1) {
    if (type !== "") throw new ValueError(`Unknown format code '${type}' for object of type '${typeName}'`);
  }
  if (spec.precision !== undefined) throw new ValueError("Precision not allowed in integer format specifier");
  checkGrouping(spec, type);
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  const big = typeof n === "bigint" ? n : BigInt(n);
  if (type === "c") {
    if (spec.sign) throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (big < 0n || big > 0x10ffffn) throw new OverflowError("%c arg not in range(0x110000)");
    return pad(String.fromCodePoint(Number(big)), spec, ">");
  }
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  let digits = abs.toString(base);
  if (type === "X") digits = digits.toUpperCase();
  const prefix = spec.alt && base !== 10 ? `0${type === "b" ? "b" : type === "o" ? "o" : type}` : "";
  return assemble(signFor(neg, spec), prefix, digits, "", spec, base === 10 ? 3 : 4);
}

function formatFloat(x: number, spec: Spec): string {
  let type = spec.type;
  if (!"eEfFgGn%".includes(type) || type.length > 1) throw new ValueError(`Unknown format code '${type}' for object of type 'float'`);
  checkGrouping(spec, type);
  if (type === "n") type = "g";
  let neg = x < 0 || Object.is(x, -0);
  let body: string;
  if (Number.isNaN(x)) {
    neg = false;
    body = "nan";
  } else if (!Number.isFinite(x)) body = "inf";
  else body = floatBody(x, type, spec.precision, spec.alt);
  if (!Number.isFinite(x) && type === "%") body += "%";
  if ("EFG".includes(type) && type !== "") body = body.toUpperCase();
  if (neg && spec.z && !/[1-9]/.test(body.split(/[eE]/)[0]!)) neg = false;
  const m = /^\d*/.exec(body)!;
  return assemble(signFor(neg, spec), "", m[0], body.slice(m[0].length), spec, 3);
}

function callFormatDunder(obj: object, spec: string): string {
  const r = (obj as { __format__: (s: string) => unknown }).__format__(spec);
  if (typeof r !== "string") throw new TypeError(`__format__ must return a str, not ${pyTypeName(r)}`);
  return r;
}

function formatWithHint(value: unknown, desc: HintDesc, spec: string): string {
  if (typeof spec !== "string") throw new TypeError(`format() argument 2 must be str, not ${pyTypeName(spec)}`);
  if (value !== null && typeof value === "object" && typeof (value as { __format__?: unknown }).__format__ === "function") {
    return callFormatDunder(value, spec);
  }
  switch (typeof value) {
    case "string":
      return spec === "" ? value : formatString(value, parseSpec(spec, "str"));
    case "boolean":
      return spec === "" ? (value ? "True" : "False") : formatInteger(value ? 1 : 0, parseSpec(spec, "bool"), "bool");
    case "bigint":
      return formatInteger(value, parseSpec(spec, "int"), "int");
    case "number": {
      const isFloat = desc === "float" || !Number.isInteger(value);
      if (!isFloat) return formatInteger(value, parseSpec(spec, "int"), "int");
      if (spec === "") return floatRepr(value);
      return formatFloat(value, parseSpec(spec, "float"));
    }
    default:
      break;
  }
  if (spec === "") return str(new Hinted(value, desc));
  throw new TypeError(`unsupported format string passed to ${pyTypeName(value)}.__format__`);
}

/** Python's `format(value, spec)`; also what f-string fields with a spec become. */
export function format(value: unknown, spec: string = ""): string {
  const { value: v, desc } = unhint(value);
  return formatWithHint(v, desc, spec);
}

// ---------------------------------------------------------------------------
// printf-style formatting: "..." % args

interface Arg {
  value: unknown;
  desc: HintDesc;
}

function isMappingLike(x: unknown): boolean {
  if (x === null || typeof x !== "object") return false;
  if (isTuple(x)) return false;
  return x instanceof Map || Array.isArray(x) || typeof (x as { __getitem__?: unknown }).__getitem__ === "function" || Object.getPrototypeOf(x) === Object.prototype;
}

function mappingGet(m: unknown, key: string, desc: HintDesc): Arg {
  if (m instanceof Map) {
    if (!m.has(key)) throw new KeyError(key);
    return { value: m.get(key), desc: hintParts.value(desc) };
  }
  if (m !== null && typeof m === "object" && typeof (m as { __getitem__?: unknown }).__getitem__ === "function") {
    return { value: (m as { __getitem__: (k: string) => unknown }).__getitem__(key), desc: "any" };
  }
  if (Array.isArray(m)) throw new TypeError("list indices must be integers or slices, not str");
  if (m !== null && typeof m === "object" && Object.hasOwn(m, key)) return { value: (m as Record<string, unknown>)[key], desc: "any" };
  throw new KeyError(key);
}

function realNumber(arg: Arg, conv: string): number {
  const v = unhint(arg.value).value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (v !== null && typeof v === "object") {
    const o = v as { __float__?: () => number; __int__?: () => number; __index__?: () => number };
    if (typeof o.__float__ === "function") return o.__float__();
    if (typeof o.__int__ === "function") return o.__int__();
    if (typeof o.__index__ === "function") return o.__index__();
  }
  if ("diu".includes(conv)) throw new TypeError(`%${conv} format: a real number is required, not ${pyTypeName(v)}`);
  throw new TypeError(`must be real number, not ${pyTypeName(v)}`);
}

function integerArg(arg: Arg, conv: string): number {
  const v = unhint(arg.value).value;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number" && Number.isInteger(v) && arg.desc !== "float") return v;
  if (typeof v === "bigint") return Number(v);
  if (v !== null && typeof v === "object" && typeof (v as { __index__?: unknown }).__index__ === "function") {
    return (v as { __index__: () => number }).__index__();
  }
  throw new TypeError(`%${conv} format: an integer is required, not ${pyTypeName(arg.desc === "float" && typeof v === "number" ? 1.5 : v)}`);
}

interface PercentFlags {
  minus: boolean;
  plus: boolean;
  space: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  precision: number | undefined;
}

function numberSpec(f: PercentFlags, type: string, precision: number | undefined): Spec {
  return {
    fill: f.zero && !f.minus ? "0" : " ",
    align: f.minus ? "<" : f.zero ? "=" : ">",
    sign: f.plus ? "+" : f.space ? " " : "",
    z: false,
    alt: f.alt,
    width: f.width,
    grouping: "",
    precision,
    type,
    zeroAlign: false,
  };
}

function padText(text: string, f: PercentFlags): string {
  const n = f.width - cpLength(text);
  if (n <= 0) return text;
  return f.minus ? text + " ".repeat(n) : " ".repeat(n) + text;
}

function percentConvert(conv: string, arg: Arg, f: PercentFlags): string {
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      const hintedValue = new Hinted(arg.value, arg.desc);
      let text = conv === "s" ? str(hintedValue) : conv === "r" ? repr(hintedValue) : ascii(hintedValue);
      if (f.precision !== undefined) text = [...text].slice(0, f.precision).join("");
      return padText(text, f);
    }
    case "d":
    case "i":
    case "u": {
      const n = realNumber(arg, conv);
      const i = Number.isInteger(n) ? n : int(n);
      if (f.precision !== undefined) {
        const digits = (i < 0 ? BigInt(-i) : BigInt(i)).toString().padStart(f.precision, "0");
        const signText = i < 0 ? "-" : f.plus ? "+" : f.space ? " " : "";
        const spec = numberSpec(f, "", undefined);
        return assemble(signText, "", digits, "", spec, 3);
      }
      return formatInteger(i, numberSpec(f, "d", undefined), "int");
    }
    case "o":
    case "x":
    case "X": {
      const i = integerArg(arg, conv);
      return formatInteger(i, numberSpec(f, conv, undefined), "int");
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
      return formatFloat(realNumber(arg, conv), numberSpec(f, conv, f.precision));
    case "c": {
      const v = unhint(arg.value).value;
      if (typeof v === "string" && cpLength(v) === 1) return padText(v, f);
      if (typeof v === "number" && Number.isInteger(v)) {
        if (v < 0 || v > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
        return padText(String.fromCodePoint(v), f);
      }
      throw new TypeError("%c requires int or char");
    }
    default:
      throw new Error("unreachable");
  }
}

/** Python's `fmt % args`: args is a tuple (frozen Array), a single value, or a mapping for `%(name)s`. */
export function percentFormat(fmt: string, args: unknown): string {
  const { value: a, desc } = unhint(args);
  const items: Arg[] = isTuple(a) ? a.map((v, i) => ({ value: v, desc: hintParts.element(desc, i) })) : [{ value: a, desc }];
  const mapping = !isTuple(a) && isMappingLike(a) ? a : null;
  let next = 0;
  const take = (): Arg => {
    if (next >= items.length) throw new TypeError("not enough arguments for format string");
    return items[next++]!;
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw new ValueError("incomplete format");
    let keyed: Arg | null = null;
    if (fmt[i] === "(") {
      if (mapping === null) throw new TypeError("format requires a mapping");
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) throw new ValueError("incomplete format key");
      keyed = mappingGet(mapping, fmt.slice(i + 1, j - 1), desc);
      i = j;
    }
    const f: PercentFlags = { minus: false, plus: false, space: false, alt: false, zero: false, width: 0, precision: undefined };
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") f.minus = true;
      else if (c === "+") f.plus = true;
      else if (c === " ") f.space = true;
      else if (c === "#") f.alt = true;
      else if (c === "0") f.zero = true;
      else break;
    }
    const star = (): number => {
      const w = unhint(take().value).value;
      if (typeof w !== "number" || !Number.isInteger(w)) throw new TypeError("* wants int");
      return w;
    };
    if (fmt[i] === "*") {
      let w = star();
      if (w < 0) {
        f.minus = true;
        w = -w;
      }
      f.width = w;
      i++;
    } else {
      const m = /^\d+/.exec(fmt.slice(i));
      if (m) {
        f.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        f.precision = Math.max(0, star());
        i++;
      } else {
        const m = /^\d*/.exec(fmt.slice(i))!;
        f.precision = m[0] ? Number(m[0]) : 0;
        i += m[0].length;
      }
    }
    while (i < n && "hlL".includes(fmt[i]!)) i++;
    if (i >= n) throw new ValueError("incomplete format");
    const conv = fmt[i]!;
    const at = i;
    i++;
    if (conv === "%") {
      out += "%";
      continue;
    }
    if (!"sradiuoxXeEfFgGc".includes(conv)) {
      const cp = conv.codePointAt(0)!;
      throw new ValueError(`unsupported format character '${conv}' (0x${cp.toString(16)}) at index ${at}`);
    }
    out += percentConvert(conv, keyed ?? take(), f);
  }
  if (next < items.length && mapping === null) throw new TypeError("not all arguments converted during string formatting");
  return out;
}

// ---------------------------------------------------------------------------
// str.format

type Keywords = Map<string, unknown> | Record<string, unknown>;

interface FormatState {
  positional: readonly unknown[];
  keywords: Keywords | undefined;
  auto: number;
  mode: "none" | "auto" | "manual";
}

function keywordGet(kw: Keywords | undefined, name: string): Arg {
  if (kw instanceof Map) {
    if (kw.has(name)) return { value: kw.get(name), desc: "any" };
  } else if (kw && Object.hasOwn(kw, name)) return { value: kw[name], desc: "any" };
  throw new KeyError(name);
}

function getAttribute(arg: Arg, name: string): Arg {
  const { value: v } = unhint(arg.value);
  if (v === null || v === undefined) throw new AttributeError(`'NoneType' object has no attribute '${name}'`);
  const o = Object(v) as Record<string, unknown>;
  if (!(name in o)) throw new AttributeError(`'${pyTypeName(v)}' object has no attribute '${name}'`);
  const got = o[name];
  return { value: typeof got === "function" && typeof v === "object" ? (got as Function).bind(v) : got, desc: "any" };
}

function getItem(arg: Arg, key: string): Arg {
  const { value: v, desc: innerDesc } = unhint(arg.value);
  const desc = arg.value instanceof Hinted ? innerDesc : arg.desc;
  const isInt = /^\d+$/.test(key);
  if (v instanceof Map) {
    const k: unknown = isInt && !v.has(key) ? Number(key) : key;
    if (!v.has(k)) throw new KeyError(k);
    return { value: v.get(k), desc: hintParts.value(desc) };
  }
  if (Array.isArray(v) || typeof v === "string") {
    const kind = typeof v === "string" ? "string" : isTuple(v) ? "tuple" : "list";
    if (!isInt) throw new TypeError(`${kind} indices must be integers or slices, not str`);
    const idx = Number(key);
    if (idx >= v.length) throw new IndexError(`${kind} index out of range`);
    return { value: v[idx], desc: hintParts.element(desc, idx) };
  }
  if (v !== null && typeof v === "object" && typeof (v as { __getitem__?: unknown }).__getitem__ === "function") {
    return { value: (v as { __getitem__: (k: unknown) => unknown }).__getitem__(isInt ? Number(key) : key), desc: "any" };
  }
  if (v !== null && typeof v === "object" && key in v) return { value: (v as Record<string, unknown>)[key], desc: "any" };
  throw new TypeError(`'${pyTypeName(v)}' object is not subscriptable`);
}

function resolveField(name: string, st: FormatState): Arg {
  const m = /^[^.[]*/.exec(name)!;
  const first = m[0];
  let arg: Arg;
  if (first === "") {
    if (st.mode === "manual") throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    st.mode = "auto";
    const idx = st.auto++;
    if (idx >= st.positional.length) throw new IndexError(`Replacement index ${idx} out of range for positional args tuple`);
    arg = { value: st.positional[idx], desc: "any" };
  } else if (/^\d+$/.test(first)) {
    if (st.mode === "auto") throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    st.mode = "manual";
    const idx = Number(first);
    if (idx >= st.positional.length) throw new IndexError(`Replacement index ${idx} out of range for positional args tuple`);
    arg = { value: st.positional[idx], desc: "any" };
  } else {
    arg = keywordGet(st.keywords, first);
  }
  let rest = name.slice(first.length);
  while (rest) {
    if (rest[0] === ".") {
      const a = /^\.([^.[]*)/.exec(rest)!;
      if (!a[1]) throw new ValueError("Empty attribute in format string");
      arg = getAttribute(arg, a[1]);
      rest = rest.slice(a[0].length);
    } else if (rest[0] === "[") {
      const close = rest.indexOf("]");
      if (close < 0) throw new ValueError("Missing ']' in format string");
      const key = rest.slice(1, close);
      if (key === "") throw new ValueError("Empty attribute in format string");
      arg = getItem(arg, key);
      rest = rest.slice(close + 1);
      if (rest && rest[0] !== "." && rest[0] !== "[") throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return arg;
}

function renderField(field: string, st: FormatState, depth: number): string {
  // field = name[!conv][:spec]; brackets in the name may hold ':' or '!'.
  let i = 0;
  while (i < field.length && field[i] !== "!" && field[i] !== ":") {
    if (field[i] === "[") {
      const close = field.indexOf("]", i);
      if (close < 0) break;
      i = close + 1;
    } else i++;
  }
  const name = field.slice(0, i);
  let conv: string | null = null;
  let spec = "";
  if (field[i] === "!") {
    conv = field[i + 1] ?? "";
    if (i + 1 >= field.length) throw new ValueError("end of string while looking for conversion specifier");
    if (i + 2 < field.length && field[i + 2] !== ":") throw new ValueError("expected ':' after conversion specifier");
    spec = field.slice(i + 3);
  } else if (field[i] === ":") {
    spec = field.slice(i + 1);
  }
  const arg = resolveField(name, st);
  if (spec.includes("{")) {
    if (depth >= 2) throw new ValueError("Max string recursion exceeded");
    spec = expand(spec, st, depth + 1);
  }
  let shown: unknown = arg.desc === "any" ? arg.value : new Hinted(arg.value, arg.desc);
  if (conv !== null) {
    if (conv === "r") shown = repr(shown);
    else if (conv === "s") shown = str(shown);
    else if (conv === "a") shown = ascii(shown);
    else throw new ValueError(`Unknown conversion specifier ${conv}`);
  }
  return format(shown, spec);
}

function expand(fmt: string, st: FormatState, depth: number): string {
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      // Find the matching close brace, allowing nested {} in the spec.
      let j = i + 1;
      let level = 1;
      while (j < n) {
        const d = fmt[j];
        if (d === "[") {
          const close = fmt.indexOf("]", j);
          if (close >= 0 && !fmt.slice(j, close).includes("}")) {
            j = close + 1;
            continue;
          }
        }
        if (d === "{") level++;
        else if (d === "}") {
          level--;
          if (level === 0) break;
        }
        j++;
      }
      if (j >= n) throw new ValueError(i + 1 < n ? "expected '}' before end of string" : "Single '{' encountered in format string");
      out += renderField(fmt.slice(i + 1, j), st, depth);
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw new ValueError("Single '}' encountered in format string");
    } else {
      const next = fmt.slice(i).search(/[{}]/);
      const end = next < 0 ? n : i + next;
      out += fmt.slice(i, end);
      i = end;
    }
  }
  return out;
}

/** Python's `fmt.format(*positional, **keywords)`. */
export function strFormat(fmt: string, positional: readonly unknown[] = [], keywords?: Keywords): string {
  const st: FormatState = { positional, keywords, auto: 0, mode: "none" };
  return expand(fmt, st, 0);
}
