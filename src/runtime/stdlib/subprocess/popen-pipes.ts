/**
 * `Popen.stdin` / `stdout` / `stderr` when they are pipes: file objects
 * whose every read or write is a blocking call answered by the helper
 * thread (popen-host.ts). Binary pipes give bytes; text pipes (`text=True`)
 * decode UTF-8 with universal newlines, as CPython's TextIOWrapper does.
 */
import { StopIteration, ValueError } from "../../exceptions.js";
import { toBuffer, toPy } from "../../asyncio/bytes-edge.js";
import { callSync } from "../../blocking/bridge.js";
import { asPyError } from "./popen-errors.js";

function call<T>(op: string, args: unknown): T {
  try {
    return callSync<T>(op, args);
  } catch (e) {
    throw asPyError(e);
  }
}

const universal = (s: string) => s.replace(/\r\n?/g, "\n");

/** A pipe the program reads from (the child's stdout or stderr). */
export class PipeReader {
  private isClosed = false;
  private readonly decoder = new TextDecoder("utf-8");
  private pending = "";

  constructor(
    private readonly id: number,
    private readonly which: "out" | "err",
    readonly text: boolean,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  private check(): void {
    if (this.isClosed) throw new ValueError(this.text ? "I/O operation on closed file." : "read of closed file");
  }

  private bytes(n: number, any = false): Uint8Array {
    return call<Uint8Array>("popen.read", { id: this.id, which: this.which, n, any });
  }

  private line(limit: number): Uint8Array {
    return call<Uint8Array>("popen.readline", { id: this.id, which: this.which, limit });
  }

  private decode(b: Uint8Array, final: boolean): string {
    return universal(this.decoder.decode(b, { stream: !final }));
  }

  read(size: unknown = -1): unknown {
    this.check();
    const n = size === null || size === undefined ? -1 : Number(size);
    if (!this.text) return toPy(this.bytes(n));
    if (n < 0) {
      const all = this.pending + this.decode(this.bytes(-1), true);
      this.pending = "";
      return all;
    }
    while (this.pending.length < n) {
      const b = this.bytes(n - this.pending.length);
      if (b.length === 0) {
        this.pending += this.decode(b, true);
        break;
      }
      this.pending += this.decode(b, false);
    }
    const out = this.pending.slice(0, n);
    this.pending = this.pending.slice(n);
    return out;
  }

  /** read1: what is there now (at least one byte unless at the end). */
  read1(size: unknown = -1): unknown {
    this.check();
    const n = size === null || size === undefined || Number(size) < 0 ? 1 << 16 : Number(size);
    return toPy(this.bytes(n, true));
  }

  readline(size: unknown = -1): unknown {
    this.check();
    const limit = size === null || size === undefined ? -1 : Number(size);
    if (!this.text) return toPy(this.line(limit));
    const nl = this.pending.indexOf("\n");
    if (nl >= 0) {
      const out = this.pending.slice(0, nl + 1);
      this.pending = this.pending.slice(nl + 1);
      return out;
    }
    const b = this.line(-1);
    const out = this.pending + this.decode(b, b.length === 0);
    this.pending = "";
    return out;
  }

  readlines(): unknown[] {
    const out: unknown[] = [];
    for (const line of this) out.push(line);
    return out;
  }

  [Symbol.iterator](): Iterator<unknown> {
    return { next: () => this.nextLine() };
  }

  private nextLine(): IteratorResult<unknown> {
    const line = this.readline() as { length: number };
    return line.length === 0 ? { done: true, value: undefined } : { done: false, value: line };
  }

  __iter__(): this {
    return this;
  }

  __next__(): unknown {
    const r = this.nextLine();
    if (r.done) throw new StopIteration();
    return r.value;
  }

  readable(): boolean {
    this.check();
    return true;
  }

  close(): void {
    this.isClosed = true;
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.close();
    return false;
  }
}

/** The child's stdin as a pipe the program writes to. */
export class PipeWriter {
  private isClosed = false;

  constructor(
    private readonly id: number,
    readonly text: boolean,
  ) {}

  get closed(): boolean {
    return this.isClosed;
  }

  write(data: unknown): number {
    if (this.isClosed) throw new ValueError(this.text ? "I/O operation on closed file." : "write to closed file");
    const buf = this.text && typeof data === "string" ? Buffer.from(data, "utf8") : toBuffer(data, "write()");
    call("popen.write", { id: this.id, data: buf });
    return this.text ? (data as string).length : buf.length;
  }

  writelines(lines: Iterable<unknown>): void {
    for (const line of lines) this.write(line);
  }

  flush(): void {
    if (this.isClosed) throw new ValueError("I/O operation on closed file.");
  }

  writable(): boolean {
    return true;
  }

  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    call("popen.closeStdin", { id: this.id });
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.close();
    return false;
  }
}
