/**
 * A file opened in a binary mode (`rb`, `wb`, `ab`, `xb`, `r+b`, …): Python's
 * BufferedReader / BufferedWriter / BufferedRandom over a node:fs descriptor.
 * Reads and writes go straight to the file at the stream's position, so
 * what the program sees is always what the file holds.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs";
import { OSError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import { fromNodeError, fsCall, osError } from "../os/errors.js";
import { fspath } from "../os/fspath.js";
import { BinaryStream } from "./binary.js";
import { parseMode } from "./modes.js";

export class BufferedFile extends BinaryStream {
  static __module__ = "_io";
  readonly name: string;
  readonly mode: string;
  private fd: number;
  private readonly readable_: boolean;
  private readonly writable_: boolean;
  private readonly append: boolean;

  constructor(file: unknown, mode: string) {
    super();
    const path = fspath(file);
    const m = parseMode(mode);
    this.name = path;
    this.mode = mode;
    this.readable_ = m.kind === "r" || m.plus;
    this.writable_ = m.kind !== "r" || m.plus;
    this.append = m.kind === "a";
    const flags = { r: "r", w: "w", a: "a", x: "wx" }[m.kind] + (m.plus ? "+" : "");
    this.fd = fsCall(() => openSync(path, flags), path);
    if (fstatSync(this.fd).isDirectory()) {
      closeSync(this.fd);
      this.isClosed = true;
      throw osError("EISDIR", path);
    }
    if (this.append) this.pos = this.size();
    OPEN_FILES.add(this);
  }

  /** Python's class name for this mode. */
  private get kind(): string {
    return this.readable_ && this.writable_ ? "BufferedRandom" : this.readable_ ? "BufferedReader" : "BufferedWriter";
  }

  protected get canRead(): boolean {
    return this.readable_;
  }
  protected get canWrite(): boolean {
    return this.writable_;
  }
  protected size(): number {
    return fstatSync(this.fd).size;
  }
  protected readAt(at: number, n: number): Uint8Array {
    const out = new Uint8Array(Math.max(0, Math.min(n, this.size() - at)));
    let got = 0;
    while (got < out.length) {
      const r = this.io(() => readSync(this.fd, out, got, out.length - got, at + got));
      if (r === 0) break;
      got += r;
    }
    return got === out.length ? out : out.subarray(0, got);
  }
  protected writeAt(at: number, data: Uint8Array): number {
    // O_APPEND puts every write at the end, whatever the position says.
    const start = this.append ? this.size() : at;
    let done = 0;
    while (done < data.length) done += this.io(() => writeSync(this.fd, data, done, data.length - done, this.append ? null : start + done));
    return start + data.length;
  }
  protected truncateTo(n: number): void {
    this.io(() => ftruncateSync(this.fd, n));
  }
  protected negativeSeek(offset: number): never {
    void offset;
    throw new OSError(22, "Invalid argument");
  }
  private io<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw fromNodeError(err, this.name);
    }
  }

  fileno(): number {
    this.check();
    return this.fd;
  }

  override close(): null {
    if (this.isClosed) return null;
    closeSync(this.fd);
    this.isClosed = true;
    OPEN_FILES.delete(this);
    return null;
  }

  get [Symbol.for("tsyncio.pyTypeName")](): string {
    return this.kind;
  }

  __repr__(): string {
    return `<_io.${this.kind} name=${repr(this.name)}>`;
  }
}

/** Descriptors still open when the program ends are closed. */
const OPEN_FILES = new Set<BufferedFile>();
process.on("exit", () => {
  for (const f of OPEN_FILES) {
    try {
      f.close();
    } catch {
      // The program is ending; nothing can report this.
    }
  }
});
