/**
 * The engine of Python's `json` module (the module object and its
 * JSONEncoder/JSONDecoder classes are in stdlib/json.ts): encoding produces
 * exactly CPython's text (spacing, escapes, float repr, indentation),
 * decoding gives Maps, Arrays and numbers and raises JSONDecodeError with
 * CPython's messages and positions.
 */
import { JSONDecodeError, TypeError, ValueError } from "./exceptions.js";
import { floatRepr, flt, type HintDesc, hintParts, intRepr, unhint } from "./repr.js";
import { compare, isOptions, typeName } from "./builtins.js";

export interface DumpsOptions {
  indent?: number | string | null;
  sort_keys?: boolean;
  separators?: readonly [string, string] | null;
  ensure_ascii?: boolean;
  allow_nan?: boolean;
  skipkeys?: boolean;
  check_circular?: boolean;
  default?: ((o: any) => unknown) | null;
  cls?: unknown;
}

export interface LoadsOptions {
  object_hook?: ((d: Map<string, any>) => unknown) | null;
  object_pairs_hook?: ((pairs: (readonly [string, any])[]) => unknown) | null;
  parse_float?: ((s: string) => unknown) | null;
  parse_int?: ((s: string) => unknown) | null;
  parse_constant?: ((s: string) => unknown) | null;
  strict?: boolean;
  cls?: unknown;
}

// ---------------------------------------------------------------------------
// Encoding

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

function u4(code: number): string {
  return "\\u" + code.toString(16).padStart(4, "0");
}

/** A JSON string literal as CPython writes it. */
function encodeString(s: string, ensureAscii: boolean): string {
  const re = ensureAscii ? /[\\"]|[^ -~]/g : /[\x00-\x1f\\"]/g;
  return (
    '"' +
    s.replace(re, (ch) => {
      const short = SHORT_ESCAPES[ch];
      if (short) return short;
      return u4(ch.charCodeAt(0));
    }) +
    '"'
  );
}

function encodeFloat(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) throw new ValueError("Out of range float values are not JSON compliant");
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function encodeNumber(x: number, desc: HintDesc, allowNan: boolean): string {
  if (desc === "float" || !Number.isInteger(x)) return encodeFloat(x, allowNan);
  return intRepr(x);
}


export interface Encoder {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
  allowNan: boolean;
  skipKeys: boolean;
  checkCircular: boolean;
  dflt: ((o: any) => unknown) | null;
  markers: Set<object>;
}

function encodeKey(key: unknown, desc: HintDesc, enc: Encoder): string | null {
  ({ value: key, desc } = unhint(key, desc));
  if (typeof key === "string") return key;
  if (typeof key === "number") return desc === "float" || !Number.isInteger(key) ? encodeFloat(key, enc.allowNan) : intRepr(key);
  if (key === true) return "true";
  if (key === false) return "false";
  if (key === null || key === undefined) return "null";
  if (typeof key === "bigint") return key.toString();
  if (enc.skipKeys) return null;
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(key)}`);
}

function encode(value: unknown, desc: HintDesc, enc: Encoder, level: number): string {
  ({ value, desc } = unhint(value, desc));
  switch (typeof value) {
    case "string":
      return encodeString(value, enc.ensureAscii);
    case "undefined":
      return "null";
    case "boolean":
      return value ? "true" : "false";
    case "number":
      return encodeNumber(value, desc, enc.allowNan);
    case "bigint":
      return value.toString();
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return container(value, enc, level, "[", "]", (inner) => value.map((v, i) => encode(v, hintParts.element(desc, i), enc, inner)));
  }
  if (value instanceof Map || isOptions(value)) {
    const entries: [unknown, unknown, HintDesc][] = (value instanceof Map ? [...value] : Object.entries(value as object)).map(([k, v], i) => [k, v, hintParts.value(desc, i)]);
    if (entries.length === 0) return "{}";
    const kd = hintParts.key(desc);
    if (enc.sortKeys) entries.sort((a, b) => compare(unhint(a[0]).value, unhint(b[0]).value));
    return container(value as object, enc, level, "{", "}", (inner) => {
      const parts: string[] = [];
      for (const [k, v, vd] of entries) {
        const key = encodeKey(k, kd, enc);
        if (key === null) continue;
        parts.push(encodeString(key, enc.ensureAscii) + enc.keySep + encode(v, vd, enc, inner));
      }
      return parts;
    });
  }
  if (enc.dflt) {
    if (enc.checkCircular) {
      if (enc.markers.has(value as object)) throw new ValueError("Circular reference detected");
      enc.markers.add(value as object);
    }
    try {
      return encode(enc.dflt(value), "any", enc, level);
    } finally {
      enc.markers.delete(value as object);
    }
  }
  throw new TypeError(`Object of type ${typeName(value)} is not JSON serializable`);
}

function container(obj: object, enc: Encoder, level: number, open: string, close: string, items: (inner: number) => string[]): string {
  if (enc.checkCircular) {
    if (enc.markers.has(obj)) throw new ValueError("Circular reference detected");
    enc.markers.add(obj);
  }
  try {
    const parts = items(level + 1);
    if (parts.length === 0) return open + close;
    if (enc.indent === null) return open + parts.join(enc.itemSep) + close;
    const inner = "\n" + enc.indent.repeat(level + 1);
    const outer = "\n" + enc.indent.repeat(level);
    return open + inner + parts.join(enc.itemSep + inner) + outer + close;
  } finally {
    enc.markers.delete(obj);
  }
}

export function makeEncoder(opts: DumpsOptions): Encoder {
  const rawIndent = unhint(opts.indent).value as number | string | null | undefined;
  const indent = rawIndent === null || rawIndent === undefined ? null : typeof rawIndent === "string" ? rawIndent : " ".repeat(Math.max(0, Number(rawIndent)));
  let itemSep = indent === null ? ", " : ",";
  let keySep = ": ";
  if (opts.separators != null) [itemSep, keySep] = opts.separators as [string, string];
  return {
    indent,
    itemSep,
    keySep,
    sortKeys: Boolean(opts.sort_keys),
    ensureAscii: opts.ensure_ascii ?? true,
    allowNan: opts.allow_nan ?? true,
    skipKeys: Boolean(opts.skipkeys),
    checkCircular: opts.check_circular ?? true,
    dflt: opts.default ?? null,
    markers: new Set(),
  };
}

/** The JSON text of `obj` as an encoder with these settings writes it; `desc` is the float hint of a typed argument. */
export function encodeWith(obj: unknown, enc: Encoder, desc: HintDesc = "any"): string {
  return encode(obj, desc, enc, 0);
}

// ---------------------------------------------------------------------------
// Decoding

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;

class Decoder {
  constructor(
    readonly s: string,
    readonly opts: LoadsOptions,
  ) {}

  fail(msg: string, pos: number): never {
    const s = this.s;
    if (!/[\uD800-\uDFFF]/.test(s)) throw new JSONDecodeError(msg, s, pos);
    // CPython counts positions in code points.
    const flat = s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "\uFFFD");
    const cp = Array.from(s.slice(0, pos)).length;
    const err = new JSONDecodeError(msg, flat, cp);
    Object.defineProperty(err, "doc", { value: s });
    throw err;
  }

  ws(i: number): number {
    WS.lastIndex = i;
    WS.exec(this.s);
    return WS.lastIndex;
  }

  /** Parses the value at `i` (no leading whitespace); null when nothing starts there. */
  value(i: number): [unknown, number] | null {
    const s = this.s;
    const c = s[i];
    switch (c) {
      case '"':
        return this.string(i + 1);
      case "{":
        return this.object(i + 1);
      case "[":
        return this.array(i + 1);
      case "n":
        if (s.startsWith("null", i)) return [null, i + 4];
        break;
      case "t":
        if (s.startsWith("true", i)) return [true, i + 4];
        break;
      case "f":
        if (s.startsWith("false", i)) return [false, i + 5];
        break;
      case "N":
        if (s.startsWith("NaN", i)) return [this.constant("NaN", NaN), i + 3];
        break;
      case "I":
        if (s.startsWith("Infinity", i)) return [this.constant("Infinity", Infinity), i + 8];
        break;
      case "-":
        if (s.startsWith("-Infinity", i)) return [this.constant("-Infinity", -Infinity), i + 9];
        break;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m) {
      const text = m[0];
      if (m[2] || m[3]) return [this.opts.parse_float ? this.opts.parse_float(text) : flt(Number(text)), i + text.length];
      const n = Number(text);
      return [this.opts.parse_int ? this.opts.parse_int(text) : n === 0 ? 0 : n, i + text.length];
    }
    return null;
  }

  constant(name: string, v: number): unknown {
    return this.opts.parse_constant ? this.opts.parse_constant(name) : v;
  }

  valueOrFail(i: number): [unknown, number] {
    const r = this.value(i);
    if (r === null) this.fail("Expecting value", i);
    return r;
  }

  string(i: number): [string, number] {
    const s = this.s;
    const begin = i - 1;
    const strict = this.opts.strict ?? true;
    let out = "";
    for (;;) {
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === 34 || c === 92 || (c < 0x20 && strict)) break;
        j++;
      }
      out += s.slice(i, j);
      if (j >= s.length) this.fail("Unterminated string starting at", begin);
      const c = s[j]!;
      if (c === '"') return [out, j + 1];
      if (c !== "\\") this.fail("Invalid control character at", j);
      const esc = s[j + 1];
      if (esc === undefined) this.fail("Unterminated string starting at", begin);
      if (esc !== "u") {
        const map: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        const ch = map[esc];
        if (ch === undefined) this.fail("Invalid \\escape", j);
        out += ch;
        i = j + 2;
        continue;
      }
      let code = this.hex4(j + 2, j + 1);
      i = j + 6;
      if (code >= 0xd800 && code <= 0xdbff && s[i] === "\\" && s[i + 1] === "u") {
        const low = this.hex4(i + 2, i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      out += code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
    }
  }

  hex4(i: number, errPos: number): number {
    const h = this.s.slice(i, i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail("Invalid \\uXXXX escape", errPos);
    return parseInt(h, 16);
  }

  object(i: number): [unknown, number] {
    const s = this.s;
    const pairs: [string, unknown][] = [];
    i = this.ws(i);
    if (s[i] === "}") return [this.finishObject(pairs), i + 1];
    for (;;) {
      if (s[i] !== '"') this.fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = this.string(i + 1);
      i = this.ws(afterKey);
      if (s[i] !== ":") this.fail("Expecting ':' delimiter", i);
      i = this.ws(i + 1);
      const [v, afterValue] = this.valueOrFail(i);
      pairs.push([key, v]);
      i = this.ws(afterValue);
      const c = s[i];
      if (c === "}") return [this.finishObject(pairs), i + 1];
      if (c !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }

  finishObject(pairs: [string, unknown][]): unknown {
    if (this.opts.object_pairs_hook) return this.opts.object_pairs_hook(pairs.map(([k, v]) => Object.freeze([k, v]) as readonly [string, any]));
    const m = new Map<string, unknown>();
    for (const [k, v] of pairs) m.set(k, v);
    return this.opts.object_hook ? this.opts.object_hook(m) : m;
  }

  array(i: number): [unknown[], number] {
    const s = this.s;
    const out: unknown[] = [];
    i = this.ws(i);
    if (s[i] === "]") return [out, i + 1];
    for (;;) {
      const [v, after] = this.valueOrFail(i);
      out.push(v);
      i = this.ws(after);
      const c = s[i];
      if (c === "]") return [out, i + 1];
      if (c !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.ws(i + 1);
    }
  }
}

/** Decodes one JSON value starting at `idx` (after whitespace): the value and the index after it. */
export function rawDecode(s: string, opts: LoadsOptions, idx = 0): [unknown, number] {
  const d = new Decoder(s, opts);
  return d.valueOrFail(idx);
}

/** The document `s` as one JSON value with whitespace around it, else JSONDecodeError. */
export function decodeDocument(s: string, opts: LoadsOptions): unknown {
  if (typeof s !== "string") {
    throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  }
  const d = new Decoder(s, opts);
  const start = d.ws(0);
  const [value, end] = d.valueOrFail(start);
  const after = d.ws(end);
  if (after !== s.length) d.fail("Extra data", after);
  return value;
}
