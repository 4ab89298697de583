/**
 * `aiohttp.ClientResponse`: status and headers arrive first; the body is
 * read in the background and `read()`/`text()`/`json()` wait for it, so a
 * server that breaks off mid-body fails the read (ClientPayloadError), not
 * the request, as in aiohttp.
 */
import type { PyBytes } from "../../bytes/type.js";
import type { IncomingMessage } from "node:http";
import { json } from "../../stdlib/json.js";
import { futureOf, toPyBytes } from "./bridge.js";
import { ClientPayloadError, ClientResponseError, ContentTypeError, RequestInfo } from "./errors.js";
import { CIMultiDictProxy, headersFromRaw } from "./multidict.js";
import { URL } from "./url.js";
import { BodyStream, StreamReader } from "./content.js";
import type { Future } from "../../asyncio/core.js";

const JSON_TYPE = /^application\/(?:[\w.+-]+?\+)?json/;

export class ClientResponse {
  static readonly __name__ = "ClientResponse";
  readonly status: number;
  readonly reason: string;
  readonly headers: CIMultiDictProxy;
  readonly method: string;
  readonly url: URL;
  readonly request_info: RequestInfo;
  /** @internal the redirects that led here */ _history: readonly ClientResponse[] = Object.freeze([]);
  /** @internal the body as it arrives */ readonly _stream: BodyStream;
  private _whole: Promise<Buffer> | null = null;
  private _content: StreamReader | null = null;
  /** @internal */ _released = false;
  private readonly release_: () => void;

  constructor(res: IncomingMessage, requestInfo: RequestInfo, body: BodyStream, release: () => void) {
    this.status = res.statusCode ?? 0;
    this.reason = res.statusMessage ?? "";
    this.headers = headersFromRaw(res.rawHeaders);
    this.method = requestInfo.method;
    this.url = requestInfo.url;
    this.request_info = requestInfo;
    this._stream = body;
    this.release_ = release;
  }

  /** @internal what the content reads left of the body (read once, then kept, as aiohttp's read() does), or the error that cut it off. */
  get _body(): Promise<Buffer> {
    if (this._whole === null) {
      this._whole = this._stream.read(-1).then((b) => Buffer.from(b));
      // Nobody may read the body: its failure must not end the process.
      this._whole.catch(() => {});
    }
    return this._whole;
  }

  get content(): StreamReader {
    return (this._content ??= new StreamReader(this._stream));
  }

  get history(): readonly ClientResponse[] {
    return this._history;
  }

  get ok(): boolean {
    return this.status < 400;
  }

  get real_url(): URL {
    return this.url;
  }

  get content_type(): string {
    const ct = this.headers.get("Content-Type", null) as string | null;
    return ct === null ? "application/octet-stream" : ct.split(";")[0]!.trim().toLowerCase();
  }

  get charset(): string | null {
    const ct = (this.headers.get("Content-Type", "") as string) ?? "";
    const m = /;\s*charset\s*=\s*"?([^";]+)"?/i.exec(ct);
    return m ? m[1]!.toLowerCase() : null;
  }

  get content_length(): number | null {
    const n = this.headers.get("Content-Length", null);
    return n === null ? null : Number(n);
  }

  read(): Future<PyBytes> {
    return futureOf(this._body.then(toPyBytes));
  }

  text(opts?: { encoding?: string | null; errors?: string }): Future<string> {
    return futureOf(this._body.then((b) => this.decode(b, opts?.encoding ?? null)));
  }

  json(opts?: { encoding?: string | null; loads?: (s: string) => unknown; content_type?: string | null }): Future<unknown> {
    return futureOf(
      this._body.then((b) => {
        const expected = opts && "content_type" in opts ? opts.content_type : "application/json";
        if (expected !== null && expected !== undefined) {
          const actual = this.content_type;
          const fits = expected === "application/json" ? JSON_TYPE.test(actual) : actual.includes(expected);
          if (!fits) {
            throw new ContentTypeError(this.request_info, this.history, {
              message: `Attempt to decode JSON with unexpected mimetype: ${this.headers.get("Content-Type", "")}`,
              headers: this.headers,
            });
          }
        }
        const text = this.decode(b, opts?.encoding ?? null).trim();
        if (text === "") return null;
        return opts?.loads ? opts.loads(text) : json.loads(text);
      }),
    );
  }

  private decode(b: Buffer, encoding: string | null): string {
    const enc = (encoding ?? this.charset ?? "utf-8").toLowerCase().replace(/[-_]/g, "");
    if (enc === "latin1" || enc === "iso88591") return b.toString("latin1");
    if (enc === "ascii") return b.toString("ascii");
    return new TextDecoder("utf-8").decode(b);
  }

  raise_for_status(): null {
    if (this.status >= 400) {
      this.release();
      throw new ClientResponseError(this.request_info, this.history, { status: this.status, message: this.reason, headers: this.headers });
    }
    return null;
  }

  release(): null {
    if (!this._released) {
      this._released = true;
      this.release_();
    }
    return null;
  }

  close(): null {
    return this.release();
  }

  __aenter__(): Future<ClientResponse> {
    return futureOf(Promise.resolve(this));
  }

  __aexit__(..._exc: unknown[]): Future<boolean> {
    this.release();
    return futureOf(Promise.resolve(false));
  }

  __repr__(): string {
    return `<ClientResponse(${this.url.__str__()}) [${this.status} ${this.reason}]>\n${this.headers.__repr__()}\n`;
  }

  __str__(): string {
    return this.__repr__();
  }
}

export { ClientPayloadError };
