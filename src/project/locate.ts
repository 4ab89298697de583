/**
 * Finding a module's file the way CPython's path finder does, over a list
 * of roots standing for `sys.path` (the script's folder, then PYTHONPATH):
 * for each dotted part, the first root holding a package (`name/__init__.py`)
 * or a module (`name.py`) wins, a package before a module of the same name
 * in one folder; folders without `__init__.py` are namespace packages that
 * gather the same-named folders of every root. Built-in modules (`sys`,
 * `time`, …) cannot be shadowed by a file, as in CPython.
 */
import { statSync } from "node:fs";
import { join } from "node:path";

/** CPython 3.11's `sys.builtin_module_names` (Linux build). */
const BUILTIN = new Set(
  "_abc _ast _codecs _collections _functools _imp _io _locale _operator _signal _sre _stat _string _symtable _thread _tokenize _tracemalloc _warnings _weakref atexit builtins errno faulthandler gc itertools marshal posix pwd sys time xxsubtype".split(" "),
);

export interface LocatedModule {
  module: string;
  /** A regular package (its `__init__.py`). */
  isPackage: boolean;
  /** Absolute path of the file; null for a namespace package (a folder without `__init__.py`). */
  file: string | null;
  /** Where the module's own submodules are looked for. */
  path: string[];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** One dotted part, searched in `dirs` (sys.path, or the parent package's __path__). */
function findIn(name: string, module: string, dirs: readonly string[]): LocatedModule | null {
  const namespace: string[] = [];
  for (const dir of dirs) {
    const folder = join(dir, name);
    const init = join(folder, "__init__.py");
    if (isFile(init)) return { module, isPackage: true, file: init, path: [folder] };
    const file = join(dir, `${name}.py`);
    if (isFile(file)) return { module, isPackage: false, file, path: [] };
    if (isDir(folder)) namespace.push(folder);
  }
  return namespace.length > 0 ? { module, isPackage: true, file: null, path: namespace } : null;
}

/**
 * Locates `module` (dotted) under `roots`; null when no file provides it (then it
 * is a standard or third-party module, or missing). Results are memoised per locator.
 */
export function createLocator(roots: readonly string[]): (module: string) => LocatedModule | null {
  const memo = new Map<string, LocatedModule | null>();
  const locate = (module: string): LocatedModule | null => {
    if (memo.has(module)) return memo.get(module)!;
    const parts = module.split(".");
    let found: LocatedModule | null;
    if (parts.length === 1) found = BUILTIN.has(module) ? null : findIn(module, module, roots);
    else {
      const parent = locate(parts.slice(0, -1).join("."));
      found = parent && parent.path.length > 0 ? findIn(parts[parts.length - 1]!, module, parent.path) : null;
    }
    memo.set(module, found);
    return found;
  };
  return locate;
}
