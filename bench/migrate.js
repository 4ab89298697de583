// Speed of `tsyncio migrate` on a synthetic repository of 100,000 Python
// lines (bench/migrate/generate.js): lines per second with one worker and
// with all cores, tree-sitter parsing alone (the floor), the share of each
// translation phase, peak memory, a rerun with nothing changed, and the cold
// start of the CLI converting one small file. Each migration runs in a fresh
// Node process so its memory and start-up are its own.
//
//   node bench/migrate.js [--lines N]
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./migrate/generate.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");

async function child([workers, src, out, force]) {
  const { migrate } = await import("../dist/index.js");
  const report = await migrate({ src, out, workers: Number(workers), force: force === "force" });
  const { maxRSS } = process.resourceUsage();
  // CPU time of all threads: compared with wall time it shows how many cores the run actually got.
  const { user, system } = process.cpuUsage();
  process.stdout.write(JSON.stringify({ totals: report.totals, workers: report.workers, rssMB: Math.round(maxRSS / 1024), cpuMs: (user + system) / 1000 }));
}

function migrateInChild(workers, src, out, force = true) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", String(workers), src, out, force ? "force" : "cached"], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`migrate with ${workers} workers failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

function treeHash(dir) {
  const h = createHash("sha256");
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const f of files) h.update(relative(dir, f)).update(readFileSync(f));
  return h.digest("hex").slice(0, 12);
}

function pythonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".py"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

async function parseFloor(src) {
  const { parsePython } = await import("../dist/parse/parser.js");
  const files = pythonFiles(src).map((f) => ({ f, text: readFileSync(f, "utf8") }));
  for (const { f, text } of files.slice(0, 20)) parsePython(text, f); // warm-up
  const t0 = performance.now();
  for (const { f, text } of files) parsePython(text, f);
  return performance.now() - t0;
}

function coldStart() {
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(root, "dist", "cli", "main.js"), "convert", join(root, "samples", "quickstart.py")], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[3], min: times[0], max: times[6] };
}

const fmt = (n) => Math.round(n).toLocaleString("en-US");

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args.slice(1));
  const at = args.indexOf("--lines");
  const target = at >= 0 ? Number(args[at + 1]) : 100_000;
  const work = mkdtempSync(join(tmpdir(), "tsyncio-bench-migrate-"));
  try {
    const src = join(work, "repo");
    const repo = generate(src, target);
    const cores = availableParallelism();
    console.log(`synthetic repository: ${repo.files} files, ${fmt(repo.lines)} lines; ${cores} cores`);

    const parseMs = await parseFloor(src);
    console.log(`tree-sitter parse only (1 thread)   ${fmt(parseMs).padStart(7)} ms  ${fmt(repo.lines / (parseMs / 1000)).padStart(9)} lines/s`);

    const runs = [];
    for (const workers of [...new Set([1, cores])]) {
      const out = join(work, `out-${workers}`);
      const r = migrateInChild(workers, src, out);
      runs.push({ workers, out, ...r });
      const t = r.totals;
      console.log(
        `migrate, ${String(workers).padStart(2)} worker${workers === 1 ? " " : "s"} (cold process) ${fmt(t.ms).padStart(7)} ms  ${fmt(t.linesPerSecond).padStart(9)} lines/s  ${t.ok} ok, ${t.failed} failed  peak RSS ${r.rssMB} MB  CPU ${fmt(r.cpuMs)} ms (${(r.cpuMs / t.ms).toFixed(2)} cores busy)`,
      );
    }
    const phases = runs[0].totals.timings;
    const sum = phases.parse + phases.transform + phases.emit + phases.format;
    const share = (k) => `${k} ${((phases[k] / sum) * 100).toFixed(0)}%`;
    console.log(`time per phase (1 worker, ${fmt(sum)} ms in transpile): ${["parse", "transform", "emit", "format"].map(share).join(", ")}`);
    const hashes = new Set(runs.map((r) => treeHash(r.out)));
    console.log(`outputs identical across worker counts: ${hashes.size === 1 ? "yes" : "NO"}`);

    const last = runs[runs.length - 1];
    const again = migrateInChild(last.workers, src, last.out, false);
    console.log(`rerun with nothing changed: ${fmt(again.totals.ms)} ms, ${again.totals.translated} files retranslated, ${again.totals.cached} from the cache`);

    const cold = coldStart();
    console.log(`CLI cold start + convert quickstart.py: median ${fmt(cold.median)} ms (min ${fmt(cold.min)}, max ${fmt(cold.max)})`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
