// Translation speed on the shipped samples: lines per second for the whole
// pipeline and for parsing alone (tree-sitter and the copy of its tree into
// JavaScript objects: the floor) measured in the
// same process, time per file, each phase's share of the full pipeline, and
// the cold start of the CLI (with its compile cache warm, and without it).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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
const parse = await time("parse (tree-sitter + copy)", rounds, async () => {
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

const phases = { parse: 0, transform: 0, emit: 0, format: 0 };
for (let i = 0; i < rounds; i++) for (const { f, src } of files) await transpile(src, { file: f, timings: phases });
const phaseTotal = Object.values(phases).reduce((a, b) => a + b, 0);
console.log(
  `phases of the full pipeline:  ${Object.entries(phases)
    .map(([k, v]) => `${k} ${(v / rounds).toFixed(0)} ms (${((100 * v) / phaseTotal).toFixed(0)}%)`)
    .join(", ")}`,
);

const small = join(root, "samples", "quickstart.py");
// CPU time of each start, reported by a preload at exit: a busy machine stretches wall time much more than CPU time.
const preload = pathToFileURL(join(root, "bench", "cpu-report.mjs")).href;
const MARK = "tsyncio-bench-cpu-ms ";
function coldStarts(label, env) {
  const starts = [];
  const cpu = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", preload, join(root, "dist", "cli", "main.js"), "convert", small], { encoding: "utf8", env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(r.stderr);
    starts.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const line = r.stderr.split("\n").find((l) => l.startsWith(MARK));
    cpu.push(line ? Number(line.slice(MARK.length)) : NaN);
  }
  starts.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(
    `CLI cold start + convert quickstart.py${label}: median ${starts[2].toFixed(0)} ms (min ${starts[0].toFixed(0)}, max ${starts[4].toFixed(0)}), CPU median ${cpu[2].toFixed(0)} ms${label ? "" : "; aim 300 ms"}`,
  );
}
// The first run fills the compile cache if it is empty; the median is of the runs after it.
spawnSync(process.execPath, [join(root, "dist", "cli", "main.js"), "convert", small]);
coldStarts("", {});
coldStarts(" (no compile cache)", { TSYNCIO_NO_COMPILE_CACHE: "1" });
