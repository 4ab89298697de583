/**
 * Which `.py` files a migration covers. Skipped: virtual environments (a
 * folder holding `pyvenv.cfg`, or named `venv`), `__pycache__`,
 * `node_modules`, hidden folders, whatever `.gitignore` files ignore, the
 * `--exclude` globs, and the output folder when it lies inside the sources.
 * The list is sorted so that everything downstream is independent of the
 * order the file system returns entries in.
 */
import { existsSync, readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { describeFsError } from "../fs/output-path.js";
import { join } from "node:path";
import { minimatch } from "minimatch";
import { GitIgnore } from "./gitignore.js";

export interface Skipped {
  /** Relative to the source folder, `/` separated; folders end with `/`. */
  path: string;
  reason: string;
}

export interface Discovery {
  /** Relative paths of the files to migrate, `/` separated, sorted. */
  files: string[];
  skipped: Skipped[];
}

export interface DiscoverOptions {
  include?: string[];
  exclude?: string[];
  /** Absolute folders never to enter (the output folder). */
  avoid?: string[];
}

const SKIPPED_NAMES: Record<string, string> = {
  __pycache__: "bytecode cache",
  node_modules: "node_modules",
  venv: "virtual environment",
};

/** What a symbolic link leads to: its target's stats, undefined when it points nowhere, or why it cannot be followed. */
function linkTarget(abs: string): Stats | undefined | string {
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ELOOP" ? "symbolic link loop" : `cannot follow the link: ${describeFsError(e)}`;
  }
}

const byCodePoint = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function discover(root: string, options: DiscoverOptions = {}): Discovery {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const glob = (rel: string, patterns: string[] | undefined) => (patterns ?? []).some((p) => minimatch(rel, p, { dot: true }));
  const avoid = new Set(options.avoid ?? []);

  function folderSkipReason(abs: string, name: string, rel: string, rules: GitIgnore): string | undefined {
    if (avoid.has(abs)) return "the output folder";
    if (name.startsWith(".")) return name === ".venv" ? "virtual environment" : "hidden folder";
    if (SKIPPED_NAMES[name]) return SKIPPED_NAMES[name];
    if (existsSync(join(abs, "pyvenv.cfg"))) return "virtual environment";
    if (rules.ignores(abs, true)) return ".gitignore";
    if (glob(rel, options.exclude)) return "--exclude";
    return undefined;
  }

  function walk(dir: string, prefix: string, parentRules: GitIgnore): void {
    const rules = parentRules.enter(dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort(byCodePoint);
    } catch (e) {
      // An unreadable folder inside the tree is reported, not fatal (the source folder itself was checked before).
      skipped.push({ path: prefix || "./", reason: `cannot read the folder: ${describeFsError(e)}` });
      return;
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const rel = prefix + entry.name;
      // Symbolic links to folders are not followed: they can loop, and they usually point outside the project.
      let isFile = entry.isFile();
      if (entry.isSymbolicLink() && entry.name.endsWith(".py")) {
        const target = linkTarget(abs);
        if (typeof target === "string") skipped.push({ path: rel, reason: target });
        else isFile = target?.isFile() === true;
      }
      if (entry.isDirectory()) {
        const reason = folderSkipReason(abs, entry.name, rel, rules);
        if (reason) skipped.push({ path: rel + "/", reason });
        else walk(abs, rel + "/", rules);
      } else if (isFile && entry.name.endsWith(".py")) {
        const reason = rules.ignores(abs, false) ? ".gitignore" : glob(rel, options.exclude) ? "--exclude" : options.include?.length && !glob(rel, options.include) ? "not matched by --include" : undefined;
        if (reason) skipped.push({ path: rel, reason });
        else files.push(rel);
      }
    }
  }

  walk(root, "", GitIgnore.above(root));
  return { files, skipped };
}
