/**
 * `asyncio.Transport` over a Node `net.Socket`: the object a Protocol's
 * callbacks receive (`connection_made(transport)`, `data_received(data)`,
 * `eof_received()`, `connection_lost(exc)`), and what StreamWriter writes to.
 *
 * Node delivers socket events on its own loop; each one is handed to the
 * asyncio loop with `call_soon`, so protocol callbacks run between task
 * steps in arrival order, as CPython's selector loop runs them.
 * Sockets are half-open: a peer's EOF reaches `eof_received`, and our side
 * closes only if that returns a false value (CPython's rule).
 */
import type { Socket } from "node:net";
import { RuntimeError } from "../../exceptions.js";
import { tuple } from "../../repr.js";
import { toBuffer, toPy } from "../bytes-edge.js";
import type { EventLoop } from "../core.js";
import { socketError } from "./errors.js";
import { onLoop } from "../on-loop.js";

/** The protocol callbacks a transport drives (asyncio.Protocol's). */
export interface ProtocolLike {
  connection_made(transport: unknown): unknown;
  data_received(data: unknown): unknown;
  eof_received(): unknown;
  connection_lost(exc: unknown): unknown;
  pause_writing?(): unknown;
  resume_writing?(): unknown;
}

/** `sock.getsockname()` / `getpeername()` results as Python tuples. */
export function addressTuple(address: string | undefined, port: number | undefined, family?: string): readonly unknown[] {
  if (family === "IPv6") return tuple(address ?? "::", port ?? 0, 0, 0);
  return tuple(address ?? "0.0.0.0", port ?? 0);
}

/** What `server.sockets[i]` and `get_extra_info("socket")` give: the address queries of a socket. */
export class SocketInfo {
  constructor(
    private readonly local: () => unknown,
    private readonly peer: (() => unknown) | null,
    /** AF_UNIX (1) or AF_INET (2). */
    private readonly family = 2,
  ) {}

  getsockname(): any {
    return this.local();
  }

  getpeername(): any {
    if (this.peer === null) throw socketError({ code: "ENOTCONN" });
    return this.peer();
  }

  __repr__(): string {
    return `<asyncio.TransportSocket fd=-1, family=${this.family}, type=1, proto=${this.family === 1 ? 0 : 6}, laddr=${String(this.local())}>`;
  }
}

/** A Unix socket's names: its path on one side, '' (unnamed) on the other. */
export interface SocketNames {
  sockname: string;
  peername: string;
}

export class SocketTransport {
  private _closing = false;
  private _lost = false;
  private _eofWritten = false;
  private _reading = true;
  private _paused = false;
  /** Chunks Node has read that the protocol has not been given yet (for CPython they are still in the kernel). */
  private _undelivered = 0;
  /** Buffered peer data while reading is paused (Node keeps flowing until `pause()` takes effect). */
  private readonly _extra: Record<string, unknown>;

  constructor(
    readonly _loop: EventLoop,
    readonly _sock: Socket,
    public _protocol: ProtocolLike,
    names?: SocketNames,
  ) {
    const peer = names ? names.peername : addressTuple(_sock.remoteAddress, _sock.remotePort, _sock.remoteFamily);
    const local = names ? names.sockname : addressTuple(_sock.localAddress, _sock.localPort, _sock.remoteFamily);
    this._extra = { peername: peer, sockname: local, socket: new SocketInfo(() => local, () => peer, names ? 1 : 2) };
    _sock.on("data", (chunk: Buffer) => {
      if (this._lost) return;
      this._undelivered++;
      onLoop(_loop, () => {
        this._undelivered--;
        // After close() CPython stops reading: nothing more reaches the protocol.
        if (!this._closing) this._protocol.data_received(toPy(chunk));
      });
    });
    _sock.on("end", () => {
      onLoop(_loop, () => {
        if (this._closing) return;
        const keepOpen = this._protocol.eof_received();
        if (!keepOpen) this.close();
      });
    });
    _sock.on("drain", () => {
      if (!this._paused) return;
      this._paused = false;
      onLoop(_loop, () => this._protocol.resume_writing?.());
    });
    let failure: unknown = null;
    _sock.on("error", (err) => {
      failure = socketError(err);
    });
    _sock.on("close", () => {
      onLoop(_loop, () => this._connectionLost(failure));
    });
  }

  /** Called once the protocol is attached: `connection_made(transport)` runs on the loop. */
  _start(): void {
    onLoop(this._loop, () => this._protocol.connection_made(this));
  }

  /** @internal */
  _connectionLost(exc: unknown): void {
    if (this._lost) return;
    this._lost = true;
    this._closing = true;
    this._protocol.connection_lost(exc);
  }

  get_extra_info(name: string, default_: unknown = null): unknown {
    return name in this._extra ? this._extra[name] : default_;
  }

  get_protocol(): ProtocolLike {
    return this._protocol;
  }

  set_protocol(protocol: ProtocolLike): void {
    this._protocol = protocol;
  }

  is_closing(): boolean {
    return this._closing;
  }

  write(data: unknown): void {
    const buf = toBuffer(data);
    if (this._eofWritten) throw new RuntimeError("Cannot call write() after write_eof()");
    if (buf.length === 0 || this._lost || this._sock.destroyed) return;
    if (!this._sock.write(buf) && !this._paused) {
      // Past Node's high-water mark: the protocol pauses its writers (StreamWriter.drain waits).
      this._paused = true;
      this._protocol.pause_writing?.();
    }
  }

  writelines(lines: Iterable<unknown>): void {
    for (const line of lines) this.write(line);
  }

  can_write_eof(): boolean {
    return true;
  }

  write_eof(): void {
    if (this._closing || this._eofWritten) return;
    this._eofWritten = true;
    this._sock.end();
  }

  get_write_buffer_size(): number {
    return this._sock.writableLength;
  }

  is_reading(): boolean {
    return this._reading && !this._closing;
  }

  pause_reading(): void {
    if (this._closing || !this._reading) return;
    this._reading = false;
    this._sock.pause();
  }

  resume_reading(): void {
    if (this._closing || this._reading) return;
    this._reading = true;
    this._sock.resume();
  }

  /** Flushes what is buffered, then closes; `connection_lost(None)` follows. */
  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._sock.destroySoon();
    // Nothing left to send: like CPython, connection_lost comes on the next loop step, not when Node reports the close.
    if (this._sock.writableLength === 0) onLoop(this._loop, () => this._connectionLost(null));
  }

  /**
   * Closes at once. Closing a socket with unread data makes the kernel send
   * a reset, so the peer gets ConnectionResetError; CPython's unread data is
   * what Node already read but the program has not: undelivered chunks or a
   * StreamReader's buffer.
   */
  abort(): void {
    if (this._lost) return;
    this._closing = true;
    // As CPython: stop reading now, close the socket on the next loop step (data arriving meanwhile stays unread).
    this._sock.pause();
    onLoop(this._loop, () => {
      const unread = (this._protocol as { _reader?: { _buffer?: Uint8Array } })._reader?._buffer?.length ?? 0;
      if (this._undelivered > 0 || unread > 0) this._sock.resetAndDestroy();
      else this._sock.destroy();
      this._connectionLost(null);
    });
  }

  __repr__(): string {
    return `<_SelectorSocketTransport fd=-1 ${this._lost ? "closed" : "read=polling write=<idle, bufsize=0>"}>`;
  }
}
