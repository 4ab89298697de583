/**
 * Server-side cookies: `request.cookies` (the Cookie header, as aiohttp's
 * read-only mapping) and `set_cookie` / `del_cookie` on responses and HTTP
 * exceptions, written as `Set-Cookie` headers in the form Python's
 * `http.cookies.Morsel` gives them (attributes in its sorted order, values
 * quoted when they hold characters a cookie value cannot).
 */
import { repr, str } from "../../../repr.js";

/** `request.cookies`: a read-only mapping, `mappingproxy({...})` when printed. */
export class CookiesProxy extends Map<string, string> {
  __repr__(): string {
    return `mappingproxy(${repr(new Map(this))})`;
  }
}

export function parseCookies(header: string | null): CookiesProxy {
  const out = new CookiesProxy();
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    let value = part.slice(eq + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1).replace(/\\(.)/g, "$1");
    if (name) out.set(name, value);
  }
  return out;
}

/** http.cookies' _quote: legal characters as they are, anything else in double quotes with escapes. */
function quote(value: string): string {
  if (/^[\w!#$%&'*+\-.^`|~:]*$/.test(value) && value !== "") return value;
  const escaped = [...value].map((c) => (c === '"' || c === "\\" ? `\\${c}` : c.charCodeAt(0) < 32 || c.charCodeAt(0) > 126 ? `\\${c.charCodeAt(0).toString(8).padStart(3, "0")}` : c)).join("");
  return `"${escaped}"`;
}

interface CookieOptions {
  expires?: unknown;
  domain?: unknown;
  max_age?: unknown;
  path?: unknown;
  secure?: unknown;
  httponly?: unknown;
  version?: unknown;
  samesite?: unknown;
}

/** Morsel.OutputString: name=value, then the attributes in sorted key order. */
function morsel(name: string, value: string, o: CookieOptions): string {
  const attrs: [string, string | null][] = [];
  const given = (v: unknown) => v !== undefined && v !== null;
  if (given(o.domain)) attrs.push(["Domain", str(o.domain)]);
  if (given(o.expires)) attrs.push(["expires", str(o.expires)]);
  if (o.httponly) attrs.push(["HttpOnly", null]);
  if (given(o.max_age)) attrs.push(["Max-Age", str(o.max_age)]);
  attrs.push(["Path", str(o.path ?? "/")]);
  if (given(o.samesite)) attrs.push(["SameSite", str(o.samesite)]);
  if (o.secure) attrs.push(["Secure", null]);
  if (given(o.version)) attrs.push(["Version", str(o.version)]);
  return [`${name}=${quote(value)}`, ...attrs.map(([k, v]) => (v === null ? k : `${k}=${v}`))].join("; ");
}

interface HasHeaders {
  _headers: [string, string][];
}

function replaceCookie(self: HasHeaders, name: string, line: string): void {
  const at = self._headers.findIndex((h) => h[0].toLowerCase() === "set-cookie" && h[1].startsWith(`${name}=`));
  // A cookie set again keeps its place, as in the response's SimpleCookie.
  if (at >= 0) self._headers[at] = ["Set-Cookie", line];
  else self._headers.push(["Set-Cookie", line]);
}

function setCookie(this: HasHeaders, name: unknown, value: unknown, opts?: CookieOptions): null {
  replaceCookie(this, str(name), morsel(str(name), str(value), opts ?? {}));
  return null;
}

function delCookie(this: HasHeaders, name: unknown, opts?: { domain?: unknown; path?: unknown }): null {
  const o = opts ?? {};
  replaceCookie(this, str(name), morsel(str(name), "", { max_age: 0, expires: "Thu, 01 Jan 1970 00:00:00 GMT", domain: o.domain, path: o.path }));
  return null;
}

/** Gives a response class aiohttp's `set_cookie` / `del_cookie`. */
export function withCookies(cls: { prototype: HasHeaders }): void {
  Object.defineProperty(cls.prototype, "set_cookie", { value: setCookie, writable: true, configurable: true });
  Object.defineProperty(cls.prototype, "del_cookie", { value: delCookie, writable: true, configurable: true });
}

declare module "./response.js" {
  interface Response {
    set_cookie(name: unknown, value: unknown, opts?: CookieOptions): null;
    del_cookie(name: unknown, opts?: { domain?: unknown; path?: unknown }): null;
  }
  interface StreamResponse {
    set_cookie(name: unknown, value: unknown, opts?: CookieOptions): null;
    del_cookie(name: unknown, opts?: { domain?: unknown; path?: unknown }): null;
  }
  interface HTTPException {
    set_cookie(name: unknown, value: unknown, opts?: CookieOptions): null;
    del_cookie(name: unknown, opts?: { domain?: unknown; path?: unknown }): null;
  }
}
