/**
 * aiohttp's client exceptions with its messages. `ClientOSError` is both a
 * `ClientConnectionError` and an `OSError` in Python; JavaScript has one
 * parent, so it extends OSError and the two client classes also claim its
 * instances through `Symbol.hasInstance` (an `except ClientError` catches
 * a refused connection, as in Python).
 */
import { ConnectionRefusedError, Exception, OSError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import type { CIMultiDictProxy } from "./multidict.js";
import type { URL } from "./url.js";

const plainInstanceOf = Function.prototype[Symbol.hasInstance];

export class ClientError extends Exception {
  static [Symbol.hasInstance](x: unknown): boolean {
    if (plainInstanceOf.call(this, x)) return true;
    return (this === ClientError || this === ClientConnectionError) && plainInstanceOf.call(ClientOSError, x);
  }
}
export class ClientConnectionError extends ClientError {}
export class ServerConnectionError extends ClientConnectionError {}

export class ServerDisconnectedError extends ServerConnectionError {
  constructor(message: unknown = null) {
    super(message ?? "Server disconnected");
  }
}
export class ClientPayloadError extends ClientError {}
export class InvalidURL extends ClientError {
  get url(): unknown {
    return this.args[0];
  }
}

/** What a request was, as errors report it. */
export class RequestInfo {
  constructor(
    readonly url: URL,
    readonly method: string,
    readonly headers: CIMultiDictProxy,
    readonly real_url: URL,
  ) {}
  __repr__(): string {
    return `RequestInfo(url=${repr(this.url)}, method=${repr(this.method)}, headers=${repr(this.headers)}, real_url=${repr(this.real_url)})`;
  }
}

interface ResponseErrorFields {
  status?: number | null;
  message?: string;
  headers?: CIMultiDictProxy | null;
}

export class ClientResponseError extends ClientError {
  readonly request_info: RequestInfo;
  readonly history: readonly unknown[];
  status: number;
  headers: CIMultiDictProxy | null;

  constructor(request_info: RequestInfo, history: readonly unknown[], opts: ResponseErrorFields = {}) {
    super(request_info, history);
    this.request_info = request_info;
    this.history = history;
    this.status = opts.status ?? 0;
    this.headers = opts.headers ?? null;
    Object.defineProperty(this, "message", { value: opts.message ?? "", writable: true, enumerable: true, configurable: true });
  }

  override __str__(): string {
    return `${this.status}, message=${repr((this as unknown as { message: string }).message)}, url=${repr(this.request_info.real_url)}`;
  }

  override __repr__(): string {
    const parts = [repr(this.request_info), repr(this.history)];
    if (this.status !== 0) parts.push(`status=${this.status}`);
    const message = (this as unknown as { message: string }).message;
    if (message !== "") parts.push(`message=${repr(message)}`);
    if (this.headers !== null) parts.push(`headers=${repr(this.headers)}`);
    return `${this.constructor.name}(${parts.join(", ")})`;
  }
}
export class ContentTypeError extends ClientResponseError {}
export class TooManyRedirects extends ClientResponseError {}

/** Both a ClientConnectionError and an OSError (see the module comment). */
export class ClientOSError extends OSError {}

export class ClientConnectorError extends ClientOSError {
  readonly os_error: OSError;
  readonly host: string;
  readonly port: number;

  constructor(host: string, port: number, os_error: OSError) {
    super(os_error.errno, os_error.strerror);
    this.os_error = os_error;
    this.host = host;
    this.port = port;
  }

  get ssl(): unknown {
    return null;
  }

  override __str__(): string {
    return `Cannot connect to host ${this.host}:${this.port} ssl:default [${String(this.strerror)}]`;
  }

  override __repr__(): string {
    const key = `ConnectionKey(host=${repr(this.host)}, port=${this.port}, is_ssl=False, ssl=None, proxy=None, proxy_auth=None, proxy_headers_hash=None)`;
    return `${this.constructor.name}(${key}, ${repr(this.os_error)})`;
  }
}

export class ServerTimeoutError extends ServerConnectionError {}

/** The exception for a Node socket error met while connecting to host:port. */
export function connectError(host: string, port: number, e: NodeJS.ErrnoException): OSError {
  if (e.code === "ECONNREFUSED") {
    return new ClientConnectorError(host, port, new ConnectionRefusedError(111, `Connect call failed (${repr(host)}, ${port})`));
  }
  if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") {
    return new ClientConnectorError(host, port, new OSError(-2, "Name or service not known"));
  }
  return new ClientConnectorError(host, port, new OSError(e.errno === undefined ? null : -e.errno, e.message));
}

export function invalidUrl(url: string): InvalidURL {
  return new InvalidURL(url);
}
