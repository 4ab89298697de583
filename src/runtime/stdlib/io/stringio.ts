/**
 * `io.StringIO`: an in-memory text stream. Positions count code points, as
 * Python's str does; the default newline ("\n") translates nothing, and
 * `newline=None` reads "\r\n" and "\r" as "\n", as CPython does.
 */
import { OSError, StopIteration, TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { bind } from "../params.js";

export class StringIO {
  static __module__ = "_io";
  private chars: string[] = [];
  private pos = 0;
  private readonly translate: boolean;
  private isClosed = false;

  constructor(...args: unknown[]) {
    const [initial, newline] = bind("StringIO", args, ["initial_value", "newline"]);
    if (newline !== undefined && newline !== null && !["", "\n", "\r", "\r\n"].includes(newline as string)) {
      throw new ValueError(`illegal newline value: ${String(newline)}`);
    }
    this.translate = newline === null;
    if (initial !== undefined && initial !== null) {
      if (typeof initial !== "string") throw new TypeError(`initial_value must be str or None, not ${typeName(initial)}`);
      this.chars = [...this.newlines(initial)];
    }
  }

  private newlines(s: string): string {
    return this.translate ? s.replace(/\r\n?/g, "\n") : s;
  }
  private check(): void {
    if (this.isClosed) throw new ValueError("I/O operation on closed file");
  }
  get closed(): boolean {
    return this.isClosed;
  }
  readable(): boolean {
    this.check();
    return true;
  }
  writable(): boolean {
    this.check();
    return true;
  }
  seekable(): boolean {
    this.check();
    return true;
  }
  isatty(): boolean {
    this.check();
    return false;
  }

  write(s: unknown): number {
    this.check();
    if (typeof s !== "string") throw new TypeError(`string argument expected, got '${typeName(s)}'`);
    const text = [...this.newlines(s)];
    while (this.chars.length < this.pos) this.chars.push("\0");
    this.chars.splice(this.pos, text.length, ...text);
    this.pos += text.length;
    return [...s].length;
  }
  writelines(lines: Iterable<unknown>): void {
    for (const line of lines) this.write(line);
  }
  getvalue(): string {
    this.check();
    return this.chars.join("");
  }
  read(size?: number | null): string {
    this.check();
    const end = size === undefined || size === null || size < 0 ? this.chars.length : Math.min(this.chars.length, this.pos + size);
    const out = this.pos < end ? this.chars.slice(this.pos, end).join("") : "";
    this.pos = Math.max(this.pos, end);
    return out;
  }
  readline(size?: number | null): string {
    this.check();
    let end = this.pos;
    const limit = size === undefined || size === null || size < 0 ? Infinity : this.pos + size;
    while (end < this.chars.length && end < limit) {
      if (this.chars[end++] === "\n") break;
    }
    const out = this.chars.slice(this.pos, end).join("");
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
  tell(): number {
    this.check();
    return this.pos;
  }
  seek(pos: number, whence?: number): number {
    this.check();
    const w = whence ?? 0;
    if (w === 0) {
      if (pos < 0) throw new ValueError(`Negative seek position ${pos}`);
      this.pos = pos;
    } else if (w === 1 || w === 2) {
      if (pos !== 0) throw new OSError(w === 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
      if (w === 2) this.pos = this.chars.length;
    } else throw new ValueError(`Invalid whence (${w}, should be 0, 1 or 2)`);
    return this.pos;
  }
  truncate(size?: number | null): number {
    this.check();
    const n = size === undefined || size === null ? this.pos : size;
    if (n < 0) throw new ValueError(`Negative size value ${n}`);
    this.chars.length = Math.min(this.chars.length, n);
    return n;
  }
  flush(): void {
    this.check();
  }
  close(): void {
    this.isClosed = true;
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
    return "<_io.StringIO object>";
  }
}
