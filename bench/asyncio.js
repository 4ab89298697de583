// Speed of translated asyncio programs: each workload runs under CPython, as
// tsyncio's translation on Node, and as hand-written TypeScript, interleaved
// in the same run, ROUNDS times each; the medians are compared. Times are of
// the whole process (start-up included): wall time, and CPU time of all its
// threads (user + system), which a busy machine disturbs much less.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import { transpile } from "../dist/index.js";
import { PY_CPU, median, timed } from "./timing.js";

const ROUNDS = 3;
const root = join(fileURLToPath(import.meta.url), "..", "..");
const here = join(root, "bench", "asyncio");
// Inside the package so `tsyncio/runtime` resolves to the built runtime.
const out = join(root, ".tsyncio-out", "bench");
mkdirSync(out, { recursive: true });

const toJs = (code) => ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;

const preload = pathToFileURL(join(root, "bench", "cpu-report.mjs")).href;

const rows = [];
for (const name of ["tasks", "semaphore", "queue"]) {
  const py = join(here, `${name}.py`);
  const { code, diagnostics } = await transpile(readFileSync(py, "utf8"), { file: `${name}.py` });
  if (diagnostics.some((d) => d.severity === "error")) throw new Error(`${name}.py does not translate`);
  const translated = join(out, `${name}.translated.mjs`);
  writeFileSync(translated, toJs(code));
  const handWritten = join(out, `${name}.hand.mjs`);
  writeFileSync(handWritten, toJs(readFileSync(join(here, `${name}.ts`), "utf8")));

  const runs = { cpython: [], tsyncio: [], hand: [] };
  for (let i = 0; i < ROUNDS; i++) {
    runs.cpython.push(timed("python3", ["-c", PY_CPU, py]));
    runs.tsyncio.push(timed(process.execPath, ["--import", preload, translated]));
    runs.hand.push(timed(process.execPath, ["--import", preload, handWritten]));
  }
  const same = runs.cpython.every((r) => r.stdout === runs.tsyncio[0].stdout) && runs.hand.every((r) => r.stdout === runs.tsyncio[0].stdout);
  const m = (k, f) => median(runs[k].map((r) => r[f]));
  rows.push({ name, same, wall: { cpython: m("cpython", "ms"), tsyncio: m("tsyncio", "ms"), hand: m("hand", "ms") }, cpu: { cpython: m("cpython", "cpu"), tsyncio: m("tsyncio", "cpu"), hand: m("hand", "cpu") } });
}

const f0 = (x) => x.toFixed(0);
console.log(`asyncio workloads, median of ${ROUNDS} runs each; aims: tsyncio >= 3x faster than CPython, <= 1.2x the hand-written time`);
console.log("workload   time  CPython ms  tsyncio ms  hand-written ms  CPython/tsyncio  tsyncio/hand  same output");
for (const r of rows) {
  for (const kind of ["wall", "cpu"]) {
    const t = r[kind];
    console.log(
      `${(kind === "wall" ? r.name : "").padEnd(10)} ${kind.padEnd(4)} ${f0(t.cpython).padStart(11)} ${f0(t.tsyncio).padStart(11)} ${f0(t.hand).padStart(16)} ${(t.cpython / t.tsyncio).toFixed(2).padStart(15)}x ${(t.tsyncio / t.hand).toFixed(2).padStart(12)}x  ${kind === "wall" ? (r.same ? "yes" : "NO") : ""}`,
    );
  }
}
