// Speed of translated asyncio programs: each workload runs under CPython, as
// tsyncio's translation on Node, and as hand-written TypeScript, in the same
// run. Prints wall times (whole process, so start-up is included) and ratios.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { transpile } from "../dist/index.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");
const here = join(root, "bench", "asyncio");
// Inside the package so `tsyncio/runtime` resolves to the built runtime.
const out = join(root, ".tsyncio-out", "bench");
mkdirSync(out, { recursive: true });

const toJs = (code) => ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;

function timed(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return { ms, stdout: r.stdout };
}

const rows = [];
for (const name of ["tasks", "semaphore", "queue"]) {
  const py = join(here, `${name}.py`);
  const { code, diagnostics } = await transpile(readFileSync(py, "utf8"), { file: `${name}.py` });
  if (diagnostics.some((d) => d.severity === "error")) throw new Error(`${name}.py does not translate`);
  const translated = join(out, `${name}.translated.mjs`);
  writeFileSync(translated, toJs(code));
  const handWritten = join(out, `${name}.hand.mjs`);
  writeFileSync(handWritten, toJs(readFileSync(join(here, `${name}.ts`), "utf8")));

  const cpython = timed("python3", [py]);
  const tsyncio = timed(process.execPath, [translated]);
  const hand = timed(process.execPath, [handWritten]);
  const same = cpython.stdout === tsyncio.stdout && tsyncio.stdout === hand.stdout;
  rows.push({ name, cpython: cpython.ms, tsyncio: tsyncio.ms, hand: hand.ms, same });
}

console.log("workload    CPython ms  tsyncio ms  hand-written ms  CPython/tsyncio  tsyncio/hand  same output");
for (const r of rows) {
  console.log(
    `${r.name.padEnd(10)} ${r.cpython.toFixed(0).padStart(10)} ${r.tsyncio.toFixed(0).padStart(11)} ${r.hand.toFixed(0).padStart(16)} ${(r.cpython / r.tsyncio).toFixed(2).padStart(15)}x ${(r.tsyncio / r.hand).toFixed(2).padStart(12)}x  ${r.same ? "yes" : "NO"}`,
  );
}
