// Speed of a translated aiohttp program: a server and a client in one process
// exchanging 10,000 JSON requests (bench/http/exchange.py), under CPython
// with Debian's aiohttp (/usr/bin/python3) and as tsyncio's translation on
// Node, interleaved, ROUNDS times each; medians of wall and CPU time (of the
// whole process, start-up included) are compared.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ts } from "ts-morph";
import { transpile } from "../dist/index.js";
import { PY_CPU, median, timed } from "./timing.js";

const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 3);
const PYTHON = "/usr/bin/python3";
const root = join(fileURLToPath(import.meta.url), "..", "..");
const source = join(root, "bench", "http", "exchange.py");
const out = join(root, ".tsyncio-out", "bench");
mkdirSync(out, { recursive: true });


if (!existsSync(PYTHON) || spawnSync(PYTHON, ["-c", "import aiohttp"]).status !== 0) {
  console.log(`http workload skipped: ${PYTHON} has no aiohttp (apt-get install python3-aiohttp)`);
  process.exit(0);
}

const { code, diagnostics } = await transpile(readFileSync(source, "utf8"), { file: "exchange.py" });
if (diagnostics.some((d) => d.severity === "error")) throw new Error("bench/http/exchange.py does not translate");
const translated = join(out, "http-exchange.translated.mjs");
writeFileSync(translated, ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
const preload = pathToFileURL(join(root, "bench", "cpu-report.mjs")).href;

const runs = { cpython: [], tsyncio: [] };
for (let i = 0; i < ROUNDS; i++) {
  runs.cpython.push(timed(PYTHON, ["-c", PY_CPU, source]));
  runs.tsyncio.push(timed(process.execPath, ["--import", preload, translated]));
}
const same = runs.cpython.every((r) => r.stdout === runs.tsyncio[0].stdout);
const m = (k, f) => median(runs[k].map((r) => r[f]));
console.log(`http workload (aiohttp server + client, 10,000 requests), median of ${ROUNDS} runs`);
console.log("time  CPython ms  tsyncio ms  CPython/tsyncio  same output");
for (const [kind, field] of [["wall", "ms"], ["cpu", "cpu"]]) {
  const py = m("cpython", field);
  const tsy = m("tsyncio", field);
  console.log(`${kind.padEnd(4)} ${py.toFixed(0).padStart(11)} ${tsy.toFixed(0).padStart(11)} ${(py / tsy).toFixed(2).padStart(15)}x  ${kind === "wall" ? (same ? "yes" : "NO") : ""}`);
}
if (!same) process.exitCode = 1;
