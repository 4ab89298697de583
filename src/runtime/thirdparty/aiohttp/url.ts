/** The part of yarl's `URL` aiohttp programs read: it prints as the address, reprs as `URL('…')`. */
import { repr } from "../../repr.js";

export class URL {
  static readonly __name__ = "URL";
  /** @internal */ readonly _url: globalThis.URL;

  constructor(text: string | URL) {
    this._url = new globalThis.URL(String(text));
  }

  get scheme(): string {
    return this._url.protocol.replace(/:$/, "");
  }
  get host(): string {
    return this._url.hostname;
  }
  get port(): number | null {
    if (this._url.port) return Number(this._url.port);
    return this.scheme === "https" ? 443 : this.scheme === "http" ? 80 : null;
  }
  get path(): string {
    return decodeURIComponent(this._url.pathname);
  }
  get raw_path(): string {
    return this._url.pathname;
  }
  get query_string(): string {
    return decodeURIComponent(this._url.search.replace(/^\?/, "").replace(/\+/g, " "));
  }
  get path_qs(): string {
    return this._url.pathname + this._url.search;
  }

  human_repr(): string {
    return this.__str__();
  }

  __str__(): string {
    return this._url.href;
  }

  toString(): string {
    return this.__str__();
  }

  __repr__(): string {
    return `URL(${repr(this.__str__())})`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof URL && other.__str__() === this.__str__();
  }
}
