/** requests' `Response`: the whole body is read before the call returns (requests' default, `stream=False`). */
import { PyBytes } from "../../bytes/type.js";
import { JSONDecodeError as PyJSONDecodeError } from "../../exceptions.js";
import { json } from "../../stdlib/json.js";
import { HTTPError, JSONDecodeError } from "./errors.js";
import { CaseInsensitiveDict } from "./structures.js";

export class Response {
  encoding: string | null;
  readonly history: unknown[] = [];

  constructor(
    readonly status_code: number,
    readonly reason: string,
    readonly headers: CaseInsensitiveDict,
    private readonly _body: Uint8Array,
    readonly url: string,
  ) {
    this.encoding = encodingOf(headers.get("content-type") as string | undefined);
  }

  get ok(): boolean {
    return this.status_code < 400;
  }
  __bool__(): boolean {
    return this.ok;
  }

  get content(): PyBytes {
    return PyBytes.fromUint8Array(this._body);
  }

  get text(): string {
    const enc = (this.encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
    const label = enc === "iso-8859-1" || enc === "latin-1" || enc === "latin1" ? "latin1" : enc;
    try {
      return new TextDecoder(label === "latin1" ? "windows-1252" : label).decode(this._body);
    } catch {
      return new TextDecoder("utf-8").decode(this._body);
    }
  }

  json(...options: unknown[]): unknown {
    try {
      return json.loads(this.text, (options[0] ?? {}) as Record<string, unknown>);
    } catch (e) {
      if (e instanceof PyJSONDecodeError) throw new JSONDecodeError(String(e.args[0] ?? ""));
      throw e;
    }
  }

  raise_for_status(): null {
    let kind: string | null = null;
    if (this.status_code >= 400 && this.status_code < 500) kind = "Client Error";
    else if (this.status_code >= 500 && this.status_code < 600) kind = "Server Error";
    if (kind) {
      const err = new HTTPError(`${this.status_code} ${kind}: ${this.reason} for url: ${this.url}`);
      err.response = this;
      throw err;
    }
    return null;
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

  __repr__(): string {
    return `<Response [${this.status_code}]>`;
  }
}

/** requests.utils.get_encoding_from_headers: the charset, or ISO-8859-1 for text/*, or JSON's UTF-8. */
function encodingOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  if (m) return m[1]!;
  if (/^text\//i.test(contentType)) return "ISO-8859-1";
  if (/application\/json/i.test(contentType)) return "utf-8";
  return null;
}
