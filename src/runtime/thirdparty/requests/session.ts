/**
 * requests' `Session` and the module-level `requests.get(...)` family, on
 * Node's fetch. In the threads model (stdlib/threading/index.ts) a request
 * is a blocking call: translated code awaits `get$async(...)`, so other
 * threads and the event loop run while it waits. The plain forms cannot
 * wait, so they raise (a call the translator did not recognise).
 */
import { json } from "../../stdlib/json.js";
import { fromPyBytes } from "../aiohttp/bridge.js";
import { notTranslatedAsBlocking } from "../../stdlib/threading/state.js";
import { classSignatures } from "../../kwargs.js";
import { str, unhint } from "../../repr.js";
import { ConnectionError, InvalidSchema, InvalidURL, MissingSchema, ReadTimeout } from "./errors.js";
import { Response } from "./response.js";
import { CaseInsensitiveDict } from "./structures.js";

export const VERSION = "2.28.1";

interface Options {
  params?: unknown;
  data?: unknown;
  headers?: unknown;
  json?: unknown;
  timeout?: unknown;
  allow_redirects?: unknown;
  [k: string]: unknown;
}

function defaultHeaders(): CaseInsensitiveDict {
  return new CaseInsensitiveDict([
    ["User-Agent", `python-requests/${VERSION}`],
    ["Accept-Encoding", "gzip, deflate"],
    ["Accept", "*/*"],
    ["Connection", "keep-alive"],
  ]);
}

function entriesOf(x: unknown): [string, unknown][] {
  if (x === null || x === undefined) return [];
  if (x instanceof Map) return [...x.entries()];
  if (Array.isArray(x)) return x.map((p) => [str((p as unknown[])[0]), (p as unknown[])[1]] as [string, unknown]);
  if (typeof x === "object") return Object.entries(x as Record<string, unknown>);
  return [];
}

/** requests' urlencode of a params/data mapping: lists repeat the key, None values are dropped. */
function encodeForm(x: unknown): string {
  const out = new URLSearchParams();
  for (const [k, v] of entriesOf(x)) {
    const values = Array.isArray(v) ? v : [v];
    for (const item of values) if (item !== null && item !== undefined) out.append(k, typeof item === "string" ? item : str(item));
  }
  return out.toString();
}

function prepareUrl(url: unknown, params: unknown): URL {
  const text = str(url).trim();
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) throw new MissingSchema(`Invalid URL '${text}': No scheme supplied. Perhaps you meant http://${text}?`);
  if (!/^https?:/i.test(text)) throw new InvalidSchema(`No connection adapters were found for '${text}'`);
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw new InvalidURL(`Invalid URL '${text}': No host supplied`);
  }
  const extra = typeof params === "string" ? params : encodeForm(params);
  if (extra) u.search = u.search ? `${u.search}&${extra}` : `?${extra}`;
  return u;
}

function timeoutMs(t: unknown): number | null {
  const v = unhint(t).value;
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return timeoutMs(v[1]);
  return Number(v) * 1000;
}

function describeTimeout(t: unknown): string {
  const v = unhint(t).value;
  return Array.isArray(v) ? str(v[1]) : str(v);
}

/** Keywords arrive as a plain object (the mapping) or as a Kwargs map (a call bound at run time). */
export function optionsOf(x: unknown): Options {
  if (x instanceof Map) return Object.fromEntries(x) as Options;
  return (x ?? {}) as Options;
}

export async function send(method: string, url: unknown, rawOpts: unknown, base: { headers: CaseInsensitiveDict; params: unknown }): Promise<Response> {
  const opts = optionsOf(rawOpts);
  const u = prepareUrl(url, opts.params ?? null);
  if (base.params && entriesOf(base.params).length > 0) {
    const extra = encodeForm(base.params);
    u.search = u.search ? `${u.search}&${extra}` : `?${extra}`;
  }
  const headers = base.headers.copy();
  let body: Buffer | string | undefined;
  if (opts.data !== null && opts.data !== undefined) {
    if (typeof opts.data === "string" || (typeof opts.data === "object" && !(opts.data instanceof Map) && !Array.isArray(opts.data) && Object.getPrototypeOf(opts.data) !== Object.prototype)) {
      body = fromPyBytes(opts.data);
    } else {
      body = encodeForm(opts.data);
      headers.set("Content-Type", "application/x-www-form-urlencoded");
    }
  } else if (opts.json !== null && opts.json !== undefined) {
    body = Buffer.from(json.dumps(opts.json, { allow_nan: false }), "utf8");
    headers.set("Content-Type", "application/json");
  }
  for (const [k, v] of entriesOf(opts.headers)) {
    if (v === null) headers.delete(k);
    else headers.set(k, v);
  }
  if (body !== undefined) headers.set("Content-Length", String(Buffer.byteLength(body)));
  else if (method === "POST" || method === "PUT" || method === "PATCH") headers.set("Content-Length", "0");
  const ms = timeoutMs(opts.timeout);
  const controller = new AbortController();
  const timer = ms === null ? null : setTimeout(() => controller.abort(), Math.max(0, ms));
  const fetchHeaders: [string, string][] = [...headers.entries()].filter(([k]) => k.toLowerCase() !== "connection").map(([k, v]) => [k, str(v)]);
  const redirect = unhint(opts.allow_redirects ?? true).value === false ? "manual" : "follow";
  try {
    const res = await fetch(u, { method, headers: fetchHeaders, body, redirect, signal: controller.signal });
    const buf = new Uint8Array(await res.arrayBuffer());
    const out = new CaseInsensitiveDict();
    res.headers.forEach((v, k) => out.set(k.replace(/(^|-)([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()), v));
    return new Response(res.status, res.statusText, out, buf, res.url || u.href);
  } catch (e) {
    if (controller.signal.aborted) {
      throw new ReadTimeout(`HTTPConnectionPool(host='${u.hostname}', port=${u.port || 80}): Read timed out. (read timeout=${describeTimeout(opts.timeout)})`);
    }
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code === "ECONNREFUSED" ? "[Errno 111] Connection refused" : (cause?.message ?? String(e));
    throw new ConnectionError(
      `HTTPConnectionPool(host='${u.hostname}', port=${u.port || 80}): Max retries exceeded with url: ${u.pathname}${u.search} (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object>: Failed to establish a new connection: ${reason}'))`,
    );
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export class Session {
  headers = defaultHeaders();
  params: unknown = new Map();

  request(method: unknown, _url: unknown, _opts: Options = {}): Response {
    return notTranslatedAsBlocking(`requests.Session.${str(method).toLowerCase()}()`);
  }
  request$async(method: unknown, url: unknown, opts: Options = {}): Promise<Response> {
    return send(str(method).toUpperCase(), url, opts, this);
  }
  get(url: unknown, opts?: Options): Response {
    return this.request("GET", url, opts);
  }
  get$async(url: unknown, opts: Options = {}): Promise<Response> {
    return this.request$async("GET", url, opts);
  }
  options(url: unknown, opts?: Options): Response {
    return this.request("OPTIONS", url, opts);
  }
  options$async(url: unknown, opts: Options = {}): Promise<Response> {
    return this.request$async("OPTIONS", url, opts);
  }
  head(url: unknown, opts?: Options): Response {
    return this.request("HEAD", url, opts);
  }
  head$async(url: unknown, opts: Options = {}): Promise<Response> {
    return this.request$async("HEAD", url, { allow_redirects: false, ...optionsOf(opts) });
  }
  post(url: unknown, data?: unknown, jsonBody?: unknown, opts?: Options): Response {
    return this.request("POST", url, { data, json: jsonBody, ...optionsOf(opts) });
  }
  post$async(url: unknown, data: unknown = null, jsonBody: unknown = null, opts: Options = {}): Promise<Response> {
    return this.request$async("POST", url, { data, json: jsonBody, ...optionsOf(opts) });
  }
  put(url: unknown, data?: unknown, opts?: Options): Response {
    return this.request("PUT", url, { data, ...optionsOf(opts) });
  }
  put$async(url: unknown, data: unknown = null, opts: Options = {}): Promise<Response> {
    return this.request$async("PUT", url, { data, ...optionsOf(opts) });
  }
  patch(url: unknown, data?: unknown, opts?: Options): Response {
    return this.request("PATCH", url, { data, ...optionsOf(opts) });
  }
  patch$async(url: unknown, data: unknown = null, opts: Options = {}): Promise<Response> {
    return this.request$async("PATCH", url, { data, ...optionsOf(opts) });
  }
  delete(url: unknown, opts?: Options): Response {
    return this.request("DELETE", url, opts);
  }
  delete$async(url: unknown, opts: Options = {}): Promise<Response> {
    return this.request$async("DELETE", url, opts);
  }
  close(): null {
    return null;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    return false;
  }
  async __aenter__(): Promise<this> {
    return this;
  }
  async __aexit__(): Promise<boolean> {
    return false;
  }
}

classSignatures(Session, {
  request: "request(method, url, **kwargs)",
  get: "get(url, **kwargs)",
  options: "options(url, **kwargs)",
  head: "head(url, **kwargs)",
  post: "post(url, data=, json=, **kwargs)",
  put: "put(url, data=, **kwargs)",
  patch: "patch(url, data=, **kwargs)",
  delete: "delete(url, **kwargs)",
});
