#!/usr/bin/env node
// Long fuzzing runs: `npm run fuzz:inputs -- --count 10000 --seed 7`.
// Options: --count N (default 1000), --seed S (default 1), --start I (first
// input index), --only I (replay one input and print it), --cli-every N
// (run the real CLI on every n-th input, default 50; 0 = never),
// --no-format (skip prettier: faster), --json (the whole result).
// Exit status 1 when any finding (see scripts/fuzz/run.js) was made.
import { generate, loadSamples } from "./fuzz/generate.js";
import { fuzz } from "./fuzz/run.js";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seed = opt("seed", 1);
if (args.includes("--only")) {
  const samples = loadSamples(join(fileURLToPath(import.meta.url), "..", ".."));
  const { kind, source } = generate(seed, opt("only", 0), samples);
  process.stderr.write(`input ${opt("only", 0)} of seed ${seed} (${kind}):\n`);
  process.stdout.write(source);
  process.exit(0);
}
const count = opt("count", 1000);
const started = Date.now();
const result = await fuzz({
  seed,
  count,
  start: opt("start", 0),
  cliEvery: opt("cli-every", 50),
  format: !args.includes("--no-format"),
  onProgress: (done, total, counts, findings) => process.stderr.write(`fuzz: ${done}/${total} inputs, ${findings.length} findings, ${Math.round((Date.now() - started) / 1000)} s\n`),
});
const secs = (Date.now() - started) / 1000;
if (args.includes("--json")) console.log(JSON.stringify({ ...result, seconds: secs }, null, 2));
else {
  const c = result.counts;
  console.log(`fuzz seed ${seed}: ${c.inputs} inputs in ${secs.toFixed(0)} s (${Object.entries(c.byKind).map(([k, n]) => `${k} ${n}`).join(", ")})`);
  console.log(`CPython: ${c.cpythonValid} valid, ${c.cpythonSyntaxError} syntax errors, ${c.cpythonLimit} past its compiler limits`);
  console.log(`tsyncio: ${c.translated} translated, ${c.refusedWithDiagnostic} with an error diagnostic, ${c.refusedValid} valid inputs refused as syntax errors, ${c.internal} internal errors (TSY1900), ${c.deepPastCpython} translated past CPython's limits`);
  console.log(`CLI runs: ${c.cliRuns}; slowest input: ${result.slowest.ms.toFixed(0)} ms (#${result.slowest.index})`);
  const byType = {};
  for (const f of result.findings) byType[f.type] = (byType[f.type] ?? 0) + 1;
  console.log(`findings: ${result.findings.length}${result.findings.length ? ` (${Object.entries(byType).map(([k, n]) => `${k} ${n}`).join(", ")})` : ""}`);
  for (const f of result.findings.slice(0, 30)) console.log(`  #${f.index} ${f.type}${f.kind ? ` [${f.kind}]` : ""}: ${String(f.detail).split("\n")[0].slice(0, 200)}  (replay: --seed ${seed} --only ${f.index})`);
  for (const f of result.refusedValid.slice(0, 10)) console.log(`  refused valid #${f.index} [${f.kind}]: ${f.message}`);
}
process.exitCode = result.findings.length > 0 ? 1 : 0;
