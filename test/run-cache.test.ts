/**
 * The run cache is pruned: entries unused for MAX_AGE_DAYS go, then the
 * least recently used until the folder fits; a hit counts as a use; a write
 * prunes at most once a day.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { MAX_AGE_DAYS, pruneRunCache, readCached, runCacheDir, writeCached } from "../src/cli/run-cache.js";

const DAY = 24 * 60 * 60 * 1000;
const now = Date.now();

function entry(dir: string, name: string, size: number, daysAgo: number): void {
  const file = join(dir, name);
  writeFileSync(file, "x".repeat(size));
  const at = new Date(now - daysAgo * DAY);
  utimesSync(file, at, at);
}

describe("run cache pruning", () => {
  let saved: Record<string, string | undefined>;
  beforeEach(() => {
    saved = { XDG_CACHE_HOME: process.env["XDG_CACHE_HOME"], TSYNCIO_NO_RUN_CACHE: process.env["TSYNCIO_NO_RUN_CACHE"] };
    process.env["XDG_CACHE_HOME"] = mkdtempSync(join(tmpdir(), "tsyncio-run-cache-"));
    delete process.env["TSYNCIO_NO_RUN_CACHE"];
  });
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  test("stale entries first, then the least recently used until it fits; other files stay", () => {
    const dir = mkdtempSync(join(tmpdir(), "tsyncio-prune-"));
    entry(dir, "stale.json", 10, MAX_AGE_DAYS + 1);
    entry(dir, "a.json", 100, 3);
    entry(dir, "b.json", 100, 2);
    entry(dir, "c.json", 100, 1);
    entry(dir, ".a.json.1-1.tsyncio.tmp", 0, 1);
    entry(dir, ".b.json.1-2.tsyncio.tmp", 0, 0);
    entry(dir, "notes.txt", 1000, MAX_AGE_DAYS + 5);
    const removed = pruneRunCache(dir, { maxBytes: 250, now });
    expect(removed.sort()).toEqual([".a.json.1-1.tsyncio.tmp", "a.json", "stale.json"]);
    expect(readdirSync(dir).sort()).toEqual([".b.json.1-2.tsyncio.tmp", "b.json", "c.json", "notes.txt"]);
    // Under both limits: nothing to do.
    expect(pruneRunCache(dir, { maxBytes: 250, now })).toEqual([]);
  });

  test("a hit marks the entry used, so it outlives entries nobody read", () => {
    writeCached("k1", { v: 1 });
    const file = join(runCacheDir()!, "k1.json");
    const old = new Date(now - 10 * DAY);
    utimesSync(file, old, old);
    expect(readCached<{ v: number }>("k1")).toEqual({ v: 1 });
    expect(now - statSync(file).mtimeMs).toBeLessThan(DAY);
  });

  test("a write prunes the folder when it was not pruned for a day, and not again soon after", () => {
    const dir = runCacheDir()!;
    mkdirSync(dir, { recursive: true });
    entry(dir, "stale1.json", 10, MAX_AGE_DAYS + 2);
    writeCached("fresh1", { v: 1 });
    expect(existsSync(join(dir, "stale1.json"))).toBe(false);
    expect(existsSync(join(dir, "fresh1.json"))).toBe(true);
    entry(dir, "stale2.json", 10, MAX_AGE_DAYS + 2);
    writeCached("fresh2", { v: 2 });
    expect(existsSync(join(dir, "stale2.json"))).toBe(true);
    // A day later the next write prunes again.
    const stamp = join(dir, ".pruned");
    const dayAgo = new Date(now - DAY - 1000);
    utimesSync(stamp, dayAgo, dayAgo);
    writeCached("fresh3", { v: 3 });
    expect(existsSync(join(dir, "stale2.json"))).toBe(false);
  });
});
