/**
 * What Python's binary streams share (io.BytesIO and files opened in a `b`
 * mode): read, read1, readline(s), readinto, write(lines), seek, tell,
 * truncate, iteration by lines, `with`. Subclasses give the storage: memory
 * or a file descriptor.
 */
import { StopIteration, TypeError, ValueError } from "../../exceptions.js";
import { pyTypeName } from "../../repr.js";
import { PyBytes } from "../../bytes/type.js";
import { asBuffer, needBuffer } from "../../bytes/buffer.js";
import { UnsupportedOperation } from "./textfile.js";

export abstract class BinaryStream {
  protected pos = 0;
  protected isClosed = false;

  /** The bytes [at, at + n) that exist (fewer at the end). */
  protected abstract readAt(at: number, n: number): Uint8Array;
  /** Writes `data` at `at` (or at the end for an append-mode file); returns where it ended. */
  protected abstract writeAt(at: number, data: Uint8Array): number;
  protected abstract size(): number;
  protected abstract truncateTo(n: number): void;
  protected abstract get canRead(): boolean;
  protected abstract get canWrite(): boolean;

  protected check(): void {
    if (this.isClosed) throw new ValueError("I/O operation on closed file.");
  }
  // CPython asks whether the stream can read (or write) before whether it is closed.
  private needRead(): void {
    if (!this.canRead) throw new UnsupportedOperation("read");
    this.check();
  }

  get closed(): boolean {
    return this.isClosed;
  }
  readable(): boolean {
    this.check();
    return this.canRead;
  }
  writable(): boolean {
    this.check();
    return this.canWrite;
  }
  seekable(): boolean {
    this.check();
    return true;
  }
  isatty(): boolean {
    this.check();
    return false;
  }

  read(size?: unknown): PyBytes {
    this.needRead();
    const n = size === undefined || size === null || Number(size) < 0 ? Math.max(0, this.size() - this.pos) : Number(size);
    const data = this.readAt(this.pos, n);
    this.pos += data.length;
    return new PyBytes(data);
  }
  read1(size?: unknown): PyBytes {
    return this.read(size);
  }
  readall(): PyBytes {
    return this.read();
  }
  readinto(target: unknown): number {
    const view = asBuffer(target);
    if (!view) throw new TypeError(`readinto() argument must be read-write bytes-like object, not ${pyTypeName(target)}`);
    const data = this.read(view.length).buf;
    view.set(data);
    return data.length;
  }
  readline(size?: unknown): PyBytes {
    this.needRead();
    const limit = size === undefined || size === null || Number(size) < 0 ? Infinity : Number(size);
    const parts: Uint8Array[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = this.readAt(this.pos, Math.min(8192, limit - total));
      if (chunk.length === 0) break;
      const nl = chunk.indexOf(0x0a);
      const take = nl >= 0 ? nl + 1 : chunk.length;
      parts.push(chunk.subarray(0, take));
      total += take;
      this.pos += take;
      if (nl >= 0) break;
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return new PyBytes(out);
  }
  readlines(hint?: unknown): PyBytes[] {
    const out: PyBytes[] = [];
    let total = 0;
    for (let line = this.readline(); line.length > 0; line = this.readline()) {
      out.push(line);
      total += line.length;
      if (typeof hint === "number" && hint > 0 && total >= hint) break;
    }
    return out;
  }
  write(data: unknown): number {
    if (!this.canWrite) throw new UnsupportedOperation("write");
    this.check();
    const bytes = needBuffer(data).slice();
    this.pos = this.writeAt(this.pos, bytes);
    return bytes.length;
  }
  writelines(lines: Iterable<unknown>): null {
    for (const line of lines) this.write(line);
    return null;
  }
  tell(): number {
    this.check();
    return this.pos;
  }
  seek(offset: unknown, whence?: unknown): number {
    this.check();
    if (typeof offset !== "number" && typeof offset !== "boolean") throw new TypeError(`'${pyTypeName(offset)}' object cannot be interpreted as an integer`);
    const off = Number(offset);
    const w = whence === undefined || whence === null ? 0 : Number(whence);
    if (w === 0) {
      if (off < 0) this.negativeSeek(off);
      this.pos = off;
    } else if (w === 1) this.pos = Math.max(0, this.pos + off);
    else if (w === 2) this.pos = Math.max(0, this.size() + off);
    else throw new ValueError(`invalid whence (${w}, should be 0, 1 or 2)`);
    return this.pos;
  }
  /** `seek(-1)`: BytesIO's ValueError, a file's OSError. */
  protected abstract negativeSeek(offset: number): never;
  truncate(size?: unknown): number {
    this.check();
    if (!this.canWrite) throw new UnsupportedOperation("truncate");
    const n = size === undefined || size === null ? this.pos : Number(size);
    if (n < 0) throw new ValueError(`negative size value ${n}`);
    this.truncateTo(n);
    return n;
  }
  flush(): null {
    this.check();
    return null;
  }
  close(): null {
    this.isClosed = true;
    return null;
  }
  __enter__(): this {
    this.check();
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
  *[Symbol.iterator](): Iterator<PyBytes> {
    for (let line = this.readline(); line.length > 0; line = this.readline()) yield line;
  }
  __iter__(): this {
    this.check();
    return this;
  }
  __next__(): PyBytes {
    const line = this.readline();
    if (line.length === 0) throw new StopIteration();
    return line;
  }
}
