/**
 * A text file opened with `open()` / `Path.open()`: Python's TextIOWrapper
 * over node:fs, UTF-8 unless told otherwise. Write-only modes write through
 * at once; reading modes hold the file's text and count positions as CPython
 * does for a plain UTF-8 file (tell() is a byte offset). Text is encoded and
 * decoded with the runtime's codecs (bytes/codecs.ts), so `encoding=` and
 * `errors=` behave as in CPython. Binary modes are binaryfile.ts.
 */
import { closeSync, fstatSync, openSync, readFileSync, writeSync, ftruncateSync } from "node:fs";
import { OSError, StopIteration, TypeError, ValueError } from "../../exceptions.js";
import { codecName, decodeBytes, encodeText } from "../../bytes/codecs.js";
import { parseMode } from "./modes.js";
import { typeName } from "../../builtins.js";
import { repr } from "../../repr.js";
import { fromNodeError, fsCall, osError } from "../os/errors.js";
import { fspath } from "../os/fspath.js";
import { bind } from "../params.js";

/**
 * `io.UnsupportedOperation`: CPython's derives from both OSError and
 * ValueError. JavaScript has one parent, so it extends OSError and
 * ValueError claims its instances (and, for issubclass, its prototype)
 * through `Symbol.hasInstance`, so `except ValueError` catches it.
 */
export class UnsupportedOperation extends OSError {
  static __module__ = "io";
}

const plainInstanceOf = Function.prototype[Symbol.hasInstance];
Object.defineProperty(ValueError, Symbol.hasInstance, {
  configurable: true,
  value(this: unknown, x: unknown): boolean {
    if (plainInstanceOf.call(this, x)) return true;
    return this === ValueError && (x === UnsupportedOperation.prototype || plainInstanceOf.call(UnsupportedOperation, x));
  },
});

export interface OpenOptions {
  encoding?: string | null;
  errors?: string | null;
  newline?: string | null;
}

export class TextIOWrapper {
  static __module__ = "_io";
  readonly name: string;
  readonly mode: string;
  readonly encoding: string;
  readonly errors: string;
  private readonly newline: string | null;
  private fd: number | null;
  private readonly readable_: boolean;
  private readonly writable_: boolean;
  private readonly append: boolean;
  /** The text, for modes that read; null for write-only modes. */
  private chars: string[] | null = null;
  private pos = 0;
  private dirty = false;

  constructor(file: unknown, mode: string = "r", opts: OpenOptions = {}) {
    const path = fspath(file);
    const m = parseMode(typeof mode === "string" ? mode : "r");
    if (m.binary) throw new ValueError("binary mode: use BufferedFile");
    if (opts.encoding !== undefined && opts.encoding !== null && typeof opts.encoding !== "string") throw new TypeError(`open() argument 'encoding' must be str or None, not ${typeName(opts.encoding)}`);
    if (opts.encoding) codecName(opts.encoding);
    this.encoding = opts.encoding ?? "UTF-8";
    this.errors = opts.errors ?? "strict";
    if (opts.newline !== undefined && opts.newline !== null && !["", "\n", "\r", "\r\n"].includes(opts.newline)) throw new ValueError(`illegal newline value: ${opts.newline}`);
    this.newline = opts.newline === undefined ? null : opts.newline;
    this.name = path;
    this.mode = mode;
    this.readable_ = m.kind === "r" || m.plus;
    this.writable_ = m.kind !== "r" || m.plus;
    this.append = m.kind === "a";
    const flags = { r: "r", w: "w", a: "a", x: "wx" }[m.kind] + (m.plus ? "+" : "");
    this.fd = fsCall(() => openSync(path, flags), path);
    if (fstatSync(this.fd).isDirectory()) {
      closeSync(this.fd);
      this.fd = null;
      throw osError("EISDIR", path);
    }
    if (this.readable_) {
      this.chars = [...this.decode(readFileSync(this.fd))];
      if (this.append) this.pos = this.chars.length;
    }
    OPEN_FILES.add(this);
  }

  private decode(data: Buffer): string {
    const text = decodeBytes(data, this.encoding, this.errors);
    return this.newline === null ? text.replace(/\r\n?/g, "\n") : text;
  }
  private encodeText(s: string): string {
    return this.newline && this.newline !== "\n" ? s.replace(/\n/g, this.newline) : s;
  }
  /** The bytes text becomes in the file: newlines translated, then encoded. */
  private bytesOf(s: string): Uint8Array {
    return encodeText(this.encodeText(s), this.encoding, this.errors);
  }
  private check(): number {
    if (this.fd === null) throw new ValueError("I/O operation on closed file.");
    return this.fd;
  }
  private needRead(): string[] {
    this.check();
    if (!this.readable_ || !this.chars) throw new UnsupportedOperation("not readable");
    return this.chars;
  }

  get closed(): boolean {
    return this.fd === null;
  }
  readable(): boolean {
    this.check();
    return this.readable_;
  }
  writable(): boolean {
    this.check();
    return this.writable_;
  }
  seekable(): boolean {
    this.check();
    return true;
  }
  isatty(): boolean {
    this.check();
    return false;
  }
  fileno(): number {
    return this.check();
  }

  write(s: unknown): number {
    const fd = this.check();
    if (!this.writable_) throw new UnsupportedOperation("not writable");
    if (typeof s !== "string") throw new TypeError(`write() argument must be str, not ${typeName(s)}`);
    if (this.chars) {
      const text = [...s];
      if (this.append) this.pos = this.chars.length;
      this.chars.splice(this.pos, text.length, ...text);
      this.pos += text.length;
      this.dirty = true;
    } else {
      try {
        writeSync(fd, this.bytesOf(s));
      } catch (err) {
        throw fromNodeError(err, this.name);
      }
    }
    return [...s].length;
  }
  writelines(lines: Iterable<unknown>): void {
    for (const line of lines) this.write(line);
  }
  read(size?: number | null): string {
    const chars = this.needRead();
    const end = size === undefined || size === null || size < 0 ? chars.length : Math.min(chars.length, this.pos + size);
    const out = chars.slice(this.pos, end).join("");
    this.pos = Math.max(this.pos, end);
    return out;
  }
  readline(size?: number | null): string {
    const chars = this.needRead();
    const limit = size === undefined || size === null || size < 0 ? Infinity : this.pos + size;
    let end = this.pos;
    while (end < chars.length && end < limit) if (chars[end++] === "\n") break;
    const out = chars.slice(this.pos, end).join("");
    this.pos = Math.max(this.pos, end);
    return out;
  }
  readlines(hint?: number | null): string[] {
    const out: string[] = [];
    let total = 0;
    for (let line = this.readline(); line; line = this.readline()) {
      out.push(line);
      total += [...line].length;
      if (hint !== undefined && hint !== null && hint > 0 && total >= hint) break;
    }
    return out;
  }
  /** A byte offset, as CPython's tell() gives for a plain UTF-8 file. */
  tell(): number {
    const fd = this.check();
    if (!this.chars) return fstatSync(fd).size;
    return this.bytesOf(this.chars.slice(0, this.pos).join("")).length;
  }
  seek(offset: number, whence?: number): number {
    const fd = this.check();
    const w = whence ?? 0;
    if (w === 1 && offset !== 0) throw new UnsupportedOperation("can't do nonzero cur-relative seeks");
    if (w === 2 && offset !== 0) throw new UnsupportedOperation("can't do nonzero end-relative seeks");
    if (w === 0 && offset < 0) throw new ValueError(`negative seek position ${offset}`);
    if (!this.chars) return w === 1 || w === 2 ? fstatSync(fd).size : offset;
    if (w === 2) this.pos = this.chars.length;
    else if (w === 0) {
      // Back from a byte offset to a character position.
      let bytes = 0;
      let i = 0;
      while (i < this.chars.length && bytes < offset) bytes += this.bytesOf(this.chars[i++]!).length;
      this.pos = i;
    }
    return this.tell();
  }
  truncate(size?: number | null): number {
    const fd = this.check();
    if (!this.writable_) throw new UnsupportedOperation("File not open for writing");
    if (this.chars) {
      const n = size === undefined || size === null ? this.pos : size;
      this.chars.length = Math.min(this.chars.length, n);
      this.dirty = true;
      return n;
    }
    const n = size ?? fstatSync(fd).size;
    ftruncateSync(fd, n);
    return n;
  }
  flush(): void {
    const fd = this.check();
    if (this.chars && this.dirty) {
      ftruncateSync(fd, 0);
      writeSync(fd, this.bytesOf(this.chars.join("")), 0, undefined, 0);
      this.dirty = false;
    }
  }
  close(): void {
    if (this.fd === null) return;
    this.flush();
    closeSync(this.fd);
    this.fd = null;
    OPEN_FILES.delete(this);
  }
  __enter__(): this {
    this.check();
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let line = this.readline(); line; line = this.readline()) yield line;
  }
  __next__(): string {
    const line = this.readline();
    if (!line) throw new StopIteration();
    return line;
  }
  __repr__(): string {
    return `<_io.TextIOWrapper name=${repr(this.name)} mode=${repr(this.mode)} encoding=${repr(this.encoding)}>`;
  }
}

/** Files still open when the program ends are flushed, as CPython flushes them. */
const OPEN_FILES = new Set<TextIOWrapper>();
process.on("exit", () => {
  for (const f of OPEN_FILES) {
    try {
      f.close();
    } catch {
      // The program is ending; nothing can report this.
    }
  }
});

/**
 * `open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
 * closefd=True, opener=None)` for text modes (open.ts's `openFile` takes both).
 */
export function openText(...args: unknown[]): TextIOWrapper {
  const [file, mode, , encoding, errors, newline] = bind("open", args, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
  if (mode !== undefined && typeof mode !== "string") throw new TypeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  return new TextIOWrapper(file, mode ?? "r", { encoding: encoding as string | null, errors: errors as string | null, newline: newline as string | null });
}
