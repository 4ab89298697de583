/**
 * Python's `urllib.parse` for str URLs: CPython's splitting rules (scheme
 * characters, netloc up to `/?#`, params only for schemes that use them),
 * RFC 3986 joining as CPython does it, query strings, and percent-quoting
 * over UTF-8. Results are named tuples with CPython's reprs and properties.
 */
import { TypeError, ValueError } from "../../exceptions.js";
import { iter, len } from "../../builtins.js";
import { isTuple, repr, str } from "../../repr.js";
import { takeKwargs } from "../../kwargs.js";
import { namedtuple } from "../collections/namedtuple.js";
import { asBuffer } from "../../bytes/buffer.js";

export const uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"];
export const uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"];
export const uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel"];
export const non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"];
export const uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips"];
export const uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews", "file", "prospero"];
export const scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.";

/** Python's str.partition / rpartition. */
const partition = (s: string, sep: string): [string, string, string] => {
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
};
const rpartition = (s: string, sep: string): [string, string, string] => {
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
};

function netlocMixin(cls: any): void {
  const define = (name: string, get: (this: any) => unknown): void => {
    Object.defineProperty(cls.prototype, name, { get, enumerable: false, configurable: true });
  };
  const userinfo = (netloc: string): [string | null, string | null] => {
    const [info, have] = rpartition(netloc, "@");
    if (!have) return [null, null];
    const [user, hasPw, pw] = partition(info, ":");
    return [user, hasPw ? pw : null];
  };
  const hostinfo = (netloc: string): [string, string | null] => {
    const [, , hi] = rpartition(netloc, "@");
    const [, open, bracketed] = partition(hi, "[");
    let host: string;
    let port: string;
    if (open) {
      let rest: string;
      [host, , rest] = partition(bracketed, "]");
      [, , port] = partition(rest, ":");
    } else [host, , port] = partition(hi, ":");
    return [host, port || null];
  };
  define("username", function () {
    return userinfo(this.netloc)[0];
  });
  define("password", function () {
    return userinfo(this.netloc)[1];
  });
  define("hostname", function () {
    const host = hostinfo(this.netloc)[0];
    if (!host) return null;
    const [h, pct, zone] = partition(host, "%");
    return h.toLowerCase() + pct + zone;
  });
  define("port", function () {
    const port = hostinfo(this.netloc)[1];
    if (port === null) return null;
    if (!/^[0-9]+$/.test(port)) throw new ValueError(`Port could not be cast to integer value as ${repr(port)}`);
    const n = Number(port);
    if (n < 0 || n > 65535) throw new ValueError("Port out of range 0-65535");
    return n;
  });
}

function withModule(cls: any, geturl: (this: any) => string): any {
  Object.defineProperty(cls, "__module__", { value: "urllib.parse" });
  Object.defineProperty(cls.prototype, "geturl", { value: geturl, enumerable: false });
  return cls;
}

export const DefragResult = withModule(namedtuple("DefragResult", "url fragment"), function () {
  return this.fragment ? this.url + "#" + this.fragment : this.url;
});
export const SplitResult = withModule(namedtuple("SplitResult", "scheme netloc path query fragment"), function () {
  return urlunsplit(this);
});
export const ParseResult = withModule(namedtuple("ParseResult", "scheme netloc path params query fragment"), function () {
  return urlunparse(this);
});
netlocMixin(SplitResult);
netlocMixin(ParseResult);

function asStr(x: unknown, what = "url"): string {
  if (typeof x === "string") return x;
  if (x === null || x === undefined) return "";
  throw new TypeError(`Cannot mix str and non-str arguments (tsyncio's urllib.parse takes str ${what}s)`);
}

function splitNetloc(url: string, start = 0): [string, string] {
  let delim = url.length;
  for (const c of "/?#") {
    const w = url.indexOf(c, start);
    if (w >= 0) delim = Math.min(delim, w);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

function checkBracketedNetloc(netloc: string): void {
  const hostAndPort = rpartition(netloc, "@")[2];
  const [before, open, bracketed] = partition(hostAndPort, "[");
  let host: string;
  if (open) {
    if (before) throw new ValueError("Invalid IPv6 URL");
    let port: string;
    [host, , port] = partition(bracketed, "]");
    if (port && !port.startsWith(":")) throw new ValueError("Invalid IPv6 URL");
  } else host = partition(hostAndPort, ":")[0];
  if (host.startsWith("v")) {
    if (!/^v[a-fA-F0-9]+\..+$/s.test(host)) throw new ValueError("IPvFuture address is invalid");
  } else if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) throw new ValueError("An IPv4 address cannot be in brackets");
  else if (!/^[0-9a-fA-F:.]+(%.+)?$/.test(host) || !host.includes(":")) throw new ValueError(`${repr(host)} does not appear to be an IPv4 or IPv6 address`);
}

const C0_OR_SPACE = /^[\x00-\x20]+/;

/** `urlsplit(url, scheme='', allow_fragments=True)`. */
export function urlsplit(url: string, scheme?: string | null, allowFragments: unknown = true): any {
  url = asStr(url).replace(C0_OR_SPACE, "").replace(/[\t\r\n]/g, "");
  scheme = asStr(scheme ?? "", "scheme").replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "").replace(/[\t\r\n]/g, "");
  let netloc = "";
  let query = "";
  let fragment = "";
  const i = url.indexOf(":");
  if (i > 0 && /^[A-Za-z]/.test(url) && [...url.slice(0, i)].every((c) => scheme_chars.includes(c))) {
    scheme = url.slice(0, i).toLowerCase();
    url = url.slice(i + 1);
  }
  if (url.slice(0, 2) === "//") {
    [netloc, url] = splitNetloc(url, 2);
    if ((netloc.includes("[") && !netloc.includes("]")) || (netloc.includes("]") && !netloc.includes("["))) throw new ValueError("Invalid IPv6 URL");
    if (netloc.includes("[") && netloc.includes("]")) checkBracketedNetloc(netloc);
  }
  if (allowFragments && url.includes("#")) [url, , fragment] = partition(url, "#");
  if (url.includes("?")) [url, , query] = partition(url, "?");
  return SplitResult(scheme, netloc, url, query, fragment);
}

function splitParams(url: string): [string, string] {
  let i: number;
  if (url.includes("/")) {
    i = url.indexOf(";", url.lastIndexOf("/"));
    if (i < 0) return [url, ""];
  } else i = url.indexOf(";");
  return [url.slice(0, i), url.slice(i + 1)];
}

/** `urlparse(url, scheme='', allow_fragments=True)`: urlsplit, with `;params` split off the last path segment. */
export function urlparse(url: string, scheme?: string | null, allowFragments: unknown = true): any {
  const [sch, netloc, path0, query, fragment] = urlsplit(url, scheme, allowFragments) as string[];
  let path = path0!;
  let params = "";
  if (uses_params.includes(sch!) && path.includes(";")) [path, params] = splitParams(path);
  return ParseResult(sch, netloc, path, params, query, fragment);
}

function parts(components: unknown, n: number): string[] {
  const list = [...(iter(components as Iterable<unknown>) as Iterable<unknown>)];
  if (list.length < n) throw new ValueError(`not enough values to unpack (expected ${n}, got ${list.length})`);
  if (list.length > n) throw new ValueError(`too many values to unpack (expected ${n})`);
  return list.map((x) => asStr(x));
}

/** `urlunsplit((scheme, netloc, path, query, fragment))`. */
export function urlunsplit(components: unknown): string {
  const [scheme, netloc, path, query, fragment] = parts(components, 5);
  let url = path!;
  if (netloc || (scheme && uses_netloc.includes(scheme) && url.slice(0, 2) !== "//")) {
    if (url && url[0] !== "/") url = "/" + url;
    url = "//" + (netloc || "") + url;
  }
  if (scheme) url = scheme + ":" + url;
  if (query) url = url + "?" + query;
  if (fragment) url = url + "#" + fragment;
  return url;
}

/** `urlunparse((scheme, netloc, path, params, query, fragment))`. */
export function urlunparse(components: unknown): string {
  const [scheme, netloc, path, params, query, fragment] = parts(components, 6);
  const url = params ? `${path};${params}` : path!;
  return urlunsplit([scheme, netloc, url, query, fragment]);
}

/** `urljoin(base, url, allow_fragments=True)`, resolving `.` and `..` as CPython does. */
export function urljoin(base: string, url: string, allowFragments: unknown = true): string {
  if (!base) return url;
  if (!url) return base;
  const [bscheme, bnetloc, bpath, bparams, bquery] = urlparse(base, "", allowFragments) as string[];
  let [scheme, netloc, path, params, query, fragment] = urlparse(url, bscheme, allowFragments) as string[];
  if (scheme !== bscheme || !uses_relative.includes(scheme!)) return url;
  if (uses_netloc.includes(scheme!)) {
    if (netloc) return urlunparse([scheme, netloc, path, params, query, fragment]);
    netloc = bnetloc;
  }
  if (!path && !params) {
    path = bpath;
    params = bparams;
    if (!query) query = bquery;
    return urlunparse([scheme, netloc, path, params, query, fragment]);
  }
  const baseParts = bpath!.split("/");
  if (baseParts[baseParts.length - 1] !== "") baseParts.pop();
  let segments: string[];
  if (path!.slice(0, 1) === "/") segments = path!.split("/");
  else {
    segments = [...baseParts, ...path!.split("/")];
    if (segments.length > 2) segments = [segments[0]!, ...segments.slice(1, -1).filter((s) => s), segments[segments.length - 1]!];
  }
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === "..") resolved.pop();
    else if (seg !== ".") resolved.push(seg);
  }
  const last = segments[segments.length - 1];
  if (last === "." || last === "..") resolved.push("");
  return urlunparse([scheme, netloc, resolved.join("/") || "/", params, query, fragment]);
}

/** `urldefrag(url)`: the URL without its fragment, and the fragment. */
export function urldefrag(url: string): any {
  url = asStr(url);
  if (!url.includes("#")) return DefragResult(url, "");
  const [s, n, p, a, q, frag] = urlparse(url) as string[];
  return DefragResult(urlunparse([s, n, p, a, q, ""]), frag);
}

const encoder = new TextEncoder();

/** UTF-8 with Python's error handlers: an invalid sequence (its maximal valid prefix) becomes U+FFFD, nothing, or an error. */
function decodeBytes(bytes: number[], errors: string): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let cp = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, cp] = [1, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) {
      [need, cp] = [2, b & 0x0f];
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      [need, cp] = [3, b & 0x07];
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    }
    let j = i + 1;
    let ok = need > 0;
    for (let k = 0; ok && k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < (k === 0 ? lo : 0x80) || c > (k === 0 ? hi : 0xbf)) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i = j;
      continue;
    }
    if (errors === "strict") throw new ValueError(`'utf-8' codec can't decode byte 0x${b.toString(16).padStart(2, "0")} in position ${i}: invalid start byte`);
    if (errors !== "ignore") out += "\ufffd";
    i = need > 0 ? Math.max(i + 1, j - 1) : i + 1;
  }
  return out;
}

const HEX2 = /^[0-9A-Fa-f]{2}/;

/** Percent escapes in an ASCII run become bytes, decoded as UTF-8. */
function unquoteAscii(run: string, errors: string): string {
  const bits = run.split("%");
  if (bits.length === 1) return run;
  const bytes: number[] = [...encoder.encode(bits[0]!)];
  for (const item of bits.slice(1)) {
    if (HEX2.test(item)) {
      bytes.push(parseInt(item.slice(0, 2), 16));
      bytes.push(...encoder.encode(item.slice(2)));
    } else bytes.push(0x25, ...encoder.encode(item));
  }
  return decodeBytes(bytes, errors);
}

function checkEncoding(encoding: unknown): void {
  if (encoding != null && !/^utf[-_]?8$/i.test(String(encoding))) throw new ValueError(`tsyncio's urllib.parse supports only the utf-8 encoding, not ${repr(String(encoding))}`);
}

/** `unquote(string, encoding='utf-8', errors='replace')`. */
export function unquote(string: string, encoding?: string | null, errors?: string | null): string {
  string = asStr(string, "string");
  if (!string.includes("%")) return string;
  checkEncoding(encoding);
  return string.replace(/[\x00-\x7f]+/g, (run) => unquoteAscii(run, errors ?? "replace"));
}

/** `unquote_plus`: also `+` as a space. */
export function unquote_plus(string: string, encoding?: string | null, errors?: string | null): string {
  return unquote(asStr(string, "string").replace(/\+/g, " "), encoding, errors);
}

const ALWAYS_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

function quoteBytes(bytes: Uint8Array, safe: string): string {
  const safeSet = new Set([...ALWAYS_SAFE, ...[...safe].filter((c) => c.charCodeAt(0) < 128)].map((c) => c.charCodeAt(0)));
  let out = "";
  for (const b of bytes) out += safeSet.has(b) ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0");
  return out;
}

/** The bytes behind a bytes or bytearray argument, else null. */
const bytesOf = asBuffer;

/** `quote(string, safe='/', encoding=None, errors=None)`. */
export function quote(string: unknown, safe: unknown = "/", encoding?: string | null, errors?: string | null): string {
  const raw = bytesOf(string);
  const safeText = typeof safe === "string" ? safe : bytesOf(safe) ? String.fromCharCode(...bytesOf(safe)!) : str(safe);
  if (raw) {
    if (encoding != null) throw new TypeError("quote() doesn't support 'encoding' for bytes");
    if (errors != null) throw new TypeError("quote() doesn't support 'errors' for bytes");
    return quoteBytes(raw, safeText);
  }
  if (typeof string !== "string") throw new TypeError("quote_from_bytes() expected bytes");
  if (!string) return string;
  checkEncoding(encoding);
  return quoteBytes(encoder.encode(string), safeText);
}

/** `quote_plus(string, safe='')`: spaces become `+`. */
export function quote_plus(string: unknown, safe: unknown = "", encoding?: string | null, errors?: string | null): string {
  const hasSpace = typeof string === "string" ? string.includes(" ") : bytesOf(string)?.includes(32);
  if (!hasSpace) return quote(string, safe, encoding, errors);
  const safeText = typeof safe === "string" ? safe : String.fromCharCode(...(bytesOf(safe) ?? []));
  return quote(string, safeText + " ", encoding, errors).replace(/ /g, "+");
}

/** `quote_from_bytes(bs, safe='/')`. */
export function quote_from_bytes(bs: unknown, safe: unknown = "/"): string {
  if (!bytesOf(bs)) throw new TypeError("quote_from_bytes() expected bytes");
  return quote(bs, safe);
}

/** `parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding, errors, max_num_fields, separator='&')`. */
export function parse_qsl(qs: string, keepBlank: unknown = false, strict: unknown = false, encoding?: string | null, errors?: string | null, maxNumFields?: number | null, separator?: string, ...rest: any[]): any[] {
  const kw = Object.fromEntries(takeKwargs(rest)) as Record<string, any>;
  encoding ??= kw.encoding;
  errors ??= kw.errors;
  maxNumFields ??= kw.max_num_fields;
  const sep: unknown = separator ?? kw.separator ?? "&";
  qs = asStr(qs, "query");
  if (!sep || typeof sep !== "string") throw new ValueError("Separator must be of type string or bytes.");
  if (maxNumFields != null) {
    const num = qs ? 1 + qs.split(sep).length - 1 : 0;
    if (maxNumFields < num) throw new ValueError("Max number of fields exceeded");
  }
  const out: any[] = [];
  for (const nameValue of qs ? qs.split(sep) : []) {
    if (!nameValue && !strict) continue;
    const eq = nameValue.indexOf("=");
    const nv = eq < 0 ? [nameValue] : [nameValue.slice(0, eq), nameValue.slice(eq + 1)];
    if (nv.length !== 2) {
      if (strict) throw new ValueError(`bad query field: ${repr(nameValue)}`);
      if (keepBlank) nv.push("");
      else continue;
    }
    if (nv[1]!.length || keepBlank) {
      const name = unquote(nv[0]!.replace(/\+/g, " "), encoding, errors);
      const value = unquote(nv[1]!.replace(/\+/g, " "), encoding, errors);
      out.push(Object.freeze([name, value]));
    }
  }
  return out;
}

/** `parse_qs(...)`: a dict from each name to the list of its values. */
export function parse_qs(qs: string, keepBlank: unknown = false, strict: unknown = false, encoding?: string | null, errors?: string | null, maxNumFields?: number | null, separator?: string, ...rest: any[]): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [name, value] of parse_qsl(qs, keepBlank, strict, encoding, errors, maxNumFields, separator, ...rest)) {
    const list = result.get(name);
    if (list) list.push(value);
    else result.set(name, [value]);
  }
  return result;
}

/** `urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus)`. */
export function urlencode(query: unknown, doseq: unknown = false, safe: unknown = "", encoding?: string | null, errors?: string | null, quoteVia?: (...a: any[]) => string): string {
  const via = quoteVia ?? quote_plus;
  let pairs: unknown[];
  if (query instanceof Map) pairs = [...query];
  else if (query !== null && typeof query === "object" && typeof (query as any).items === "function") pairs = [...(iter((query as any).items()) as Iterable<unknown>)];
  else {
    const list = Array.isArray(query) ? query : null;
    if (list === null || (list.length > 0 && !isTuple(list[0]))) throw new TypeError("not a valid non-string sequence or mapping object");
    pairs = list;
  }
  const q = (x: unknown): string => (bytesOf(x) ? via(x as Uint8Array, safe) : via(str(x), safe, encoding, errors));
  const out: string[] = [];
  for (const p of pairs) {
    const [k, v] = p as [unknown, unknown];
    const key = q(k);
    if (!doseq || typeof v === "string" || bytesOf(v)) out.push(`${key}=${q(v)}`);
    else {
      let n: number | null = null;
      try {
        n = len(v);
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
      }
      if (n === null) out.push(`${key}=${q(v)}`);
      else for (const elt of iter(v as Iterable<unknown>) as Iterable<unknown>) out.push(`${key}=${q(elt)}`);
    }
  }
  return out.join("&");
}

/** `unwrap('<URL:scheme://host/path>')` → `'scheme://host/path'`. */
export function unwrap(url: unknown): string {
  let u = str(url).trim();
  if (u.startsWith("<") && u.endsWith(">")) u = u.slice(1, -1).trim();
  if (u.startsWith("URL:")) u = u.slice(4).trim();
  return u;
}
