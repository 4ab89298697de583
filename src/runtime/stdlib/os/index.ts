/**
 * Python's `os` on node:fs and node:os (POSIX): the environment, the process,
 * directories and files. Failures raise CPython's OSError subclasses with its
 * errno numbers and messages (see errors.ts).
 */
import { cancelExitHooks } from "../../exit-hooks.js";
import {
  accessSync,
  chmodSync,
  constants as fsConstants,
  linkSync,
  mkdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  utimesSync,
  type Dirent,
} from "node:fs";
import { spawnSync } from "node:child_process";
import * as nodeOs from "node:os";
import { OSError, TypeError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { repr } from "../../repr.js";
import { tup } from "../args.js";
import { flag } from "../params.js";
import { fromNodeError, fsCall, osError, strerror } from "./errors.js";
import { fspath, pathArg, type StrPath } from "./fspath.js";
import { listEntries, listNames } from "./listing.js";
import { osPath, PATH_CONSTANTS } from "./path.js";
import { DirEntry, stat_result, statPath } from "./stat.js";

/** `os.environ`: a dict that writes through to the process environment. */
class Environ extends Map<string, string> {
  constructor() {
    super();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) super.set(k, v);
  }
  override set(k: string, v: string): this {
    if (typeof k !== "string" || typeof v !== "string") throw new TypeError(`str expected, not ${typeName(typeof k !== "string" ? k : v)}`);
    process.env[k] = v;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    delete process.env[k];
    return super.delete(k);
  }
}

const environ = new Environ();

function direntKind(d: Dirent): "dir" | "file" | "symlink" | "other" {
  return d.isSymbolicLink() ? "symlink" : d.isDirectory() ? "dir" : d.isFile() ? "file" : "other";
}

/** `os.scandir()`'s iterator: iterable once, and a context manager. */
class ScandirIterator implements Iterable<DirEntry> {
  private readonly entries: DirEntry[];
  private closed = false;
  constructor(dir: string) {
    const list = listEntries(dir);
    this.entries = list.map((d) => new DirEntry(dir, d.name, direntKind(d)));
  }
  *[Symbol.iterator](): Iterator<DirEntry> {
    while (!this.closed && this.entries.length > 0) yield this.entries.shift()!;
  }
  close(): void {
    this.closed = true;
  }
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    this.close();
    return false;
  }
}

/** `os.walk(top, topdown=True, onerror=None, followlinks=False)`. */
function* walk(top: StrPath, topdown?: boolean, onerror?: ((e: unknown) => unknown) | null, followlinks?: boolean): Generator<readonly [string, string[], string[]]> {
  const root = fspath(top);
  let entries: Dirent[];
  try {
    entries = listEntries(root);
  } catch (err) {
    if (onerror) onerror(fromNodeError(err, root));
    return;
  }
  const dirs: string[] = [];
  const files: string[] = [];
  for (const d of entries) {
    const full = osPath.join(root, d.name);
    const isDir = d.isDirectory() || (d.isSymbolicLink() && osPath.isdir(full));
    (isDir ? dirs : files).push(d.name);
  }
  const down = flag(topdown, true);
  if (down) yield tup(root, dirs, files);
  // Top-down, the caller may prune `dirs` in place before we descend.
  for (const name of dirs) {
    const full = osPath.join(root, name);
    if (flag(followlinks, false) || !osPath.islink(full)) yield* walk(full, down, onerror, followlinks);
  }
  if (!down) yield tup(root, dirs, files);
}

const mode = (m: number | undefined, dflt: number): number => (m === undefined ? dflt : m);

/** A structseq: a tuple with named fields, printed as `module.name(field=value, ...)`. */
function structseq<const K extends string, V>(qualname: string, names: K[], values: V[]): readonly V[] & Readonly<Record<K, V>> {
  const t: V[] = [...values];
  names.forEach((n, i) => Object.defineProperty(t, n, { value: values[i], enumerable: false }));
  const text = (): string => `${qualname}(${names.map((n, i) => `${n}=${repr(values[i])}`).join(", ")})`;
  Object.defineProperty(t, "__repr__", { value: text, enumerable: false });
  Object.defineProperty(t, "__str__", { value: text, enumerable: false });
  return Object.freeze(t) as readonly V[] & Readonly<Record<K, V>>;
}

/** `os.get_terminal_size(fd=1)`: raises ENOTTY (errno 25) when the fd is not a terminal. */
function get_terminal_size(fd?: number): readonly number[] & { readonly columns: number; readonly lines: number } {
  const stream = (fd ?? 1) === 2 ? process.stderr : process.stdout;
  if (!stream.isTTY) throw new OSError(25, "Inappropriate ioctl for device");
  return structseq("os.terminal_size", ["columns", "lines"], [stream.columns, stream.rows]);
}

/** Python's `os` module (POSIX). */
export const os = {
  name: "posix",
  ...PATH_CONSTANTS,
  linesep: "\n",
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  SEEK_SET: 0,
  SEEK_CUR: 1,
  SEEK_END: 2,
  environ: environ as Map<string, string>,
  path: osPath,
  error: OSError,
  stat_result,
  DirEntry,
  fspath,
  strerror,
  /** `os.getenv(key, default=None)` */
  getenv<D = null>(key: string, dflt?: D): string | D | null {
    if (typeof key !== "string") throw new TypeError(`str expected, not ${typeName(key)}`);
    const v = process.env[key];
    return v === undefined ? (dflt === undefined ? null : dflt) : v;
  },
  putenv(key: string, value: string): void {
    process.env[key] = value;
  },
  unsetenv(key: string): void {
    delete process.env[key];
  },
  getcwd(): string {
    return process.cwd();
  },
  chdir(path: StrPath): void {
    const p = pathArg("chdir", "path", path);
    fsCall(() => process.chdir(p), p);
  },
  getpid(): number {
    return process.pid;
  },
  /** Ends at once, without cleanup (atexit's callbacks do not run); in a worker "process" (multiprocessing) it ends that worker only, as a child process's would. */
  _exit(status: number): never {
    cancelExitHooks();
    process.exit(status);
  },
  getppid(): number {
    return process.ppid;
  },
  getuid(): number {
    return process.getuid?.() ?? 0;
  },
  geteuid(): number {
    return process.geteuid?.() ?? 0;
  },
  getgid(): number {
    return process.getgid?.() ?? 0;
  },
  getegid(): number {
    return process.getegid?.() ?? 0;
  },
  getlogin(): string {
    return nodeOs.userInfo().username;
  },
  cpu_count(): number | null {
    return nodeOs.cpus().length || null;
  },
  getloadavg(): readonly [number, number, number] {
    const [a, b, c] = nodeOs.loadavg();
    return tup(a!, b!, c!);
  },
  get_terminal_size,
  /** `os.system(command)`: runs it with /bin/sh; the result is the wait status (exit code << 8). */
  system(command: string): number {
    const r = spawnSync("/bin/sh", ["-c", command], { stdio: "inherit" });
    if (r.error) return 127 << 8;
    if (r.signal) return nodeOs.constants.signals[r.signal] ?? 1;
    return ((r.status ?? 0) & 0xff) << 8;
  },
  kill(pid: number, sig: number): void {
    try {
      process.kill(Number(pid), Number(sig)); // signal.SIGTERM is an IntEnum member
    } catch (err) {
      throw fromNodeError(err);
    }
  },
  getgroups(): number[] {
    return process.getgroups?.() ?? [];
  },
  umask(mask: number): number {
    return process.umask(mask);
  },
  uname(): readonly string[] & Readonly<Record<"sysname" | "nodename" | "release" | "version" | "machine", string>> {
    return structseq("posix.uname_result", ["sysname", "nodename", "release", "version", "machine"], [nodeOs.type(), nodeOs.hostname(), nodeOs.release(), nodeOs.version(), nodeOs.machine()]);
  },
  listdir(path: StrPath = "."): string[] {
    const p = pathArg("listdir", "path", path ?? ".");
    return listNames(p);
  },
  scandir(path: StrPath = "."): ScandirIterator {
    return new ScandirIterator(pathArg("scandir", "path", path ?? "."));
  },
  walk,
  mkdir(path: StrPath, m?: number): void {
    const p = pathArg("mkdir", "path", path);
    fsCall(() => mkdirSync(p, { mode: mode(m, 0o777) }), p);
  },
  /** `os.makedirs(name, mode=0o777, exist_ok=False)` */
  makedirs(name: StrPath, m?: number, exist_ok?: boolean): void {
    const p = pathArg("makedirs", "path", name);
    if (osPath.exists(p) || osPath.islink(p)) {
      if (!flag(exist_ok, false) || !osPath.isdir(p)) throw osError("EEXIST", p);
      return;
    }
    const head = osPath.dirname(p.replace(/\/+$/, ""));
    if (head && !osPath.exists(head)) os.makedirs(head, m, true);
    try {
      fsCall(() => mkdirSync(p, { mode: mode(m, 0o777) }), p);
    } catch (e) {
      if (!(flag(exist_ok, false) && osPath.isdir(p))) throw e;
    }
  },
  remove(path: StrPath): void {
    const p = pathArg("remove", "path", path);
    fsCall(() => unlinkSync(p), p);
  },
  unlink(path: StrPath): void {
    const p = pathArg("unlink", "path", path);
    fsCall(() => unlinkSync(p), p);
  },
  rmdir(path: StrPath): void {
    const p = pathArg("rmdir", "path", path);
    fsCall(() => rmdirSync(p), p);
  },
  /** `os.removedirs(name)`: the leaf, then each empty parent until one fails. */
  removedirs(name: StrPath): void {
    let p = pathArg("removedirs", "path", name);
    os.rmdir(p);
    let [head, tail] = osPath.split(p);
    if (!tail) [head, tail] = osPath.split(head);
    while (head && tail) {
      try {
        rmdirSync(head);
      } catch {
        break;
      }
      p = head;
      [head, tail] = osPath.split(head);
    }
  },
  rename(src: StrPath, dst: StrPath): void {
    const a = pathArg("rename", "src", src);
    const b = pathArg("rename", "dst", dst);
    fsCall(() => renameSync(a, b), a, b);
  },
  replace(src: StrPath, dst: StrPath): void {
    const a = pathArg("replace", "src", src);
    const b = pathArg("replace", "dst", dst);
    fsCall(() => renameSync(a, b), a, b);
  },
  stat(path: StrPath, opts?: { follow_symlinks?: boolean }): stat_result {
    const p = pathArg("stat", "path", path);
    return statPath(p, opts?.follow_symlinks !== false);
  },
  lstat(path: StrPath): stat_result {
    return statPath(pathArg("lstat", "path", path), false);
  },
  access(path: StrPath, m: number): boolean {
    const p = pathArg("access", "path", path);
    try {
      accessSync(p, m === 0 ? fsConstants.F_OK : m);
      return true;
    } catch {
      return false;
    }
  },
  chmod(path: StrPath, m: number): void {
    const p = pathArg("chmod", "path", path);
    fsCall(() => chmodSync(p, m), p);
  },
  truncate(path: StrPath, length: number): void {
    const p = pathArg("truncate", "path", path);
    fsCall(() => truncateSync(p, length), p);
  },
  utime(path: StrPath, times?: readonly [number, number] | null): void {
    const p = pathArg("utime", "path", path);
    const now = Date.now() / 1000;
    const [a, m] = times ?? [now, now];
    fsCall(() => utimesSync(p, a, m), p);
  },
  symlink(src: StrPath, dst: StrPath): void {
    const a = pathArg("symlink", "src", src);
    const b = pathArg("symlink", "dst", dst);
    fsCall(() => symlinkSync(a, b), a, b);
  },
  link(src: StrPath, dst: StrPath): void {
    const a = pathArg("link", "src", src);
    const b = pathArg("link", "dst", dst);
    fsCall(() => linkSync(a, b), a, b);
  },
  readlink(path: StrPath): string {
    const p = pathArg("readlink", "path", path);
    return fsCall(() => readlinkSync(p), p);
  },
};
