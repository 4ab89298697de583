/**
 * Which module is the program's entry. Python runs an `if __name__ ==
 * "__main__":` block only in the file started as the program; a translated
 * module asks the same question with its `import.meta`.
 *
 * The entry is the script Node was started with, however it was named:
 * relative or absolute, through a symbolic link, without its extension
 * (`node main` runs main.js), or as the `.ts` itself under a TypeScript
 * loader such as tsx. Where Node says it (`import.meta.main`, Node 24+),
 * its answer is taken as is.
 */
import { realpathSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { workerProcessName } from "./procs/worker-state.js";

let entryUrls: Set<string> | undefined;

function addPath(into: Set<string>, path: string): void {
  into.add(pathToFileURL(path).href);
  try {
    into.add(pathToFileURL(realpathSync(path)).href);
  } catch {
    // The path may not exist on disk as given (extension-less, `node -e`): then only its literal URL counts.
  }
}

function entries(): Set<string> {
  if (!entryUrls) {
    entryUrls = new Set();
    const main = process.argv[1];
    if (main) {
      const abs = resolve(main);
      addPath(entryUrls, abs);
      // Node resolves an extension-less entry as CommonJS does: main → main.js.
      if (!/\.[cm]?[jt]s$/.test(abs)) for (const ext of [".js", ".mjs", ".ts"]) addPath(entryUrls, abs + ext);
    }
  }
  return entryUrls;
}

/**
 * The URL of the script Node was started with (as an existing file: `node
 * main` runs main.js), or null when there is none (`node -e`).
 */
export function entryModuleUrl(): string | null {
  const main = typeof process !== "undefined" ? process.argv[1] : undefined;
  if (!main) return null;
  const abs = resolve(main);
  for (const path of /\.[cm]?[jt]s$/.test(abs) ? [abs] : [abs, abs + ".js", abs + ".mjs", abs + ".ts"]) {
    try {
      return pathToFileURL(realpathSync(path)).href;
    } catch {
      // not this one
    }
  }
  return pathToFileURL(abs).href;
}

type Meta = string | { url: string; main?: boolean };

/** True when the module (its `import.meta`, or just its URL) is the script Node was started with. */
export function isEntryModule(meta: Meta): boolean {
  // A worker "process" imports the program's module again: there it is not __main__ (procs/workers.ts).
  if (workerProcessName() !== undefined) return false;
  if (typeof meta !== "string" && typeof meta.main === "boolean") return meta.main;
  return entries().has(typeof meta === "string" ? meta : meta.url);
}

/** A module's `__name__`: `"__main__"` for the entry, its dotted name otherwise. */
export function moduleName(meta: Meta, name: string): string {
  return isEntryModule(meta) ? "__main__" : name;
}

/** `tsyncio run` translates into a temporary folder: which Python file each module there came from. */
let runSources: Record<string, string> | undefined;

/**
 * `__file__`: under `tsyncio run`, the Python file the module was translated
 * from (a program reading its own source or files next to it finds them, as
 * under CPython); otherwise the translated module's own path with the Python
 * extension, so `os.path.dirname(__file__)` is the folder the module runs from.
 */
export function moduleFile(url: string): string {
  const path = fileURLToPath(url);
  runSources ??= JSON.parse(process.env["TSYNCIO_SOURCES"] || "{}") as Record<string, string>;
  return runSources[path] ?? path.replace(/\.(m?[jt]s)$/, ".py");
}
