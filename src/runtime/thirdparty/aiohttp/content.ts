/**
 * `resp.content`: aiohttp's StreamReader over a response body as it
 * arrives (`read(n)`, `readany`, `readline`, `readexactly`, `iter_chunked`,
 * `iter_any`, `async for line in resp.content`, `at_eof`). The body's
 * chunks are kept in a BodyStream the response fills from Node's events;
 * `resp.read()` / `text()` / `json()` take what the content reads left.
 */
import { StopAsyncIteration } from "../../exceptions.js";
import { tuple } from "../../repr.js";
import type { PyBytes } from "../../bytes/type.js";
import type { Future } from "../../asyncio/core.js";
import { IncompleteReadError } from "../../asyncio/streams/errors.js";
import { futureOf, toPyBytes } from "./bridge.js";

/** A body arriving in chunks: what is buffered, whether it ended, and how it failed. */
export class BodyStream {
  private chunks: Buffer[] = [];
  private size = 0;
  private ended = false;
  private error: unknown = null;
  private waiters: (() => void)[] = [];

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    this.wake();
  }
  end(): void {
    this.ended = true;
    this.wake();
  }
  fail(e: unknown): void {
    if (this.ended || this.error !== null) return;
    this.error = e;
    this.wake();
  }
  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  get atEof(): boolean {
    return this.ended && this.size === 0;
  }

  /** Waits until `ready()` holds or the body is over; a failure cut short is thrown. */
  private async until(ready: () => boolean): Promise<void> {
    while (!ready() && !this.ended) {
      if (this.error !== null) throw this.error;
      await new Promise<void>((r) => this.waiters.push(r));
    }
  }

  private take(n: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    return out;
  }

  async read(n: number): Promise<Buffer> {
    if (n < 0) {
      await this.until(() => false);
      return this.take(this.size);
    }
    if (n === 0) return Buffer.alloc(0);
    await this.until(() => this.size > 0);
    return this.take(Math.min(n, this.size));
  }

  async readline(): Promise<Buffer> {
    const nl = () => this.chunks.some((c) => c.includes(10));
    await this.until(nl);
    const all = this.take(this.size);
    const at = all.indexOf(10);
    const end = at < 0 ? all.length : at + 1;
    const rest = all.subarray(end);
    if (rest.length > 0) {
      this.chunks.unshift(rest);
      this.size += rest.length;
    }
    return all.subarray(0, end);
  }

  async readexactly(n: number): Promise<Buffer> {
    await this.until(() => this.size >= n);
    if (this.size < n) {
      const partial = this.take(this.size);
      throw new IncompleteReadError(toPyBytes(partial), n);
    }
    return this.take(n);
  }
}

type Chunks = { __aiter__(): Chunks; __anext__(): Future<PyBytes>; [Symbol.asyncIterator](): AsyncIterator<PyBytes> };

/** An async iterator of `next()` results until an empty one. */
function chunks(next: () => Promise<Buffer>): Chunks {
  const step = async () => {
    const b = await next();
    if (b.length === 0) throw new StopAsyncIteration();
    return toPyBytes(b);
  };
  const it: Chunks = {
    __aiter__: () => it,
    __anext__: () => futureOf(step()),
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        const b = await next();
        return b.length === 0 ? { value: undefined, done: true } : { value: toPyBytes(b), done: false };
      },
    }),
  };
  return it;
}

export class StreamReader {
  static readonly __name__ = "StreamReader";
  constructor(private readonly body: BodyStream) {}

  read(n: unknown = -1): Future<PyBytes> {
    return futureOf(this.body.read(Number(n ?? -1)).then(toPyBytes));
  }
  readany(): Future<PyBytes> {
    return futureOf(this.body.read(1 << 20).then(toPyBytes));
  }
  readline(): Future<PyBytes> {
    return futureOf(this.body.readline().then(toPyBytes));
  }
  readexactly(n: unknown): Future<PyBytes> {
    return futureOf(this.body.readexactly(Number(n)).then(toPyBytes));
  }
  at_eof(): boolean {
    return this.body.atEof;
  }
  iter_chunked(n: unknown): Chunks {
    return chunks(() => this.body.read(Number(n)));
  }
  iter_any(): Chunks {
    return chunks(() => this.body.read(1 << 20));
  }
  iter_chunks(): { __aiter__(): unknown } {
    const inner = chunks(() => this.body.read(1 << 20));
    const pairs = {
      __aiter__: () => pairs,
      __anext__: () => futureOf(Promise.resolve(inner.__anext__()).then((b) => tuple(b, false))),
    };
    return pairs;
  }
  __aiter__(): Chunks {
    return chunks(() => this.body.readline());
  }
  [Symbol.asyncIterator](): AsyncIterator<PyBytes> {
    return chunks(() => this.body.readline())[Symbol.asyncIterator]();
  }
  __repr__(): string {
    return "<StreamReader>";
  }
}
