/** `os.path` on POSIX, as CPython's posixpath. */
import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import * as nodeOs from "node:os";
import { TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { repr } from "../../repr.js";
import { tup } from "../args.js";
import { fsCall } from "./errors.js";
import { fspath } from "./fspath.js";

function statOrNull(p: unknown, follow = true) {
  try {
    const s = fspath(p);
    return follow ? statSync(s) : lstatSync(s);
  } catch {
    return null;
  }
}

/** A path argument, with the TypeError genericpath's _check_arg_types raises. */
function joinArg(p: unknown): string {
  try {
    return fspath(p);
  } catch (e) {
    if (e instanceof TypeError) throw new TypeError(`join() argument must be str, bytes, or os.PathLike object, not ${repr(typeName(p))}`);
    throw e;
  }
}

function posixJoin(a: unknown, ...parts: unknown[]): string {
  let path = joinArg(a);
  for (const part of parts) {
    const b = joinArg(part);
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function normpath(path: unknown): string {
  const p = fspath(path);
  if (p === "") return ".";
  const initial = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
  const out: string[] = [];
  for (const comp of p.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const joined = "/".repeat(initial) + out.join("/");
  return joined || ".";
}

/** The path constants `os` and `os.path` both export, with the same values. */
export const PATH_CONSTANTS = {
  sep: "/",
  altsep: null,
  extsep: ".",
  pathsep: ":",
  curdir: ".",
  pardir: "..",
  defpath: "/bin:/usr/bin",
  devnull: "/dev/null",
} as const;

/** Python's `os.path` (POSIX). */
export const osPath = {
  ...PATH_CONSTANTS,
  join: posixJoin,
  supports_unicode_filenames: false,
  basename(path: unknown): string {
    const p = fspath(path);
    return p.slice(p.lastIndexOf("/") + 1);
  },
  dirname(path: unknown): string {
    const p = fspath(path);
    const i = p.lastIndexOf("/") + 1;
    let head = p.slice(0, i);
    if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
    return head;
  },
  split(path: unknown): readonly [string, string] {
    const p = fspath(path);
    return tup(osPath.dirname(p), osPath.basename(p));
  },
  splitext(path: unknown): readonly [string, string] {
    const p = fspath(path);
    const sepIndex = p.lastIndexOf("/");
    const dotIndex = p.lastIndexOf(".");
    if (dotIndex > sepIndex) {
      for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== ".") return tup(p.slice(0, dotIndex), p.slice(dotIndex));
    }
    return tup(p, "");
  },
  splitdrive(path: unknown): readonly [string, string] {
    return tup("", fspath(path));
  },
  normcase(path: unknown): string {
    return fspath(path);
  },
  normpath,
  abspath(path: unknown): string {
    const p = fspath(path);
    return normpath(p.startsWith("/") ? p : posixJoin(process.cwd(), p));
  },
  realpath(path: unknown, opts?: { strict?: boolean }): string {
    const p = osPath.abspath(path);
    if (opts?.strict) return fsCall(() => realpathSync(p), p);
    // Non-strict: resolve the longest existing prefix, keep the rest as written.
    let head = p;
    const tail: string[] = [];
    while (head !== "/") {
      try {
        const real = realpathSync(head);
        return normpath(posixJoin(real, ...tail));
      } catch {
        tail.unshift(osPath.basename(head));
        head = osPath.dirname(head);
      }
    }
    return p;
  },
  isabs(p: unknown): boolean {
    return fspath(p).startsWith("/");
  },
  exists(p: unknown): boolean {
    return statOrNull(p) !== null;
  },
  lexists(p: unknown): boolean {
    return statOrNull(p, false) !== null;
  },
  isfile(p: unknown): boolean {
    return statOrNull(p)?.isFile() ?? false;
  },
  isdir(p: unknown): boolean {
    return statOrNull(p)?.isDirectory() ?? false;
  },
  islink(p: unknown): boolean {
    return statOrNull(p, false)?.isSymbolicLink() ?? false;
  },
  ismount(p: unknown): boolean {
    const s = statOrNull(p, false);
    if (!s || s.isSymbolicLink()) return false;
    const parent = statOrNull(posixJoin(fspath(p), ".."), false);
    return parent !== null && (parent.dev !== s.dev || parent.ino === s.ino);
  },
  getsize(p: unknown): number {
    const s = fspath(p);
    return fsCall(() => statSync(s), s).size;
  },
  getmtime(p: unknown): number {
    const s = fspath(p);
    return fsCall(() => statSync(s), s).mtimeMs / 1000;
  },
  getatime(p: unknown): number {
    const s = fspath(p);
    return fsCall(() => statSync(s), s).atimeMs / 1000;
  },
  getctime(p: unknown): number {
    const s = fspath(p);
    return fsCall(() => statSync(s), s).ctimeMs / 1000;
  },
  samefile(a: unknown, b: unknown): boolean {
    const x = fspath(a);
    const y = fspath(b);
    const sa = fsCall(() => statSync(x), x);
    const sb = fsCall(() => statSync(y), y);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  },
  expanduser(path: unknown): string {
    const p = fspath(path);
    if (!p.startsWith("~")) return p;
    const slash = p.indexOf("/", 1);
    const user = p.slice(1, slash < 0 ? p.length : slash);
    if (user) return p;
    const home = (process.env.HOME ?? nodeOs.homedir()).replace(/\/+$/, "") || "/";
    return home + p.slice(user.length + 1);
  },
  /** `$name` and `${name}` from the environment; unknown names stay as written. */
  expandvars(path: unknown): string {
    const p = fspath(path);
    return p.replace(/\$(\w+|\{[^}]*\})/g, (all, name: string) => {
      const key = name.startsWith("{") ? name.slice(1, -1) : name;
      const v = process.env[key];
      return v === undefined ? all : v;
    });
  },
  relpath(path: unknown, start?: unknown): string {
    const p = fspath(path);
    if (!p) throw new ValueError("no path specified");
    const from = osPath.abspath(start === undefined || start === null ? "." : start).split("/").filter(Boolean);
    const to = osPath.abspath(p).split("/").filter(Boolean);
    let i = 0;
    while (i < from.length && i < to.length && from[i] === to[i]) i++;
    const rel = [...Array(from.length - i).fill(".."), ...to.slice(i)];
    return rel.length === 0 ? "." : rel.join("/");
  },
  commonprefix(m: Iterable<unknown>): string {
    const items = [...m].map((x) => fspath(x));
    if (items.length === 0) return "";
    let lo = items[0]!;
    let hi = items[0]!;
    for (const x of items) {
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    let i = 0;
    while (i < lo.length && lo[i] === hi[i]) i++;
    return lo.slice(0, i);
  },
  commonpath(paths: Iterable<unknown>): string {
    const items = [...paths].map((x) => fspath(x));
    if (items.length === 0) throw new ValueError("commonpath() arg is an empty sequence");
    const abs = new Set(items.map((x) => x.startsWith("/")));
    if (abs.size > 1) throw new ValueError("Can't mix absolute and relative paths");
    const split = items.map((x) => x.split("/").filter((c) => c && c !== "."));
    const first = split[0]!;
    let n = 0;
    while (n < first.length && split.every((s) => s[n] === first[n])) n++;
    const prefix = items[0]!.startsWith("/") ? "/" : "";
    return prefix + first.slice(0, n).join("/");
  },
};
