/**
 * Helpers for the conformance suite: find the samples, run one under
 * CPython, translate it with tsyncio and run the translation under Node.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { ts } from "ts-morph";
import { transpile } from "../../src/index.js";

const run = promisify(execFile);
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SAMPLES = join(ROOT, "samples");
/** Inside the package, so `tsyncio/runtime` resolves to the built runtime by self-reference. */
export const OUT = join(ROOT, ".tsyncio-out");

export function listSamples(dir = SAMPLES): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "repos") out.push(...listSamples(full));
    } else if (name.endsWith(".py")) out.push(relative(SAMPLES, full));
  }
  return out;
}

export interface KnownFailure {
  reason: string;
}

export function knownFailures(): Record<string, KnownFailure> {
  const data = JSON.parse(readFileSync(join(SAMPLES, "known-failures.json"), "utf8")) as Record<string, string | KnownFailure>;
  const out: Record<string, KnownFailure> = {};
  for (const [k, v] of Object.entries(data)) if (!k.startsWith("$")) out[k] = typeof v === "string" ? { reason: v } : v;
  return out;
}

export interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

async function capture(cmd: string, args: string[], cwd: string): Promise<Outcome> {
  try {
    const r = await run(cmd, args, { cwd, timeout: 20_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PYTHONHASHSEED: "0" } });
    return { stdout: r.stdout, stderr: r.stderr, status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number | string };
    return { stdout: err.stdout ?? "", stderr: err.stderr ?? String(e), status: typeof err.code === "number" ? err.code : 1 };
  }
}

/**
 * Samples that need third-party packages (aiohttp, requests) run under
 * Debian's own interpreter, which has them from apt (python3-aiohttp,
 * python3-requests; .ci/run installs them): pip's registry is not reachable.
 */
const SYSTEM_PYTHON_DIRS = ["http/"];
export const SYSTEM_PYTHON = "/usr/bin/python3";

export function pythonFor(sample: string): string {
  return SYSTEM_PYTHON_DIRS.some((d) => sample.startsWith(d)) ? SYSTEM_PYTHON : "python3";
}

export function runPython(sample: string): Promise<Outcome> {
  const file = join(SAMPLES, sample);
  return capture(pythonFor(sample), [file], dirname(file));
}

export interface Translation {
  tsFile: string;
  diagnostics: string[];
  code: string;
}

export async function translate(sample: string): Promise<Translation> {
  const source = readFileSync(join(SAMPLES, sample), "utf8");
  const result = await transpile(source, { file: sample });
  const tsFile = join(OUT, sample.replace(/\.py$/, ".ts"));
  mkdirSync(dirname(tsFile), { recursive: true });
  writeFileSync(tsFile, result.code);
  return {
    tsFile,
    code: result.code,
    diagnostics: result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`),
  };
}

export async function runTranslation(t: Translation): Promise<Outcome> {
  const js = ts.transpileModule(t.code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const jsFile = t.tsFile.replace(/\.ts$/, ".mjs");
  writeFileSync(jsFile, js);
  return capture(process.execPath, [jsFile], dirname(jsFile));
}
