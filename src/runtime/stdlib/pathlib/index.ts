/**
 * Python's `pathlib`: PurePath arithmetic (pure.ts) plus `Path`, which
 * touches the file system through node:fs with CPython's exceptions.
 * Methods bind keywords at run time (a call on a value of unknown class
 * passes them as a trailing object; see ../params.ts).
 */
import { chmodSync, lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmdirSync, statSync, symlinkSync, linkSync, unlinkSync, utimesSync, closeSync, openSync, type Stats } from "node:fs";
import * as nodeOs from "node:os";
import { NotImplementedError, TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { bind, flag } from "../params.js";
import { fsCall, osError } from "../os/errors.js";
import { listNames } from "../os/listing.js";
import { osPath } from "../os/path.js";
import { statPath, type stat_result } from "../os/stat.js";
import { patternRegExp } from "../fnmatch.js";
import { TextIOWrapper } from "../io/textfile.js";
import { BufferedFile } from "../io/binaryfile.js";
import { openPath } from "../io/open.js";
import { PyBytes } from "../../bytes/type.js";
import { asBuffer } from "../../bytes/buffer.js";
import { PathParents, PurePath, PurePosixPath, parseArgs } from "./pure.js";

function statOrNull(p: string, follow = true): Stats | null {
  try {
    return follow ? statSync(p) : lstatSync(p);
  } catch {
    return null;
  }
}

/** `pathlib.Path`: a PosixPath on this platform. */
export class Path extends PurePath {
  constructor(...args: unknown[]) {
    super(...args);
    if (new.target === Path) Object.setPrototypeOf(this, PosixPath.prototype);
  }

  static cwd(): Path {
    return new PosixPath(process.cwd());
  }
  static home(): Path {
    return new PosixPath(process.env.HOME ?? nodeOs.homedir());
  }

  private get path(): string {
    return this.toString();
  }
  stat(...args: unknown[]): stat_result {
    const [follow] = bind("stat", args, ["follow_symlinks"], 0, 0);
    return statPath(this.path, flag(follow, true));
  }
  lstat(): stat_result {
    return statPath(this.path, false);
  }
  exists(): boolean {
    return statOrNull(this.path) !== null;
  }
  is_dir(): boolean {
    return statOrNull(this.path)?.isDirectory() ?? false;
  }
  is_file(): boolean {
    return statOrNull(this.path)?.isFile() ?? false;
  }
  is_symlink(): boolean {
    return statOrNull(this.path, false)?.isSymbolicLink() ?? false;
  }
  is_fifo(): boolean {
    return statOrNull(this.path)?.isFIFO() ?? false;
  }
  is_socket(): boolean {
    return statOrNull(this.path)?.isSocket() ?? false;
  }
  is_block_device(): boolean {
    return statOrNull(this.path)?.isBlockDevice() ?? false;
  }
  is_char_device(): boolean {
    return statOrNull(this.path)?.isCharacterDevice() ?? false;
  }
  is_mount(): boolean {
    return osPath.ismount(this.path);
  }
  samefile(other: unknown): boolean {
    return osPath.samefile(this.path, other instanceof PurePath ? other.toString() : other);
  }

  /** The directory's entries as paths, in the order the directory lists them. */
  *iterdir(): Generator<this> {
    const names = listNames(this.path);
    for (const name of names) yield this.joinpath(name);
  }
  /** `glob(pattern)`: like glob.glob relative to this directory, but `*` also matches hidden names. */
  *glob(pattern: string): Generator<this> {
    if (typeof pattern !== "string") throw new TypeError(`expected str, not ${typeName(pattern)}`);
    const pat = parseArgs([pattern]);
    if (pat.parts.length === 0) throw new ValueError(`Unacceptable pattern: ${JSON.stringify(pattern).replace(/^"|"$/g, "'")}`);
    if (pat.root) throw new NotImplementedError("Non-relative patterns are unsupported");
    const parts = [...pat.parts];
    if (pattern.endsWith("/")) parts.push("");
    yield* this.select(this, parts, new Set());
  }
  *rglob(pattern: string): Generator<this> {
    const pat = parseArgs([pattern]);
    if (pat.root) throw new NotImplementedError("Non-relative patterns are unsupported");
    yield* this.glob(["**", ...pat.parts].join("/") + (pattern.endsWith("/") ? "/" : ""));
  }
  private *select(dir: this, parts: string[], seen: Set<string>): Generator<this> {
    if (parts.length === 0) {
      yield dir;
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (head === "") {
      if (dir.is_dir()) yield dir;
      return;
    }
    if (head === "**") {
      // `**` is this directory and every directory below it; each result once.
      for (const d of this.walkDirs(dir)) {
        for (const p of rest.length === 0 ? [d] : this.select(d, rest, new Set())) {
          const key = p.toString();
          if (seen.has(key)) continue;
          seen.add(key);
          yield p;
        }
      }
      return;
    }
    if (!/[*?[]/.test(head)) {
      const child = dir.joinpath(head);
      if (rest.length === 0 ? child.exists() : child.is_dir()) yield* this.select(child, rest, seen);
      return;
    }
    const re = patternRegExp(head);
    let entries: string[];
    try {
      entries = listNames(dir.toString() || ".");
    } catch {
      return;
    }
    for (const name of entries) {
      if (!re.test(name)) continue;
      const child = dir.joinpath(name);
      if (rest.length > 0 && !child.is_dir()) continue;
      yield* this.select(child, rest, seen);
    }
  }
  private *walkDirs(dir: this): Generator<this> {
    yield dir;
    let entries: string[];
    try {
      entries = listNames(dir.toString());
    } catch {
      return;
    }
    for (const name of entries) {
      const child = dir.joinpath(name);
      if (child.is_dir() && !child.is_symlink()) yield* this.walkDirs(child);
    }
  }

  absolute(): this {
    if (this.is_absolute()) return this;
    return this.make("/", parseArgs([process.cwd(), this]).parts);
  }
  resolve(...args: unknown[]): this {
    const [strict] = bind("resolve", args, ["strict"]);
    const resolved = flag(strict, false) ? fsCall(() => realpathSync(this.path), this.path) : osPath.realpath(this.path);
    return this.make("/", parseArgs([resolved]).parts);
  }
  expanduser(): this {
    const p = osPath.expanduser(this.path);
    const parsed = parseArgs([p]);
    return this.make(parsed.root, parsed.parts);
  }
  readlink(): this {
    const target = fsCall(() => readlinkSync(this.path), this.path);
    const parsed = parseArgs([target]);
    return this.make(parsed.root, parsed.parts);
  }
  owner(): string {
    return nodeOs.userInfo().username;
  }

  open(...args: unknown[]): TextIOWrapper | BufferedFile {
    const [mode, , encoding, errors, newline] = bind("open", args, ["mode", "buffering", "encoding", "errors", "newline"]);
    return openPath(this.path, (mode as string | undefined) ?? "r", { encoding, errors, newline });
  }
  read_text(...args: unknown[]): string {
    const [encoding, errors] = bind("read_text", args, ["encoding", "errors"]);
    const f = new TextIOWrapper(this.path, "r", { encoding: encoding as string | null, errors: errors as string | null });
    try {
      return f.read();
    } finally {
      f.close();
    }
  }
  write_text(...args: unknown[]): number {
    const [data, encoding, errors, newline] = bind("write_text", args, ["data", "encoding", "errors", "newline"], 1);
    if (typeof data !== "string") throw new TypeError(`data must be str, not ${typeName(data)}`);
    const f = new TextIOWrapper(this.path, "w", { encoding: encoding as string | null, errors: errors as string | null, newline: newline as string | null });
    try {
      return f.write(data);
    } finally {
      f.close();
    }
  }
  read_bytes(): PyBytes {
    const f = new BufferedFile(this.path, "rb");
    try {
      return f.read();
    } finally {
      f.close();
    }
  }
  write_bytes(data: unknown): number {
    // CPython takes a memoryview of the data first: a str is refused before the file is touched.
    const view = asBuffer(data);
    if (view === null) throw new TypeError(`memoryview: a bytes-like object is required, not '${typeName(data)}'`);
    const bytes = view.slice();
    const f = new BufferedFile(this.path, "wb");
    try {
      return f.write(bytes);
    } finally {
      f.close();
    }
  }

  touch(...args: unknown[]): void {
    const [mode, existOk] = bind("touch", args, ["mode", "exist_ok"]);
    const p = this.path;
    if (statOrNull(p)) {
      if (!flag(existOk, true)) throw osError("EEXIST", p);
      const now = Date.now() / 1000;
      fsCall(() => utimesSync(p, now, now), p);
      return;
    }
    closeSync(fsCall(() => openSync(p, "a", (mode as number | undefined) ?? 0o666), p));
  }
  mkdir(...args: unknown[]): void {
    const [mode, parents, existOk] = bind("mkdir", args, ["mode", "parents", "exist_ok"]);
    const p = this.path;
    const m = (mode as number | undefined) ?? 0o777;
    try {
      fsCall(() => mkdirSync(p, { mode: m }), p);
    } catch (e) {
      const code = (e as { errno?: unknown }).errno;
      if (code === 2 && flag(parents, false) && this.parent.toString() !== p) {
        (this.parent as Path).mkdir({ parents: true, exist_ok: true });
        (this as Path).mkdir({ mode: m, parents: false, exist_ok: existOk });
        return;
      }
      if (code === 17 && flag(existOk, false) && this.is_dir()) return;
      throw e;
    }
  }
  chmod(mode: number): void {
    fsCall(() => chmodSync(this.path, mode), this.path);
  }
  unlink(...args: unknown[]): void {
    const [missingOk] = bind("unlink", args, ["missing_ok"]);
    try {
      fsCall(() => unlinkSync(this.path), this.path);
    } catch (e) {
      if (!(flag(missingOk, false) && (e as { errno?: unknown }).errno === 2)) throw e;
    }
  }
  rmdir(): void {
    fsCall(() => rmdirSync(this.path), this.path);
  }
  rename(target: unknown): Path {
    const to = new PosixPath(target);
    fsCall(() => renameSync(this.path, to.toString()), this.path, to.toString());
    return to;
  }
  replace(target: unknown): Path {
    return this.rename(target);
  }
  symlink_to(target: unknown): void {
    const to = new PosixPath(target).toString();
    fsCall(() => symlinkSync(to, this.path), to, this.path);
  }
  hardlink_to(target: unknown): void {
    const to = new PosixPath(target).toString();
    fsCall(() => linkSync(to, this.path), to, this.path);
  }
}

/** `pathlib.PosixPath`. */
export class PosixPath extends Path {}

/** Python's `pathlib` module (POSIX flavour; the Windows classes are not translated). */
export const pathlib = {
  PurePath,
  PurePosixPath,
  Path,
  PosixPath,
};

export type { PathParents };
