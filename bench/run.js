// Translation speed on the shipped samples: lines per second for the whole
// pipeline and for tree-sitter parsing alone (the floor) measured in the
// same process, time per file, and the cold start of the CLI.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { transpile } from "../dist/index.js";
import { parsePython } from "../dist/parse/parser.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");

function samples(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === "repos" ? [] : samples(full);
    return name.endsWith(".py") ? [full] : [];
  });
}

const files = samples(join(root, "samples")).map((f) => ({ f, src: readFileSync(f, "utf8") }));
const lines = files.reduce((n, { src }) => n + src.split("\n").length, 0);

async function time(label, rounds, fn) {
  await fn(); // warm-up: first-call costs (module loading, JIT) are reported separately by the CLI timing
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / rounds;
  return { label, ms };
}

const rounds = 3;
const parse = await time("tree-sitter parse only", rounds, async () => {
  for (const { f, src } of files) parsePython(src, f);
});
const noFormat = await time("translate without prettier", rounds, async () => {
  for (const { f, src } of files) await transpile(src, { file: f, format: false });
});
const full = await time("translate (full pipeline)", rounds, async () => {
  for (const { f, src } of files) await transpile(src, { file: f });
});

console.log(`samples: ${files.length} files, ${lines} lines`);
for (const r of [parse, noFormat, full]) {
  const lps = Math.round(lines / (r.ms / 1000));
  console.log(`${r.label.padEnd(28)} ${r.ms.toFixed(1).padStart(8)} ms  ${String(lps).padStart(8)} lines/s  ${(r.ms / files.length).toFixed(2)} ms/file  ${(r.ms / parse.ms).toFixed(1)}x parse`);
}

const small = join(root, "samples", "quickstart.py");
const starts = [];
for (let i = 0; i < 5; i++) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [join(root, "dist", "cli", "main.js"), "convert", small], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  starts.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
starts.sort((a, b) => a - b);
console.log(`CLI cold start + convert quickstart.py: median ${starts[2].toFixed(0)} ms (min ${starts[0].toFixed(0)}, max ${starts[4].toFixed(0)})`);
