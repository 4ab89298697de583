/**
 * The cache of `tsyncio run`: each module's translation (TypeScript,
 * compiled JavaScript, source map, diagnostics) under a key made, as
 * migrate's is, of the tsyncio build, the file's path and content and the
 * summaries of the program's modules. Running an unchanged program again
 * loads no translator at all. Entries live under
 * $XDG_CACHE_HOME/tsyncio/run (or ~/.cache/tsyncio/run); any failure to
 * read or write one only means translating again. TSYNCIO_NO_RUN_CACHE=1
 * turns it off.
 *
 * Every edit of a program and every tsyncio build makes new entries, so the
 * folder is pruned: an entry not used for MAX_AGE_DAYS goes, and then the
 * least recently used ones until the folder is under MAX_BYTES. A hit
 * refreshes the entry's modification time, which is what "used" means here.
 * Pruning lists the folder, so it runs at most once per PRUNE_EVERY_HOURS,
 * after a miss (a run that translates is slow anyway).
 */
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
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

export const MAX_BYTES = 200 * 1024 * 1024;
export const MAX_AGE_DAYS = 30;
const PRUNE_EVERY_HOURS = 24;
/** Its modification time is when the folder was last pruned. */
const STAMP = ".pruned";
const DAY = 24 * 60 * 60 * 1000;

export function runCacheDir(): string | undefined {
  if (process.env["TSYNCIO_NO_RUN_CACHE"]) return undefined;
  const base = process.env["XDG_CACHE_HOME"] || (homedir() ? join(homedir(), ".cache") : "");
  return base ? join(base, "tsyncio", "run") : undefined;
}

export function readCached<T>(key: string): T | undefined {
  const dir = runCacheDir();
  if (!dir) return undefined;
  const file = join(dir, `${key}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, "utf8")) as T;
    markUsed(file);
    return entry;
  } catch {
    return undefined;
  }
}

function markUsed(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only: the entry may be pruned earlier than it should; it is only a cache.
  }
}

export function writeCached(key: string, entry: unknown): void {
  const dir = runCacheDir();
  if (!dir) return;
  try {
    writeFileAtomic(join(dir, `${key}.json`), JSON.stringify(entry));
  } catch {
    // A read-only or full disk: translate again next time.
    return;
  }
  pruneIfDue(dir);
}

function pruneIfDue(dir: string, now = Date.now()): void {
  const stamp = join(dir, STAMP);
  try {
    if (now - statSync(stamp).mtimeMs < PRUNE_EVERY_HOURS * 60 * 60 * 1000) return;
  } catch {
    // Never pruned yet.
  }
  try {
    writeFileAtomic(stamp, "");
    pruneRunCache(dir, { now });
  } catch {
    // Another process pruning at the same time, or a read-only folder.
  }
}

export interface PruneOptions {
  maxBytes?: number;
  maxAgeDays?: number;
  now?: number;
}

/** Removes stale entries from `dir`, then the least recently used until it fits; returns the names removed. */
export function pruneRunCache(dir: string, options: PruneOptions = {}): string[] {
  const now = options.now ?? Date.now();
  const maxBytes = options.maxBytes ?? MAX_BYTES;
  const oldest = now - (options.maxAgeDays ?? MAX_AGE_DAYS) * DAY;
  const entries: { name: string; size: number; used: number }[] = [];
  for (const name of readdirSync(dir)) {
    // Entries, and temporary files a process killed mid-write left behind.
    const temporary = name.endsWith(".tsyncio.tmp");
    if (!name.endsWith(".json") && !temporary) continue;
    try {
      const st = statSync(join(dir, name));
      // A temporary file an hour old is no write in progress: it goes first.
      const abandoned = temporary && now - st.mtimeMs > DAY / 24;
      if (st.isFile()) entries.push({ name, size: st.size, used: abandoned ? -Infinity : st.mtimeMs });
    } catch {
      // Removed meanwhile.
    }
  }
  entries.sort((a, b) => a.used - b.used);
  let total = entries.reduce((n, e) => n + e.size, 0);
  const removed: string[] = [];
  for (const e of entries) {
    if (e.used >= oldest && total <= maxBytes) break;
    try {
      rmSync(join(dir, e.name), { force: true });
      removed.push(e.name);
      total -= e.size;
    } catch {
      // In use elsewhere or not ours to remove: leave it.
    }
  }
  return removed;
}
