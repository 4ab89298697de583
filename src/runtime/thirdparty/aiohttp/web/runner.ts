/**
 * Serving an Application on `node:http`: `AppRunner` + `TCPSite` (what tests
 * and embedded servers use) and `web.run_app`. Each request runs its handler
 * chain as a task of the running loop, like aiohttp's per-request task, so
 * the handler's awaits, cancellation and errors behave as in CPython.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { OSError, RuntimeError, toPyException } from "../../../exceptions.js";
import { formatTraceback, onInterrupt } from "../../../main.js";
import { repr } from "../../../repr.js";
import { coro, get_running_loop, type EventLoop, type Future } from "../../../asyncio/core.js";
import { run as asyncioRun } from "../../../asyncio/runners.js";
import { futureOf, nodeHttp } from "../bridge.js";
import type { Application, Handler } from "./app.js";
import { HTTPException, HTTPMethodNotAllowed, HTTPNotFound, Response, StreamResponse } from "./response.js";
import { Request } from "./request.js";

type Opts = Record<string, any>;

function options(x: unknown): Opts {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype ? (x as Opts) : {};
}

const SERVER = "Python/3.11 aiohttp/3.8.4";

function send(res: ServerResponse, method: string, r: Response | HTTPException): void {
  const body = r._body ?? Buffer.alloc(0);
  const headers: [string, string][] = r._headers.filter((h) => h[0].toLowerCase() !== "content-length");
  headers.push(["Content-Length", String(body.length)]);
  if (!headers.some((h) => h[0].toLowerCase() === "date")) headers.push(["Date", new Date().toUTCString()]);
  if (!headers.some((h) => h[0].toLowerCase() === "server")) headers.push(["Server", SERVER]);
  res.writeHead(r.status, r.reason, headers.flat());
  res.end(method === "HEAD" ? undefined : body);
}

function serverError(res: ServerResponse, method: string): void {
  const r = new Response({ status: 500, text: "500 Internal Server Error\n\nServer got itself in trouble" });
  send(res, method, r);
}

/** The handler chain for one request: middlewares outermost first, the route (or a 404/405) inside. */
function chain(app: Application, request: Request): Handler {
  const found = app.router._resolve(request.method, request.path);
  let handler: Handler;
  if (found && "route" in found) {
    request.match_info = found.info;
    handler = found.route.handler;
  } else if (found) {
    const allowed = found.allowed;
    handler = () => {
      throw new HTTPMethodNotAllowed(request.method, allowed);
    };
  } else {
    handler = () => {
      throw new HTTPNotFound();
    };
  }
  for (const mw of [...app.middlewares].reverse()) {
    const inner = handler;
    handler = (req: unknown) => mw(req, inner);
  }
  return handler;
}

async function dispatch(app: Application, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = new Request(req, app, res);
  const method = request.method;
  try {
    const result = await chain(app, request)(request);
    if (result instanceof StreamResponse && result.prepared) {
      if (!res.destroyed) await result.write_eof();
    } else if (result instanceof Response || result instanceof HTTPException) send(res, method, result);
    else {
      process.stderr.write(`Error handling request\n${formatTraceback(new RuntimeError(`Web-handler should return a response instance, got ${repr(result)}`))}`);
      serverError(res, method);
    }
  } catch (e) {
    if (e instanceof HTTPException) return send(res, method, e);
    const py = toPyException(e);
    if (py.constructor.name === "CancelledError") {
      res.destroy();
      throw e;
    }
    process.stderr.write(`Error handling request\n${formatTraceback(py)}`);
    serverError(res, method);
  }
}

export class AppRunner {
  static readonly __name__ = "AppRunner";
  readonly app: Application;
  /** @internal */ readonly _sites: TCPSite[] = [];
  /** @internal */ _loop: EventLoop | null = null;
  private _setup = false;

  constructor(app: Application, _opts?: Opts) {
    this.app = app;
  }

  get sites(): Set<TCPSite> {
    return new Set(this._sites);
  }

  get addresses(): (readonly [string, number])[] {
    return this._sites.flatMap((s) => (s._address ? [s._address] : []));
  }

  setup(): Future<null> {
    this._loop = get_running_loop();
    return futureOf(
      (async () => {
        if (this._setup) throw new RuntimeError("AppRunner is already set up");
        this._setup = true;
        this.app._freeze();
        this.app.on_startup._frozen = true;
        await this.app.on_startup._send(this.app);
        return null;
      })(),
    );
  }

  cleanup(): Future<null> {
    return futureOf(
      (async () => {
        for (const s of [...this._sites].reverse()) await s._stop();
        await this.app.on_shutdown._send(this.app);
        await this.app.on_cleanup._send(this.app);
        return null;
      })(),
    );
  }

  /** @internal a request arrived: its handler runs as a task of the loop */
  _serve(req: IncomingMessage, res: ServerResponse): void {
    const loop = this._loop!;
    const task = loop.create_task(coro(() => dispatch(this.app, req, res), "handle_request"));
    // A handler cancelled by shutdown is expected; nobody awaits these tasks.
    task.add_done_callback((t) => {
      if (!t.cancelled()) t.exception();
    });
  }
}

export class TCPSite {
  static readonly __name__ = "TCPSite";
  readonly host: string;
  readonly port: number;
  /** @internal */ _address: readonly [string, number] | null = null;
  private _server: Server | null = null;
  private readonly _sockets = new Set<Socket>();

  constructor(
    private readonly runner: AppRunner,
    host?: string | null,
    port?: number | null,
    _opts?: Opts,
  ) {
    this.host = host ?? "0.0.0.0";
    this.port = port ?? 8080;
  }

  get name(): string {
    return siteName(this.host, this.port);
  }

  start(): Future<null> {
    return futureOf(
      (async () => {
        if (!this.runner._loop) throw new RuntimeError("Call runner.setup() before making a site");
        const http = await nodeHttp();
        const server = http.createServer({ keepAliveTimeout: 75_000 }, (req, res) => this.runner._serve(req, res));
        server.on("connection", (s: Socket) => {
          this._sockets.add(s);
          s.on("close", () => this._sockets.delete(s));
        });
        await new Promise<void>((ok, ko) => {
          server.once("error", (e: NodeJS.ErrnoException) => ko(listenError(e, this.host, this.port)));
          server.listen(this.port, this.host, () => ok());
        });
        this._server = server;
        const a = server.address() as AddressInfo;
        this._address = Object.freeze([a.address, a.port] as const);
        this.runner._sites.push(this);
        return null;
      })(),
    );
  }

  stop(): Future<null> {
    return futureOf(this._stop().then(() => null));
  }

  /** @internal */
  async _stop(): Promise<void> {
    const server = this._server;
    if (!server) return;
    this._server = null;
    const i = this.runner._sites.indexOf(this);
    if (i >= 0) this.runner._sites.splice(i, 1);
    const closed = new Promise<void>((ok) => server.close(() => ok()));
    for (const s of this._sockets) s.destroy();
    await closed;
  }
}

/** A site's address as yarl's `URL.build` writes it: port 0 and http's 80 are left out. */
function siteName(host: string, port: number): string {
  return port === 0 || port === 80 ? `http://${host}` : `http://${host}:${port}`;
}

function listenError(e: NodeJS.ErrnoException, host: string, port: number): OSError {
  if (e.code === "EADDRINUSE") return new OSError(98, `error while attempting to bind on address (${repr(host)}, ${port}): address already in use`);
  return new OSError(e.errno === undefined ? null : -e.errno, e.message);
}

/**
 * `web.run_app(app)`: serves until SIGINT or SIGTERM, then cleans up and
 * returns, as aiohttp does. Blocking in Python; the translation awaits it.
 */
export function run_app(app: Application, opts?: Opts): Promise<null> {
  const o = options(opts);
  const host: string = o.host ?? "0.0.0.0";
  const port: number = o.port ?? 8080;
  const printer = "print" in o ? o.print : (s: string) => process.stdout.write(`${s}\n`);
  const main = coro(async () => {
    const runner = new AppRunner(app);
    await runner.setup();
    const site = new TCPSite(runner, host, port);
    await site.start();
    if (typeof printer === "function") printer(`======== Running on ${site.name} ========\n(Press CTRL+C to quit)`);
    const loop = get_running_loop();
    const stop = loop.create_future();
    const onSignal = () => loop.call_soon(() => {
      if (!stop.done()) stop.set_result(null);
    });
    // run_app catches the KeyboardInterrupt (and SIGTERM's GracefulExit): serving ends, cleanup runs.
    const offInterrupt = onInterrupt(() => {
      onSignal();
      return true;
    });
    process.once("SIGTERM", onSignal);
    try {
      await stop;
    } finally {
      offInterrupt();
      process.off("SIGTERM", onSignal);
      await runner.cleanup();
    }
    return null;
  }, "_run_app");
  return asyncioRun(main);
}
