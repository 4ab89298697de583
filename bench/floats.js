// The cost of floats at run time: float-heavy programs (typed and untyped)
// translated and run under Node, against CPython. Figures only, no verdicts.
// Integral floats are boxed (PyFloat) where they leave arithmetic; this shows
// what that costs in code that computes with floats all the time.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { transpile } from "../dist/index.js";

const root = join(fileURLToPath(import.meta.url), "..", "..");
const out = join(root, "bench", "out", "floats");
mkdirSync(out, { recursive: true });

function timed(cmd, args) {
  const start = process.hrtime.bigint();
  const stdout = execFileSync(cmd, args, { cwd: out, encoding: "utf8", maxBuffer: 64 << 20 });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log("workload    CPython ms  tsyncio ms (median of 3)  CPython/tsyncio  same output");
for (const name of ["typed", "untyped"]) {
  const py = join(root, "bench", "floats", `${name}.py`);
  const { code } = await transpile(readFileSync(py, "utf8"), { file: `${name}.py` });
  const js = ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const mjs = join(out, `${name}.mjs`);
  writeFileSync(mjs, js);
  const cp = timed("python3", [py]);
  const runs = [0, 1, 2].map(() => timed(process.execPath, [mjs]));
  const t = median(runs.map((r) => r.ms));
  const same = runs.every((r) => r.stdout === cp.stdout);
  console.log(`${name.padEnd(10)} ${cp.ms.toFixed(0).padStart(10)} ${t.toFixed(0).padStart(11)} ${(cp.ms / t).toFixed(2).padStart(30)}x  ${same ? "yes" : "NO"}`);
}
