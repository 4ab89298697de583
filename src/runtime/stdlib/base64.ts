/**
 * Python's `base64`: Base64 (standard and URL-safe), Base32 (and its hex
 * alphabet), Base16, the MIME line-wrapped forms and the file helpers, with
 * CPython's rules for what decodes and `binascii.Error` messages.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { Error, base64Text, decodeBase64 } from "./binascii.js";

function ascii(s: string): PyBytes {
  return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
}

/** What encoders take: a bytes-like object. */
function encodeArg(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

/** What decoders take: a bytes-like object or an ASCII string (base64's _bytes_from_decode_data). */
function decodeArg(x: unknown): Uint8Array {
  if (typeof x === "string") {
    if (/[^\x00-\x7f]/.test(x)) throw new ValueError("string argument should contain only ASCII characters");
    return Uint8Array.from(x, (c) => c.charCodeAt(0));
  }
  const b = asBuffer(x);
  if (!b) throw new TypeError(`argument should be a bytes-like object or ASCII string, not '${pyTypeName(x)}'`);
  return b;
}

/** Replaces the bytes of `from` by those of `to` (altchars). */
function translate(data: Uint8Array, from: Uint8Array, to: string): Uint8Array {
  return data.map((b) => {
    const i = from.indexOf(b);
    return i < 0 ? b : to.charCodeAt(i);
  });
}

function b64encode(s: unknown, altchars?: unknown): PyBytes {
  let text = base64Text(encodeArg(s));
  if (altchars !== undefined && altchars !== null) {
    const alt = encodeArg(altchars);
    if (alt.length !== 2) throw new ValueError(`altchars must be of length 2`);
    text = text.replace(/[+/]/g, (c) => String.fromCharCode(alt[c === "+" ? 0 : 1]!));
  }
  return ascii(text);
}

function b64decode(s: unknown, altchars?: unknown, validate?: unknown): PyBytes {
  let data = decodeArg(s);
  if (altchars !== undefined && altchars !== null) data = translate(data, decodeArg(altchars), "+/");
  return new PyBytes(decodeBase64(data, Boolean(validate)));
}

const urlsafe_b64encode = (s: unknown): PyBytes => b64encode(s, ascii("-_"));
const urlsafe_b64decode = (s: unknown): PyBytes => new PyBytes(decodeBase64(translate(decodeArg(s), Uint8Array.of(0x2d, 0x5f), "+/"), false));

/** `encodebytes`: Base64 in lines of 76 characters, each ending with a newline. */
function encodebytes(s: unknown): PyBytes {
  const text = base64Text(encodeArg(s));
  let out = "";
  for (let i = 0; i < text.length; i += 76) out += text.slice(i, i + 76) + "\n";
  return ascii(out);
}

function decodebytes(s: unknown): PyBytes {
  return new PyBytes(decodeBase64(encodeArg(s), false));
}

const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

function base32Encode(data: Uint8Array, alphabet: string): PyBytes {
  let out = "";
  for (let i = 0; i < data.length; i += 5) {
    const chunk = data.subarray(i, i + 5);
    let bits = 0n;
    for (let k = 0; k < 5; k++) bits = (bits << 8n) | BigInt(chunk[k] ?? 0);
    let group = "";
    for (let k = 7; k >= 0; k--) group += alphabet[Number((bits >> BigInt(5 * k)) & 31n)];
    const chars = [0, 2, 4, 5, 7, 8][chunk.length]!;
    out += group.slice(0, chars) + "=".repeat(8 - chars);
  }
  return ascii(out);
}

function base32Decode(data: Uint8Array, alphabet: string, casefold: boolean, map01?: unknown): PyBytes {
  let text = String.fromCharCode(...data);
  if (text.length % 8) throw new Error("Incorrect padding");
  if (map01 !== undefined && map01 !== null) {
    const m = String.fromCharCode(...decodeArg(map01));
    if (m.length !== 1) throw new ValueError("map01 must be of length 1");
    text = text.replace(/0/g, "O").replace(/1/g, m);
  }
  if (casefold) text = text.toUpperCase();
  const stripped = text.replace(/=*$/, "");
  const padding = text.length - stripped.length;
  const out: number[] = [];
  for (let i = 0; i < stripped.length; i += 8) {
    let bits = 0n;
    const quanta = stripped.slice(i, i + 8);
    for (const c of quanta.padEnd(8, alphabet[0])) {
      const v = alphabet.indexOf(c);
      if (v < 0) throw new Error("Non-base32 digit found");
      bits = (bits << 5n) | BigInt(v);
    }
    for (let k = 4; k >= 0; k--) out.push(Number((bits >> BigInt(8 * k)) & 0xffn));
  }
  if (padding) {
    const keep = { 1: 4, 3: 3, 4: 2, 6: 1 }[padding];
    if (keep === undefined) throw new Error("Incorrect padding");
    out.length -= 5 - keep;
  }
  return new PyBytes(Uint8Array.from(out));
}

function b16decode(s: unknown, casefold?: unknown): PyBytes {
  let text = String.fromCharCode(...decodeArg(s));
  if (casefold) text = text.toUpperCase();
  if (/[^0-9A-F]/.test(text)) throw new Error("Non-base16 digit found");
  if (text.length % 2) throw new Error("Odd-length string");
  return new PyBytes(Uint8Array.from(text.match(/../g) ?? [], (h) => parseInt(h, 16)));
}

interface Stream {
  read(n?: number): unknown;
  readline(): unknown;
  write(b: unknown): unknown;
}

/** `base64.encode(input, output)`: binary file to binary file, MIME lines. */
function encode(input: Stream, output: Stream): null {
  for (;;) {
    const chunk = encodeArg(input.read(57));
    if (chunk.length === 0) return null;
    output.write(encodebytes(new PyBytes(chunk)));
  }
}

function decode(input: Stream, output: Stream): null {
  for (;;) {
    const line = encodeArg(input.readline());
    if (line.length === 0) return null;
    output.write(new PyBytes(decodeBase64(line, false)));
  }
}

/** Python's `base64` module. */
export const base64 = {
  b64encode,
  b64decode,
  standard_b64encode: (s: unknown): PyBytes => b64encode(s),
  standard_b64decode: (s: unknown): PyBytes => b64decode(s),
  urlsafe_b64encode,
  urlsafe_b64decode,
  encodebytes,
  decodebytes,
  b32encode: (s: unknown): PyBytes => base32Encode(encodeArg(s), B32),
  b32decode: (s: unknown, casefold?: unknown, map01?: unknown): PyBytes => base32Decode(decodeArg(s), B32, Boolean(casefold), map01),
  b32hexencode: (s: unknown): PyBytes => base32Encode(encodeArg(s), B32HEX),
  b32hexdecode: (s: unknown, casefold?: unknown): PyBytes => base32Decode(decodeArg(s), B32HEX, Boolean(casefold)),
  b16encode: (s: unknown): PyBytes => ascii(Buffer.from(encodeArg(s)).toString("hex").toUpperCase()),
  b16decode,
  encode,
  decode,
};
