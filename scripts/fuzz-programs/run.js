#!/usr/bin/env node
// `npm run fuzz -- --count N --seed S [--batch B] [--shrink K]`: generate N
// programs from seed S, run them under CPython and translated under Node in
// batches of B, and report every difference, shrunk (up to K of them) to a
// small program saved under .tsyncio-out/fuzz/. Exit status 1 when a
// difference is not listed in known-differences.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PRELUDE, renderProgram, renderCall } from "./generate.js";
import { ROOT, check, keyOf, knownDifferences, programs, shrink } from "./differential.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
    batch: { type: "string", default: "200" },
    shrink: { type: "string", default: "5" },
  },
});
const count = Number(values.count);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const maxShrink = Number(values.shrink);
if (![count, seed, batchSize, maxShrink].every(Number.isInteger) || count < 0 || batchSize < 1) {
  process.stderr.write("usage: npm run fuzz -- --count N --seed S [--batch B] [--shrink K]\n");
  process.exit(2);
}

const known = knownDifferences();
const out = join(ROOT, ".tsyncio-out", "fuzz");
mkdirSync(out, { recursive: true });
const started = Date.now();
const found = [];
const refused = [];
const generatorErrors = [];
for (let start = 0; start < count; start += batchSize) {
  const batch = programs(seed, Math.min(batchSize, count - start), start);
  const r = await check(batch, `seed${seed}-${start}`);
  found.push(...r.differences);
  refused.push(...r.refused);
  generatorErrors.push(...r.generatorErrors);
  process.stderr.write(`\r${Math.min(start + batchSize, count)}/${count} programs, ${found.length} differences, ${refused.length} refused`);
}
process.stderr.write("\n");

const unknown = found.filter((d) => !known[keyOf(d.program)]);
let shrunk = 0;
for (const d of unknown) {
  const small = shrunk < maxShrink ? await shrink(d.program) : d.program;
  if (shrunk++ < maxShrink) d.program = small;
  const file = join(out, `diff-${seed}-${d.program.index}.py`);
  writeFileSync(file, `${PRELUDE}\n\n${renderProgram(d.program)}\n\n\n${renderCall(d.program)}\n`);
  console.log(`--- difference ${keyOf(d.program)} (${file})`);
  console.log(`    line ${d.at.line}: CPython ${JSON.stringify(d.at.python)}, tsyncio ${JSON.stringify(d.at.node)}`);
  if (d.stderr.trim()) console.log(d.stderr.replace(/^/gm, "    | "));
}
for (const r of refused) console.log(`--- refused ${keyOf(r.program)}: ${r.errors.join("; ")}`);
for (const g of generatorErrors) console.log(`--- generator error ${keyOf(g.program)}: ${g.stderr.split("\n").slice(-3).join(" ")}`);
const stale = Object.keys(known).filter((k) => k.startsWith(`${seed}:`) && Number(k.split(":")[1]) < count && !found.some((d) => keyOf(d.program) === k));
for (const k of stale) console.log(`--- known difference ${k} no longer differs: take it off known-differences.json`);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`${count} programs (seed ${seed}) in ${seconds} s: ${found.length} differences (${found.length - unknown.length} known), ${refused.length} refused, ${generatorErrors.length} generator errors`);
process.exit(unknown.length || stale.length || generatorErrors.length ? 1 : 0);
