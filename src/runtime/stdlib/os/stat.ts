/** `os.stat_result` and `os.DirEntry` over node:fs's Stats and Dirent. */
import { lstatSync, statSync, type Stats } from "node:fs";
import { repr } from "../../repr.js";
import { fsCall } from "./errors.js";

const FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"] as const;

/** `os.stat_result`: a 10-tuple of ints (times as whole seconds) with named, finer fields. */
export class stat_result {
  readonly st_mode: number;
  readonly st_ino: number;
  readonly st_dev: number;
  readonly st_nlink: number;
  readonly st_uid: number;
  readonly st_gid: number;
  readonly st_size: number;
  readonly st_atime: number;
  readonly st_mtime: number;
  readonly st_ctime: number;
  readonly st_atime_ns: number;
  readonly st_mtime_ns: number;
  readonly st_ctime_ns: number;
  readonly st_blocks: number;
  readonly st_blksize: number;
  readonly st_rdev: number;
  static __module__ = "os";

  constructor(s: Stats) {
    this.st_mode = s.mode;
    this.st_ino = s.ino;
    this.st_dev = s.dev;
    this.st_nlink = s.nlink;
    this.st_uid = s.uid;
    this.st_gid = s.gid;
    this.st_size = s.size;
    this.st_atime = s.atimeMs / 1000;
    this.st_mtime = s.mtimeMs / 1000;
    this.st_ctime = s.ctimeMs / 1000;
    this.st_atime_ns = Math.round(s.atimeMs * 1e6);
    this.st_mtime_ns = Math.round(s.mtimeMs * 1e6);
    this.st_ctime_ns = Math.round(s.ctimeMs * 1e6);
    this.st_blocks = s.blocks;
    this.st_blksize = s.blksize;
    this.st_rdev = s.rdev;
  }

  /** The tuple view: `st[6]` is the size; the times are whole seconds there. */
  private items(): number[] {
    return FIELDS.map((f, i) => (i >= 7 ? Math.trunc(this[f]) : this[f]));
  }
  __getitem__(i: number): number {
    const items = this.items();
    return items[i < 0 ? items.length + i : i]!;
  }
  __len__(): number {
    return FIELDS.length;
  }
  [Symbol.iterator](): Iterator<number> {
    return this.items()[Symbol.iterator]();
  }
  __repr__(): string {
    return `os.stat_result(${this.items().map((v, i) => `${FIELDS[i]}=${v}`).join(", ")})`;
  }
}

export function statPath(path: string, follow: boolean): stat_result {
  return new stat_result(fsCall(() => (follow ? statSync(path) : lstatSync(path)), path));
}

/** `os.DirEntry`, as `os.scandir` yields them. */
export class DirEntry {
  static __module__ = "posix";
  readonly name: string;
  readonly path: string;
  private readonly kind: "dir" | "file" | "symlink" | "other";

  constructor(dir: string, name: string, kind: DirEntry["kind"]) {
    this.name = name;
    this.path = dir === "" || dir.endsWith("/") ? dir + name : `${dir}/${name}`;
    this.kind = kind;
  }
  private followed(): stat_result | null {
    try {
      return statPath(this.path, true);
    } catch {
      return null;
    }
  }
  is_dir(opts?: { follow_symlinks?: boolean }): boolean {
    if (this.kind === "symlink" && opts?.follow_symlinks !== false) return ((this.followed()?.st_mode ?? 0) & 0o170000) === 0o040000;
    return this.kind === "dir";
  }
  is_file(opts?: { follow_symlinks?: boolean }): boolean {
    if (this.kind === "symlink" && opts?.follow_symlinks !== false) return ((this.followed()?.st_mode ?? 0) & 0o170000) === 0o100000;
    return this.kind === "file";
  }
  is_symlink(): boolean {
    return this.kind === "symlink";
  }
  stat(opts?: { follow_symlinks?: boolean }): stat_result {
    return statPath(this.path, opts?.follow_symlinks !== false);
  }
  inode(): number {
    return statPath(this.path, false).st_ino;
  }
  __fspath__(): string {
    return this.path;
  }
  __repr__(): string {
    return `<DirEntry ${repr(this.name)}>`;
  }
}
