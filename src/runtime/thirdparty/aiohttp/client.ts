/**
 * `aiohttp.ClientSession` on `node:http`. A session's `TCPConnector(limit=n)`
 * is an `http.Agent` with `maxSockets: n`: at most n connections are open at
 * once and further requests wait for one, as aiohttp's connector does. Every
 * awaitable returned is a runtime Future, so tasks suspend and cancel as
 * they do on CPython (a cancelled request aborts its socket).
 */
import type { Agent, ClientRequest, IncomingMessage } from "node:http";
import { RuntimeError, TimeoutError, TypeError } from "../../exceptions.js";
import { json } from "../../stdlib/json.js";
import { str } from "../../repr.js";
import type { Future } from "../../asyncio/core.js";
import { asBuffer } from "../../bytes/buffer.js";
import { fromPyBytes, futureOf, nodeHttp } from "./bridge.js";
import { ClientPayloadError, ClientResponseError, RequestInfo, ServerDisconnectedError, TooManyRedirects, connectError, invalidUrl } from "./errors.js";
import { CIMultiDictProxy, MultiDictProxy, headerPairs } from "./multidict.js";
import { ClientResponse } from "./client-response.js";
import { BodyStream } from "./content.js";
import { URL } from "./url.js";

type Opts = Record<string | symbol, any>;

/** Where a request finds the signal that its awaiting task was cancelled. */
const ABORT = Symbol("tsyncio.aiohttp.abort");

function options(x: unknown): Opts {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype ? (x as Opts) : {};
}

function seconds(x: unknown): number | null {
  if (x === null || x === undefined) return null;
  const v = Number((x as { value?: unknown })?.value ?? x);
  return Number.isFinite(v) ? v : null;
}

export class ClientTimeout {
  static readonly __name__ = "ClientTimeout";
  readonly total: number | null;
  readonly connect: number | null;
  readonly sock_read: number | null;
  readonly sock_connect: number | null;

  // An attrs class in aiohttp: every field may be given by position.
  constructor(total?: unknown, connect?: unknown, sock_read?: unknown, sock_connect?: unknown) {
    this.total = seconds(total);
    this.connect = seconds(connect);
    this.sock_read = seconds(sock_read);
    this.sock_connect = seconds(sock_connect);
  }

  __repr__(): string {
    const f = (v: number | null) => (v === null ? "None" : Number.isInteger(v) ? `${v}.0` : String(v));
    return `ClientTimeout(total=${f(this.total)}, connect=${f(this.connect)}, sock_read=${f(this.sock_read)}, sock_connect=${f(this.sock_connect)})`;
  }
}

const DEFAULT_TIMEOUT = new ClientTimeout(300, undefined, undefined, 30);

export class TCPConnector {
  static readonly __name__ = "TCPConnector";
  readonly limit: number;
  readonly limit_per_host: number;
  /** @internal */ _agent: Agent | null = null;
  private _closed = false;

  constructor(opts?: Opts) {
    const o = options(opts);
    this.limit = o.limit === undefined ? 100 : Number(o.limit);
    this.limit_per_host = o.limit_per_host === undefined ? 0 : Number(o.limit_per_host);
  }

  get closed(): boolean {
    return this._closed;
  }

  /** @internal */
  async _agentFor(): Promise<Agent> {
    if (this._agent) return this._agent;
    const http = await nodeHttp();
    const caps = [this.limit, this.limit_per_host].filter((n) => n > 0);
    const max = caps.length > 0 ? Math.min(...caps) : Infinity;
    return (this._agent ??= new http.Agent({ keepAlive: true, maxSockets: max }));
  }

  close(): Future<null> {
    this._closed = true;
    this._agent?.destroy();
    return futureOf(Promise.resolve(null));
  }
}

/** The JSON aiohttp sends for `json=` (Python's json.dumps). */
function jsonBody(value: unknown): string {
  return json.dumps(value);
}

function formBody(data: unknown): { body: Buffer; type: string | null } {
  if (typeof data === "string") return { body: fromPyBytes(data), type: "text/plain; charset=utf-8" };
  if (asBuffer(data) !== null) return { body: fromPyBytes(data), type: "application/octet-stream" };
  const pairs = headerPairs(data);
  const qs = new URLSearchParams(pairs).toString();
  return { body: Buffer.from(qs, "utf8"), type: "application/x-www-form-urlencoded" };
}

export class ClientSession {
  static readonly __name__ = "ClientSession";
  private readonly _base: string | null;
  private readonly _connector: TCPConnector;
  private readonly _ownsConnector: boolean;
  private readonly _timeout: ClientTimeout;
  private readonly _headers: [string, string][];
  private readonly _raiseForStatus: boolean;
  private _closed = false;
  private readonly _open = new Set<ClientRequest>();

  constructor(base_url?: unknown, opts?: Opts) {
    if (base_url !== null && typeof base_url === "object" && !(base_url instanceof URL)) {
      opts = base_url as Opts;
      base_url = undefined;
    }
    const o = options(opts);
    this._base = base_url === null || base_url === undefined ? null : str(base_url);
    this._connector = o.connector instanceof TCPConnector ? o.connector : new TCPConnector();
    this._ownsConnector = !(o.connector instanceof TCPConnector) || o.connector_owner !== false;
    this._timeout = o.timeout instanceof ClientTimeout ? o.timeout : DEFAULT_TIMEOUT;
    this._headers = headerPairs(o.headers);
    this._raiseForStatus = o.raise_for_status === true;
  }

  get closed(): boolean {
    return this._closed;
  }

  get connector(): TCPConnector {
    return this._connector;
  }

  get timeout(): ClientTimeout {
    return this._timeout;
  }

  request(method: string, url: unknown, opts?: Opts): RequestContextManager {
    return new RequestContextManager((abort) => this._request(String(method).toUpperCase(), url, { ...options(opts), [ABORT]: abort }));
  }
  get(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("GET", url, opts);
  }
  post(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("POST", url, opts);
  }
  put(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("PUT", url, opts);
  }
  patch(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("PATCH", url, opts);
  }
  delete(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("DELETE", url, opts);
  }
  head(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("HEAD", url, opts);
  }
  options(url: unknown, opts?: Opts): RequestContextManager {
    return this.request("OPTIONS", url, opts);
  }

  private address(url: unknown, params: unknown): globalThis.URL {
    const text = str(url);
    let u: globalThis.URL;
    try {
      u = this._base ? new globalThis.URL(text, this._base) : new globalThis.URL(text);
    } catch {
      throw invalidUrl(text);
    }
    if (u.protocol !== "http:") {
      if (u.protocol === "https:") throw new RuntimeError("tsyncio: https is not supported by the aiohttp translation yet");
      throw invalidUrl(text);
    }
    for (const [k, v] of headerPairs(params)) u.searchParams.append(k, v);
    return u;
  }

  private async _request(method: string, url: unknown, o: Opts): Promise<ClientResponse> {
    if (this._closed) throw new RuntimeError("Session is closed");
    let u = this.address(url, o.params);
    const history: ClientResponse[] = [];
    const follow = o.allow_redirects !== false;
    const max = o.max_redirects === undefined ? 10 : Number(o.max_redirects);
    for (;;) {
      const resp = await this._send(method, u, o);
      const location = resp.headers.get("Location", null) as string | null;
      if (!follow || location === null || ![301, 302, 303, 307, 308].includes(resp.status)) {
        resp._history = Object.freeze([...history]);
        if (o.raise_for_status ?? this._raiseForStatus) resp.raise_for_status();
        return resp;
      }
      // aiohttp's rules: 303 (and 301/302 after a POST) continue as a GET without the body.
      resp.release();
      history.push(resp);
      if (history.length > max) throw new TooManyRedirects(resp.request_info, Object.freeze([...history]), { status: resp.status, message: resp.reason, headers: resp.headers });
      if ((resp.status === 303 && method !== "HEAD") || ([301, 302].includes(resp.status) && method === "POST")) {
        method = "GET";
        o = { ...o, data: null, json: null };
      }
      u = new globalThis.URL(location, u);
    }
  }

  /** @internal one exchange: resolves at the response headers; the body follows in the background. */
  private async _send(method: string, u: globalThis.URL, o: Opts): Promise<ClientResponse> {
    const http = await nodeHttp();
    const agent = await this._connector._agentFor();
    const headers: [string, string][] = [["Host", u.host], ["Accept", "*/*"], ["Accept-Encoding", "gzip, deflate"], ["User-Agent", "Python/3.11 aiohttp/3.8.4"]];
    const set = (k: string, v: string) => {
      const i = headers.findIndex((h) => h[0].toLowerCase() === k.toLowerCase());
      if (i >= 0) headers[i] = [k, v];
      else headers.push([k, v]);
    };
    for (const [k, v] of this._headers) set(k, v);
    for (const [k, v] of headerPairs(o.headers)) set(k, v);
    let body: Buffer | null = null;
    if (o.json !== undefined && o.json !== null) {
      if (o.data !== undefined && o.data !== null) throw new ValueErrorBoth();
      body = Buffer.from(jsonBody(o.json), "utf8");
      if (!headers.some((h) => h[0].toLowerCase() === "content-type")) set("Content-Type", "application/json");
    } else if (o.data !== undefined && o.data !== null) {
      const f = formBody(o.data);
      body = f.body;
      if (f.type && !headers.some((h) => h[0].toLowerCase() === "content-type")) set("Content-Type", f.type);
    }
    if (body !== null || ["POST", "PUT", "PATCH"].includes(method)) set("Content-Length", String(body?.length ?? 0));
    const urlObj = new URL(u.href);
    const info = new RequestInfo(urlObj, method, new CIMultiDictProxy(headers), urlObj);
    const timeout = o.timeout instanceof ClientTimeout ? o.timeout : this._timeout;
    const host = u.hostname;
    const port = Number(u.port || 80);

    return new Promise<ClientResponse>((resolve, reject) => {
      let settled = false;
      let bodyReject: ((e: unknown) => void) | null = null;
      const req = http.request({ host, port, method, path: u.pathname + u.search, headers: headers.flat() as unknown as Record<string, string>, agent, setHost: false });
      // A cancelled task gives up its request: the socket goes, as aiohttp closes the connection.
      (o[ABORT] as AbortSignal | undefined)?.addEventListener("abort", () => req.destroy(), { once: true });
      this._open.add(req);
      const fail = (e: unknown) => {
        if (!settled) {
          settled = true;
          reject(e);
        } else bodyReject?.(e);
      };
      const total = timeout.total;
      const timer = total !== null && total > 0 ? setTimeout(() => {
        fail(new TimeoutError());
        req.destroy();
      }, total * 1000) : null;
      // The socket keeps the process alive while the request is pending; the timer need not.
      timer?.unref();
      const done = () => {
        if (timer) clearTimeout(timer);
        this._open.delete(req);
      };
      req.on("error", (e: NodeJS.ErrnoException) => {
        done();
        if (settled) return fail(new ClientPayloadError("Response payload is not completed"));
        if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "EAI_AGAIN" || e.code === "EHOSTUNREACH") return fail(connectError(host, port, e));
        fail(new ServerDisconnectedError());
      });
      req.on("response", (res: IncomingMessage) => {
        const stream = new BodyStream();
        const cut = () => stream.fail(new ClientPayloadError("Response payload is not completed"));
        bodyReject = (e) => stream.fail(e);
        res.on("data", (c: Buffer) => stream.push(c));
        res.on("end", () => {
          done();
          if (res.complete) stream.end();
          else cut();
        });
        res.on("aborted", cut);
        res.on("close", () => {
          done();
          cut();
        });
        res.on("error", cut);
        const response = new ClientResponse(res, info, stream, () => {
          if (!res.complete) res.destroy();
        });
        settled = true;
        resolve(response);
      });
      req.end(body ?? undefined);
    });
  }

  close(): Future<null> {
    this._closed = true;
    for (const req of this._open) req.destroy();
    if (this._ownsConnector) return this._connector.close();
    return futureOf(Promise.resolve(null));
  }

  __aenter__(): Future<ClientSession> {
    return futureOf(Promise.resolve(this));
  }

  __aexit__(..._exc: unknown[]): Future<null> {
    return this.close();
  }
}

class ValueErrorBoth extends TypeError {
  constructor() {
    super("data and json parameters can not be used at the same time");
  }
}

/**
 * What `session.get(...)` returns: awaitable (the response) and an async
 * context manager (the response, released on exit). The request starts
 * when it is first awaited or entered.
 */
export class RequestContextManager implements PromiseLike<ClientResponse> {
  static readonly __name__ = "_RequestContextManager";
  private _fut: Future<ClientResponse> | null = null;
  private _resp: ClientResponse | null = null;

  constructor(private readonly start: (abort: AbortSignal) => Promise<ClientResponse>) {}

  private future(): Future<ClientResponse> {
    if (!this._fut) {
      const abort = new AbortController();
      let req: Promise<ClientResponse>;
      try {
        req = this.start(abort.signal);
      } catch (e) {
        req = Promise.reject(e);
      }
      req.catch(() => {});
      this._fut = futureOf(req, () => abort.abort());
    }
    return this._fut;
  }

  then<A = ClientResponse, B = never>(ok?: ((v: ClientResponse) => A | PromiseLike<A>) | null, ko?: ((e: unknown) => B | PromiseLike<B>) | null): PromiseLike<A | B> {
    return this.future().then(ok, ko);
  }

  __await__(): Future<ClientResponse> {
    return this.future();
  }

  __aenter__(): Future<ClientResponse> {
    const fut = this.future();
    fut.add_done_callback(() => {
      if (!fut.cancelled() && fut.exception() === null) this._resp = fut.result();
    });
    return fut;
  }

  __aexit__(..._exc: unknown[]): Future<boolean> {
    this._resp?.release();
    return futureOf(Promise.resolve(false));
  }
}

export { ClientResponse, ClientResponseError, MultiDictProxy };
