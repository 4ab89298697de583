/**
 * The runtime's public surface: every name the translator can emit (from
 * grammar-mappings/ and the transform modules' `ctx.rt(...)` calls) must be
 * exported by tsyncio/runtime, or translated programs fail to load.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as runtime from "../../src/runtime/index.js";

const root = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

/** Names the asyncio helper provides (re-exported once the lead enables asyncio/index.js). */
const ASYNCIO_OWNED = new Set(["asyncio", "coro"]);

function emittedNames(): string[] {
  const names = new Set<string>();
  const builtins = JSON.parse(read("grammar-mappings/builtins.json")) as Record<string, { runtime?: string; runtimeName?: string }>;
  for (const [k, v] of Object.entries(builtins)) {
    if (k.startsWith("$")) continue;
    if (v.runtime) names.add(v.runtime);
    if (v.runtimeName) names.add(v.runtimeName);
  }
  for (const file of readdirSync(new URL("grammar-mappings/modules/", root))) {
    const v = JSON.parse(read(`grammar-mappings/modules/${file}`)) as { runtime?: string };
    if (v.runtime) names.add(v.runtime);
  }
  for (const file of readdirSync(new URL("src/transform/", root))) {
    for (const m of read(`src/transform/${file}`).matchAll(/rt\("([A-Za-z_$0-9]+)"\)/g)) names.add(m[1]!);
  }
  return [...names].filter((n) => !ASYNCIO_OWNED.has(n)).sort();
}

describe("tsyncio/runtime exports", () => {
  it("everything the translator emits", () => {
    const missing = emittedNames().filter((n) => !(n in runtime));
    expect(missing).toEqual([]);
  });

  it("the builtin types as values isinstance understands", () => {
    const { isinstance, int, float, str, bool, list, tuple, dict, set, frozenset, object, type, asFloat } = runtime;
    expect(isinstance(1, int)).toBe(true);
    expect(isinstance(1.5, float)).toBe(true);
    expect(isinstance(asFloat(2), float)).toBe(true);
    expect(isinstance("s", str)).toBe(true);
    expect(isinstance(true, [bool])).toBe(true);
    expect(isinstance([], list)).toBe(true);
    expect(isinstance(tuple(1), tuple)).toBe(true);
    expect(isinstance(new Map(), dict)).toBe(true);
    expect(isinstance(new Set(), set)).toBe(true);
    expect(isinstance(frozenset([1]), frozenset)).toBe(true);
    expect(isinstance(null, object)).toBe(true);
    expect(type(1) === int && type("s") === str).toBe(true);
  });
});
