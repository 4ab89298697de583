// The differential tester's engine: run batches of generated programs under
// CPython and, translated, under Node; compare each program's output; shrink
// a difference to the fewest definitions and statements that still differ.
//
// Throughput comes from batching: one Python process and one Node process
// run a whole batch, each program a function whose output follows a marker
// line, so a batch of 200 costs about what one program costs.
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { MARK, generateProgram, renderBatch } from "./generate.js";

const run = promisify(execFile);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Inside the package, so `tsyncio/runtime` resolves to the built runtime. */
const OUT = join(ROOT, ".tsyncio-out", "fuzz");

let transpile;
async function translator() {
  transpile ??= (await import(join(ROOT, "dist", "index.js"))).transpile;
  return transpile;
}

async function capture(cmd, args, cwd, timeout) {
  try {
    const r = await run(cmd, args, { cwd, timeout, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, PYTHONHASHSEED: "0" } });
    return { stdout: r.stdout, stderr: r.stderr, status: 0 };
  } catch (e) {
    return { stdout: e.stdout ?? "", stderr: e.stderr ?? String(e), status: typeof e.code === "number" ? e.code : 1 };
  }
}

/** Output per program index, from the marker lines. */
function split(stdout) {
  const out = new Map();
  let current = null;
  for (const line of stdout.split("\n")) {
    if (line.startsWith(MARK + " ")) {
      current = Number(line.slice(MARK.length + 1));
      out.set(current, []);
    } else if (current !== null) out.get(current).push(line);
  }
  return new Map([...out].map(([k, v]) => [k, v.join("\n").replace(/\n$/, "")]));
}

/** Run one batch both ways. `translationErrors` lists error diagnostics (then nothing ran under Node). */
export async function runBatch(programs, name = "batch") {
  mkdirSync(OUT, { recursive: true });
  const source = renderBatch(programs);
  const py = join(OUT, `${name}.py`);
  writeFileSync(py, source);
  // Unformatted: prettier is most of the translation time and changes nothing that runs.
  const t = await (await translator())(source, { file: `${name}.py`, format: false });
  const errors = t.diagnostics.filter((d) => d.severity === "error");
  const timeout = 30_000 + programs.length * 500;
  const python = await capture("python3", [py], OUT, timeout);
  if (errors.length) return { source, python: split(python.stdout), pythonStderr: python.stderr, node: null, translationErrors: errors, nodeStderr: "" };
  const js = ts.transpileModule(t.code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const mjs = join(OUT, `${name}.mjs`);
  writeFileSync(join(OUT, `${name}.ts`), t.code);
  writeFileSync(mjs, js);
  const node = await capture(process.execPath, [mjs], OUT, timeout);
  return { source, python: split(python.stdout), pythonStderr: python.stderr, node: split(node.stdout), translationErrors: [], nodeStderr: node.stderr, nodeStatus: node.status };
}

function firstDifference(a = "", b = "") {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return { line: i + 1, python: x[i] ?? "<nothing>", node: y[i] ?? "<nothing>" };
  return null;
}

/**
 * Check programs; returns differing and refused ones. A batch the translator
 * refuses is split until each refused program is found; programs after a
 * Node crash are run again in a fresh batch.
 */
export async function check(programs, name = "batch") {
  const differences = [];
  const refused = [];
  const generatorErrors = [];
  let pending = programs;
  let round = 0;
  while (pending.length) {
    const r = await runBatch(pending, `${name}-${round++}`);
    if (r.translationErrors.length) {
      if (pending.length === 1) {
        refused.push({ program: pending[0], errors: r.translationErrors.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`) });
        pending = [];
        continue;
      }
      const half = Math.ceil(pending.length / 2);
      const a = await check(pending.slice(0, half), `${name}-a`);
      const b = await check(pending.slice(half), `${name}-b`);
      differences.push(...a.differences, ...b.differences);
      refused.push(...a.refused, ...b.refused);
      generatorErrors.push(...a.generatorErrors, ...b.generatorErrors);
      break;
    }
    const rerun = [];
    for (const p of pending) {
      const py = r.python.get(p.index);
      const nd = r.node.get(p.index);
      if (py === undefined) {
        generatorErrors.push({ program: p, stderr: r.pythonStderr });
        continue;
      }
      // Node stopped before this program (an earlier one crashed the process): it goes again.
      if (nd === undefined) {
        rerun.push(p);
        continue;
      }
      const at = firstDifference(py, nd);
      if (at) differences.push({ program: p, at, python: py, node: nd, stderr: r.nodeStderr.split("\n").slice(0, 12).join("\n") });
    }
    if (rerun.length && rerun.length === pending.length) {
      // Node died before the first program started (the module failed to load): find the culprit by halves.
      if (rerun.length === 1) {
        differences.push({ program: rerun[0], at: { line: 1, python: "", node: `<node exited ${r.nodeStatus}>` }, python: r.python.get(rerun[0].index), node: "", stderr: r.nodeStderr.split("\n").slice(0, 12).join("\n") });
        break;
      }
      const half = Math.ceil(rerun.length / 2);
      for (const part of [rerun.slice(0, half), rerun.slice(half)]) {
        const sub = await check(part, `${name}-h`);
        differences.push(...sub.differences);
        refused.push(...sub.refused);
        generatorErrors.push(...sub.generatorErrors);
      }
      break;
    }
    pending = rerun;
  }
  return { differences, refused, generatorErrors };
}

/** Does the program still differ (or, for a refusal, still get refused)? */
async function stillDiffers(p, original) {
  const { differences } = await check([p], "shrink");
  if (!differences.length) return false;
  // Dropping a definition often trades the difference for a NameError that differs in another way.
  const raised = (d) => /^raised (NameError|UnboundLocalError)$/m.test(d.python ?? "");
  return !raised(differences[0]) || raised(original);
}

/** Greedy shrinking: drop definitions and statements one at a time while the difference stays. */
export async function shrink(program) {
  let p = program;
  const original = (await check([program], "shrink")).differences[0] ?? {};
  let changed = true;
  while (changed) {
    changed = false;
    for (const field of ["blocks", "defs"]) {
      for (let i = p[field].length - 1; i >= 0; i--) {
        const candidate = { ...p, [field]: p[field].filter((_, j) => j !== i) };
        if (await stillDiffers(candidate, original)) {
          p = candidate;
          changed = true;
        }
      }
    }
    // Statements made of several lines: try keeping only a prefix of lines that still parses and differs.
    for (let i = 0; i < p.blocks.length; i++) {
      const lines = p.blocks[i].split("\n");
      for (let k = 1; k < lines.length; k++) {
        if (/^\s/.test(lines[k] ?? "") || /:\s*$/.test(lines[k - 1])) continue;
        const candidate = { ...p, blocks: p.blocks.map((b, j) => (j === i ? lines.slice(0, k).join("\n") : b)) };
        if (await stillDiffers(candidate, original)) {
          p = candidate;
          changed = true;
          break;
        }
      }
    }
  }
  return p;
}

export function programs(seed, count, start = 0) {
  return Array.from({ length: count }, (_, i) => generateProgram(seed, start + i));
}

export function knownDifferences() {
  const data = JSON.parse(readFileSync(join(ROOT, "scripts", "fuzz-programs", "known-differences.json"), "utf8"));
  return Object.fromEntries(Object.entries(data).filter(([k]) => !k.startsWith("$")));
}

/** The key a known difference is listed under. */
export const keyOf = (p) => `${p.seed}:${p.index}`;
