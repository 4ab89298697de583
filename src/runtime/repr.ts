/**
 * Python's str() and repr() over JavaScript-native values, and print().
 *
 * Values keep their JavaScript form (numbers, strings, arrays, Map, Set), so
 * the few distinctions JavaScript erases are carried separately: a frozen
 * array is a tuple, and the translator wraps values whose static type holds
 * floats with `asFloat`/`hinted` at the places they are shown, because 2.0
 * and 2 are the same JavaScript number.
 *
 * NOTE for parallel helpers: of the two "core-a" helpers, this file is kept by
 * the one keeping repr.ts, exceptions.ts, time.ts and index.ts (tests:
 * test/runtime/core-repr*, core-exceptions*, core-time*). Edit in place.
 */
import { BUILTIN_EXCEPTIONS, TypeError } from "./exceptions.js";
import { setKeywordCall } from "./kwargs.js";
import { FrozenSet, PySet } from "./sets/pyset.js";

/** Where floats sit inside a value, from its static Python type. */
export type HintDesc =
  | "float"
  | "any"
  | { readonly list: HintDesc }
  | { readonly tuple: readonly HintDesc[] | HintDesc }
  /** `at`: per-entry value hints of a dict literal, in insertion order. */
  | { readonly dict: readonly [HintDesc, HintDesc]; readonly at?: readonly HintDesc[] }
  | { readonly set: HintDesc };

/** A value with its float hint; only formatting functions look inside. */
export class Hinted<T = unknown> {
  constructor(
    readonly value: T,
    readonly desc: HintDesc,
  ) {}
}

/**
 * An integral float as a run-time value: `2.0` where no static type says
 * float (an untyped variable, a container element, json.loads, max(2, 3.0)).
 * Non-integral numbers are unambiguous and stay plain; this box is the only
 * extra representation. It is a float hint, so everything that formats hints
 * already prints it as `2.0`, and `valueOf` lets JavaScript arithmetic and
 * `<` read it as a number. Two boxes of one value may be different objects:
 * equality, hashing, dict keys and set elements go by value (builtins.ts).
 */
export class PyFloat extends Hinted<number> {
  constructor(value: number) {
    super(value, "float");
  }
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return floatRepr(this.value);
  }
}

const SMALL_MIN = -128;
const small: (PyFloat | undefined)[] = new Array(1152);
const NEGATIVE_ZERO = new PyFloat(-0);

/**
 * The run-time form of a float: plain when non-integral (or inf/nan), else a
 * PyFloat. Typed as number so generated code keeps its number types. Small
 * values share one box each; others get a fresh one (the runtime compares
 * and hashes boxes by value, never by identity).
 */
export function flt(x: number): number {
  if (typeof x !== "number" || !Number.isInteger(x)) return x;
  const i = x - SMALL_MIN;
  if (i >= 0 && i < small.length) {
    if (x === 0 && 1 / x < 0) return NEGATIVE_ZERO as unknown as number;
    return (small[i] ??= new PyFloat(x)) as unknown as number;
  }
  return new PyFloat(x) as unknown as number;
}

/** The JavaScript number behind a number that may be boxed; anything else unchanged. */
export function unbox<T>(x: T): T {
  return (x instanceof PyFloat ? x.value : x) as T;
}

/** Whether x is a Python float at run time: a non-integral number or a float box/hint. */
export function isFloatValue(x: unknown): boolean {
  if (x instanceof Hinted) return x.desc === "float";
  return typeof x === "number" && !Number.isInteger(x);
}

/** Marks a scalar known statically to be a float, so 2.0 prints as `2.0`. */
export function asFloat<T>(x: T): Hinted<T> {
  return new Hinted(x, "float");
}

/** Marks a container whose static type includes floats (see HintDesc). */
export function hinted<T>(x: T, desc: HintDesc): Hinted<T> {
  return new Hinted(x, desc);
}

/** Another name for Hinted, used by format.ts and numbers.ts. */
export const FloatHint = Hinted;
export type FloatHint<T = unknown> = Hinted<T>;

/** The value behind a possible hint, and the hint ("any" when there is none). */
export function unhint(x: unknown, desc: HintDesc = "any"): { value: unknown; desc: HintDesc } {
  while (x instanceof Hinted) {
    desc = x.desc;
    x = x.value;
  }
  return { value: x, desc };
}

/** The hint for the parts of a hinted container. */
export const hintParts = {
  /** Element `i` of a list, tuple or set. */
  element(desc: HintDesc, i: number): HintDesc {
    if (typeof desc !== "object") return "any";
    if ("tuple" in desc) return Array.isArray(desc.tuple) ? (desc.tuple[i] ?? "any") : (desc.tuple as HintDesc);
    if ("list" in desc) return desc.list;
    if ("set" in desc) return desc.set;
    return "any";
  },
  /** The keys of a dict. */
  key(desc: HintDesc): HintDesc {
    return typeof desc === "object" && "dict" in desc ? desc.dict[0] : "any";
  },
  /** The values of a dict; `i` is the entry's position, for a literal's per-entry hints. */
  value(desc: HintDesc, i?: number): HintDesc {
    if (typeof desc !== "object" || !("dict" in desc)) return "any";
    return (i !== undefined ? desc.at?.[i] : undefined) ?? desc.dict[1];
  },
};

/** A Python tuple: a frozen array, which is how repr tells `(3,)` from `[3]`. */
export function tuple<T extends unknown[]>(...items: T): Readonly<T> {
  return Object.freeze(items);
}

export function isTuple(x: unknown): x is readonly unknown[] {
  return Array.isArray(x) && Object.isFrozen(x);
}

// frozenset (sets/pyset.ts): prints as `frozenset({...})`.
export { FrozenSet };

// ---------------------------------------------------------------- numbers

/** Python's repr of a float: shortest round-trip digits, exponent outside [1e-4, 1e16). */
export function floatRepr(n: number): string {
  if (Number.isNaN(n)) return "nan";
  if (n === Infinity) return "inf";
  if (n === -Infinity) return "-inf";
  if (n === 0) return Object.is(n, -0) ? "-0.0" : "0.0";
  const [mantissa, expText] = n.toExponential().split("e") as [string, string];
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    return `${mantissa}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  let whole: string;
  let frac: string;
  if (exp >= 0) {
    whole = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
    frac = digits.slice(exp + 1) || "0";
  } else {
    whole = "0";
    frac = "0".repeat(-exp - 1) + digits;
  }
  return `${negative ? "-" : ""}${whole}.${frac}`;
}

/** An integral number as Python prints an int: all digits, never an exponent. */
export function intRepr(n: number | bigint): string {
  if (typeof n === "bigint") return n.toString();
  // Past 2**53 String() rounds to 17 significant digits; the exact value of
  // the double is what Python shows for the same int (2**60, int(1e20)).
  if (Math.abs(n) <= Number.MAX_SAFE_INTEGER) return String(n);
  return BigInt(n).toString();
}

/** A number without a hint prints as an int when integral, else as a float. */
function numberRepr(n: number, desc: HintDesc): string {
  if (desc === "float") return floatRepr(n);
  return Number.isInteger(n) ? intRepr(n) : floatRepr(n);
}

// ---------------------------------------------------------------- strings

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** CPython's quoting: single quotes unless the text has ' and no ". */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (cp < 0x20 || cp === 0x7f) out += escapeCodePoint(cp);
    else if (cp < 0x7f || ch === " ") out += ch;
    else if (NON_PRINTABLE.test(ch)) out += escapeCodePoint(cp);
    else out += ch;
  }
  return out + quote;
}

// ---------------------------------------------------------------- names of things

/** Builtin types and functions register here so repr can name them like CPython. */
const builtinTypeNames = new WeakMap<Function, string>();
const builtinFunctionNames = new WeakMap<Function, string>();

export function registerBuiltinType(fn: Function, name: string): void {
  builtinTypeNames.set(fn, name);
}

export function registerBuiltinFunction(fn: Function, name: string): void {
  builtinFunctionNames.set(fn, name);
}

/** Whether `fn` is one of Python's builtin functions (`len`, `print`). */
export function isBuiltinFunction(fn: unknown): boolean {
  return typeof fn === "function" && builtinFunctionNames.has(fn);
}

export function builtinTypeName(fn: unknown): string | undefined {
  return typeof fn === "function" ? builtinTypeNames.get(fn) : undefined;
}

export function isClass(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  if (builtinTypeNames.has(fn)) return true;
  return /^class[\s{]/.test(Function.prototype.toString.call(fn));
}

/** `__module__` as a static on the class when generated code or the runtime sets one. */
function moduleOf(cls: Function): string {
  if (BUILTIN_EXCEPTIONS.has(cls)) return "builtins";
  const own = Object.getOwnPropertyDescriptor(cls, "__module__")?.value;
  return typeof own === "string" ? own : "__main__";
}

/** A class's qualified name as repr and tracebacks show it. */
export function className(cls: Function): string {
  const builtin = builtinTypeNames.get(cls);
  if (builtin) return builtin;
  const mod = moduleOf(cls);
  return mod === "builtins" ? cls.name : `${mod}.${cls.name}`;
}

function functionRepr(fn: Function): string {
  // A runtime callable with its own repr (a weakref, a finalize object); a functools.partial as CPython shows it.
  // A builtin type's own `__repr__` is its unbound method (`bytes.__repr__(b)`), not a repr of the type.
  if (!builtinTypeNames.has(fn) && Object.prototype.hasOwnProperty.call(fn, "__repr__") && typeof (fn as any).__repr__ === "function") return String((fn as any).__repr__());
  if ((fn as any).__partial__ === true) {
    const p = fn as any;
    const parts = [repr(p.func), ...p.args.map((a: unknown) => repr(a)), ...[...(p.keywords as Map<string, unknown>)].map(([k, v]) => `${k}=${repr(v)}`)];
    return `functools.partial(${parts.join(", ")})`;
  }
  const builtinType = builtinTypeNames.get(fn);
  if (builtinType) return `<class '${builtinType}'>`;
  const builtinFn = builtinFunctionNames.get(fn);
  if (builtinFn) return `<built-in function ${builtinFn}>`;
  if (isClass(fn)) return `<class '${className(fn)}'>`;
  return `<function ${fn.name || "<lambda>"}${at(fn)}>`;
}

function objectRepr(x: object): string {
  const tag = Object.prototype.toString.call(x);
  if (tag === "[object Generator]") return "<generator object>";
  if (tag === "[object AsyncGenerator]") return "<async_generator object>";
  if (x instanceof Promise) return "<coroutine object>";
  const ctor = (x as { constructor?: Function }).constructor;
  if (typeof ctor !== "function") return "<object>";
  const builtin = builtinTypeNames.get(ctor);
  if (builtin) return `<${builtin} object${at(x)}>`;
  return `<${className(ctor)} object${at(x)}>`;
}

let addressOf: ((x: object) => number) | null = null;

/** builtins.ts hands over id(), so the address in a default repr is the object's id() as in CPython. */
export function registerAddressOf(fn: (x: object) => number): void {
  addressOf = fn;
}

/** ` at 0x…`, the address part of a default repr (the object's id()). */
export function addressSuffix(x: object): string {
  return at(x);
}

function at(x: object): string {
  return addressOf ? ` at 0x${addressOf(x).toString(16)}` : "";
}

function isPlainObject(x: object): boolean {
  const proto = Object.getPrototypeOf(x);
  return proto === null || proto === Object.prototype;
}

/**
 * Python's `type(x).__name__` for error messages. Kept here, free of imports,
 * because every module formats messages and repr.ts sits below them all.
 */
export function pyTypeName(x: unknown): string {
  const { value: v, desc } = unhint(x);
  switch (typeof v) {
    case "undefined":
      return "NoneType";
    case "number":
      return desc === "float" || !Number.isInteger(v) ? "float" : "int";
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "function":
      return isClass(v) ? "type" : "function";
    case "symbol":
      return v.description === "NotImplemented" ? "NotImplementedType" : "symbol";
  }
  if (v === null) return "NoneType";
  if (Array.isArray(v)) return isTuple(v) ? "tuple" : "list";
  if (v instanceof FrozenSet) return "frozenset";
  const tag = Object.prototype.toString.call(v);
  if (tag === "[object Generator]") return "generator";
  if (tag === "[object AsyncGenerator]") return "async_generator";
  if (v instanceof Promise) return "coroutine";
  const ctor = (v as { constructor?: Function }).constructor;
  if (v instanceof Map && (ctor === Map || ctor?.name === "Kwargs")) return "dict";
  if (v instanceof Set && (ctor === Set || ctor === PySet)) return "set";
  if (typeof ctor !== "function" || ctor === Object) return "object";
  return builtinTypeNames.get(ctor) ?? ctor.name;
}

// ---------------------------------------------------------------- repr / str

type Seen = Set<object>;

function reprIn(x: unknown, desc: HintDesc, seen: Seen): string {
  ({ value: x, desc } = unhint(x, desc));
  switch (typeof x) {
    case "string":
      return strRepr(x);
    case "number":
      return numberRepr(x, desc);
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
    case "bigint":
      return x.toString();
    case "symbol":
      return x.description ?? "symbol";
    case "function":
      return functionRepr(x);
  }
  if (x === null) return "None";
  const obj = x as object;
  const custom = (obj as { __repr__?: unknown }).__repr__;
  if (typeof custom === "function") return String(custom.call(obj));
  if (Array.isArray(obj)) {
    if (seen.has(obj)) return Object.isFrozen(obj) ? "(...)" : "[...]";
    seen.add(obj);
    try {
      if (Object.isFrozen(obj)) {
        const parts = obj.map((v, i) => reprIn(v, hintParts.element(desc, i), seen));
        return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
      }
      return `[${obj.map((v, i) => reprIn(v, hintParts.element(desc, i), seen)).join(", ")}]`;
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof Map) {
    if (seen.has(obj)) return "{...}";
    seen.add(obj);
    try {
      const kd = hintParts.key(desc);
      const parts: string[] = [];
      for (const [k, v] of obj) parts.push(`${reprIn(k, kd, seen)}: ${reprIn(v, hintParts.value(desc, parts.length), seen)}`);
      return `{${parts.join(", ")}}`;
    } finally {
      seen.delete(obj);
    }
  }
  if (obj instanceof Set) {
    const frozen = obj instanceof FrozenSet;
    if (obj.size === 0) return frozen ? "frozenset()" : "set()";
    if (seen.has(obj)) return "{...}";
    seen.add(obj);
    try {
      const body = `{${[...obj].map((v, i) => reprIn(v, hintParts.element(desc, i), seen)).join(", ")}}`;
      return frozen ? `frozenset(${body})` : body;
    } finally {
      seen.delete(obj);
    }
  }
  if (isPlainObject(obj)) {
    // Keyword-argument objects and __dict__-like records print as dicts.
    if (seen.has(obj)) return "{...}";
    seen.add(obj);
    try {
      return `{${Object.entries(obj).map(([k, v]) => `${strRepr(k)}: ${reprIn(v, "any", seen)}`).join(", ")}}`;
    } finally {
      seen.delete(obj);
    }
  }
  return objectRepr(obj);
}

/** Python `repr(x)`. */
export function repr(x: unknown): string {
  return reprIn(x, "any", new Set());
}

/** Python `ascii(x)`: repr with every non-ASCII character escaped. */
export function ascii(x: unknown): string {
  let out = "";
  for (const ch of repr(x)) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}

/** Python `str(x)`: strings as they are, `__str__` when defined, otherwise repr; `str()` is "". */
export function str(x?: unknown, ..._decoding: unknown[]): string {
  // An explicit undefined is a missing value (None), not a missing argument.
  if (arguments.length === 0) return "";
  // str(b, encoding[, errors]) decodes, as b.decode(encoding, errors) does.
  if (arguments.length > 1 && x !== null && typeof x === "object" && typeof (x as { decode?: unknown }).decode === "function") {
    let [encoding, errors] = _decoding;
    const last = _decoding[_decoding.length - 1];
    // Keywords arrive as a trailing options object: str(b, encoding="ascii").
    if (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) {
      const kw = last as { encoding?: unknown; errors?: unknown };
      [encoding, errors] = _decoding.length > 1 ? [encoding, kw.errors ?? errors] : [kw.encoding, kw.errors];
    }
    return (x as { decode(...a: unknown[]): string }).decode(encoding, errors);
  }
  const { value: v, desc } = unhint(x);
  if (typeof v === "string") return v;
  if (typeof v === "object" && v !== null) {
    const custom = (v as { __str__?: unknown }).__str__;
    if (typeof custom === "function") return String(custom.call(v));
  }
  return reprIn(v, desc, new Set());
}

/** Python's `callable(x)`. */
export function callable(x: unknown): boolean {
  if (typeof x === "function") return true;
  return typeof x === "object" && x !== null && typeof (x as { __call__?: unknown }).__call__ === "function";
}

// ---------------------------------------------------------------- print

/** Anything with a `write(text)` method can be print()'s `file`. */
export interface Writable {
  write(text: string): unknown;
}

export interface PrintOptions {
  sep?: string | null;
  end?: string | null;
  file?: "stdout" | "stderr" | Writable | null;
  flush?: boolean;
}

function target(file: PrintOptions["file"]): Writable {
  if (file === "stderr") return process.stderr;
  if (file == null || file === "stdout") return process.stdout;
  return file;
}

/** Python `print(*values)`. */
export function print(...values: unknown[]): void {
  process.stdout.write(values.map((v) => str(v)).join(" ") + "\n");
}

/** Python `print(*values, sep=..., end=..., file=...)`; file is "stdout", "stderr" or a writable. */
export function printOpts(opts: PrintOptions, ...values: unknown[]): void {
  const sep = opts.sep ?? " ";
  const end = opts.end ?? "\n";
  target(opts.file).write(values.map((v) => str(v)).join(sep) + end);
}

registerBuiltinType(str, "str");
registerBuiltinType(tuple, "tuple");
registerBuiltinFunction(repr, "repr");
registerBuiltinFunction(ascii, "ascii");
registerBuiltinFunction(print, "print");
setKeywordCall(print, (positional, keywords) => {
  const opts: Record<string, any> = {};
  for (const [k, v] of keywords) {
    if (!["sep", "end", "file", "flush"].includes(k)) throw new TypeError(`'${k}' is an invalid keyword argument for print()`);
    opts[k] = v;
  }
  printOpts(opts, ...positional);
});
registerBuiltinFunction(printOpts, "print");
registerBuiltinFunction(callable, "callable");
registerBuiltinFunction(asFloat, "float");
