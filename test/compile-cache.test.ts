/**
 * The CLI's V8 compile cache (src/cli/compile-cache.ts): a cold run fills
 * the cache, a run from the cache translates exactly as a run without it,
 * and an unusable cache location only means no cache.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const SAMPLE = join(ROOT, "samples", "quickstart.py");

function convert(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, "convert", SAMPLE], { encoding: "utf8", env: { ...process.env, TSYNCIO_NO_COMPILE_CACHE: "", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function cacheFiles(home: string): string[] {
  const base = join(home, "tsyncio");
  return readdirSync(base).flatMap((d) => readdirSync(join(base, d)).map((f) => join(base, d, f)));
}

describe("CLI compile cache", () => {
  test("the first run writes the cache and later runs translate the same from it", () => {
    const home = mkdtempSync(join(tmpdir(), "tsyncio-cache-"));
    const plain = convert({ TSYNCIO_NO_COMPILE_CACHE: "1", XDG_CACHE_HOME: home });
    expect(plain.status).toBe(0);
    expect(() => readdirSync(join(home, "tsyncio"))).toThrow();

    const first = convert({ XDG_CACHE_HOME: home });
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(plain.stdout);
    // ts-morph's TypeScript compiler, ts-morph, prettier and its plugins: several large files.
    expect(cacheFiles(home).filter((f) => !f.endsWith(".tmp")).length).toBeGreaterThanOrEqual(3);

    const second = convert({ XDG_CACHE_HOME: home });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(plain.stdout);
    expect(second.stderr).toBe("");
  });

  test("damaged cache entries are rejected and rewritten", () => {
    const home = mkdtempSync(join(tmpdir(), "tsyncio-cache-"));
    const good = convert({ XDG_CACHE_HOME: home });
    expect(good.status).toBe(0);
    for (const f of cacheFiles(home)) writeFileSync(f, Buffer.alloc(statSync(f).size, 7));
    const damaged = convert({ XDG_CACHE_HOME: home });
    expect(damaged.status).toBe(0);
    expect(damaged.stdout).toBe(good.stdout);
    expect(cacheFiles(home).every((f) => readFileSync(f).some((b) => b !== 7))).toBe(true);
  });

  test("a cache location that cannot be created is ignored", () => {
    const dir = mkdtempSync(join(tmpdir(), "tsyncio-cache-"));
    const notADir = join(dir, "file");
    writeFileSync(notADir, "");
    const r = convert({ XDG_CACHE_HOME: notADir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("Translated from quickstart.py");
  });
});
