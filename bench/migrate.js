// Speed of `tsyncio migrate` on a synthetic repository of 100,000 Python
// lines (bench/migrate/generate.js): lines per second with one worker and
// with all cores, and why the second core gives what it gives: the CPU time
// of each kind of thread (the main thread, the worker threads, V8's own
// background threads that compile and collect garbage), read from
// /proc/self/task on Linux. Also tree-sitter parsing alone (the floor), the
// share of each translation phase, peak memory, a rerun with nothing
// changed. Each migration runs in a fresh Node process set up as the CLI
// sets itself up (V8 flags, compile cache), so its start-up is its own.
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

/** CPU milliseconds of each thread of this process, by thread id (Linux); empty elsewhere. */
function threadCpu() {
  const out = new Map();
  let tids = [];
  try {
    tids = readdirSync("/proc/self/task");
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, ((Number(fields[11]) + Number(fields[12])) * 1000) / 100); // utime + stime, in clock ticks of 1/100 s
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

async function child([workers, src, out, force]) {
  // As src/cli/main.ts does before anything large is loaded.
  (await import("../dist/cli/v8-tuning.js")).tuneV8ForTranslation();
  (await import("../dist/cli/compile-cache.js")).enableCompileCache();
  const before = threadCpu(); // the main thread and V8's platform threads exist from the start
  const seen = new Map(before);
  // Worker threads are gone once migrate() returns: sample while it runs.
  const sampler = setInterval(() => {
    for (const [tid, ms] of threadCpu()) seen.set(tid, ms);
  }, 50);
  const t0 = performance.now();
  let firstSummaryMs = null;
  const { migrate } = await import("../dist/migrate/index.js");
  const report = await migrate({
    src,
    out,
    workers: Number(workers),
    force: force === "force",
    onProgress: (e) => {
      if (e.phase === "summarize" && firstSummaryMs === null) firstSummaryMs = performance.now() - t0;
    },
  });
  clearInterval(sampler);
  for (const [tid, ms] of threadCpu()) seen.set(tid, ms);
  const { maxRSS } = process.resourceUsage();
  // CPU time of all threads: compared with wall time it shows how many cores the run actually got.
  const { user, system } = process.cpuUsage();
  const main = seen.get(String(process.pid)) ?? 0;
  let v8 = 0;
  const workerCpu = [];
  for (const [tid, ms] of seen) {
    if (tid === String(process.pid)) continue;
    if (before.has(tid)) v8 += ms;
    else if (ms > 0) workerCpu.push(ms); // started during the run: worker threads (idle libuv threads use none)
  }
  process.stdout.write(
    JSON.stringify({ totals: report.totals, workers: report.workers, rssMB: Math.round(maxRSS / 1024), cpuMs: (user + system) / 1000, threads: { main, v8, workers: workerCpu }, firstSummaryMs }),
  );
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

    // Warm the compile cache (as any earlier CLI run would have) so that both runs below start alike.
    migrateInChild(1, join(src, "svc00"), join(work, "warm"));

    const runs = [];
    for (const workers of [...new Set([1, cores])]) {
      const out = join(work, `out-${workers}`);
      const r = migrateInChild(workers, src, out);
      runs.push({ workers, out, ...r });
      const t = r.totals;
      console.log(
        `migrate, ${String(workers).padStart(2)} worker${workers === 1 ? " " : "s"} (cold process) ${fmt(t.ms).padStart(7)} ms  ${fmt(t.linesPerSecond).padStart(9)} lines/s  ${t.ok} ok, ${t.failed} failed  peak RSS ${r.rssMB} MB`,
      );
      const th = r.threads;
      const translating = workers === 1 ? "main thread (translates)" : `main thread ${fmt(th.main)} ms, ${th.workers.length} workers ${th.workers.map(fmt).join(" + ")} ms`;
      console.log(
        `    CPU ${fmt(r.cpuMs)} ms = ${(r.cpuMs / t.ms).toFixed(2)} cores busy: ${workers === 1 ? `${translating} ${fmt(th.main)} ms` : translating}, V8 background threads (JIT, GC) ${fmt(th.v8)} ms; first summary after ${fmt(r.firstSummaryMs)} ms`,
      );
    }
    if (runs.length > 1) {
      const [one, all] = [runs[0], runs[runs.length - 1]];
      const speedup = all.totals.linesPerSecond / one.totals.linesPerSecond;
      console.log(
        `${all.workers} workers vs 1: ${speedup.toFixed(2)}x the lines/s (aim 1.8x; 1 worker already keeps ${(one.cpuMs / one.totals.ms).toFixed(2)} cores busy, so ${all.workers} cores can give at most ${(all.workers / (one.cpuMs / one.totals.ms)).toFixed(2)}x without less CPU per line), ${fmt(all.totals.linesPerSecond)} lines/s (aim 20,000); CPU per 1,000 lines ${fmt((one.cpuMs / repo.lines) * 1000)} ms with 1 worker, ${fmt((all.cpuMs / repo.lines) * 1000)} ms with ${all.workers}`,
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
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
