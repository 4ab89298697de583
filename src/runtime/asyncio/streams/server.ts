/**
 * Listening and connecting: `asyncio.start_server` / `open_connection`
 * (streams) and `loop.create_server` / `loop.create_connection` (protocols),
 * on node:net. The Server object is CPython's: `sockets`, `close()`,
 * `wait_closed()`, `serve_forever()`, `async with server`.
 */
import * as net from "node:net";
import { OSError, RuntimeError } from "../../exceptions.js";
import { callKw } from "../../calls.js";
import { repr, tuple } from "../../repr.js";
import { osError } from "../../stdlib/os/errors.js";
import { CancelledError } from "../errors.js";
import { coro, get_running_loop, type Coroutine, type EventLoop, type Future } from "../core.js";
import { connectError } from "./errors.js";
import { checkOptions, type Options } from "./options.js";
import { DEFAULT_LIMIT, StreamReader } from "./reader.js";
import { SocketInfo, SocketTransport, addressTuple, type ProtocolLike, type SocketNames } from "./transport.js";
import { StreamReaderProtocol, StreamWriter, type ConnectedCallback } from "./writer.js";
import { onLoop } from "../on-loop.js";


export class Server {
  _sockets: SocketInfo[] | null;
  _serving = true;
  _forever: Future<null> | null = null;
  _closeWaiters: Future<null>[] = [];

  constructor(
    readonly _loop: EventLoop,
    readonly _server: net.Server,
  ) {
    const addr = _server.address() as net.AddressInfo | string;
    // A Unix-socket server's address is its path.
    const local = typeof addr === "string" ? addr : addressTuple(addr.address, addr.port, addr.family);
    this._sockets = [new SocketInfo(() => local, null, typeof addr === "string" ? 1 : 2)];
  }

  get sockets(): readonly SocketInfo[] {
    return tuple(...(this._sockets ?? []));
  }

  get_loop(): EventLoop {
    return this._loop;
  }

  is_serving(): boolean {
    return this._serving;
  }

  /** Stops listening; connections already accepted go on (Python 3.11). */
  close(): void {
    if (this._sockets === null) return;
    this._sockets = null;
    this._serving = false;
    this._server.close();
    const f = this._forever;
    if (f !== null && !f.done()) {
      this._forever = null;
      f.cancel();
    }
  }

  start_serving(): Coroutine<null> {
    return coro(async () => null, "Server.start_serving");
  }

  wait_closed(): Coroutine<null> {
    return coro(async () => null, "Server.wait_closed");
  }

  serve_forever(): Coroutine<null> {
    return coro(async () => {
      if (this._forever !== null) throw new RuntimeError(`server ${this.__repr__()} is already being awaited on serve_forever()`);
      if (this._sockets === null) throw new RuntimeError(`server ${this.__repr__()} is closed`);
      const f = this._loop.create_future<null>();
      this._forever = f;
      try {
        await f;
      } catch (e) {
        if (e instanceof CancelledError) {
          try {
            this.close();
          } finally {
            this._forever = null;
          }
        }
        throw e;
      }
      return null;
    }, "Server.serve_forever");
  }

  __aenter__(): Coroutine<this> {
    return coro(async () => this, "Server.__aenter__");
  }

  __aexit__(..._exc: unknown[]): Coroutine<null> {
    return coro(async () => {
      this.close();
      await this.wait_closed();
      return null;
    }, "Server.__aexit__");
  }

  __repr__(): string {
    const socks = (this._sockets ?? []).map((s) => s.__repr__());
    return `<Server sockets=(${socks.join(", ")}${socks.length === 1 ? "," : ""})>`;
  }
}

/** Listens on host:port; resolves once bound, or raises CPython's bind error. */
function listen(loop: EventLoop, host: unknown, port: unknown, onSocket: (sock: net.Socket) => void): Promise<Server> {
  const srv = net.createServer({ allowHalfOpen: true, pauseOnConnect: false }, onSocket);
  const fut = loop.create_future<Server>();
  const h = host === null || host === undefined || host === "" ? undefined : String(host);
  const p = port === null || port === undefined ? 0 : Number(port);
  srv.once("error", (err: NodeJS.ErrnoException) => {
    if (fut.done()) return;
    const base = osError(err.code ?? "");
    const what = err.code === "EADDRINUSE" ? "address already in use" : String(base.strerror).toLowerCase();
    fut.set_exception(new OSError(base.errno, `error while attempting to bind on address ${repr(tuple(h ?? "0.0.0.0", p))}: ${what}`));
  });
  srv.listen(p, h, () => {
    if (!fut.done()) fut.set_result(new Server(loop, srv));
  });
  return fut as unknown as Promise<Server>;
}

function connect(loop: EventLoop, host: unknown, port: unknown): Promise<net.Socket> {
  const h = host === null || host === undefined ? "localhost" : String(host);
  const p = Number(port);
  const fut = loop.create_future<net.Socket>();
  const sock = net.connect({ host: h, port: p, allowHalfOpen: true });
  const onError = (err: unknown) => {
    if (!fut.done()) fut.set_exception(connectError(err, h, p));
  };
  sock.once("error", onError);
  sock.once("connect", () => {
    sock.off("error", onError);
    if (!fut.done()) fut.set_result(sock);
  });
  return fut as unknown as Promise<net.Socket>;
}

export function streamPair(loop: EventLoop, sock: net.Socket, limit: number, cb: ConnectedCallback | null, names?: SocketNames): { reader: StreamReader; protocol: StreamReaderProtocol; transport: SocketTransport } {
  const reader = new StreamReader(limit, loop);
  const protocol = new StreamReaderProtocol(reader, loop, cb);
  const transport = new SocketTransport(loop, sock, protocol, names);
  return { reader, protocol, transport };
}

/** `await asyncio.start_server(client_connected_cb, host, port, limit=...)` */
export function start_server(client_connected_cb: ConnectedCallback, host?: unknown, port?: unknown, options?: Options): Coroutine<Server> {
  return coro(async () => {
    const loop = get_running_loop();
    const limit = Number(checkOptions("start_server", options).get("limit") ?? DEFAULT_LIMIT);
    // As in CPython: the accept runs a step of its own, connection_made the next one.
    return await listen(loop, host, port, (sock) =>
      onLoop(loop, () => {
        const { transport } = streamPair(loop, sock, limit, client_connected_cb);
        transport._start();
      }),
    );
  }, "start_server");
}

/** `reader, writer = await asyncio.open_connection(host, port, limit=...)` */
export function open_connection(host?: unknown, port?: unknown, options?: Options): Coroutine<readonly [StreamReader, StreamWriter]> {
  return coro(async () => {
    const loop = get_running_loop();
    const limit = Number(checkOptions("open_connection", options).get("limit") ?? DEFAULT_LIMIT);
    const sock = await connect(loop, host, port);
    const { reader, protocol, transport } = streamPair(loop, sock, limit, null);
    await madeConnection(loop, transport, protocol);
    return tuple(reader, new StreamWriter(transport, protocol, reader, loop)) as readonly [StreamReader, StreamWriter];
  }, "open_connection");
}

/** connection_made on the next loop step, the caller resumed the step after (CPython's order of callbacks). */
export function madeConnection(loop: EventLoop, transport: SocketTransport, protocol: ProtocolLike): Future<null> {
  const waiter = loop.create_future<null>();
  onLoop(loop, () => protocol.connection_made(transport));
  onLoop(loop, () => {
    if (!waiter.done()) waiter.set_result(null);
  });
  return waiter;
}

export type ProtocolFactory = () => ProtocolLike;

/** `await loop.create_server(protocol_factory, host, port)` */
export function createServer(loop: EventLoop, factory: ProtocolFactory, host?: unknown, port?: unknown, options?: Options): Coroutine<Server> {
  return coro(
    () =>
      checkOptions("create_server", options) &&
      listen(loop, host, port, (sock) => {
        const transport = new SocketTransport(loop, sock, null as unknown as ProtocolLike);
        onLoop(loop, () => {
          transport.set_protocol(callKw(factory, [], []));
          transport._protocol.connection_made(transport);
        });
      }),
    "create_server",
  );
}

/** `transport, protocol = await loop.create_connection(protocol_factory, host, port)` */
export function createConnection(loop: EventLoop, factory: ProtocolFactory, host?: unknown, port?: unknown, options?: Options): Coroutine<readonly [SocketTransport, ProtocolLike]> {
  return coro(async () => {
    checkOptions("create_connection", options);
    const sock = await connect(loop, host, port);
    const protocol = callKw(factory, [], []);
    const transport = new SocketTransport(loop, sock, protocol);
    await madeConnection(loop, transport, protocol);
    return tuple(transport, protocol) as readonly [SocketTransport, ProtocolLike];
  }, "create_connection");
}
