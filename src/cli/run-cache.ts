/**
 * The cache of `tsyncio run`: each module's translation (TypeScript,
 * compiled JavaScript, source map, diagnostics) under a key made, as
 * migrate's is, of the tsyncio build, the file's path and content and the
 * summaries of the program's modules. Running an unchanged program again
 * loads no translator at all. Entries live under
 * $XDG_CACHE_HOME/tsyncio/run (or ~/.cache/tsyncio/run); any failure to
 * read or write one only means translating again. TSYNCIO_NO_RUN_CACHE=1
 * turns it off.
 */
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { writeFileAtomic } from "../fs/write-atomic.js";
import type { SourceMapV3 } from "../runtime/source-maps.js";

export interface CachedModule {
  code: string;
  js: string;
  map?: SourceMapV3;
  diagnostics: Diagnostic[];
}

function cacheDir(): string | undefined {
  if (process.env["TSYNCIO_NO_RUN_CACHE"]) return undefined;
  const base = process.env["XDG_CACHE_HOME"] || (homedir() ? join(homedir(), ".cache") : "");
  return base ? join(base, "tsyncio", "run") : undefined;
}

export function readCached<T>(key: string): T | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), "utf8")) as T;
  } catch {
    return undefined;
  }
}

export function writeCached(key: string, entry: unknown): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    writeFileAtomic(join(dir, `${key}.json`), JSON.stringify(entry));
  } catch {
    // A read-only or full disk: translate again next time.
  }
}
