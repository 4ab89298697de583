/** `web.Request`: what a handler receives. The body is buffered as it arrives and read on demand. */
import type { PyBytes } from "../../../bytes/type.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Wire } from "./response.js";
import { KeyError, RuntimeError } from "../../../exceptions.js";
import { json } from "../../../stdlib/json.js";
import type { Future } from "../../../asyncio/core.js";
import { futureOf, toPyBytes } from "../bridge.js";
import { CIMultiDictProxy, MultiDictProxy, headersFromRaw, parseQuery } from "../multidict.js";
import { parseCookies, type CookiesProxy } from "./cookies.js";
import { URL } from "../url.js";
import type { Application } from "./app.js";

export class Request {
  static readonly __name__ = "Request";
  readonly method: string;
  readonly headers: CIMultiDictProxy;
  readonly app: Application;
  match_info: Map<string, string> = new Map();
  /** @internal */ readonly _body: Promise<Buffer>;
  private readonly _target: globalThis.URL;
  private readonly _remote: string | null;
  private readonly _state = new Map<unknown, unknown>();

  /** @internal where a StreamResponse writes */ readonly _res: ServerResponse | null;

  constructor(req: IncomingMessage, app: Application, res: ServerResponse | null = null) {
    this._res = res;
    this.method = req.method ?? "GET";
    this.headers = headersFromRaw(req.rawHeaders);
    this.app = app;
    this._target = new globalThis.URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    this._remote = req.socket.remoteAddress ?? null;
    const chunks: Buffer[] = [];
    this._body = new Promise((ok, ko) => {
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => ok(Buffer.concat(chunks)));
      req.on("error", ko);
    });
    this._body.catch(() => {});
  }

  get path(): string {
    return decodeURIComponent(this._target.pathname);
  }
  get raw_path(): string {
    return this._target.pathname + this._target.search;
  }
  get path_qs(): string {
    return this._target.pathname + this._target.search;
  }
  get query_string(): string {
    return this._target.search.replace(/^\?/, "");
  }
  /** The Cookie header's values, as aiohttp's read-only mapping. */
  get cookies(): CookiesProxy {
    return parseCookies(this.headers.get("Cookie", null) as string | null);
  }
  get query(): MultiDictProxy {
    return parseQuery(this.query_string);
  }
  get rel_url(): URL {
    return new URL(`http://x${this.path_qs}`);
  }
  get url(): URL {
    return new URL(this._target.href);
  }
  get host(): string {
    return this._target.host;
  }
  get remote(): string | null {
    return this._remote;
  }
  get scheme(): string {
    return "http";
  }
  get content_type(): string {
    const ct = this.headers.get("Content-Type", null) as string | null;
    return ct === null ? "application/octet-stream" : ct.split(";")[0]!.trim().toLowerCase();
  }
  get content_length(): number | null {
    const n = this.headers.get("Content-Length", null);
    return n === null ? null : Number(n);
  }
  get can_read_body(): boolean {
    return this.content_length !== null && this.content_length > 0;
  }
  get body_exists(): boolean {
    return this.can_read_body || this.headers.__contains__("Transfer-Encoding");
  }

  read(): Future<PyBytes> {
    return futureOf(this._body.then(toPyBytes));
  }
  text(): Future<string> {
    return futureOf(this._body.then((b) => new TextDecoder("utf-8").decode(b)));
  }
  json(opts?: { loads?: (s: string) => unknown }): Future<unknown> {
    return futureOf(this._body.then((b) => {
      const text = new TextDecoder("utf-8").decode(b);
      return opts?.loads ? opts.loads(text) : json.loads(text);
    }));
  }
  /** A urlencoded form body (aiohttp also parses multipart; tsyncio does not yet). */
  post(): Future<MultiDictProxy> {
    return futureOf(this._body.then((b) => (this.content_type === "application/x-www-form-urlencoded" ? parseQuery(b.toString("utf8")) : new MultiDictProxy())));
  }

  /** The connection: `request.transport.close()` drops it (as a server cutting a response short does). */
  get transport(): { close(): null; is_closing(): boolean } | null {
    const socket = this._res?.socket;
    if (!socket) return null;
    return {
      close: () => {
        // asyncio's transport.close() sends what is buffered, then closes.
        socket.destroySoon();
        return null;
      },
      is_closing: () => socket.destroyed,
    };
  }

  /** @internal */
  _wire(): Wire {
    const res = this._res;
    if (!res) throw new RuntimeError("the request has no connection");
    const wait = (fn: (done: () => void) => void) => new Promise<void>((ok) => fn(ok));
    return {
      writeHead: (status, reason, headers) => void res.writeHead(status, reason, headers),
      write: (chunk) => wait((done) => (res.write(chunk) ? done() : res.once("drain", done))),
      end: () => wait((done) => res.end(done)),
    };
  }

  // A Request is a mutable mapping for per-request state (`request["user"] = …`).
  __getitem__(key: unknown): unknown {
    if (!this._state.has(key)) throw new KeyError(key);
    return this._state.get(key);
  }
  __setitem__(key: unknown, value: unknown): void {
    this._state.set(key, value);
  }
  __contains__(key: unknown): boolean {
    return this._state.has(key);
  }
  get(key: unknown, dflt: unknown = null): unknown {
    return this._state.has(key) ? this._state.get(key) : dflt;
  }

  __repr__(): string {
    return `<Request ${this.method} ${this.path} >`;
  }
}
