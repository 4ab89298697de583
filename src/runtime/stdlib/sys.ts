/**
 * Python's `sys`: main.ts holds the parts the runtime itself needs (argv,
 * exit, the standard streams); this file adds the rest programs read —
 * `flags`, `float_info`, `hash_info`, `int_info`, `implementation`,
 * `exc_info()`/`exception()`, encodings, `maxunicode` — to that same object.
 * Struct sequences print as CPython prints them (`sys.flags(debug=0, ...)`).
 */
import { sys as base } from "../main.js";
import { lastCaughtException } from "../exceptions.js";
import { flt, repr, tuple } from "../repr.js";
import { type } from "../builtins.js";
import { getsizeof } from "./getsizeof.js";

/** A struct sequence: a tuple whose items are also named attributes, with CPython's repr. */
function structseq<T extends Record<string, unknown>>(name: string, fields: T): Readonly<unknown[]> & Readonly<T> {
  const items = Object.values(fields);
  const out = Object.assign([...items], fields) as unknown[] & T;
  Object.defineProperty(out, "__repr__", {
    value: () => `${name}(${Object.entries(fields).map(([k, v]) => `${k}=${repr(v)}`).join(", ")})`,
  });
  return Object.freeze(out);
}

const flags = structseq("sys.flags", {
  debug: 0,
  inspect: 0,
  interactive: 0,
  optimize: 0,
  dont_write_bytecode: 0,
  no_user_site: 0,
  no_site: 0,
  ignore_environment: 0,
  verbose: 0,
  bytes_warning: 0,
  quiet: 0,
  hash_randomization: 1,
  isolated: 0,
  dev_mode: false,
  utf8_mode: 0,
  warn_default_encoding: 0,
  safe_path: false,
  int_max_str_digits: -1,
});

const float_info = structseq("sys.float_info", {
  max: flt(Number.MAX_VALUE),
  max_exp: 1024,
  max_10_exp: 308,
  min: 2.2250738585072014e-308,
  min_exp: -1021,
  min_10_exp: -307,
  dig: 15,
  mant_dig: 53,
  epsilon: Number.EPSILON,
  radix: 2,
  rounds: 1,
});

const hash_info = structseq("sys.hash_info", {
  width: 64,
  modulus: 2305843009213693951n,
  inf: 314159,
  nan: 0,
  imag: 1000003,
  algorithm: "siphash13",
  hash_bits: 64,
  seed_bits: 128,
  cutoff: 0,
});

const int_info = structseq("sys.int_info", {
  bits_per_digit: 30,
  sizeof_digit: 4,
  default_max_str_digits: 4300,
  str_digits_check_threshold: 640,
});

/** `sys.implementation`: the translation behaves as CPython 3.11 does, so it says so. */
const implementation = Object.freeze({
  name: "cpython",
  cache_tag: "cpython-311",
  version: base.version_info,
  hexversion: 0x30b00f0,
  __repr__(): string {
    return `namespace(name='cpython', cache_tag='cpython-311', version=${repr(base.version_info)}, hexversion=${0x30b00f0})`;
  },
});

/** The exception being handled: the one the innermost running `except` caught. */
function exception(): unknown {
  return lastCaughtException();
}

function exc_info(): readonly unknown[] {
  const e = lastCaughtException();
  if (e === null) return tuple(null, null, null);
  return tuple(type(e), e, (e as { __traceback__?: unknown }).__traceback__ ?? null);
}

/** Python's `sys` module. */
export const sys = Object.assign(base, {
  flags,
  float_info,
  hash_info,
  int_info,
  implementation,
  hexversion: 0x30b00f0,
  api_version: 1013,
  maxunicode: 0x10ffff,
  float_repr_style: "short" as const,
  dont_write_bytecode: false,
  warnoptions: [] as string[],
  exception,
  exc_info,
  getdefaultencoding: (): string => "utf-8",
  getfilesystemencoding: (): string => "utf-8",
  getfilesystemencodeerrors: (): string => "surrogateescape",
  getswitchinterval: (): number => 0.005,
  is_finalizing: (): boolean => false,
  getsizeof,
});
