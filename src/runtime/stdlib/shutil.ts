/**
 * Python's `shutil`: copying, moving and removing files and trees on
 * node:fs, with CPython's exceptions and return values.
 */
import { accessSync, chmodSync, constants, copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmdirSync, statSync, symlinkSync, unlinkSync, utimesSync } from "node:fs";
import { OSError } from "../exceptions.js";
import { flag } from "./params.js";
import { fromNodeError, fsCall, osError } from "./os/errors.js";
import { fspath } from "./os/fspath.js";
import { osPath } from "./os/path.js";
import { patternRegExp } from "./fnmatch.js";

/** `shutil.Error` */
export class Error_ extends OSError {
  static __qualname__ = "Error";
  static __module__ = "shutil";
}
/** `shutil.SameFileError` */
export class SameFileError extends Error_ {
  static __qualname__ = "SameFileError";
}

type Ignore = (dir: string, names: string[]) => Iterable<string>;
type CopyFn = (src: string, dst: string) => unknown;

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

function copyfile(src: unknown, dst: unknown, _opts?: { follow_symlinks?: boolean }): string {
  const s = fspath(src);
  const d = fspath(dst);
  if (sameFile(s, d)) throw new SameFileError(`${reprPath(s)} and ${reprPath(d)} are the same file`);
  const st = fsCall(() => statSync(s), s);
  if (st.isDirectory()) throw osError("EISDIR", s);
  if (osPath.isdir(d)) throw osError("EISDIR", d);
  fsCall(() => copyFileSync(s, d), s);
  return dst as string;
}

function reprPath(p: string): string {
  return `'${p.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function copymode(src: unknown, dst: unknown): void {
  const s = fspath(src);
  const d = fspath(dst);
  const mode = fsCall(() => statSync(s), s).mode & 0o7777;
  fsCall(() => chmodSync(d, mode), d);
}

function copystat(src: unknown, dst: unknown): void {
  const s = fspath(src);
  const d = fspath(dst);
  const st = fsCall(() => statSync(s), s);
  fsCall(() => utimesSync(d, st.atime, st.mtime), d);
  fsCall(() => chmodSync(d, st.mode & 0o7777), d);
}

/** `copy(src, dst)`: into `dst` if it is a directory; returns where the file went. */
function copy(src: unknown, dst: unknown, _opts?: { follow_symlinks?: boolean }): unknown {
  let d = fspath(dst);
  if (osPath.isdir(d)) d = osPath.join(d, osPath.basename(fspath(src)));
  copyfile(src, d);
  copymode(src, d);
  return osPath.isdir(fspath(dst)) ? d : dst;
}

function copy2(src: unknown, dst: unknown, _opts?: { follow_symlinks?: boolean }): unknown {
  let d = fspath(dst);
  if (osPath.isdir(d)) d = osPath.join(d, osPath.basename(fspath(src)));
  copyfile(src, d);
  copystat(src, d);
  return osPath.isdir(fspath(dst)) ? d : dst;
}

/** `copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False, dirs_exist_ok=False)` */
function copytree(src: unknown, dst: unknown, symlinks?: boolean, ignore?: Ignore | null, copyFunction?: CopyFn | null, _dangling?: boolean, dirsExistOk?: boolean): unknown {
  const s = fspath(src);
  const d = fspath(dst);
  const names = fsCall(() => readdirSync(s), s);
  const ignored = ignore ? new Set(ignore(s, names)) : new Set<string>();
  if (osPath.exists(d) && !flag(dirsExistOk, false)) throw osError("EEXIST", d);
  fsCall(() => mkdirSync(d, { recursive: true }), d);
  const copyOne: CopyFn = copyFunction ?? ((a, b) => copy2(a, b));
  for (const name of names) {
    if (ignored.has(name)) continue;
    const from = osPath.join(s, name);
    const to = osPath.join(d, name);
    const lst = lstatSync(from);
    if (lst.isSymbolicLink() && flag(symlinks, false)) symlinkSync(readlinkSync(from), to);
    else if (osPath.isdir(from)) copytree(from, to, symlinks, ignore, copyFunction, _dangling, dirsExistOk);
    else copyOne(from, to);
  }
  copystat(s, d);
  return dst;
}

/** `rmtree(path, ignore_errors=False, onerror=None)` */
function rmtree(path: unknown, ignoreErrors?: boolean | { ignore_errors?: boolean; onerror?: unknown }, onerror?: ((fn: unknown, p: string, exc: unknown) => unknown) | null): void {
  if (ignoreErrors !== null && typeof ignoreErrors === "object") {
    onerror = ignoreErrors.onerror as typeof onerror;
    ignoreErrors = ignoreErrors.ignore_errors;
  }
  const p = fspath(path);
  const fail = (fn: unknown, at: string, err: unknown): void => {
    if (flag(ignoreErrors, false)) return;
    const e = fromNodeError(err, at);
    if (onerror) onerror(fn, at, tuple(e));
    else throw e;
  };
  let st;
  try {
    st = lstatSync(p);
  } catch (err) {
    fail(shutil.rmtree, p, err);
    return;
  }
  if (st.isSymbolicLink()) {
    fail(osPath.islink, p, new OSError("Cannot call rmtree on a symbolic link"));
    return;
  }
  if (!st.isDirectory()) {
    fail(shutil.rmtree, p, { code: "ENOTDIR" });
    return;
  }
  const walk = (dir: string): void => {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch (err) {
      fail(readdirSync, dir, err);
    }
    for (const name of names) {
      const full = osPath.join(dir, name);
      let isDir = false;
      try {
        const s = lstatSync(full);
        isDir = s.isDirectory();
      } catch {
        isDir = false;
      }
      if (isDir) walk(full);
      else {
        try {
          unlinkSync(full);
        } catch (err) {
          fail(unlinkSync, full, err);
        }
      }
    }
    try {
      rmdirSync(dir);
    } catch (err) {
      fail(rmdirSync, dir, err);
    }
  };
  walk(p);
}

function tuple(e: unknown): readonly unknown[] {
  return Object.freeze([e?.constructor ?? null, e, null]);
}

/** `move(src, dst, copy_function=copy2)`: into `dst` if it is a directory; returns the destination. */
function move(src: unknown, dst: unknown, copyFunction?: CopyFn | null): unknown {
  const s = fspath(src);
  let d = fspath(dst);
  let result: unknown = dst;
  if (osPath.isdir(d)) {
    if (sameFile(s, d)) {
      fsCall(() => renameSync(s, d), s, d);
      return dst;
    }
    d = osPath.join(d, osPath.basename(s.replace(/\/+$/, "")));
    if (osPath.exists(d)) throw new Error_(`Destination path '${d}' already exists`);
    result = d;
  }
  try {
    renameSync(s, d);
  } catch (err) {
    if ((err as { code?: string }).code !== "EXDEV") throw fromNodeError(err, s, d);
    if (osPath.isdir(s)) {
      copytree(s, d, true, null, copyFunction);
      rmtree(s);
    } else {
      (copyFunction ?? copy2)(s, d);
      unlinkSync(s);
    }
  }
  return result;
}

/** `which(cmd, mode=os.F_OK | os.X_OK, path=None)` */
function which(cmd: unknown, mode?: number, path?: string | null): string | null {
  const c = fspath(cmd);
  const m = mode ?? constants.F_OK | constants.X_OK;
  const usable = (p: string): boolean => {
    try {
      accessSync(p, m);
      return !statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (c.includes("/")) return usable(c) ? c : null;
  const dirs = (path ?? process.env.PATH ?? "/bin:/usr/bin").split(":");
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    const full = osPath.join(dir, c);
    if (usable(full)) return full;
  }
  return null;
}

/** `ignore_patterns(*patterns)`: a copytree `ignore` callable. */
function ignore_patterns(...patterns: string[]): Ignore {
  const res = patterns.map((p) => patternRegExp(p));
  return (_dir, names) => new Set(names.filter((n) => res.some((re) => re.test(n))));
}

/** Python's `shutil` module. */
export const shutil = {
  Error: Error_,
  SameFileError,
  copyfile,
  copymode,
  copystat,
  copy,
  copy2,
  copytree,
  rmtree,
  move,
  which,
  ignore_patterns,
};
