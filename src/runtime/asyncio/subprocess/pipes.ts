/**
 * A child's pipes as asyncio objects: its stdout/stderr feed StreamReaders,
 * its stdin is written through a StreamWriter. Events reach the loop with
 * call_soon, like the selector loop's pipe transports.
 */
import type { Readable, Writable } from "node:stream";
import { BrokenPipeError } from "../../exceptions.js";
import { toBuffer, toPy } from "../bytes-edge.js";
import type { EventLoop } from "../core.js";
import { socketError } from "../streams/errors.js";
import { StreamReader } from "../streams/reader.js";
import type { ProtocolLike } from "../streams/transport.js";
import { StreamReaderProtocol, StreamWriter } from "../streams/writer.js";
import { onLoop } from "../on-loop.js";

/** Feeds a readable pipe into a new StreamReader; `onClosed` runs once the pipe is done. */
export function readPipe(loop: EventLoop, pipe: Readable, limit: number, onClosed: () => void): StreamReader {
  const reader = new StreamReader(limit, loop);
  reader.set_transport({ pause_reading: () => pipe.pause(), resume_reading: () => pipe.resume() });
  pipe.on("data", (chunk: Buffer) => onLoop(loop, () => reader.feed_data(toPy(chunk))));
  pipe.on("end", () => onLoop(loop, () => reader.feed_eof()));
  pipe.on("error", (err) => onLoop(loop, () => reader.set_exception(socketError(err))));
  pipe.on("close", () => onLoop(loop, onClosed));
  return reader;
}

/** The write end of a child's stdin, as StreamWriter's transport. */
export class PipeWriteTransport {
  private _closing = false;
  private _lost = false;
  private _paused = false;

  constructor(
    readonly _loop: EventLoop,
    readonly _pipe: Writable,
    readonly _protocol: ProtocolLike,
  ) {
    let failure: unknown = null;
    _pipe.on("error", (err: NodeJS.ErrnoException) => {
      failure = err.code === "EPIPE" ? new BrokenPipeError(32, "Broken pipe") : socketError(err);
    });
    _pipe.on("drain", () => {
      if (!this._paused) return;
      this._paused = false;
      onLoop(_loop, () => this._protocol.resume_writing?.());
    });
    _pipe.on("close", () =>
      onLoop(_loop, () => {
        if (this._lost) return;
        this._lost = true;
        this._closing = true;
        this._protocol.connection_lost(failure);
      }),
    );
  }

  get_extra_info(_name: string, default_: unknown = null): unknown {
    return default_;
  }

  is_closing(): boolean {
    return this._closing;
  }

  write(data: unknown): void {
    const buf = toBuffer(data);
    if (buf.length === 0 || this._closing || this._pipe.destroyed) return;
    if (!this._pipe.write(buf) && !this._paused) {
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
    this.close();
  }

  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._pipe.end();
  }

  abort(): void {
    this._closing = true;
    this._pipe.destroy();
  }

  get_write_buffer_size(): number {
    return this._pipe.writableLength;
  }

  __repr__(): string {
    return `<_UnixWritePipeTransport fd=-1 ${this._lost ? "closed" : "idle"}>`;
  }
}

export function writePipe(loop: EventLoop, pipe: Writable, limit: number): StreamWriter {
  const protocol = new StreamReaderProtocol(new StreamReader(limit, loop), loop, null);
  const transport = new PipeWriteTransport(loop, pipe, protocol);
  protocol._transport = transport;
  return new StreamWriter(transport, protocol, null, loop);
}
