/**
 * The algorithms behind bytes and bytearray methods, on plain Uint8Arrays.
 * Searching works on latin-1 strings (one char per byte), where JavaScript's
 * string search is fast; the character classes are ASCII-only, as Python's
 * bytes methods are (`b'\xe9'.upper()` is unchanged).
 */
import { latin1Slice } from "./codecs.js";

export const latin1 = latin1Slice;

export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** Python's bytes whitespace: space, \t, \n, \r, \x0b, \x0c. */
export const isSpaceByte = (b: number): boolean => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isLowerByte = (b: number): boolean => b >= 0x61 && b <= 0x7a;
const isUpperByte = (b: number): boolean => b >= 0x41 && b <= 0x5a;
const isDigitByte = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isAlphaByte = (b: number): boolean => isLowerByte(b) || isUpperByte(b);

/** Python's slice-style start/end for find, count, startswith…: clamped, negatives from the end. */
export function span(n: number, start: unknown, end: unknown): [number, number] {
  let a = start === undefined || start === null ? 0 : Number(start);
  let b = end === undefined || end === null ? n : Number(end);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [a, Math.min(b, n)];
}

export function find(data: Uint8Array, sub: Uint8Array, start: unknown, end: unknown, reverse: boolean): number {
  const [a, b] = span(data.length, start, end);
  if (a > data.length || b - a < sub.length) return -1;
  const hay = latin1(data, a, b);
  const needle = latin1(sub);
  const i = reverse ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  return i < 0 ? -1 : i + a;
}

export function count(data: Uint8Array, sub: Uint8Array, start: unknown, end: unknown): number {
  const [a, b] = span(data.length, start, end);
  if (a > data.length || b < a) return 0;
  if (sub.length === 0) return b - a + 1;
  const hay = latin1(data, a, b);
  const needle = latin1(sub);
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function replace(data: Uint8Array, old: Uint8Array, rep: Uint8Array, limit: number): Uint8Array {
  if (limit < 0) limit = Infinity;
  const hay = latin1(data);
  const needle = latin1(old);
  const by = latin1(rep);
  let out = "";
  let done = 0;
  if (needle === "") {
    let i = 0;
    for (; i <= hay.length && done < limit; i++, done++) out += by + (i < hay.length ? hay[i] : "");
    return fromLatin1(out + hay.slice(i));
  }
  let pos = 0;
  for (let i = hay.indexOf(needle); i >= 0 && done < limit; i = hay.indexOf(needle, pos), done++) {
    out += hay.slice(pos, i) + by;
    pos = i + needle.length;
  }
  return fromLatin1(out + hay.slice(pos));
}

/** `split()` without a separator: runs of whitespace, at most `maxsplit` splits. */
export function splitWhitespace(data: Uint8Array, maxsplit: number, reverse: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  const n = data.length;
  if (maxsplit < 0) maxsplit = Infinity;
  if (!reverse) {
    let i = 0;
    while (i < n) {
      while (i < n && isSpaceByte(data[i]!)) i++;
      if (i >= n) break;
      if (out.length >= maxsplit) {
        out.push(data.slice(i));
        break;
      }
      const s = i;
      while (i < n && !isSpaceByte(data[i]!)) i++;
      out.push(data.slice(s, i));
    }
    return out;
  }
  let j = n;
  while (j > 0) {
    while (j > 0 && isSpaceByte(data[j - 1]!)) j--;
    if (j <= 0) break;
    if (out.length >= maxsplit) {
      out.push(data.slice(0, j));
      break;
    }
    const e = j;
    while (j > 0 && !isSpaceByte(data[j - 1]!)) j--;
    out.push(data.slice(j, e));
  }
  return out.reverse();
}

export function splitSep(data: Uint8Array, sep: Uint8Array, maxsplit: number, reverse: boolean): Uint8Array[] {
  const hay = latin1(data);
  const needle = latin1(sep);
  if (maxsplit < 0) maxsplit = Infinity;
  const parts: string[] = [];
  if (!reverse) {
    let pos = 0;
    for (let i = hay.indexOf(needle); i >= 0 && parts.length < maxsplit; i = hay.indexOf(needle, pos)) {
      parts.push(hay.slice(pos, i));
      pos = i + needle.length;
    }
    parts.push(hay.slice(pos));
    return parts.map(fromLatin1);
  }
  let end = hay.length;
  while (parts.length < maxsplit && end - needle.length >= 0) {
    const i = hay.lastIndexOf(needle, end - needle.length);
    if (i < 0) break;
    parts.push(hay.slice(i + needle.length, end));
    end = i;
  }
  parts.push(hay.slice(0, end));
  return parts.reverse().map(fromLatin1);
}

export function splitlines(data: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  let start = 0;
  while (i < data.length) {
    const b = data[i]!;
    if (b === 0x0a || b === 0x0d) {
      const eol = b === 0x0d && data[i + 1] === 0x0a ? 2 : 1;
      out.push(data.slice(start, keepends ? i + eol : i));
      i += eol;
      start = i;
    } else i++;
  }
  if (start < data.length) out.push(data.slice(start));
  return out;
}

/** strip/lstrip/rstrip: `chars` null strips whitespace. */
export function strip(data: Uint8Array, chars: Uint8Array | null, left: boolean, right: boolean): Uint8Array {
  const drop = chars ? (b: number) => chars.includes(b) : isSpaceByte;
  let a = 0;
  let b = data.length;
  if (left) while (a < b && drop(data[a]!)) a++;
  if (right) while (b > a && drop(data[b - 1]!)) b--;
  return data.slice(a, b);
}

export function mapBytes(data: Uint8Array, f: (b: number, i: number) => number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = f(data[i]!, i);
  return out;
}

export const upper = (data: Uint8Array): Uint8Array => mapBytes(data, (b) => (isLowerByte(b) ? b - 32 : b));
export const lower = (data: Uint8Array): Uint8Array => mapBytes(data, (b) => (isUpperByte(b) ? b + 32 : b));
export const swapcase = (data: Uint8Array): Uint8Array => mapBytes(data, (b) => (isLowerByte(b) ? b - 32 : isUpperByte(b) ? b + 32 : b));
export const capitalize = (data: Uint8Array): Uint8Array => mapBytes(data, (b, i) => (i === 0 ? (isLowerByte(b) ? b - 32 : b) : isUpperByte(b) ? b + 32 : b));

export function title(data: Uint8Array): Uint8Array {
  let prevCased = false;
  return mapBytes(data, (b) => {
    const r = prevCased ? (isUpperByte(b) ? b + 32 : b) : isLowerByte(b) ? b - 32 : b;
    prevCased = isAlphaByte(b);
    return r;
  });
}

function all(data: Uint8Array, f: (b: number) => boolean): boolean {
  if (data.length === 0) return false;
  for (const b of data) if (!f(b)) return false;
  return true;
}

export const isdigit = (d: Uint8Array): boolean => all(d, isDigitByte);
export const isalpha = (d: Uint8Array): boolean => all(d, isAlphaByte);
export const isalnum = (d: Uint8Array): boolean => all(d, (b) => isAlphaByte(b) || isDigitByte(b));
export const isspace = (d: Uint8Array): boolean => all(d, isSpaceByte);
export const isascii = (d: Uint8Array): boolean => d.every((b) => b < 0x80);
export const islower = (d: Uint8Array): boolean => d.some(isLowerByte) && !d.some(isUpperByte);
export const isupper = (d: Uint8Array): boolean => d.some(isUpperByte) && !d.some(isLowerByte);

export function istitle(d: Uint8Array): boolean {
  let cased = false;
  let prevCased = false;
  for (const b of d) {
    if (isUpperByte(b)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerByte(b)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function pad(data: Uint8Array, width: number, fill: number, how: "left" | "right" | "center"): Uint8Array {
  const n = data.length;
  if (width <= n) return data.slice();
  const total = width - n;
  // CPython's centering puts the odd byte on the left when the width is odd.
  const left = how === "right" ? total : how === "left" ? 0 : Math.floor(total / 2) + (total & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(data, left);
  return out;
}

export function zfill(data: Uint8Array, width: number): Uint8Array {
  if (width <= data.length) return data.slice();
  const out = pad(data, width, 0x30, "right");
  const sign = data[0];
  if (sign === 0x2b || sign === 0x2d) {
    out[0] = sign;
    out[width - data.length] = 0x30;
  }
  return out;
}

export function expandtabs(data: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const b of data) {
    if (b === 0x09) {
      if (tabsize > 0) {
        const spaces = tabsize - (col % tabsize);
        for (let k = 0; k < spaces; k++) out.push(0x20);
        col += spaces;
      }
    } else {
      out.push(b);
      col = b === 0x0a || b === 0x0d ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

const HEX = "0123456789abcdef";

/** `hex(sep, bytes_per_sep)`: groups counted from the right when positive, from the left when negative. */
export function toHex(data: Uint8Array, sep: string, perSep: number): string {
  const digits: string[] = [];
  for (const b of data) digits.push(HEX[b >> 4]! + HEX[b & 15]!);
  if (!sep || perSep === 0 || data.length === 0) return digits.join("");
  const k = Math.abs(perSep);
  const groups: string[] = [];
  if (perSep > 0) {
    for (let end = digits.length; end > 0; end -= k) groups.unshift(digits.slice(Math.max(0, end - k), end).join(""));
  } else {
    for (let i = 0; i < digits.length; i += k) groups.push(digits.slice(i, i + k).join(""));
  }
  return groups.join(sep);
}
