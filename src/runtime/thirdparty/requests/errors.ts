/** requests' exception hierarchy (requests.exceptions), with its messages. */
import { OSError } from "../../exceptions.js";

export class RequestException extends OSError {
  response: any = null;
  request: any = null;
}
export class HTTPError extends RequestException {}
export class ConnectionError extends RequestException {}
export class ProxyError extends ConnectionError {}
export class SSLError extends ConnectionError {}
const plainInstanceOf = Function.prototype[Symbol.hasInstance];

export class Timeout extends RequestException {
  // ConnectTimeout is both a ConnectionError and a Timeout in requests; JavaScript has one parent.
  static [Symbol.hasInstance](x: unknown): boolean {
    return plainInstanceOf.call(this, x) || (this === Timeout && plainInstanceOf.call(ConnectTimeout, x));
  }
}
export class ConnectTimeout extends ConnectionError {}
export class ReadTimeout extends Timeout {}
export class URLRequired extends RequestException {}
export class TooManyRedirects extends RequestException {}
export class MissingSchema extends RequestException {}
export class InvalidSchema extends RequestException {}
export class InvalidURL extends RequestException {}
export class InvalidHeader extends RequestException {}
export class ChunkedEncodingError extends RequestException {}
export class ContentDecodingError extends RequestException {}
export class RetryError extends RequestException {}
export class InvalidJSONError extends RequestException {}
/** requests' JSONDecodeError (in Python also a ValueError, which `except ValueError` does not see here). */
export class JSONDecodeError extends InvalidJSONError {}

for (const cls of [RequestException, HTTPError, ConnectionError, ProxyError, SSLError, Timeout, ConnectTimeout, ReadTimeout, URLRequired, TooManyRedirects, MissingSchema, InvalidSchema, InvalidURL, InvalidHeader, ChunkedEncodingError, ContentDecodingError, RetryError, InvalidJSONError, JSONDecodeError]) {
  (cls as unknown as { __module__: string }).__module__ = "requests.exceptions";
}

export const exceptions = {
  RequestException,
  HTTPError,
  ConnectionError,
  ProxyError,
  SSLError,
  Timeout,
  ConnectTimeout,
  ReadTimeout,
  URLRequired,
  TooManyRedirects,
  MissingSchema,
  InvalidSchema,
  InvalidURL,
  InvalidHeader,
  ChunkedEncodingError,
  ContentDecodingError,
  RetryError,
  InvalidJSONError,
  JSONDecodeError,
};
