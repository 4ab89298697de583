/**
 * `b'%s: %d' % (name, n)`: printf-style formatting of bytes (PEP 461).
 * Numbers format as for str (the str formatter does each field); `%s` and
 * `%b` take bytes-like objects only, `%r`/`%a` give the ASCII repr.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { percentFormat } from "../format.js";
import { getitem } from "../builtins.js";
import { ascii, pyTypeName } from "../repr.js";
import { asBuffer, byteValue } from "./buffer.js";
import { fromLatin1, latin1 } from "./ops.js";
import { PyBytes, registerPercentBytes } from "./type.js";

const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsab%])?/g;

function bytesArg(x: unknown): string {
  const b = asBuffer(x);
  if (b) return latin1(b);
  const custom = (x as { __bytes__?: unknown } | null)?.__bytes__;
  if (typeof custom === "function") return latin1((custom.call(x) as PyBytes).buf);
  throw new TypeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${pyTypeName(x)}'`);
}

function isMapping(x: unknown): boolean {
  return x instanceof Map || (x !== null && typeof x === "object" && typeof (x as { __getitem__?: unknown }).__getitem__ === "function" && asBuffer(x) === null && !Array.isArray(x));
}

export function percentBytes(fmt: Uint8Array, args: unknown): Uint8Array {
  const text = latin1(fmt);
  const isTuple = Array.isArray(args) && Object.isFrozen(args);
  const items: unknown[] = isTuple ? [...(args as unknown[])] : [args];
  const mapping = !isTuple && isMapping(args) ? args : null;
  let next = 0;
  const take = (): unknown => {
    if (next >= items.length) throw new TypeError("not enough arguments for format string");
    return items[next++];
  };
  let out = "";
  let last = 0;
  for (const m of text.matchAll(SPEC)) {
    out += text.slice(last, m.index);
    last = m.index! + m[0].length;
    const [, key, flags = "", width, prec, conv] = m;
    if (conv === undefined) throw new ValueError(`unsupported format character '${text[last] ?? "?"}' (0x${(text.charCodeAt(last) || 0).toString(16)}) at index ${last}`);
    if (conv === "%") {
      out += "%";
      continue;
    }
    const w = width === "*" ? String(take()) : (width ?? "");
    const p = prec === "*" ? "." + String(take()) : prec !== undefined ? "." + prec : "";
    let value: unknown;
    if (key !== undefined) {
      if (!mapping) throw new TypeError("format requires a mapping");
      value = getitem(mapping, new PyBytes(fromLatin1(key)));
    } else value = take();
    const spec = `%${flags}${w}${p}`;
    if (conv === "s" || conv === "b") out += percentFormat(spec + "s", bytesArg(value));
    else if (conv === "r" || conv === "a") out += percentFormat(spec + "s", ascii(value));
    else if (conv === "c") {
      const b = asBuffer(value);
      if (b && b.length !== 1) throw new TypeError("%c requires an integer in range(256) or a single byte");
      out += percentFormat(spec + "s", String.fromCharCode(b ? b[0]! : byteValue(value)));
    } else out += percentFormat(spec + conv, value);
  }
  out += text.slice(last);
  if (!mapping && next < items.length) throw new TypeError("not all arguments converted during bytes formatting");
  return fromLatin1(out);
}

registerPercentBytes(percentBytes);
