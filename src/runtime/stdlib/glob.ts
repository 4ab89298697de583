/**
 * Python's `glob`: CPython's algorithm (a pattern split at its last `/`,
 * the directory part globbed first; names starting with `.` matched only
 * by patterns starting with `.` or with include_hidden). Results come in
 * the order the directory lists them, as in CPython (programs that need an
 * order sort them).
 */
import { readdirSync } from "node:fs";
import { patternRegExp } from "./fnmatch.js";
import { fspath } from "./os/fspath.js";
import { osPath } from "./os/path.js";
import { flag } from "./params.js";

interface GlobOptions {
  root_dir?: unknown;
  dir_fd?: unknown;
  recursive?: boolean;
  include_hidden?: boolean;
}

const MAGIC = /[*?[]/;
const hasMagic = (s: string): boolean => MAGIC.test(s);
const isHidden = (name: string): boolean => name.startsWith(".");
const isRecursive = (pattern: string): boolean => pattern === "**";

function join(dir: string, name: string): string {
  return !dir || !name ? dir || name : osPath.join(dir, name);
}

function listdir(dir: string, dironly: boolean): string[] {
  try {
    const entries = readdirSync(dir || ".", { withFileTypes: true });
    return entries.filter((e) => !dironly || e.isDirectory() || (e.isSymbolicLink() && osPath.isdir(join(dir, e.name)))).map((e) => e.name);
  } catch {
    return [];
  }
}

function glob1(dir: string, pattern: string, dironly: boolean, hidden: boolean): string[] {
  let names = listdir(dir, dironly);
  if (hidden || !isHidden(pattern)) names = names.filter((x) => hidden || !isHidden(x));
  const re = patternRegExp(pattern);
  return names.filter((n) => re.test(n));
}

function glob0(dir: string, basename: string): string[] {
  if (basename) return osPath.lexists(join(dir, basename)) ? [basename] : [];
  return osPath.isdir(dir) ? [basename] : [];
}

function* rlistdir(dir: string, dironly: boolean, hidden: boolean): Generator<string> {
  for (const x of listdir(dir, dironly)) {
    if (!hidden && isHidden(x)) continue;
    yield x;
    for (const y of rlistdir(dir ? join(dir, x) : x, dironly, hidden)) yield join(x, y);
  }
}

function* glob2(dir: string, dironly: boolean, hidden: boolean): Generator<string> {
  yield "";
  yield* rlistdir(dir, dironly, hidden);
}

function* iglobInner(pathname: string, root: string, recursive: boolean, dironly: boolean, hidden: boolean): Generator<string> {
  const [dirname, basename] = osPath.split(pathname);
  if (!hasMagic(pathname)) {
    if (basename ? osPath.lexists(join(root, pathname)) : osPath.isdir(join(root, dirname))) yield pathname;
    return;
  }
  if (!dirname) {
    if (recursive && isRecursive(basename)) yield* glob2(root, dironly, hidden);
    else yield* glob1(root, basename, dironly, hidden);
    return;
  }
  const dirs = dirname !== pathname && hasMagic(dirname) ? iglobInner(dirname, root, recursive, true, hidden) : [dirname];
  for (const d of dirs) {
    const inDir = join(root, d);
    const names = hasMagic(basename) ? (recursive && isRecursive(basename) ? glob2(inDir, dironly, hidden) : glob1(inDir, basename, dironly, hidden)) : glob0(inDir, basename);
    for (const name of names) yield osPath.join(d, name);
  }
}

/** `glob.iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False)` */
function* iglob(pathname: unknown, opts: GlobOptions = {}): Generator<string> {
  const pattern = fspath(pathname);
  const root = opts.root_dir === undefined || opts.root_dir === null ? "" : fspath(opts.root_dir);
  const recursive = flag(opts.recursive, false);
  const it = iglobInner(pattern, root, recursive, false, flag(opts.include_hidden, false));
  // `**` alone (or an empty pattern) would first yield the empty string: CPython skips it.
  const skipEmpty = !pattern || (recursive && isRecursive(pattern.slice(0, 2)));
  let first = true;
  for (const p of it) {
    if (first && skipEmpty && !p) {
      first = false;
      continue;
    }
    first = false;
    yield p;
  }
}

/** Python's `glob` module. */
export const glob = {
  glob(pathname: unknown, opts?: GlobOptions): string[] {
    return [...iglob(pathname, opts)];
  },
  iglob,
  /** `glob.escape`: each of `*?[` wrapped in brackets. */
  escape(pathname: unknown): string {
    return fspath(pathname).replace(/([*?[])/g, "[$1]");
  },
  has_magic(s: unknown): boolean {
    return hasMagic(fspath(s));
  },
  glob0(dirname: string, pattern: string): string[] {
    return glob0(dirname, pattern);
  },
  glob1(dirname: string, pattern: string): string[] {
    return glob1(dirname, pattern, false, false);
  },
};
