#!/usr/bin/env node
// `node scripts/fuzz-programs/show.js SEED INDEX [--no-shrink]`: one generated
// program, shrunk while it still differs, with both outputs.
import { PRELUDE, renderCall, renderProgram } from "./generate.js";
import { check, programs, shrink } from "./differential.js";

const [seed, index] = process.argv.slice(2, 4).map(Number);
if (!Number.isInteger(seed) || !Number.isInteger(index)) {
  process.stderr.write("usage: node scripts/fuzz-programs/show.js SEED INDEX [--no-shrink]\n");
  process.exit(2);
}
let p = programs(seed, 1, index)[0];
const r = await check([p], "show");
if (!r.differences.length) {
  console.log(r.refused.length ? `refused: ${r.refused[0].errors.join("; ")}` : "no difference");
  if (!r.refused.length) process.exit(0);
} else if (!process.argv.includes("--no-shrink")) p = await shrink(p);
console.log(`${PRELUDE}\n\n${renderProgram(p)}\n\n\n${renderCall(p)}`);
const again = await check([p], "show");
for (const d of again.differences) {
  console.log(`--- CPython:\n${d.python}\n--- tsyncio:\n${d.node}`);
  if (d.stderr.trim()) console.log(`--- node stderr:\n${d.stderr}`);
}
