/**
 * Python's `json` module: `dumps`/`loads` and their file forms, and the
 * JSONEncoder/JSONDecoder classes programs subclass (`default()` overridden,
 * a decoder with its own hooks) and pass as `cls=`. As in CPython, the
 * functions build an instance of `cls` with the keywords they were given
 * and call its `encode`/`decode`. The text itself is made by ../json.ts.
 */
import { JSONDecodeError, TypeError, ValueError } from "../exceptions.js";
import { Kwargs } from "../kwargs.js";
import { pyTypeName as typeName } from "../repr.js";
import { decodeDocument, type DumpsOptions, encodeWith, type LoadsOptions, makeEncoder, rawDecode } from "../json.js";
import { tup } from "./args.js";
import { ByteSeq } from "../bytes/type.js";
import { decodeBytes } from "../bytes/codecs.js";

type Keywords = Record<string, unknown>;

/**
 * The keywords of a constructor called from translated code: a trailing
 * plain object (a call the translator bound) or one or more Kwargs markers
 * (`super().__init__(*args, **kwargs)` in a subclass), merged in order.
 */
function constructorKeywords(cls: string, args: unknown[], allowed: readonly string[]): Keywords {
  const out: Keywords = {};
  for (const a of args) {
    let entries: [string, unknown][];
    if (a instanceof Kwargs) entries = [...a];
    else if (a !== null && typeof a === "object" && Object.getPrototypeOf(a) === Object.prototype) entries = Object.entries(a);
    else if (a === undefined) continue;
    else throw new TypeError(`${cls}.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    for (const [k, v] of entries) {
      if (!allowed.includes(k)) throw new TypeError(`${cls}.__init__() got an unexpected keyword argument '${k}'`);
      if (k in out) throw new TypeError(`${cls}.__init__() got multiple values for keyword argument '${k}'`);
      out[k] = v;
    }
  }
  return out;
}

const ENCODER_KEYWORDS = ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"] as const;

/** `json.JSONEncoder(*, skipkeys=False, ensure_ascii=True, ..., default=None)`; subclasses override `default(o)`. */
export class JSONEncoder {
  skipkeys: boolean;
  ensure_ascii: boolean;
  check_circular: boolean;
  allow_nan: boolean;
  sort_keys: boolean;
  indent: unknown;
  item_separator: string;
  key_separator: string;

  constructor(...args: unknown[]) {
    const kw = constructorKeywords("JSONEncoder", args, ENCODER_KEYWORDS);
    this.skipkeys = Boolean(kw.skipkeys ?? false);
    this.ensure_ascii = Boolean(kw.ensure_ascii ?? true);
    this.check_circular = Boolean(kw.check_circular ?? true);
    this.allow_nan = Boolean(kw.allow_nan ?? true);
    this.sort_keys = Boolean(kw.sort_keys ?? false);
    this.indent = kw.indent ?? null;
    const seps = kw.separators as readonly [string, string] | null | undefined;
    if (seps != null) [this.item_separator, this.key_separator] = seps;
    else [this.item_separator, this.key_separator] = this.indent !== null ? [",", ": "] : [", ", ": "];
    // As in CPython, a `default=` function replaces the method on this instance.
    if (kw.default != null) Object.defineProperty(this, "default", { value: kw.default, writable: true, configurable: true });
  }

  /** Called for an object the encoder cannot serialize; returns something it can, or raises TypeError. */
  default(o: any): unknown {
    throw new TypeError(`Object of type ${typeName(o)} is not JSON serializable`);
  }

  /** The JSON text of `o`. */
  encode(o: unknown): string {
    const enc = makeEncoder({
      indent: this.indent as DumpsOptions["indent"],
      sort_keys: this.sort_keys,
      separators: [this.item_separator, this.key_separator],
      ensure_ascii: this.ensure_ascii,
      allow_nan: this.allow_nan,
      skipkeys: this.skipkeys,
      check_circular: this.check_circular,
    });
    enc.dflt = (x) => this.default(x);
    return encodeWith(o, enc);
  }

  /** The text in chunks (one here: the whole text). */
  *iterencode(o: unknown): Generator<string, void, undefined> {
    yield this.encode(o);
  }
}

const DECODER_KEYWORDS = ["object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"] as const;

/** `json.JSONDecoder(*, object_hook=None, parse_float=None, ..., object_pairs_hook=None)`. */
export class JSONDecoder {
  object_hook: LoadsOptions["object_hook"];
  parse_float: LoadsOptions["parse_float"];
  parse_int: LoadsOptions["parse_int"];
  parse_constant: LoadsOptions["parse_constant"];
  strict: boolean;
  object_pairs_hook: LoadsOptions["object_pairs_hook"];

  constructor(...args: unknown[]) {
    const kw = constructorKeywords("JSONDecoder", args, DECODER_KEYWORDS) as LoadsOptions;
    this.object_hook = kw.object_hook ?? null;
    this.parse_float = kw.parse_float ?? null;
    this.parse_int = kw.parse_int ?? null;
    this.parse_constant = kw.parse_constant ?? null;
    this.strict = kw.strict ?? true;
    this.object_pairs_hook = kw.object_pairs_hook ?? null;
  }

  private options(): LoadsOptions {
    return {
      object_hook: this.object_hook,
      parse_float: this.parse_float,
      parse_int: this.parse_int,
      parse_constant: this.parse_constant,
      strict: this.strict,
      object_pairs_hook: this.object_pairs_hook,
    };
  }

  /** The Python value of the JSON document `s`. */
  decode(s: string): any {
    return decodeDocument(s, this.options());
  }

  /** Decodes the value starting at `idx`: `(value, end)`; text after it is allowed. */
  raw_decode(s: string, idx: number = 0): Readonly<[any, number]> {
    if (typeof s !== "string") throw new TypeError(`first argument must be a string, not ${typeName(s)}`);
    if (idx < 0) throw new ValueError("idx cannot be negative");
    return tup(...rawDecode(s, this.options(), idx));
  }
}

type Cls<T> = new (...args: any[]) => T;

/** Splits `cls` from the keywords that go to its constructor, dropping ones left at their default as CPython passes them. */
function instantiate<T>(opts: Keywords, base: Cls<T>): T {
  const { cls, ...rest } = opts;
  const kw: Keywords = {};
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) kw[k] = v;
  const C = (cls ?? base) as Cls<T>;
  return Object.keys(kw).length > 0 ? new C(kw) : new C();
}

/** `json.dumps(obj, *, skipkeys=False, ..., cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw)` */
function dumps(obj: unknown, opts: DumpsOptions & Keywords = {}): string {
  if (opts.cls == null) return encodeWith(obj, makeEncoder(opts));
  return instantiate(opts, JSONEncoder).encode(obj);
}

/** `json.dump(obj, fp, ...)`: writes dumps(obj) to anything with `write`. */
function dump(obj: unknown, fp: { write(s: string): unknown }, opts: DumpsOptions & Keywords = {}): void {
  fp.write(dumps(obj, opts));
}

/** The encoding of a JSON document given as bytes, as CPython's json.detect_encoding guesses it. */
function jsonEncoding(b: Uint8Array): string {
  if ((b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) || (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)) return "utf-32";
  if ((b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0xff && b[1] === 0xfe)) return "utf-16";
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8-sig";
  if (b.length >= 4) {
    if (!b[0]) return b[1] ? "utf-16-be" : "utf-32-be";
    if (!b[1]) return b[2] || b[3] ? "utf-16-le" : "utf-32-le";
  } else if (b.length === 2) {
    if (!b[0]) return "utf-16-be";
    if (!b[1]) return "utf-16-le";
  }
  return "utf-8";
}

/** `json.loads(s, *, cls=None, object_hook=None, parse_float=None, ...)`: objects -> dict, arrays -> list. */
function loads(doc: string | ByteSeq, opts: LoadsOptions & Keywords = {}): any {
  const s = doc instanceof ByteSeq ? decodeBytes(doc.buf, jsonEncoding(doc.buf)) : doc;
  if (opts.cls == null) return decodeDocument(s, opts);
  if (typeof s !== "string") throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  return instantiate(opts, JSONDecoder).decode(s);
}

/** `json.load(fp, ...)`: reads everything from anything with `read()`. */
function load(fp: { read(): string }, opts: LoadsOptions & Keywords = {}): any {
  return loads(fp.read(), opts);
}

/** Python's `json` module. */
export const json = {
  dumps,
  dump,
  loads,
  load,
  JSONDecodeError,
  JSONEncoder,
  JSONDecoder,
};
