/**
 * `web.Application`, its router and the ways to declare routes
 * (`router.add_get`, `web.get(...)` lists, `web.RouteTableDef` decorators),
 * and `@web.middleware`. Paths follow aiohttp: `/users/{id}` and
 * `/files/{name:.+}` capture into `request.match_info`.
 */
import { KeyError, RuntimeError, ValueError } from "../../../exceptions.js";
import { repr } from "../../../repr.js";

export type Handler = (request: unknown) => PromiseLike<unknown>;
export type Middleware = (request: unknown, handler: Handler) => PromiseLike<unknown>;
type Opts = Record<string, any>;

function options(x: unknown): Opts {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype ? (x as Opts) : {};
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** aiohttp's path template as a regular expression with named captures. */
function compilePath(path: string): { re: RegExp; names: string[] } {
  if (!path.startsWith("/")) throw new ValueError("path should be started with / or be empty");
  const names: string[] = [];
  let src = "";
  let last = 0;
  const part = /\{([A-Za-z_][A-Za-z0-9_]*)(?::((?:[^{}]|\{[^{}]*\})+))?\}/g;
  for (let m = part.exec(path); m; m = part.exec(path)) {
    src += escapeRe(path.slice(last, m.index));
    names.push(m[1]!);
    src += `(${m[2] ?? "[^{}/]+"})`;
    last = m.index + m[0].length;
  }
  src += escapeRe(path.slice(last));
  return { re: new RegExp(`^${src}$`), names };
}

export class Route {
  static readonly __name__ = "ResourceRoute";
  /** @internal */ readonly _re: RegExp;
  /** @internal */ readonly _names: string[];
  constructor(
    readonly method: string,
    readonly path: string,
    readonly handler: Handler,
    readonly name: string | null,
  ) {
    const c = compilePath(path);
    this._re = c.re;
    this._names = c.names;
  }
  /** @internal the captures when `path` fits, else null */
  _match(path: string): Map<string, string> | null {
    const m = this._re.exec(path);
    if (!m) return null;
    return new Map(this._names.map((n, i) => [n, m[i + 1]!]));
  }
}

export class UrlDispatcher {
  static readonly __name__ = "UrlDispatcher";
  /** @internal */ readonly _routes: Route[] = [];
  /** @internal */ _frozen = false;

  add_route(method: string, path: string, handler: Handler, opts?: Opts): Route {
    if (this._frozen) throw new RuntimeError("Cannot register a resource into frozen router.");
    const o = options(opts);
    const route = new Route(String(method).toUpperCase(), String(path), handler, o.name ?? null);
    this._routes.push(route);
    return route;
  }
  add_get(path: string, handler: Handler, opts?: Opts): Route {
    const o = options(opts);
    if (o.allow_head !== false) this.add_route("HEAD", path, handler);
    const rest = { ...o };
    delete rest.allow_head;
    return this.add_route("GET", path, handler, rest);
  }
  add_post(path: string, handler: Handler, opts?: Opts): Route {
    return this.add_route("POST", path, handler, opts);
  }
  add_put(path: string, handler: Handler, opts?: Opts): Route {
    return this.add_route("PUT", path, handler, opts);
  }
  add_patch(path: string, handler: Handler, opts?: Opts): Route {
    return this.add_route("PATCH", path, handler, opts);
  }
  add_delete(path: string, handler: Handler, opts?: Opts): Route {
    return this.add_route("DELETE", path, handler, opts);
  }
  add_head(path: string, handler: Handler, opts?: Opts): Route {
    return this.add_route("HEAD", path, handler, opts);
  }
  add_routes(defs: Iterable<RouteDef>): Route[] {
    const out: Route[] = [];
    for (const d of defs) out.push(d._register(this));
    return out;
  }

  /** @internal which handler serves `method path`: a route and its captures, or the allowed methods (405), or null (404) */
  _resolve(method: string, path: string): { route: Route; info: Map<string, string> } | { allowed: Set<string> } | null {
    const allowed = new Set<string>();
    for (const r of this._routes) {
      const info = r._match(path);
      if (!info) continue;
      if (r.method === method || r.method === "*") return { route: r, info };
      allowed.add(r.method);
    }
    return allowed.size > 0 ? { allowed } : null;
  }

  routes(): Route[] {
    return [...this._routes];
  }
}

/** `web.get("/", handler)`: a route to add with `app.add_routes([...])`. */
export class RouteDef {
  static readonly __name__ = "RouteDef";
  constructor(
    readonly method: string,
    readonly path: string,
    readonly handler: Handler,
    readonly kwargs: Opts,
  ) {}
  /** @internal */
  _register(router: UrlDispatcher): Route {
    if (this.method === "GET") return router.add_get(this.path, this.handler, this.kwargs);
    return router.add_route(this.method, this.path, this.handler, this.kwargs);
  }
  __repr__(): string {
    return `<RouteDef ${this.method} ${this.path} -> ${repr(this.handler)}>`;
  }
}

const routeDef = (method: string) => (path: string, handler: Handler, opts?: Opts) => new RouteDef(method, String(path), handler, options(opts));
export const route = (method: string, path: string, handler: Handler, opts?: Opts) => new RouteDef(String(method).toUpperCase(), String(path), handler, options(opts));
export const get = routeDef("GET");
export const post = routeDef("POST");
export const put = routeDef("PUT");
export const patch = routeDef("PATCH");
export const delete_ = routeDef("DELETE");
export const head = routeDef("HEAD");
export const view = routeDef("*");

/** `routes = web.RouteTableDef()` then `@routes.get("/path")` on handlers. */
export class RouteTableDef {
  static readonly __name__ = "RouteTableDef";
  /** @internal */ readonly _items: RouteDef[] = [];

  route(method: string, path: string, opts?: Opts): (h: Handler) => Handler {
    return (handler: Handler) => {
      this._items.push(new RouteDef(String(method).toUpperCase(), String(path), handler, options(opts)));
      return handler;
    };
  }
  get(path: string, opts?: Opts) {
    return this.route("GET", path, opts);
  }
  post(path: string, opts?: Opts) {
    return this.route("POST", path, opts);
  }
  put(path: string, opts?: Opts) {
    return this.route("PUT", path, opts);
  }
  patch(path: string, opts?: Opts) {
    return this.route("PATCH", path, opts);
  }
  delete(path: string, opts?: Opts) {
    return this.route("DELETE", path, opts);
  }
  head(path: string, opts?: Opts) {
    return this.route("HEAD", path, opts);
  }
  view(path: string, opts?: Opts) {
    return this.route("*", path, opts);
  }
  [Symbol.iterator](): Iterator<RouteDef> {
    return this._items[Symbol.iterator]();
  }
  __len__(): number {
    return this._items.length;
  }
}

/** `@web.middleware`: aiohttp 3.8 marks new-style middlewares; the mark is all it does. */
export function middleware<F extends Middleware>(fn: F): F {
  return fn;
}

/** on_startup / on_cleanup: a list of `async def (app)` run in order. */
export class Signal extends Array<(app: Application) => PromiseLike<unknown>> {
  static readonly __name__ = "Signal";
  /** @internal */ _frozen = false;
  append(fn: (app: Application) => PromiseLike<unknown>): null {
    if (this._frozen) throw new RuntimeError("Cannot modify frozen list.");
    this.push(fn);
    return null;
  }
  /** @internal */
  async _send(app: Application): Promise<void> {
    for (const fn of [...this]) await fn(app);
  }
}

export class Application {
  static readonly __name__ = "Application";
  readonly router = new UrlDispatcher();
  readonly middlewares: Middleware[];
  readonly on_startup = new Signal();
  readonly on_shutdown = new Signal();
  readonly on_cleanup = new Signal();
  readonly cleanup_ctx: unknown[] = [];
  private readonly _state = new Map<unknown, unknown>();
  /** @internal */ _frozen = false;

  constructor(opts?: Opts) {
    const o = options(opts);
    this.middlewares = o.middlewares ? [...(o.middlewares as Iterable<Middleware>)] : [];
  }

  add_routes(defs: Iterable<RouteDef>): Route[] {
    return this.router.add_routes(defs);
  }

  __getitem__(key: unknown): unknown {
    if (!this._state.has(key)) throw new KeyError(key);
    return this._state.get(key);
  }
  __setitem__(key: unknown, value: unknown): void {
    this._state.set(key, value);
  }
  __delitem__(key: unknown): void {
    if (!this._state.delete(key)) throw new KeyError(key);
  }
  __contains__(key: unknown): boolean {
    return this._state.has(key);
  }
  __len__(): number {
    return this._state.size;
  }
  get(key: unknown, dflt: unknown = null): unknown {
    return this._state.has(key) ? this._state.get(key) : dflt;
  }

  /** @internal */
  _freeze(): void {
    this._frozen = true;
    this.router._frozen = true;
  }
}
