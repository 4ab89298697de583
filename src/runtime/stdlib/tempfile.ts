/**
 * Python's `tempfile`: temporary directories and named text files under
 * the system's temporary directory, with CPython's naming (prefix "tmp",
 * eight random characters, suffix) and clean-up rules.
 */
import { closeSync, mkdirSync, openSync, rmSync, unlinkSync } from "node:fs";
import * as nodeOs from "node:os";
import { FileExistsError } from "../exceptions.js";
import { repr } from "../repr.js";
import { bind, flag } from "./params.js";
import { fsCall } from "./os/errors.js";
import { fspath } from "./os/fspath.js";
import { osPath } from "./os/path.js";
import { TextIOWrapper } from "./io/textfile.js";
import { BufferedFile } from "./io/binaryfile.js";
import { openPath } from "./io/open.js";
import { PyBytes } from "../bytes/type.js";

const CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";

function randomName(): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += CHARS[Math.floor(Math.random() * CHARS.length)];
  return s;
}

function gettempdir(): string {
  if (tempfile.tempdir === null) {
    const env = process.env.TMPDIR || process.env.TEMP || process.env.TMP;
    tempfile.tempdir = osPath.abspath(env && osPath.isdir(env) ? env : nodeOs.tmpdir());
  }
  return tempfile.tempdir;
}

/** A new unique name in `dir`, created by `create`; retried on a clash as CPython does. */
function makeUnique<T>(suffix: unknown, prefix: unknown, dir: unknown, create: (path: string) => T): [string, T] {
  const d = dir === undefined || dir === null ? gettempdir() : fspath(dir);
  const pre = prefix === undefined || prefix === null ? "tmp" : String(prefix);
  const suf = suffix === undefined || suffix === null ? "" : String(suffix);
  for (let attempt = 0; ; attempt++) {
    const path = osPath.join(d, pre + randomName() + suf);
    try {
      return [osPath.abspath(path), fsCall(() => create(path), path)];
    } catch (e) {
      if (!(e instanceof FileExistsError) || attempt > 100) throw e;
    }
  }
}

function mkdtemp(suffix?: string | null, prefix?: string | null, dir?: unknown): string {
  return makeUnique(suffix, prefix, dir, (p) => mkdirSync(p, { mode: 0o700 }))[0];
}

function mkstemp(suffix?: string | null, prefix?: string | null, dir?: unknown, _text?: boolean): readonly [number, string] {
  const [path, fd] = makeUnique(suffix, prefix, dir, (p) => openSync(p, "wx+", 0o600));
  return Object.freeze([fd, path] as [number, string]);
}

/** `TemporaryDirectory(suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False)` */
class TemporaryDirectory {
  static __module__ = "tempfile";
  readonly name: string;
  private done = false;
  private readonly ignoreErrors: boolean;
  constructor(...args: unknown[]) {
    const [suffix, prefix, dir, ignore] = bind("TemporaryDirectory", args, ["suffix", "prefix", "dir", "ignore_cleanup_errors"]);
    this.name = mkdtemp(suffix as string, prefix as string, dir);
    this.ignoreErrors = flag(ignore, false);
    LIVE_DIRS.add(this);
  }
  cleanup(): void {
    if (this.done) return;
    this.done = true;
    LIVE_DIRS.delete(this);
    try {
      rmSync(this.name, { recursive: true, force: true });
    } catch (e) {
      if (!this.ignoreErrors) throw e;
    }
  }
  __enter__(): string {
    return this.name;
  }
  __exit__(): boolean {
    this.cleanup();
    return false;
  }
  __repr__(): string {
    return `<TemporaryDirectory ${repr(this.name)}>`;
  }
}

/** Like CPython's finalizers: a TemporaryDirectory never cleaned up goes when the program ends. */
const LIVE_DIRS = new Set<TemporaryDirectory>();
process.on("exit", () => {
  for (const d of LIVE_DIRS) {
    try {
      d.cleanup();
    } catch {
      // The program is ending; nothing can report this.
    }
  }
});

/** What NamedTemporaryFile returns: the open file, its name, deleted on close. */
class _TemporaryFileWrapper {
  static __module__ = "tempfile";
  constructor(
    readonly file: TextIOWrapper | BufferedFile,
    readonly name: string,
    readonly delete_: boolean,
  ) {}
  get closed(): boolean {
    return this.file.closed;
  }
  close(): void {
    if (this.file.closed) return;
    this.file.close();
    if (this.delete_) {
      try {
        unlinkSync(this.name);
      } catch {
        // Already gone: CPython ignores that too.
      }
    }
  }
  write(s: unknown): number {
    return this.file.write(s);
  }
  writelines(lines: Iterable<unknown>): void {
    this.file.writelines(lines);
  }
  read(size?: number | null): string | PyBytes {
    return this.file.read(size);
  }
  readline(size?: number | null): string | PyBytes {
    return this.file.readline(size);
  }
  readlines(hint?: number | null): (string | PyBytes)[] {
    return this.file.readlines(hint);
  }
  seek(offset: number, whence?: number): number {
    return this.file.seek(offset, whence);
  }
  tell(): number {
    return this.file.tell();
  }
  flush(): void {
    this.file.flush();
  }
  [Symbol.iterator](): Iterator<string | PyBytes> {
    return this.file[Symbol.iterator]();
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
  __repr__(): string {
    return "<tempfile._TemporaryFileWrapper object>";
  }
}

/**
 * `NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
 * suffix=None, prefix=None, dir=None, delete=True, *, errors=None)`.
 */
function NamedTemporaryFile(mode?: string, _buffering?: number, encoding?: string | null, newline?: string | null, suffix?: string | null, prefix?: string | null, dir?: unknown, del?: boolean, opts?: { errors?: string | null }): _TemporaryFileWrapper {
  const m = mode ?? "w+b";
  const [path, fd] = makeUnique(suffix, prefix, dir, (p) => openSync(p, "wx", 0o600));
  closeSync(fd);
  try {
    const file = openPath(path, m.replace(/^x/, "w"), { encoding, newline, errors: opts?.errors });
    return new _TemporaryFileWrapper(file, path, flag(del, true));
  } catch (e) {
    unlinkSync(path);
    throw e;
  }
}

/**
 * `TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
 * suffix=None, prefix=None, dir=None, *, errors=None)`: a file with no name
 * left on disk (removed at once, as CPython does on POSIX).
 */
function TemporaryFile(mode?: string, _buffering?: number, encoding?: string | null, newline?: string | null, suffix?: string | null, prefix?: string | null, dir?: unknown, opts?: { errors?: string | null }): TextIOWrapper | BufferedFile {
  const [path, fd] = makeUnique(suffix, prefix, dir, (p) => openSync(p, "wx", 0o600));
  closeSync(fd);
  try {
    return openPath(path, (mode ?? "w+b").replace(/^x/, "w"), { encoding, newline, errors: opts?.errors });
  } finally {
    unlinkSync(path);
  }
}

/** Python's `tempfile` module. */
export const tempfile = {
  tempdir: null as string | null,
  template: "tmp",
  gettempdir,
  gettempprefix(): string {
    return "tmp";
  },
  mkdtemp,
  mkstemp,
  TemporaryDirectory,
  NamedTemporaryFile,
  TemporaryFile,
};
