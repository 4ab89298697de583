/**
 * `loop.create_datagram_endpoint` on node:dgram: a DatagramTransport
 * (`sendto`, `close`, `get_extra_info("sockname")`) driving an
 * `asyncio.DatagramProtocol` (`datagram_received(data, addr)`,
 * `error_received(exc)`, `connection_lost(exc)`), callbacks run on the loop.
 */
import * as dgram from "node:dgram";
import { OSError, ValueError } from "../../exceptions.js";
import { isTuple, repr, tuple } from "../../repr.js";
import { callKw } from "../../calls.js";
import { setSignature } from "../../kwargs.js";
import { osError } from "../../stdlib/os/errors.js";
import { toBuffer, toPy } from "../bytes-edge.js";
import { coro, type Coroutine, type EventLoop } from "../core.js";
import { socketError } from "./errors.js";
import { checkOptions, type Options } from "./options.js";
import { addressTuple } from "./transport.js";
import { onLoop } from "../on-loop.js";


interface DatagramProtocolLike {
  connection_made(transport: unknown): unknown;
  datagram_received(data: unknown, addr: unknown): unknown;
  error_received(exc: unknown): unknown;
  connection_lost(exc: unknown): unknown;
}

function hostPort(addr: unknown, what: string): [string, number] {
  if (!isTuple(addr) && !Array.isArray(addr)) throw new ValueError(`${what} must be a (host, port) tuple`);
  const a = addr as readonly unknown[];
  return [String(a[0]), Number(a[1])];
}

export class DatagramTransport {
  private _closing = false;
  private _lost = false;
  _remote: [string, number] | null = null;

  constructor(
    readonly _loop: EventLoop,
    readonly _sock: dgram.Socket,
    readonly _protocol: DatagramProtocolLike,
  ) {
    _sock.on("message", (msg, rinfo) => {
      const addr = addressTuple(rinfo.address, rinfo.port, rinfo.family);
      onLoop(_loop, () => {
        if (!this._closing) this._protocol.datagram_received(toPy(msg), addr);
      });
    });
    _sock.on("error", (err) => {
      onLoop(_loop, () => this._protocol.error_received(socketError(err)));
    });
    _sock.on("close", () => {
      onLoop(_loop, () => {
        if (this._lost) return;
        this._lost = true;
        this._protocol.connection_lost(null);
      });
    });
  }

  get_extra_info(name: string, default_: unknown = null): unknown {
    if (name === "sockname") {
      const a = this._sock.address();
      return addressTuple(a.address, a.port, a.family);
    }
    if (name === "peername") return this._remote === null ? default_ : tuple(...this._remote);
    return default_;
  }

  is_closing(): boolean {
    return this._closing;
  }

  sendto(data: unknown, addr: unknown = null): void {
    const buf = toBuffer(data);
    if (this._closing) return;
    if (addr === null || addr === undefined) {
      if (this._remote === null) throw new OSError(89, "Destination address required");
      this._sock.send(buf);
      return;
    }
    const [host, port] = hostPort(addr, "addr");
    if (this._remote !== null && (host !== this._remote[0] || port !== this._remote[1])) {
      throw new ValueError(`Invalid address: must be None or ${repr(tuple(...this._remote))}`);
    }
    if (this._remote !== null) this._sock.send(buf);
    else this._sock.send(buf, port, host);
  }

  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._sock.close();
  }

  abort(): void {
    this.close();
  }

  __repr__(): string {
    return `<_SelectorDatagramTransport fd=-1 ${this._lost ? "closed" : "read=idle write=<idle, bufsize=0>"}>`;
  }
}
setSignature(DatagramTransport.prototype.sendto, "sendto(data, addr=)");

function bind(loop: EventLoop, sock: dgram.Socket, host: string, port: number): Promise<void> {
  const fut = loop.create_future<void>();
  sock.once("error", (err: NodeJS.ErrnoException) => {
    if (!fut.done()) fut.set_exception(osError(err.code ?? ""));
  });
  sock.bind(port, host, () => {
    if (!fut.done()) fut.set_result(undefined);
  });
  return fut as unknown as Promise<void>;
}

function connectTo(loop: EventLoop, sock: dgram.Socket, host: string, port: number): Promise<void> {
  const fut = loop.create_future<void>();
  sock.connect(port, host, (err?: Error) => {
    if (fut.done()) return;
    if (err) fut.set_exception(socketError(err));
    else fut.set_result(undefined);
  });
  return fut as unknown as Promise<void>;
}

export function createDatagramEndpoint(loop: EventLoop, factory: () => any, local_addr?: unknown, remote_addr?: unknown, options?: Options): Coroutine<readonly [DatagramTransport, any]> {
  return coro(async () => {
    checkOptions("create_datagram_endpoint", options);
    if ((local_addr === null || local_addr === undefined) && (remote_addr === null || remote_addr === undefined)) {
      throw new ValueError("unexpected address family");
    }
    const sock = dgram.createSocket("udp4");
    if (local_addr !== null && local_addr !== undefined) {
      const [h, p] = hostPort(local_addr, "local_addr");
      await bind(loop, sock, h, p);
    }
    let remote: [string, number] | null = null;
    if (remote_addr !== null && remote_addr !== undefined) {
      remote = hostPort(remote_addr, "remote_addr");
      await connectTo(loop, sock, remote[0], remote[1]);
    }
    const protocol = callKw(factory, [], []);
    const transport = new DatagramTransport(loop, sock, protocol);
    transport._remote = remote;
    onLoop(loop, () => protocol.connection_made(transport));
    return tuple(transport, protocol) as readonly [DatagramTransport, any];
  }, "create_datagram_endpoint");
}
