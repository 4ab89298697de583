/**
 * `asyncio.StreamWriter` and the protocol that joins a transport to a
 * StreamReader (CPython's StreamReaderProtocol): data goes to the reader,
 * EOF and errors end it, write flow control makes `drain()` wait.
 */
import { ConnectionResetError } from "../../exceptions.js";
import { classSignatures } from "../../kwargs.js";
import { coro, iscoroutine, isfuture, sleep, type Coroutine, type EventLoop, type Future } from "../core.js";
import type { StreamReader } from "./reader.js";
import type { ProtocolLike } from "./transport.js";

/** What a StreamWriter writes through: a socket transport or a child's stdin pipe. */
export interface WriteTransport {
  write(data: unknown): void;
  writelines(lines: Iterable<unknown>): void;
  write_eof(): void;
  can_write_eof(): boolean;
  close(): void;
  is_closing(): boolean;
  get_extra_info(name: string, default_?: unknown): unknown;
  __repr__(): string;
}

export type ConnectedCallback = (reader: StreamReader, writer: StreamWriter) => unknown;

export class StreamReaderProtocol implements ProtocolLike {
  _transport: WriteTransport | null = null;
  _paused = false;
  _lost = false;
  _drainWaiters: Future<null>[] = [];
  readonly _closed: Future<null>;
  _task: unknown = null;

  constructor(
    readonly _reader: StreamReader,
    readonly _loop: EventLoop,
    private readonly _connected: ConnectedCallback | null = null,
  ) {
    this._closed = _loop.create_future<null>();
    // Nobody may await wait_closed(): its failure is not "never retrieved".
    this._closed.add_done_callback((f) => {
      if (!f.cancelled()) f.exception();
    });
  }

  connection_made(transport: unknown): void {
    const t = transport as WriteTransport & { pause_reading(): void; resume_reading(): void };
    this._transport = t;
    this._reader.set_transport(t);
    if (this._connected !== null) {
      const writer = new StreamWriter(t, this, this._reader, this._loop);
      const res = this._connected(this._reader, writer);
      if (iscoroutine(res) || isfuture(res)) {
        const task = this._loop.create_task(res as Coroutine<unknown>);
        this._task = task;
        // CPython closes the connection if the handler fails, and logs the error.
        task.add_done_callback((tk) => {
          if (tk.cancelled()) {
            t.close();
            return;
          }
          const exc = tk.exception();
          if (exc !== null) {
            this._loop.call_exception_handler({ message: "Unhandled exception in client_connected_cb", exception: exc, transport: t });
            t.close();
          }
        });
      }
    }
  }

  data_received(data: unknown): void {
    this._reader.feed_data(data);
  }

  eof_received(): boolean {
    this._reader.feed_eof();
    return true;
  }

  connection_lost(exc: unknown): void {
    this._lost = true;
    if (exc === null || exc === undefined) this._reader.feed_eof();
    else this._reader.set_exception(exc);
    if (!this._closed.done()) {
      if (exc === null || exc === undefined) this._closed.set_result(null);
      else this._closed.set_exception(exc);
    }
    for (const w of this._drainWaiters.splice(0)) {
      if (w.done()) continue;
      if (exc === null || exc === undefined) w.set_result(null);
      else w.set_exception(exc);
    }
    this._transport = null;
  }

  pause_writing(): void {
    this._paused = true;
  }

  resume_writing(): void {
    this._paused = false;
    for (const w of this._drainWaiters.splice(0)) if (!w.done()) w.set_result(null);
  }

  async _drainHelper(): Promise<void> {
    if (this._lost) throw new ConnectionResetError("Connection lost");
    if (!this._paused) return;
    const w = this._loop.create_future<null>();
    this._drainWaiters.push(w);
    await w;
  }
}

export class StreamWriter {
  constructor(
    readonly _transport: WriteTransport,
    readonly _protocol: StreamReaderProtocol,
    readonly _reader: StreamReader | null,
    readonly _loop: EventLoop,
  ) {}

  get transport(): WriteTransport {
    return this._transport;
  }

  write(data: unknown): void {
    this._transport.write(data);
  }

  writelines(data: Iterable<unknown>): void {
    this._transport.writelines(data);
  }

  write_eof(): void {
    this._transport.write_eof();
  }

  can_write_eof(): boolean {
    return this._transport.can_write_eof();
  }

  close(): void {
    this._transport.close();
  }

  is_closing(): boolean {
    return this._transport.is_closing();
  }

  wait_closed(): Coroutine<null> {
    return coro(() => this._protocol._closed, "StreamWriter.wait_closed");
  }

  get_extra_info(name: string, default_: unknown = null): unknown {
    return this._transport.get_extra_info(name, default_);
  }

  /** Waits while the transport's buffer is over its high-water mark; raises what broke the connection. */
  drain(): Coroutine<void> {
    return coro(async () => {
      const exc = this._reader?.exception();
      if (exc !== null && exc !== undefined) throw exc;
      // A closing transport: yield once so connection_lost can run (CPython's sleep(0)).
      if (this._transport.is_closing()) await sleep(0);
      await this._protocol._drainHelper();
    }, "StreamWriter.drain");
  }

  __repr__(): string {
    return `<StreamWriter transport=${this._transport.__repr__()} reader=${this._reader?.__repr__() ?? "None"}>`;
  }
}

classSignatures(StreamWriter, { get_extra_info: "get_extra_info(name, default=)" });
