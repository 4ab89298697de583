/** Python's `html`: escape and unescape (named, decimal and hex references, as the HTML5 standard and CPython decode them). */
import { HTML5 } from "./entities.js";

/** `escape(s, quote=True)`. */
function escape(s: string, quote: unknown = true): string {
  s = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (quote) s = s.replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
  return s;
}

/** Numeric references the standard maps elsewhere (Windows-1252 for 0x80-0x9F). */
const INVALID_CHARREFS = new Map<number, string>([
  [0x00, "\ufffd"], [0x0d, "\r"], [0x80, "\u20ac"], [0x81, "\x81"], [0x82, "\u201a"], [0x83, "\u0192"], [0x84, "\u201e"],
  [0x85, "\u2026"], [0x86, "\u2020"], [0x87, "\u2021"], [0x88, "\u02c6"], [0x89, "\u2030"], [0x8a, "\u0160"], [0x8b, "\u2039"],
  [0x8c, "\u0152"], [0x8d, "\x8d"], [0x8e, "\u017d"], [0x8f, "\x8f"], [0x90, "\x90"], [0x91, "\u2018"], [0x92, "\u2019"],
  [0x93, "\u201c"], [0x94, "\u201d"], [0x95, "\u2022"], [0x96, "\u2013"], [0x97, "\u2014"], [0x98, "\u02dc"], [0x99, "\u2122"],
  [0x9a, "\u0161"], [0x9b, "\u203a"], [0x9c, "\u0153"], [0x9d, "\x9d"], [0x9e, "\u017e"], [0x9f, "\u0178"],
]);

/** Code points a numeric reference may not produce: they decode to nothing. */
function invalidCodepoint(n: number): boolean {
  return (n >= 0x1 && n <= 0x8) || (n >= 0xe && n <= 0x1f) || (n >= 0x7f && n <= 0x9f) || (n >= 0xfdd0 && n <= 0xfdef) || n === 0xb || (n & 0xfffe) === 0xfffe;
}

function replaceCharref(s: string): string {
  if (s[0] === "#") {
    const hex = s[1] === "x" || s[1] === "X";
    const digits = s.slice(hex ? 2 : 1).replace(/;+$/, "");
    const num = hex ? parseInt(digits, 16) : Number(digits);
    const mapped = INVALID_CHARREFS.get(num);
    if (mapped !== undefined) return mapped;
    if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff) return "\ufffd";
    if (invalidCodepoint(num)) return "";
    return String.fromCodePoint(num);
  }
  if (Object.hasOwn(HTML5, s)) return HTML5[s]!;
  // The longest name the standard knows that starts the reference, the rest kept as text.
  const chars = [...s];
  for (let x = chars.length - 1; x > 1; x--) {
    const head = chars.slice(0, x).join("");
    if (Object.hasOwn(HTML5, head)) return HTML5[head]! + chars.slice(x).join("");
  }
  return "&" + s;
}

const CHARREF = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/gu;

/** `unescape(s)`: every character reference replaced by the character it names. */
function unescape(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(CHARREF, (_, ref: string) => replaceCharref(ref));
}

export const html = { escape, unescape };
