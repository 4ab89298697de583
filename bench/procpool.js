// Real parallelism of a process pool: a CPU-bound module-level function
// (bench/procpool/primes.py: primes by trial division, in 8 chunks) over a
// ProcessPoolExecutor with 1 worker and with 2, under CPython and as
// tsyncio's translation on Node (worker threads), interleaved, ROUNDS times
// each; medians. The speed-up is wall(1 worker) / wall(2 workers): about 2
// on an idle machine with 2 free cores. CPU time (all threads, and for
// CPython its worker processes too) shows the work was really done twice as
// fast and not skipped; on a busy machine the wall-time ratio falls toward 1
// while the CPU times stay put. Each runtime gets a limit that makes about a
// second of work, so start-up does not hide the speed-up.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import { transpile } from "../dist/index.js";
import { median, timed } from "./timing.js";

const ROUNDS = 3;
const LIMITS = { cpython: 400_000, tsyncio: 1_000_000 };
const root = join(fileURLToPath(import.meta.url), "..", "..");
const py = join(root, "bench", "procpool", "primes.py");
// Inside the package so `tsyncio/runtime` resolves to the built runtime.
const out = join(root, ".tsyncio-out", "bench");
mkdirSync(out, { recursive: true });

// CPython's own CPU time plus its (joined) worker processes'.
const PY_CPU_CHILDREN = `import atexit, resource, runpy, sys
def report():
    t = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        t += r.ru_utime + r.ru_stime
    sys.stderr.write("\\ntsyncio-bench-cpu-ms %f\\n" % (t * 1000))
atexit.register(report)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")`;

const { code, diagnostics } = await transpile(readFileSync(py, "utf8"), { file: "primes.py" });
if (diagnostics.some((d) => d.severity === "error")) throw new Error("primes.py does not translate");
const js = join(out, "primes.translated.mjs");
writeFileSync(js, ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
const preload = pathToFileURL(join(root, "bench", "cpu-report.mjs")).href;

const runs = { cpython: { 1: [], 2: [] }, tsyncio: { 1: [], 2: [] } };
for (let i = 0; i < ROUNDS; i++) {
  for (const w of [1, 2]) {
    runs.cpython[w].push(timed("python3", ["-c", PY_CPU_CHILDREN, py, String(w), String(LIMITS.cpython)]));
    runs.tsyncio[w].push(timed(process.execPath, ["--import", preload, js, String(w), String(LIMITS.tsyncio)]));
  }
}

const f0 = (x) => x.toFixed(0);
console.log(`process pool, CPU-bound function over 1 and 2 workers, median of ${ROUNDS} runs; aim: speed-up near 2 on an idle 2-core machine`);
console.log("runtime   limit      1 worker ms  2 workers ms  speed-up   CPU 1 ms  CPU 2 ms  same output");
for (const rt of ["cpython", "tsyncio"]) {
  const m = (w, f) => median(runs[rt][w].map((r) => r[f]));
  const same = [...runs[rt][1], ...runs[rt][2]].every((r) => r.stdout === runs[rt][1][0].stdout);
  console.log(
    `${rt.padEnd(9)} ${String(LIMITS[rt]).padEnd(9)} ${f0(m(1, "ms")).padStart(12)} ${f0(m(2, "ms")).padStart(13)} ${(m(1, "ms") / m(2, "ms")).toFixed(2).padStart(8)}x ${f0(m(1, "cpu")).padStart(10)} ${f0(m(2, "cpu")).padStart(9)}  ${same ? "yes" : "NO"}`,
  );
}
