/**
 * Unix-domain sockets: `asyncio.start_unix_server` / `open_unix_connection`
 * and `loop.create_unix_server` / `create_unix_connection`, on node:net's
 * path sockets. As in CPython, a stale socket file at the path is removed
 * before binding, and another kind of file there is "Address ... is
 * already in use". Node removes the socket file when the server closes,
 * where CPython 3.11 leaves it.
 */
import * as net from "node:net";
import { lstatSync, unlinkSync } from "node:fs";
import { OSError } from "../../exceptions.js";
import { callKw } from "../../calls.js";
import { repr, tuple } from "../../repr.js";
import { osError } from "../../stdlib/os/errors.js";
import { fspath } from "../../stdlib/os/fspath.js";
import { coro, get_running_loop, type Coroutine, type EventLoop } from "../core.js";
import { checkOptions, type Options } from "./options.js";
import { DEFAULT_LIMIT, type StreamReader } from "./reader.js";
import { Server, madeConnection, streamPair, type ProtocolFactory } from "./server.js";
import { SocketTransport, type ProtocolLike } from "./transport.js";
import { StreamWriter, type ConnectedCallback } from "./writer.js";
import { onLoop } from "../on-loop.js";

function pathArg(path: unknown): string {
  return fspath(path) as string;
}

function clearStale(path: string): void {
  let isSocket: boolean;
  try {
    isSocket = lstatSync(path).isSocket();
  } catch {
    return;
  }
  if (!isSocket) throw new OSError(98, `Address ${repr(path)} is already in use`);
  unlinkSync(path);
}

function listenUnix(loop: EventLoop, path: string, onSocket: (sock: net.Socket) => void): Promise<Server> {
  clearStale(path);
  const srv = net.createServer({ allowHalfOpen: true }, onSocket);
  const fut = loop.create_future<Server>();
  srv.once("error", (err: NodeJS.ErrnoException) => {
    if (!fut.done()) fut.set_exception(osError(err.code ?? ""));
  });
  srv.listen(path, () => {
    if (!fut.done()) fut.set_result(new Server(loop, srv));
  });
  return fut as unknown as Promise<Server>;
}

function connectUnix(loop: EventLoop, path: string): Promise<net.Socket> {
  const fut = loop.create_future<net.Socket>();
  const sock = net.connect({ path, allowHalfOpen: true });
  const onError = (err: NodeJS.ErrnoException) => {
    if (!fut.done()) fut.set_exception(osError(err.code ?? ""));
  };
  sock.once("error", onError);
  sock.once("connect", () => {
    sock.off("error", onError);
    if (!fut.done()) fut.set_result(sock);
  });
  return fut as unknown as Promise<net.Socket>;
}

/** The accepting side is named by the path; the connecting side is unnamed (''). */
const serverSide = (path: string) => ({ sockname: path, peername: "" });
const clientSide = (path: string) => ({ sockname: "", peername: path });

/** `await asyncio.start_unix_server(client_connected_cb, path, limit=...)` */
export function start_unix_server(client_connected_cb: ConnectedCallback, path?: unknown, options?: Options): Coroutine<Server> {
  return coro(async () => {
    const loop = get_running_loop();
    const limit = Number(checkOptions("start_unix_server", options).get("limit") ?? DEFAULT_LIMIT);
    const p = pathArg(path);
    return await listenUnix(loop, p, (sock) =>
      onLoop(loop, () => {
        const { transport } = streamPair(loop, sock, limit, client_connected_cb, serverSide(p));
        transport._start();
      }),
    );
  }, "start_unix_server");
}

/** `reader, writer = await asyncio.open_unix_connection(path, limit=...)` */
export function open_unix_connection(path?: unknown, options?: Options): Coroutine<readonly [StreamReader, StreamWriter]> {
  return coro(async () => {
    const loop = get_running_loop();
    const limit = Number(checkOptions("open_unix_connection", options).get("limit") ?? DEFAULT_LIMIT);
    const p = pathArg(path);
    const sock = await connectUnix(loop, p);
    const { reader, protocol, transport } = streamPair(loop, sock, limit, null, clientSide(p));
    await madeConnection(loop, transport, protocol);
    return tuple(reader, new StreamWriter(transport, protocol, reader, loop)) as readonly [StreamReader, StreamWriter];
  }, "open_unix_connection");
}

/** `await loop.create_unix_server(protocol_factory, path)` */
export function createUnixServer(loop: EventLoop, factory: ProtocolFactory, path?: unknown, options?: Options): Coroutine<Server> {
  return coro(async () => {
    checkOptions("create_unix_server", options);
    const p = pathArg(path);
    return await listenUnix(loop, p, (sock) => {
      const transport = new SocketTransport(loop, sock, null as unknown as ProtocolLike, serverSide(p));
      onLoop(loop, () => {
        transport.set_protocol(callKw(factory, [], []));
        transport._protocol.connection_made(transport);
      });
    });
  }, "create_unix_server");
}

/** `transport, protocol = await loop.create_unix_connection(protocol_factory, path)` */
export function createUnixConnection(loop: EventLoop, factory: ProtocolFactory, path?: unknown, options?: Options): Coroutine<readonly [SocketTransport, ProtocolLike]> {
  return coro(async () => {
    checkOptions("create_unix_connection", options);
    const p = pathArg(path);
    const sock = await connectUnix(loop, p);
    const protocol = callKw(factory, [], []);
    const transport = new SocketTransport(loop, sock, protocol, clientSide(p));
    await madeConnection(loop, transport, protocol);
    return tuple(transport, protocol) as readonly [SocketTransport, ProtocolLike];
  }, "create_unix_connection");
}
