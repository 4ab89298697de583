// The fuzzing engine: generates inputs (generate.js), asks CPython for its
// verdict on each, translates each in a watched worker thread (worker.js)
// and, for a sample of them, runs the real CLI. Returns the counts and every
// finding; a finding is a broken promise of tsyncio's:
//
//   crash        transpile() threw
//   hang         no answer within the time limit
//   no-answer    neither code nor a diagnostic
//   silent       CPython refuses the input as a syntax error, tsyncio reports no error
//   unparseable  the TypeScript tsyncio returned does not parse
//   trace        a stack trace reached the user (diagnostic text or CLI stderr)
//   cli-status   the CLI exited 0 on invalid input, or with a status other than 0, 1, 2
//   cli-file     the CLI wrote a file it should not have, or a file that does not parse
//
// Not findings, but counted: inputs CPython accepts that tsyncio refuses as
// a syntax error (refused-valid), internal errors reported as TSY1900, and
// inputs past CPython's own compiler limits that tsyncio translates.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { cpythonVerdicts } from "./cpython.js";
import { generate, loadSamples } from "./generate.js";

const ROOT = join(fileURLToPath(import.meta.url), "..", "..", "..");
const BIN = join(ROOT, "dist", "cli", "main.js");
const TRACE = /\n\s+at .+[:(]|node:internal|internal error: [^()]*$/m;

class Translator {
  constructor(format) {
    this.format = format;
    this.start();
  }
  start() {
    // A large stack, as tsyncio's own deep-input worker has: TypeScript's parser recurses on the deep code it gets back.
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { resourceLimits: { stackSizeMb: 256 } });
    this.worker.unref();
  }
  /** The worker's answer, "hang" after `limitMs`, or `{ threw }` if the thread died (the worker is then replaced). */
  translate(index, source, limitMs, parseOnly = false) {
    return new Promise((resolve) => {
      const replace = () => {
        this.worker.removeAllListeners();
        void this.worker.terminate();
        this.start();
      };
      const timer = setTimeout(() => {
        replace();
        resolve("hang");
      }, limitMs);
      const onError = (e) => {
        clearTimeout(timer);
        replace();
        resolve({ index, threw: `the fuzz worker died: ${String(e?.stack ?? e).slice(0, 1500)}` });
      };
      this.worker.once("error", onError);
      this.worker.once("message", (m) => {
        clearTimeout(timer);
        this.worker.off("error", onError);
        resolve(m);
      });
      this.worker.postMessage({ index, source, format: this.format, parseOnly });
    });
  }
  close() {
    return this.worker.terminate();
  }
}

async function runCli(translator, dir, index, source, verdict, findings) {
  const input = join(dir, `in${index}.py`);
  const output = join(dir, `out${index}.ts`);
  writeFileSync(input, source);
  const r = spawnSync(process.execPath, [BIN, "convert", input, "-o", output], { encoding: "utf8", timeout: 120_000 });
  const add = (type, detail) => findings.push({ index, type, detail, via: "cli" });
  if (r.status === null) add("hang", `CLI did not finish (${r.signal})`);
  else if (![0, 1, 2].includes(r.status)) add("cli-status", `exit ${r.status}`);
  if (TRACE.test(r.stderr)) add("trace", r.stderr.slice(0, 500));
  if (verdict.ok === false && verdict.kind === "syntax" && r.status === 0) add("cli-status", `exit 0 on input CPython refuses (${verdict.message})`);
  if (existsSync(output)) {
    if (r.status === 0 || r.status === 1) {
      const checked = await translator.translate(index, readFileSync(output, "utf8"), 120_000, true);
      if (checked === "hang" || checked.threw) add("cli-file", `could not check the written file: ${checked === "hang" ? "parse hung" : checked.threw}`);
      else if (checked.parseError) add("cli-file", `written file does not parse: ${checked.parseError}`);
    } else add("cli-file", `a file was written although the CLI failed with ${r.status}`);
  }
  rmSync(input, { force: true });
  rmSync(output, { force: true });
}

/**
 * options: seed, count, start (first index), format (prettier, default true),
 * cliEvery (run the CLI on every n-th input; 0 never), limitMs (hang limit),
 * batch (inputs judged by CPython at once), onProgress(done, total, counts).
 */
export async function fuzz(options) {
  const { seed = 1, count = 100, start = 0, format = true, cliEvery = 50, limitMs = 60_000, batch = 250, onProgress } = options;
  const samples = loadSamples(ROOT);
  const counts = { inputs: 0, cpythonValid: 0, cpythonSyntaxError: 0, cpythonLimit: 0, translated: 0, refusedWithDiagnostic: 0, refusedValid: 0, internal: 0, deepPastCpython: 0, cliRuns: 0, byKind: {} };
  const findings = [];
  const refusedValid = [];
  const translator = new Translator(format);
  const dir = mkdtempSync(join(tmpdir(), "tsyncio-fuzz-"));
  let slowest = { ms: 0, index: -1 };
  try {
    for (let b = start; b < start + count; b += batch) {
      const indices = Array.from({ length: Math.min(batch, start + count - b) }, (_, k) => b + k);
      const inputs = indices.map((i) => generate(seed, i, samples));
      const verdicts = cpythonVerdicts(inputs.map((x) => x.source));
      for (let k = 0; k < indices.length; k++) {
        const index = indices[k];
        const { kind, source } = inputs[k];
        const v = verdicts[k];
        counts.inputs++;
        counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
        if (v.ok) counts.cpythonValid++;
        else if (v.kind === "syntax") counts.cpythonSyntaxError++;
        else counts.cpythonLimit++;
        const add = (type, detail) => findings.push({ index, kind, type, detail, cpython: v.ok ? "ok" : v.message });
        const r = await translator.translate(index, source, limitMs);
        if (r === "hang") {
          add("hang", `no answer in ${limitMs} ms`);
          continue;
        }
        if (r.ms > slowest.ms) slowest = { ms: r.ms, index };
        if (r.threw) {
          add("crash", r.threw);
          continue;
        }
        const errors = r.diagnostics.filter((d) => d.severity === "error");
        if (!r.hasCode && r.diagnostics.length === 0) add("no-answer", "no code and no diagnostic");
        if (r.parseError) add("unparseable", r.parseError);
        if (r.diagnostics.some((d) => TRACE.test(d.message))) add("trace", r.diagnostics.map((d) => d.message).join(" | "));
        if (!v.ok && v.kind === "syntax" && errors.length === 0) add("silent", `CPython: ${v.message} (line ${v.line}); tsyncio: ${r.hasCode ? "translated" : "no code"}, ${r.diagnostics.length} warnings`);
        if (r.hasCode) counts.translated++;
        if (errors.length > 0) counts.refusedWithDiagnostic++;
        if (r.diagnostics.some((d) => d.code === "TSY1900")) counts.internal++;
        if (v.ok && r.diagnostics.some((d) => d.code === "TSY1001")) {
          counts.refusedValid++;
          if (refusedValid.length < 50) refusedValid.push({ index, kind, message: r.diagnostics.find((d) => d.code === "TSY1001").message });
        }
        if (!v.ok && v.kind === "limit" && r.hasCode) counts.deepPastCpython++;
        if (cliEvery > 0 && (index - start) % cliEvery === 0) {
          counts.cliRuns++;
          await runCli(translator, dir, index, source, v, findings);
        }
      }
      onProgress?.(counts.inputs, count, counts, findings);
    }
  } finally {
    await translator.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { seed, start, counts, findings, refusedValid, slowest };
}
