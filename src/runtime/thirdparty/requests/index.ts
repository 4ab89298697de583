/**
 * The third-party `requests` package on Node's fetch, exported as one object
 * like a standard module (grammar-mappings/modules/requests.json says which
 * names are implemented). Each request is a blocking call in the threads
 * model: `requests.get(url)` becomes `await requests.get$async(url)` (the
 * mapping's `threadBlocking`), at top level, in a thread, or in a function
 * handed to `asyncio.to_thread` / `run_in_executor`.
 */
import { notTranslatedAsBlocking } from "../../stdlib/threading/state.js";
import { str } from "../../repr.js";
import * as errors from "./errors.js";
import { Response } from "./response.js";
import { optionsOf, send, Session } from "./session.js";
import { CaseInsensitiveDict } from "./structures.js";

const fresh = (): { headers: CaseInsensitiveDict; params: unknown } => ({ headers: new Session().headers, params: null });

/**
 * The positional arguments and the keywords: the mapping hands `**kwargs`
 * over as a trailing plain object (or a Kwargs map), after only the
 * positions the call filled. A Python dict is a Map, never a plain object.
 */
function split(args: unknown[]): [unknown[], Record<string, unknown>] {
  const last = args[args.length - 1];
  const isOpts = last !== null && typeof last === "object" && (Object.getPrototypeOf(last) === Object.prototype || last.constructor?.name === "Kwargs");
  if (!isOpts) return [args.map((x) => (x === undefined ? null : x)), {}];
  return [args.slice(0, -1).map((x) => (x === undefined ? null : x)), optionsOf(last) as Record<string, unknown>];
}

function blocked(name: string): never {
  return notTranslatedAsBlocking(`requests.${name}()`);
}

export const requests = {
  Session,
  session: (): Session => new Session(),
  Response,
  ...errors.exceptions,
  exceptions: errors.exceptions,
  structures: { CaseInsensitiveDict },
  request: (..._a: unknown[]): Response => blocked("request"),
  request$async: (...a: unknown[]): Promise<Response> => {
    const [[method, url], opts] = split(a);
    return send(str(method).toUpperCase(), url, opts, fresh());
  },
  get: (..._a: unknown[]): Response => blocked("get"),
  get$async: (...a: unknown[]): Promise<Response> => {
    const [[url, params = null], opts] = split(a);
    return send("GET", url, { params, ...opts }, fresh());
  },
  options: (..._a: unknown[]): Response => blocked("options"),
  options$async: (...a: unknown[]): Promise<Response> => {
    const [[url], opts] = split(a);
    return send("OPTIONS", url, opts, fresh());
  },
  head: (..._a: unknown[]): Response => blocked("head"),
  head$async: (...a: unknown[]): Promise<Response> => {
    const [[url], opts] = split(a);
    return send("HEAD", url, { allow_redirects: false, ...opts }, fresh());
  },
  post: (..._a: unknown[]): Response => blocked("post"),
  post$async: (...a: unknown[]): Promise<Response> => {
    const [[url, data = null, json = null], opts] = split(a);
    return send("POST", url, { data, json, ...opts }, fresh());
  },
  put: (..._a: unknown[]): Response => blocked("put"),
  put$async: (...a: unknown[]): Promise<Response> => {
    const [[url, data = null], opts] = split(a);
    return send("PUT", url, { data, ...opts }, fresh());
  },
  patch: (..._a: unknown[]): Response => blocked("patch"),
  patch$async: (...a: unknown[]): Promise<Response> => {
    const [[url, data = null], opts] = split(a);
    return send("PATCH", url, { data, ...opts }, fresh());
  },
  delete: (..._a: unknown[]): Response => blocked("delete"),
  delete$async: (...a: unknown[]): Promise<Response> => {
    const [[url], opts] = split(a);
    return send("DELETE", url, opts, fresh());
  },
};

export const requests_exceptions = errors.exceptions;
