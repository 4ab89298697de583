/**
 * `web.Response`, `web.json_response` and the `web.HTTPException` family.
 * An HTTPException is a Python exception that is also a response: a handler
 * may raise or return it. JavaScript has one parent class, so the
 * exceptions extend Exception and carry the same response fields.
 */
import type { PyBytes } from "../../../bytes/type.js";
import { Exception, RuntimeError, TypeError, ValueError } from "../../../exceptions.js";
import { json } from "../../../stdlib/json.js";
import type { Future } from "../../../asyncio/core.js";
import { fromPyBytes, futureOf, toPyBytes } from "../bridge.js";
import { CIMultiDict, headerPairs } from "../multidict.js";
import { reasonPhrase } from "../status.js";

type Opts = Record<string, any>;

function options(x: unknown): Opts {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype ? (x as Opts) : {};
}

/** What every response shares: status, reason, headers, a body in bytes. */
interface ResponseFields {
  status: number;
  reason: string;
  _headers: [string, string][];
  _body: Buffer | null;
  _contentType: string | null;
  _charset: string | null;
}

function initFields(self: ResponseFields, o: Opts, defaultStatus: number): void {
  self.status = o.status === undefined || o.status === null ? defaultStatus : Number(o.status);
  self.reason = o.reason === undefined || o.reason === null ? reasonPhrase(self.status) : String(o.reason);
  self._headers = headerPairs(o.headers);
  self._contentType = null;
  self._charset = null;
  self._body = null;
  const ctHeader = self._headers.find((h) => h[0].toLowerCase() === "content-type");
  if (o.text !== undefined && o.text !== null && o.body !== undefined && o.body !== null) throw new ValueError("body and text are not allowed together");
  if (o.text !== undefined && o.text !== null) {
    if (typeof o.text !== "string") throw new TypeError(`text argument must be str (${typeNameOf(o.text)})`);
    if (ctHeader && (o.content_type || o.charset)) throw new ValueError("passing both Content-Type header and content_type or charset params is forbidden");
    self._contentType = o.content_type ?? (ctHeader ? null : "text/plain");
    self._charset = o.charset ?? (ctHeader ? null : "utf-8");
    self._body = Buffer.from(o.text, "utf8");
  } else {
    if (o.body !== undefined && o.body !== null) self._body = fromPyBytes(o.body);
    if (o.content_type) self._contentType = o.content_type;
    if (o.charset) self._charset = o.charset;
    if (!ctHeader && self._contentType === null && self._body !== null) self._contentType = "application/octet-stream";
  }
  if (self._contentType !== null) {
    const value = self._charset ? `${self._contentType}; charset=${self._charset}` : self._contentType;
    const i = self._headers.findIndex((h) => h[0].toLowerCase() === "content-type");
    if (i >= 0) self._headers[i] = ["Content-Type", value];
    else self._headers.push(["Content-Type", value]);
  }
}

function typeNameOf(x: unknown): string {
  return typeof x === "number" ? (Number.isInteger(x) ? "<class 'int'>" : "<class 'float'>") : `<class '${typeof x}'>`;
}

function contentTypeOf(headers: [string, string][]): string {
  const ct = headers.find((h) => h[0].toLowerCase() === "content-type")?.[1];
  return ct === undefined ? "application/octet-stream" : ct.split(";")[0]!.trim();
}

function setContentType(headers: [string, string][], type: string, charset: string | null): void {
  const value = charset ? `${type}; charset=${charset}` : type;
  const i = headers.findIndex((h) => h[0].toLowerCase() === "content-type");
  if (i >= 0) headers[i] = ["Content-Type", value];
  else headers.push(["Content-Type", value]);
}

function charsetOf(headers: [string, string][]): string | null {
  const ct = headers.find((h) => h[0].toLowerCase() === "content-type")?.[1] ?? "";
  const m = /;\s*charset\s*=\s*"?([^";]+)"?/i.exec(ct);
  return m ? m[1]!.toLowerCase() : null;
}

export class Response implements ResponseFields {
  static readonly __name__: string = "Response";
  status = 200;
  reason = "OK";
  _headers: [string, string][] = [];
  _body: Buffer | null = null;
  _contentType: string | null = null;
  _charset: string | null = null;

  constructor(opts?: Opts) {
    initFields(this, options(opts), 200);
  }

  get headers(): CIMultiDict {
    return new CIMultiDict(this._headers);
  }
  get content_type(): string {
    return contentTypeOf(this._headers);
  }
  get charset(): string | null {
    return charsetOf(this._headers);
  }
  get body(): PyBytes | null {
    return this._body === null ? null : toPyBytes(this._body);
  }
  set body(value: unknown) {
    this._body = value === null || value === undefined ? null : fromPyBytes(value);
  }
  get text(): string | null {
    return this._body === null ? null : this._body.toString("utf8");
  }
  set text(value: string | null) {
    this._body = value === null ? null : Buffer.from(String(value), "utf8");
    if (!this._headers.some((h) => h[0].toLowerCase() === "content-type")) this._headers.push(["Content-Type", "text/plain; charset=utf-8"]);
    // aiohttp's text setter: a content type without a charset gets utf-8.
    else if (this.charset === null) setContentType(this._headers, this.content_type, "utf-8");
  }
  set content_type(value: string) {
    setContentType(this._headers, String(value), this.charset);
  }
  set charset(value: string | null) {
    setContentType(this._headers, this.content_type, value);
  }
  set_status(status: number, reason: string | null = null): null {
    this.status = Number(status);
    this.reason = reason ?? reasonPhrase(this.status);
    return null;
  }
  __repr__(): string {
    return `<Response ${this.reason} not prepared>`;
  }
}

export function json_response(data?: unknown, opts?: Opts): Response {
  const o = { ...options(opts) };
  const dumps = (o.dumps as ((x: unknown) => string) | undefined) ?? ((x: unknown) => json.dumps(x));
  if (data !== undefined) {
    if (o.text !== undefined && o.text !== null) throw new ValueError("only one of data, text, or body should be specified");
    if (o.body !== undefined && o.body !== null) throw new ValueError("only one of data, text, or body should be specified");
    o.text = dumps(data);
  }
  o.content_type ??= "application/json";
  delete o.dumps;
  return new Response(o);
}

/** `web.HTTPException`: raised (or returned) by a handler, answered with its status. */
export class HTTPException extends Exception implements ResponseFields {
  static status_code = -1;
  status = 0;
  reason = "";
  _headers: [string, string][] = [];
  _body: Buffer | null = null;
  _contentType: string | null = null;
  _charset: string | null = null;

  constructor(opts?: Opts) {
    const o = options(opts);
    const cls = new.target as unknown as typeof HTTPException;
    if (cls.status_code === -1) throw new RuntimeError(`Cannot instantiate ${cls.name} directly`);
    const reason = o.reason ?? reasonPhrase(cls.status_code);
    super(reason);
    const fields = { ...o };
    if ((fields.text === undefined || fields.text === null) && (fields.body === undefined || fields.body === null) && cls.status_code !== 204 && cls.status_code !== 304) {
      fields.text = `${cls.status_code}: ${reason}`;
    }
    fields.status = cls.status_code;
    fields.reason = reason;
    initFields(this, fields, cls.status_code);
  }

  get status_code(): number {
    return this.status;
  }
  get headers(): CIMultiDict {
    return new CIMultiDict(this._headers);
  }
  get content_type(): string {
    return contentTypeOf(this._headers);
  }
  get body(): PyBytes | null {
    return this._body === null ? null : toPyBytes(this._body);
  }
  get text(): string | null {
    return this._body === null ? null : this._body.toString("utf8");
  }
  override __str__(): string {
    return this.reason;
  }
  override __repr__(): string {
    return `<${this.constructor.name} ${this.reason} not prepared>`;
  }
}

export class HTTPError extends HTTPException {}
export class HTTPSuccessful extends HTTPException {}
export class HTTPRedirection extends HTTPException {}
export class HTTPClientError extends HTTPError {}
export class HTTPServerError extends HTTPError {}

/** A redirection takes its Location first: `HTTPFound("/login")`. */
export class HTTPMove extends HTTPRedirection {
  constructor(location: unknown, opts?: Opts) {
    if (!location) throw new ValueError("HTTP redirects need a location to redirect to.");
    const o = options(opts);
    super({ ...o, headers: [...headerPairs(o.headers), ["Location", String(location)]] });
  }
  get location(): string {
    return this._headers.find((h) => h[0] === "Location")![1];
  }
}

function statusClass<T extends abstract new (...a: any[]) => HTTPException>(base: T, name: string, code: number): T {
  const cls = { [name]: class extends (base as any) {} }[name] as unknown as T;
  (cls as unknown as { status_code: number }).status_code = code;
  return cls;
}

export const HTTPOk = statusClass(HTTPSuccessful, "HTTPOk", 200);
export const HTTPCreated = statusClass(HTTPSuccessful, "HTTPCreated", 201);
export const HTTPAccepted = statusClass(HTTPSuccessful, "HTTPAccepted", 202);
export const HTTPNoContent = statusClass(HTTPSuccessful, "HTTPNoContent", 204);
export const HTTPMovedPermanently = statusClass(HTTPMove, "HTTPMovedPermanently", 301);
export const HTTPFound = statusClass(HTTPMove, "HTTPFound", 302);
export const HTTPSeeOther = statusClass(HTTPMove, "HTTPSeeOther", 303);
export const HTTPNotModified = statusClass(HTTPRedirection, "HTTPNotModified", 304);
export const HTTPTemporaryRedirect = statusClass(HTTPMove, "HTTPTemporaryRedirect", 307);
export const HTTPPermanentRedirect = statusClass(HTTPMove, "HTTPPermanentRedirect", 308);
export const HTTPBadRequest = statusClass(HTTPClientError, "HTTPBadRequest", 400);
export const HTTPUnauthorized = statusClass(HTTPClientError, "HTTPUnauthorized", 401);
export const HTTPPaymentRequired = statusClass(HTTPClientError, "HTTPPaymentRequired", 402);
export const HTTPForbidden = statusClass(HTTPClientError, "HTTPForbidden", 403);
export const HTTPNotFound = statusClass(HTTPClientError, "HTTPNotFound", 404);
export const HTTPNotAcceptable = statusClass(HTTPClientError, "HTTPNotAcceptable", 406);
export const HTTPRequestTimeout = statusClass(HTTPClientError, "HTTPRequestTimeout", 408);
export const HTTPConflict = statusClass(HTTPClientError, "HTTPConflict", 409);
export const HTTPGone = statusClass(HTTPClientError, "HTTPGone", 410);
export const HTTPLengthRequired = statusClass(HTTPClientError, "HTTPLengthRequired", 411);
export const HTTPPreconditionFailed = statusClass(HTTPClientError, "HTTPPreconditionFailed", 412);
export const HTTPUnsupportedMediaType = statusClass(HTTPClientError, "HTTPUnsupportedMediaType", 415);
export const HTTPUnprocessableEntity = statusClass(HTTPClientError, "HTTPUnprocessableEntity", 422);
export const HTTPTooManyRequests = statusClass(HTTPClientError, "HTTPTooManyRequests", 429);
export const HTTPInternalServerError = statusClass(HTTPServerError, "HTTPInternalServerError", 500);
export const HTTPNotImplemented = statusClass(HTTPServerError, "HTTPNotImplemented", 501);
export const HTTPBadGateway = statusClass(HTTPServerError, "HTTPBadGateway", 502);
export const HTTPServiceUnavailable = statusClass(HTTPServerError, "HTTPServiceUnavailable", 503);
export const HTTPGatewayTimeout = statusClass(HTTPServerError, "HTTPGatewayTimeout", 504);
export const HTTPExpectationFailed = statusClass(HTTPClientError, "HTTPExpectationFailed", 417);
export const HTTPFailedDependency = statusClass(HTTPClientError, "HTTPFailedDependency", 424);
export const HTTPInsufficientStorage = statusClass(HTTPServerError, "HTTPInsufficientStorage", 507);
export const HTTPMisdirectedRequest = statusClass(HTTPClientError, "HTTPMisdirectedRequest", 421);
export const HTTPMultipleChoices = statusClass(HTTPMove, "HTTPMultipleChoices", 300);
export const HTTPNetworkAuthenticationRequired = statusClass(HTTPServerError, "HTTPNetworkAuthenticationRequired", 511);
export const HTTPNonAuthoritativeInformation = statusClass(HTTPSuccessful, "HTTPNonAuthoritativeInformation", 203);
export const HTTPNotExtended = statusClass(HTTPServerError, "HTTPNotExtended", 510);
export const HTTPPartialContent = statusClass(HTTPSuccessful, "HTTPPartialContent", 206);
export const HTTPPreconditionRequired = statusClass(HTTPClientError, "HTTPPreconditionRequired", 428);
export const HTTPProxyAuthenticationRequired = statusClass(HTTPClientError, "HTTPProxyAuthenticationRequired", 407);
export const HTTPRequestHeaderFieldsTooLarge = statusClass(HTTPClientError, "HTTPRequestHeaderFieldsTooLarge", 431);
export const HTTPRequestRangeNotSatisfiable = statusClass(HTTPClientError, "HTTPRequestRangeNotSatisfiable", 416);
export const HTTPRequestURITooLong = statusClass(HTTPClientError, "HTTPRequestURITooLong", 414);
export const HTTPResetContent = statusClass(HTTPSuccessful, "HTTPResetContent", 205);
export const HTTPUpgradeRequired = statusClass(HTTPClientError, "HTTPUpgradeRequired", 426);
export const HTTPUseProxy = statusClass(HTTPMove, "HTTPUseProxy", 305);
export const HTTPVariantAlsoNegotiates = statusClass(HTTPServerError, "HTTPVariantAlsoNegotiates", 506);
export const HTTPVersionNotSupported = statusClass(HTTPServerError, "HTTPVersionNotSupported", 505);

/** `HTTPMethodNotAllowed(method, allowed_methods)`: the Allow header lists them. */
export class HTTPMethodNotAllowed extends HTTPClientError {
  static override status_code = 405;
  readonly method: string;
  readonly allowed_methods: Set<string>;
  constructor(method: string, allowed_methods: Iterable<string>, opts?: Opts) {
    const allowed = [...allowed_methods].sort();
    const o = options(opts);
    super({ ...o, headers: [...headerPairs(o.headers), ["Allow", allowed.join(",")]] });
    this.method = String(method).toUpperCase();
    this.allowed_methods = new Set(allowed);
  }
}

/** The Node side of a request a StreamResponse writes to (set by the server). */
export interface Wire {
  writeHead(status: number, reason: string, headers: string[]): void;
  write(chunk: Buffer): Promise<void>;
  end(): Promise<void>;
}

/**
 * `web.StreamResponse`: headers go out at `prepare(request)`, the body in
 * `write()` chunks, `write_eof()` ends it (the server ends it after the
 * handler returns otherwise).
 */
export class StreamResponse {
  static readonly __name__: string = "StreamResponse";
  status: number;
  reason: string;
  _headers: [string, string][];
  content_length: number | null = null;
  /** @internal */ _wire: Wire | null = null;
  /** @internal */ _eof = false;

  constructor(opts?: Opts) {
    const o = options(opts);
    this.status = o.status === undefined ? 200 : Number(o.status);
    this.reason = o.reason ?? reasonPhrase(this.status);
    this._headers = headerPairs(o.headers);
  }

  get headers(): CIMultiDict {
    return new CIMultiDict(this._headers);
  }
  get prepared(): boolean {
    return this._wire !== null;
  }
  get content_type(): string {
    return contentTypeOf(this._headers);
  }
  set content_type(value: string) {
    const i = this._headers.findIndex((h) => h[0].toLowerCase() === "content-type");
    if (i >= 0) this._headers[i] = ["Content-Type", String(value)];
    else this._headers.push(["Content-Type", String(value)]);
  }
  set_status(status: number, reason: string | null = null): null {
    this.status = Number(status);
    this.reason = reason ?? reasonPhrase(this.status);
    return null;
  }

  prepare(request: { _wire(): Wire }): Future<null> {
    return futureOf((async () => {
      if (this._wire) return null;
      const wire = request._wire();
      // aiohttp's order: Content-Length, Content-Type, then the others.
      const type = this._headers.find((h) => h[0].toLowerCase() === "content-type") ?? ["Content-Type", "application/octet-stream"];
      const headers: [string, string][] = this.content_length !== null ? [["Content-Length", String(this.content_length)], type] : [type];
      headers.push(...this._headers.filter((h) => !["content-length", "content-type"].includes(h[0].toLowerCase())));
      wire.writeHead(this.status, this.reason, headers.flat());
      this._wire = wire;
      return null;
    })());
  }

  write(data: unknown): Future<null> {
    if (!this._wire) throw new RuntimeError("Cannot call write() before prepare()");
    if (this._eof) throw new RuntimeError("Cannot call write() after write_eof()");
    return futureOf(this._wire.write(fromPyBytes(data)).then(() => null));
  }

  write_eof(): Future<null> {
    if (!this._wire || this._eof) return futureOf(Promise.resolve(null));
    this._eof = true;
    return futureOf(this._wire.end().then(() => null));
  }

  __repr__(): string {
    return `<${(this.constructor as typeof StreamResponse).__name__} ${this.reason} ${this._wire ? "GET /" : "not prepared"}>`;
  }
}
