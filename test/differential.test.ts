/**
 * The differential tester on a fixed batch: generated programs (ints, floats,
 * strings, containers, keyword calls, classes, exceptions, generators,
 * coroutines) run under CPython and translated under Node must print the
 * same. Long runs: `npm run fuzz -- --count N --seed S`. A program listed in
 * scripts/fuzz-programs/known-differences.json is expected to differ.
 */
import { expect, test } from "vitest";
// @ts-expect-error: a plain JavaScript module shared with `npm run fuzz`
import { check, keyOf, knownDifferences, programs } from "../scripts/fuzz-programs/differential.js";

interface Finding {
  program: { seed: number; index: number };
  at?: { line: number; python: string; node: string };
  errors?: string[];
}

test("a fixed batch of generated programs behaves as under CPython", async () => {
  const known = knownDifferences() as Record<string, string>;
  const batch = programs(2026, 150);
  const { differences, refused, generatorErrors } = (await check(batch, "test")) as { differences: Finding[]; refused: Finding[]; generatorErrors: Finding[] };
  const show = (f: Finding) => `${keyOf(f.program)} ${f.at ? `line ${f.at.line}: CPython ${JSON.stringify(f.at.python)}, tsyncio ${JSON.stringify(f.at.node)}` : (f.errors ?? []).join("; ")}`;
  expect(generatorErrors.map(show), "generated programs CPython rejects").toEqual([]);
  expect([...differences, ...refused].filter((f) => !known[keyOf(f.program)]).map(show), "run `node scripts/fuzz-programs/show.js SEED INDEX` to see one shrunk").toEqual([]);
  const seen = new Set([...differences, ...refused].map((f) => keyOf(f.program)));
  const stale = Object.keys(known).filter((k) => k.startsWith("2026:") && Number(k.split(":")[1]) < 150 && !seen.has(k));
  expect(stale, "known differences that no longer differ").toEqual([]);
}, 600_000);
