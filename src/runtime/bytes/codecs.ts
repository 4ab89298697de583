/**
 * Text <-> bytes with Python's codecs: utf-8, ascii, latin-1, utf-16 and
 * utf-32 (with and without byte order), and the error handlers strict,
 * ignore, replace, backslashreplace, surrogateescape, surrogatepass and
 * xmlcharrefreplace. Errors carry CPython's messages and positions, so a
 * program that prints `str(e)` of a UnicodeDecodeError prints the same text.
 *
 * Written by hand rather than on TextDecoder/Buffer: those replace silently
 * and report no positions, and Python's strict mode must fail.
 */
import { LookupError, TypeError, UnicodeDecodeError, UnicodeEncodeError } from "../exceptions.js";

/** The canonical codec names CPython prints in its error messages. */
type Codec = "utf-8" | "utf-8-sig" | "ascii" | "latin-1" | "utf-16" | "utf-16-le" | "utf-16-be" | "utf-32" | "utf-32-le" | "utf-32-be";

const ALIASES: Record<string, Codec> = {
  "utf-8": "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", "cp65001": "utf-8", "utf-8-sig": "utf-8-sig", "utf8-sig": "utf-8-sig",
  ascii: "ascii", "us-ascii": "ascii", "646": "ascii",
  "latin-1": "latin-1", latin1: "latin-1", latin: "latin-1", l1: "latin-1", "iso-8859-1": "latin-1", "iso8859-1": "latin-1", "8859": "latin-1", cp819: "latin-1",
  "utf-16": "utf-16", utf16: "utf-16", u16: "utf-16", "utf-16-le": "utf-16-le", "utf-16le": "utf-16-le", "utf-16-be": "utf-16-be", "utf-16be": "utf-16-be",
  "utf-32": "utf-32", utf32: "utf-32", u32: "utf-32", "utf-32-le": "utf-32-le", "utf-32le": "utf-32-le", "utf-32-be": "utf-32-be", "utf-32be": "utf-32-be",
};

/** Python's codec lookup: case, `_` and spaces do not matter; an unknown name is a LookupError. */
export function codecName(encoding: unknown): Codec {
  if (encoding === undefined || encoding === null) return "utf-8";
  if (typeof encoding !== "string") throw new TypeError(`encode() argument 'encoding' must be str, not ${typeof encoding}`);
  const key = encoding.trim().toLowerCase().replace(/[_ ]/g, "-");
  const c = ALIASES[key];
  if (!c) throw new LookupError(`unknown encoding: ${encoding}`);
  return c;
}

function handlerName(errors: unknown): string {
  if (errors === undefined || errors === null) return "strict";
  if (typeof errors !== "string") throw new TypeError(`argument 'errors' must be str, not ${typeof errors}`);
  return errors;
}

let bytesObject: (u8: Uint8Array) => unknown = (u8) => u8;

/** type.ts makes the bytes objects errors carry (it imports this module). */
export function registerBytesObject(fn: (u8: Uint8Array) => unknown): void {
  bytesObject = fn;
}

function unknownHandler(errors: string): never {
  throw new LookupError(`unknown error handler name '${errors}'`);
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

// ---------------------------------------------------------------- decoding

/** Appends what an error handler puts in place of the undecodable bytes data[start:end]. */
function decodeError(out: string[], codec: string, data: Uint8Array, start: number, end: number, reason: string, errors: string): void {
  switch (errors) {
    case "strict":
      throw new UnicodeDecodeError(codec, bytesObject(data), start, end, reason);
    case "ignore":
      return;
    case "replace":
      out.push("\ufffd");
      return;
    case "backslashreplace":
      for (let i = start; i < end; i++) out.push("\\x" + hex2(data[i]!));
      return;
    case "surrogateescape":
      for (let i = start; i < end; i++) {
        if (data[i]! < 128) throw new UnicodeDecodeError(codec, bytesObject(data), start, end, reason);
        out.push(String.fromCharCode(0xdc00 + data[i]!));
      }
      return;
    default:
      unknownHandler(errors);
  }
}

/** CPython's UTF-8 decoder: errors cover the maximal invalid prefix, as it reports them. */
function decodeUtf8(data: Uint8Array, errors: string): string {
  const out: string[] = [];
  const n = data.length;
  let run = 0;
  let i = 0;
  const flush = (to: number) => {
    if (to > run) out.push(latin1Slice(data, run, to));
  };
  while (i < n) {
    const b = data[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    flush(i);
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    if (need === 0) {
      decodeError(out, "utf-8", data, i, i + 1, "invalid start byte", errors);
      run = ++i;
      continue;
    }
    let cp = b & (0x3f >> need);
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        decodeError(out, "utf-8", data, i, j, "unexpected end of data", errors);
        ok = false;
        break;
      }
      const c = data[j]!;
      const low = k === 0 ? lo : 0x80;
      const high = k === 0 ? hi : 0xbf;
      if (c < low || c > high) {
        decodeError(out, "utf-8", data, i, j, "invalid continuation byte", errors);
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) out.push(String.fromCodePoint(cp));
    i = j;
    run = i;
  }
  flush(n);
  return out.join("");
}

/** Bytes data[start:end] as a string of the same code units (latin-1). */
export function latin1Slice(data: Uint8Array, start = 0, end = data.length): string {
  let s = "";
  for (let i = start; i < end; i += 8192) s += String.fromCharCode(...data.subarray(i, Math.min(end, i + 8192)));
  return s;
}

function decodeAscii(data: Uint8Array, errors: string): string {
  const out: string[] = [];
  let run = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i]! < 0x80) continue;
    if (i > run) out.push(latin1Slice(data, run, i));
    decodeError(out, "ascii", data, i, i + 1, "ordinal not in range(128)", errors);
    run = i + 1;
  }
  if (data.length > run) out.push(latin1Slice(data, run));
  return out.join("");
}

function decodeUtf16(data: Uint8Array, codec: Codec, errors: string): string {
  let little = codec !== "utf-16-be";
  let i = 0;
  let name: string = codec;
  if (codec === "utf-16") {
    name = "utf-16-le";
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) i = 2;
    else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
      i = 2;
      little = false;
      name = "utf-16-be";
    }
  }
  const out: string[] = [];
  const unit = (k: number) => (little ? data[k]! | (data[k + 1]! << 8) : (data[k]! << 8) | data[k + 1]!);
  while (i < data.length) {
    if (i + 1 >= data.length) {
      decodeError(out, name, data, i, data.length, "truncated data", errors);
      break;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out.push(String.fromCharCode(u));
      i += 2;
    } else if (u >= 0xdc00) {
      decodeError(out, name, data, i, i + 2, "illegal encoding", errors);
      i += 2;
    } else if (i + 3 >= data.length) {
      decodeError(out, name, data, i, data.length, "unexpected end of data", errors);
      break;
    } else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out.push(String.fromCharCode(u, v));
        i += 4;
      } else {
        decodeError(out, name, data, i, i + 2, "illegal UTF-16 surrogate", errors);
        i += 2;
      }
    }
  }
  return out.join("");
}

function decodeUtf32(data: Uint8Array, codec: Codec, errors: string): string {
  let little = codec !== "utf-32-be";
  let i = 0;
  let name: string = codec;
  if (codec === "utf-32") {
    name = "utf-32-le";
    if (data.length >= 4 && data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) i = 4;
    else if (data.length >= 4 && data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
      i = 4;
      little = false;
      name = "utf-32-be";
    }
  }
  const out: string[] = [];
  for (; i < data.length; i += 4) {
    if (i + 3 >= data.length) {
      decodeError(out, name, data, i, data.length, "truncated data", errors);
      break;
    }
    const cp = little ? (data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16)) + data[i + 3]! * 0x1000000 : data[i]! * 0x1000000 + ((data[i + 1]! << 16) | (data[i + 2]! << 8) | data[i + 3]!);
    if (cp > 0x10ffff) decodeError(out, name, data, i, i + 4, "code point not in range(0x110000)", errors);
    else if (cp >= 0xd800 && cp <= 0xdfff) decodeError(out, name, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", errors);
    else out.push(String.fromCodePoint(cp));
  }
  return out.join("");
}

/** `data.decode(encoding, errors)`. */
export function decodeBytes(data: Uint8Array, encoding?: unknown, errors?: unknown): string {
  const codec = codecName(encoding);
  const handler = handlerName(errors);
  switch (codec) {
    case "utf-8":
      return decodeUtf8(data, handler);
    case "utf-8-sig":
      return decodeUtf8(data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data, handler);
    case "ascii":
      return decodeAscii(data, handler);
    case "latin-1":
      return latin1Slice(data);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(data, codec, handler);
    default:
      return decodeUtf32(data, codec, handler);
  }
}

// ---------------------------------------------------------------- encoding

/** Python's `'\xe9'` spelling of a character in an encode error message. */
function charEscape(cp: number): string {
  if (cp < 0x100) return "\\x" + hex2(cp);
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** The replacement bytes (as code points to encode again) for the unencodable chars[start:end]. */
function encodeError(codec: string, chars: number[], start: number, end: number, reason: string, errors: string, limit: number): number[] {
  switch (errors) {
    case "strict":
      throw new UnicodeEncodeError(codec, String.fromCodePoint(...chars), start, end, reason);
    case "ignore":
      return [];
    case "replace":
      return new Array<number>(end - start).fill(0x3f);
    case "backslashreplace": {
      let s = "";
      for (let i = start; i < end; i++) s += charEscape(chars[i]!);
      return [...s].map((c) => c.charCodeAt(0));
    }
    case "xmlcharrefreplace": {
      let s = "";
      for (let i = start; i < end; i++) s += `&#${chars[i]!};`;
      return [...s].map((c) => c.charCodeAt(0));
    }
    case "surrogateescape": {
      const out: number[] = [];
      for (let i = start; i < end; i++) {
        const c = chars[i]!;
        if (c < 0xdc80 || c > 0xdcff) throw new UnicodeEncodeError(codec, String.fromCodePoint(...chars), start, end, reason);
        out.push(-(c - 0xdc00) - 1); // a raw byte, not a character to encode
      }
      return out;
    }
    default:
      void limit;
      unknownHandler(errors);
  }
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

class ByteSink {
  buf = new Uint8Array(16);
  n = 0;
  push(b: number): void {
    if (this.n === this.buf.length) {
      const bigger = new Uint8Array(this.buf.length * 2);
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.n++] = b;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

type Writer = (sink: ByteSink, cp: number) => void;

const writeUtf8: Writer = (sink, cp) => {
  if (cp < 0x80) sink.push(cp);
  else if (cp < 0x800) {
    sink.push(0xc0 | (cp >> 6));
    sink.push(0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    sink.push(0xe0 | (cp >> 12));
    sink.push(0x80 | ((cp >> 6) & 0x3f));
    sink.push(0x80 | (cp & 0x3f));
  } else {
    sink.push(0xf0 | (cp >> 18));
    sink.push(0x80 | ((cp >> 12) & 0x3f));
    sink.push(0x80 | ((cp >> 6) & 0x3f));
    sink.push(0x80 | (cp & 0x3f));
  }
};

function utf16Writer(little: boolean): Writer {
  const unit = (sink: ByteSink, u: number) => {
    if (little) {
      sink.push(u & 0xff);
      sink.push(u >> 8);
    } else {
      sink.push(u >> 8);
      sink.push(u & 0xff);
    }
  };
  return (sink, cp) => {
    if (cp < 0x10000) unit(sink, cp);
    else {
      const v = cp - 0x10000;
      unit(sink, 0xd800 + (v >> 10));
      unit(sink, 0xdc00 + (v & 0x3ff));
    }
  };
}

function utf32Writer(little: boolean): Writer {
  return (sink, cp) => {
    const bs = [cp & 0xff, (cp >> 8) & 0xff, (cp >> 16) & 0xff, 0];
    for (const b of little ? bs : bs.reverse()) sink.push(b);
  };
}

/** `s.encode(encoding, errors)`. */
export function encodeText(s: string, encoding?: unknown, errors?: unknown): Uint8Array {
  if (typeof s !== "string") throw new TypeError(`descriptor 'encode' for 'str' objects doesn't apply to a '${typeof s}' object`);
  const codec = codecName(encoding);
  const handler = handlerName(errors);
  // Fast paths: nothing to report.
  if (codec === "utf-8" && !/[\ud800-\udfff]/.test(s)) return new Uint8Array(Buffer.from(s, "utf8"));
  if ((codec === "ascii" && !/[^\x00-\x7f]/.test(s)) || (codec === "latin-1" && !/[^\x00-\xff]/.test(s))) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  if (codec === "utf-8-sig") {
    const body = encodeText(s, "utf-8", errors);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const sink = new ByteSink();
  let write: Writer;
  let limit = 0x110000;
  let reason = "surrogates not allowed";
  let bad: (cp: number) => boolean = (cp) => cp >= 0xd800 && cp <= 0xdfff;
  switch (codec) {
    case "utf-8":
      write = writeUtf8;
      break;
    case "ascii":
    case "latin-1":
      limit = codec === "ascii" ? 0x80 : 0x100;
      reason = `ordinal not in range(${limit})`;
      bad = (cp) => cp >= limit;
      write = (k, cp) => k.push(cp);
      break;
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      if (codec === "utf-16") {
        sink.push(0xff);
        sink.push(0xfe);
      }
      write = utf16Writer(codec !== "utf-16-be");
      break;
    default:
      if (codec === "utf-32") for (const b of [0xff, 0xfe, 0, 0]) sink.push(b);
      write = utf32Writer(codec !== "utf-32-be");
  }
  const chars = codePoints(s);
  const name = codec === "utf-16" ? "utf-16" : codec === "utf-32" ? "utf-32" : codec;
  for (let i = 0; i < chars.length; ) {
    const cp = chars[i]!;
    if (!bad(cp)) {
      write(sink, cp);
      i++;
      continue;
    }
    if (handler === "surrogatepass" && cp >= 0xd800 && cp <= 0xdfff && codec !== "ascii" && codec !== "latin-1") {
      write(sink, cp);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < chars.length && bad(chars[end]!)) end++;
    for (const r of encodeError(name, chars, i, end, reason, handler === "surrogatepass" ? "strict" : handler, limit)) {
      if (r < 0) sink.push(-r - 1);
      else write(sink, r);
    }
    i = end;
  }
  return sink.done();
}

export { charEscape };
