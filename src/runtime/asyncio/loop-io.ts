/**
 * The event loop's I/O methods (`loop.create_server`, `create_connection`,
 * `create_datagram_endpoint`, `add_signal_handler`, ...), added to EventLoop
 * here so loop.ts stays free of node:net and node:dgram.
 */
import { EventLoop } from "./loop.js";
import type { Coroutine } from "./coroutine.js";
import { createConnection, createServer, type Server } from "./streams/server.js";
import { createUnixConnection, createUnixServer } from "./streams/unix.js";
import { subprocessExec, subprocessShell, type SubprocessTransport } from "./subprocess/protocol.js";
import type { ProtocolLike, SocketTransport } from "./streams/transport.js";
import { createDatagramEndpoint, type DatagramTransport } from "./streams/datagram.js";
import type { Options } from "./streams/options.js";
import { setSignature } from "../kwargs.js";
import { addSignalHandler, removeSignalHandler } from "./signals.js";

declare module "./loop.js" {
  interface EventLoop {
    create_server(protocol_factory: unknown, host?: unknown, port?: unknown, options?: Options): Coroutine<Server>;
    create_connection(protocol_factory: unknown, host?: unknown, port?: unknown, options?: Options): Coroutine<readonly [SocketTransport, any]>;
    subprocess_exec(protocol_factory: unknown, ...args: unknown[]): Coroutine<readonly [SubprocessTransport, any]>;
    subprocess_shell(protocol_factory: unknown, cmd: unknown, ...rest: unknown[]): Coroutine<readonly [SubprocessTransport, any]>;
    create_unix_server(protocol_factory: unknown, path?: unknown, options?: Options): Coroutine<Server>;
    create_unix_connection(protocol_factory: unknown, path?: unknown, options?: Options): Coroutine<readonly [SocketTransport, any]>;
    create_datagram_endpoint(protocol_factory: unknown, local_addr?: unknown, remote_addr?: unknown, options?: Options): Coroutine<readonly [DatagramTransport, any]>;
    add_signal_handler(sig: unknown, callback: (...args: any[]) => unknown, ...args: unknown[]): void;
    remove_signal_handler(sig: unknown): boolean;
  }
}

const methods: Partial<EventLoop> = {
  create_server(this: EventLoop, factory: () => ProtocolLike, host?: unknown, port?: unknown, options?: Options) {
    return createServer(this, factory, host, port, options);
  },
  create_connection(this: EventLoop, factory: () => ProtocolLike, host?: unknown, port?: unknown, options?: Options) {
    return createConnection(this, factory, host, port, options);
  },
  subprocess_exec(this: EventLoop, factory: unknown, ...args: unknown[]) {
    return subprocessExec(this, factory, ...args);
  },
  subprocess_shell(this: EventLoop, factory: unknown, cmd: unknown, ...rest: unknown[]) {
    return subprocessShell(this, factory, cmd, ...rest);
  },
  create_unix_server(this: EventLoop, factory: () => ProtocolLike, path?: unknown, options?: Options) {
    return createUnixServer(this, factory, path, options);
  },
  create_unix_connection(this: EventLoop, factory: () => ProtocolLike, path?: unknown, options?: Options) {
    return createUnixConnection(this, factory, path, options);
  },
  create_datagram_endpoint(this: EventLoop, factory: () => any, local_addr?: unknown, remote_addr?: unknown, options?: Options) {
    return createDatagramEndpoint(this, factory, local_addr, remote_addr, options);
  },
  add_signal_handler(this: EventLoop, sig: unknown, callback: (...args: any[]) => unknown, ...args: unknown[]) {
    addSignalHandler(this, sig, callback, args);
  },
  remove_signal_handler(this: EventLoop, sig: unknown) {
    return removeSignalHandler(sig);
  },
};
// Python signatures, so `loop.create_datagram_endpoint(P, local_addr=...)` binds by name.
const SIGNATURES: Record<string, string> = {
  create_server: "create_server(protocol_factory, host=, port=, **kwds)",
  create_connection: "create_connection(protocol_factory, host=, port=, **kwds)",
  subprocess_exec: "subprocess_exec(protocol_factory, program, *args, **kwargs)",
  subprocess_shell: "subprocess_shell(protocol_factory, cmd, **kwargs)",
  create_unix_server: "create_unix_server(protocol_factory, path=, **kwds)",
  create_unix_connection: "create_unix_connection(protocol_factory, path=, **kwds)",
  create_datagram_endpoint: "create_datagram_endpoint(protocol_factory, local_addr=, remote_addr=, **kwds)",
  add_signal_handler: "add_signal_handler(sig, callback, *args)",
  remove_signal_handler: "remove_signal_handler(sig)",
};
for (const [name, fn] of Object.entries(methods)) {
  setSignature(fn as Function, SIGNATURES[name]!);
  Object.defineProperty(EventLoop.prototype, name, { value: fn, writable: true, configurable: true });
}
