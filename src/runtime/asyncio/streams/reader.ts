/**
 * `asyncio.StreamReader`: bytes fed by a protocol, read by coroutines.
 * The rules (what each read returns at EOF, when limits raise, what stays in
 * the buffer after an error) follow CPython's asyncio/streams.py.
 */
import { RuntimeError, StopAsyncIteration, ValueError } from "../../exceptions.js";
import { classSignatures } from "../../kwargs.js";
import { EMPTY, isEmpty, toBuffer, toPy, type PyBytes } from "../bytes-edge.js";
import { coro, get_event_loop, type Coroutine, type EventLoop, type Future } from "../core.js";
import { IncompleteReadError, LimitOverrunError } from "./errors.js";

export const DEFAULT_LIMIT = 2 ** 16;

/** What a reader needs of its transport: flow control. */
interface Pausable {
  pause_reading(): void;
  resume_reading(): void;
}

export class StreamReader {
  _buffer: Buffer = Buffer.alloc(0);
  _eof = false;
  _exception: unknown = null;
  _waiter: Future<null> | null = null;
  _transport: Pausable | null = null;
  _paused = false;
  readonly _limit: number;
  readonly _loop: EventLoop;

  constructor(limit: number = DEFAULT_LIMIT, loop?: EventLoop | null) {
    if (!(Number(limit) > 0)) throw new ValueError("Limit cannot be <= 0");
    this._limit = Number(limit);
    this._loop = loop ?? get_event_loop();
  }

  exception(): unknown {
    return this._exception;
  }

  set_exception(exc: unknown): void {
    this._exception = exc;
    const w = this._waiter;
    if (w !== null) {
      this._waiter = null;
      if (!w.cancelled()) w.set_exception(exc);
    }
  }

  set_transport(transport: Pausable): void {
    if (this._transport !== null) throw new RuntimeError("Transport already set");
    this._transport = transport;
  }

  private _wakeup(): void {
    const w = this._waiter;
    if (w !== null) {
      this._waiter = null;
      if (!w.cancelled()) w.set_result(null);
    }
  }

  feed_eof(): void {
    this._eof = true;
    this._wakeup();
  }

  at_eof(): boolean {
    return this._eof && this._buffer.length === 0;
  }

  feed_data(data: unknown): void {
    if (this._eof) throw new RuntimeError("feed_data after feed_eof");
    const buf = toBuffer(data);
    if (buf.length === 0) return;
    this._buffer = this._buffer.length === 0 ? Buffer.from(buf) : Buffer.concat([this._buffer, buf]);
    this._wakeup();
    // Back-pressure: stop reading the socket while twice the limit is unread.
    if (this._transport !== null && !this._paused && this._buffer.length > 2 * this._limit) {
      try {
        this._transport.pause_reading();
        this._paused = true;
      } catch {
        this._transport = null;
      }
    }
  }

  private _maybeResume(): void {
    if (this._paused && this._buffer.length <= this._limit) {
      this._paused = false;
      this._transport?.resume_reading();
    }
  }

  private _take(n: number): PyBytes {
    const chunk = this._buffer.subarray(0, n);
    this._buffer = this._buffer.subarray(n);
    this._maybeResume();
    return toPy(chunk);
  }

  private _takeAll(): PyBytes {
    const chunk = this._buffer;
    this._buffer = Buffer.alloc(0);
    return toPy(chunk);
  }

  private async _waitForData(funcName: string): Promise<void> {
    if (this._waiter !== null) throw new RuntimeError(`${funcName}() called while another coroutine is already waiting for incoming data`);
    if (this._eof) throw new RuntimeError("_wait_for_data after EOF");
    if (this._paused) {
      this._paused = false;
      this._transport?.resume_reading();
    }
    const w = this._loop.create_future<null>();
    this._waiter = w;
    try {
      await w;
    } finally {
      if (this._waiter === w) this._waiter = null;
    }
  }

  readline(): Coroutine<PyBytes> {
    return coro(async () => {
      try {
        return await this._readuntil("\n");
      } catch (e) {
        if (e instanceof IncompleteReadError) return e.partial;
        if (e instanceof LimitOverrunError) {
          const at = e.consumed;
          if (this._buffer[at] === 0x0a) this._buffer = this._buffer.subarray(at + 1);
          else this._buffer = Buffer.alloc(0);
          this._maybeResume();
          throw new ValueError(e.args[0]);
        }
        throw e;
      }
    }, "StreamReader.readline");
  }

  readuntil(separator: unknown = "\n"): Coroutine<PyBytes> {
    return coro(() => this._readuntil(separator), "StreamReader.readuntil");
  }

  private async _readuntil(separator: unknown): Promise<PyBytes> {
    const sep = toBuffer(separator, "separator");
    if (sep.length === 0) throw new ValueError("Separator should be at least one-byte string");
    if (this._exception !== null) throw this._exception;
    let offset = 0;
    let at: number;
    for (;;) {
      const len = this._buffer.length;
      if (len - offset >= sep.length) {
        at = this._buffer.indexOf(sep, offset);
        if (at !== -1) break;
        offset = len + 1 - sep.length;
        if (offset > this._limit) throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
      }
      if (this._eof) throw new IncompleteReadError(this._takeAll(), null);
      await this._waitForData("readuntil");
    }
    if (at > this._limit) throw new LimitOverrunError("Separator is found, but chunk is longer than limit", at);
    return this._take(at + sep.length);
  }

  read(n: number = -1): Coroutine<PyBytes> {
    return coro(() => this._read(Number(n)), "StreamReader.read");
  }

  private async _read(n: number): Promise<PyBytes> {
    if (this._exception !== null) throw this._exception;
    if (n === 0) return EMPTY;
    if (n < 0) {
      const blocks: Buffer[] = [];
      for (;;) {
        if (this._exception !== null) throw this._exception;
        if (this._buffer.length === 0 && !this._eof) await this._waitForData("read");
        if (this._buffer.length === 0) break;
        blocks.push(this._buffer);
        this._buffer = Buffer.alloc(0);
        this._maybeResume();
      }
      return toPy(Buffer.concat(blocks));
    }
    if (this._buffer.length === 0 && !this._eof) await this._waitForData("read");
    return this._take(Math.min(n, this._buffer.length));
  }

  readexactly(n: number): Coroutine<PyBytes> {
    return coro(async () => {
      n = Number(n);
      if (n < 0) throw new ValueError("readexactly size can not be less than zero");
      if (this._exception !== null) throw this._exception;
      if (n === 0) return EMPTY;
      while (this._buffer.length < n) {
        if (this._eof) throw new IncompleteReadError(this._takeAll(), n);
        await this._waitForData("readexactly");
      }
      return this._take(n);
    }, "StreamReader.readexactly");
  }

  __aiter__(): this {
    return this;
  }

  __anext__(): Coroutine<PyBytes> {
    return coro(async () => {
      const line = await this.readline();
      if (isEmpty(line)) throw new StopAsyncIteration();
      return line;
    }, "StreamReader.__anext__");
  }

  [Symbol.asyncIterator](): AsyncIterator<PyBytes> {
    return {
      next: async () => {
        const line = await this.readline();
        return isEmpty(line) ? { value: undefined, done: true } : { value: line, done: false };
      },
    };
  }

  __repr__(): string {
    const info = ["StreamReader"];
    if (this._buffer.length > 0) info.push(`${this._buffer.length} bytes`);
    if (this._eof) info.push("eof");
    if (this._limit !== DEFAULT_LIMIT) info.push(`limit=${this._limit}`);
    return `<${info.join(" ")}>`;
  }
}

classSignatures(StreamReader, {
  __init__: "StreamReader(limit=, loop=)",
  readuntil: "readuntil(separator=)",
  read: "read(n=)",
  readexactly: "readexactly(n)",
});
