/**
 * `migrate()`: translate a Python source tree into a TypeScript project.
 *
 * 1. find the `.py` files and read them;
 * 2. phase 1: summarise every module (what it offers importers);
 * 3. phase 2: translate every file knowing all the summaries, writing each
 *    good translation atomically as it arrives; failing files are not written;
 * 4. write the project files (runtime, package.json, tsconfig.json), remove
 *    outputs of earlier runs that are no longer produced, save the manifest.
 *
 * Everything written depends only on the inputs and options, never on the
 * number of workers or the order results arrive in, so reruns are
 * byte-identical. A file is translated again only when its cache key
 * changes: its content, its path, the summaries of the project's modules
 * (an import elsewhere can change this file's translation), the tsyncio
 * build, or the options.
 */
import { mkdirSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PhaseTimings } from "../index.js";
import type { ModuleSummary } from "../project/summary.js";
import { discover } from "./discover.js";
import { packageVersion, sha256, stableJson, toolFingerprint } from "./fingerprint.js";
import { readInput, type Input } from "./inputs.js";
import { emptyManifest, MANIFEST_NAME, readManifest, serializeManifest, type CachedFile } from "./manifest.js";
import { MigrateError, type MigrateOptions } from "./options.js";
import { OutputFolder, WriteError, writeAtomic } from "./output.js";
import { isInside, realPath } from "./paths.js";
import { createRunner, defaultWorkers, type Runner } from "./pool.js";
import type { TranslateResult } from "./tasks.js";
import { packageJson, RUNTIME_DIR, runtimeFiles, runtimeSpecifier, tsconfigJson, type RuntimeMode } from "./project.js";
import { groupByCode, type FileReport, type MigrateReport, type ProgressEvent, type ProjectFileReport } from "./report.js";

/** Below this many files per thread, an extra thread does not pay for its start-up. */
const FILES_PER_THREAD = 8;

interface Settings {
  src: string;
  out: string | null;
  check: boolean;
  mode: RuntimeMode;
  workers: number;
  strict: boolean;
}

function settle(options: MigrateOptions): Settings {
  const src = realPath(options.src);
  if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) throw new MigrateError(`'${options.src}' is not a folder: give the folder holding the Python sources`);
  const check = options.check === true;
  if (!options.out && !check) throw new MigrateError("say where to write the TypeScript project: --out <folder>");
  const out = options.out ? realPath(options.out) : null;
  if (out && isInside(out, src) && !options.allowOutInSrc) {
    const where = out === src ? "is the source folder" : "is inside the source folder";
    throw new MigrateError(`the output folder '${options.out}' ${where}; tsyncio never writes into the sources unless you pass --allow-out-in-src`);
  }
  if (out && statSync(out, { throwIfNoEntry: false })?.isFile()) throw new MigrateError(`the output '${options.out}' is a file, not a folder`);
  if (options.workers !== undefined && !(Number.isInteger(options.workers) && options.workers >= 1)) throw new MigrateError(`--workers must be a whole number of at least 1, not ${options.workers}`);
  const workers = options.workers ?? defaultWorkers();
  return { src, out, check, mode: options.runtime ?? "copy", workers, strict: options.strict === true };
}

/** Run `fn` over `items` with at most `limit` calls in flight. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function progressReporter(total: number, phase: ProgressEvent["phase"], started: number, onProgress?: (e: ProgressEvent) => void) {
  let done = 0;
  let failed = 0;
  let lines = 0;
  return (path: string, fileLines: number, ok: boolean) => {
    done++;
    lines += fileLines;
    if (!ok) failed++;
    onProgress?.({ phase, done, total, failed, lines, elapsedMs: performance.now() - started, path });
  };
}

/** Phase 1: every module's summary, from the cache when the file is unchanged. */
async function summarizeAll(inputs: Input[], cache: Record<string, CachedFile>, fingerprint: string, runner: Runner, limit: number, tick: ReturnType<typeof progressReporter>) {
  const summaries = new Map<string, { key: string; summary: ModuleSummary | null }>();
  await eachLimited(inputs, limit, async (input) => {
    if (input.source !== undefined) {
      const key = sha256(fingerprint, input.path, input.hash);
      const cached = cache[input.path];
      // A summary that cannot be made (a crashed worker) leaves the module out of the project map; its translation reports the problem.
      const summary = cached?.summaryKey === key ? cached.summary : await runner.summarize({ source: input.source, module: input.module, isPackage: input.isPackage }).catch(() => null);
      summaries.set(input.path, { key, summary });
    }
    tick(input.path, input.lines, true);
  });
  return summaries;
}

/** The project's modules by dotted name, in a fixed order; a package wins over a same-named module, as in Python. */
function projectMap(inputs: Input[], summaries: Map<string, { summary: ModuleSummary | null }>): Record<string, ModuleSummary> {
  const byModule = new Map<string, ModuleSummary>();
  for (const input of inputs) {
    const s = summaries.get(input.path)?.summary;
    if (!s) continue;
    const existing = byModule.get(s.module);
    if (!existing || (s.isPackage && !existing.isPackage)) byModule.set(s.module, s);
  }
  return Object.fromEntries([...byModule.keys()].sort().map((k) => [k, byModule.get(k)!]));
}

/** The result for a file whose worker died (out of memory, a native crash): that file fails, the others go on. */
function crashed(path: string, e: unknown): TranslateResult {
  const message = `internal error: the worker translating this file stopped (${(e as Error)?.message ?? String(e)})`;
  return { code: "", diagnostics: [{ code: "TSY1100", severity: "error", message, file: path, line: 1, column: 1 }], ms: 0, timings: { parse: 0, transform: 0, emit: 0, format: 0 } };
}

function isFailure(diags: readonly Diagnostic[], code: string, strict: boolean): boolean {
  return code === "" || diags.some((d) => d.severity === "error" || strict);
}

function addTimings(into: PhaseTimings, t: PhaseTimings): void {
  into.parse += t.parse;
  into.transform += t.transform;
  into.emit += t.emit;
  into.format += t.format;
}

function writeProjectFiles(folder: OutputFolder, s: Settings, entries: { path: string; module: string }[]): ProjectFileReport[] {
  const status = (o: string): ProjectFileReport["status"] => (o === "conflict" ? "kept" : (o as ProjectFileReport["status"]));
  const report: ProjectFileReport[] = [];
  if (s.mode === "copy") {
    const outcomes = runtimeFiles().map((f) => folder.write(f.path, f.content));
    const overall = outcomes.includes("conflict") ? "kept" : outcomes.includes("written") ? "written" : "unchanged";
    report.push({ path: "runtime/", status: overall });
  }
  report.push({ path: "package.json", status: status(folder.write("package.json", packageJson(s.src, entries, s.mode))) });
  report.push({ path: "tsconfig.json", status: status(folder.write("tsconfig.json", tsconfigJson())) });
  return report;
}

export async function migrate(options: MigrateOptions): Promise<MigrateReport> {
  const started = performance.now();
  const s = settle(options);
  const found = discover(s.src, { include: options.include, exclude: options.exclude, avoid: s.out ? [s.out] : [] });
  // The copied runtime lives in out/runtime/; translations there would mix with it (runtime/index.ts would shadow runtime/index.js).
  const clash = s.mode === "copy" ? found.files.find((f) => f.startsWith(`${RUNTIME_DIR}/`)) : undefined;
  if (clash) throw new MigrateError(`the sources have a '${RUNTIME_DIR}/' folder (${clash}), where the copied tsyncio runtime goes: use --runtime package`);
  if (s.out && !s.check) {
    try {
      mkdirSync(s.out, { recursive: true });
    } catch (e) {
      throw new MigrateError(`cannot create the output folder '${options.out}': ${(e as Error).message}`);
    }
  }
  const previous = s.out ? readManifest(s.out) : emptyManifest();
  const cache = options.force ? {} : previous.files;
  const fingerprint = toolFingerprint();
  const inputs = found.files.map((path) => readInput(s.src, path));
  // Starting a thread costs about as much as translating a few files, so a small tree runs in fewer threads unless told otherwise.
  if (options.workers === undefined) s.workers = Math.max(1, Math.min(s.workers, Math.floor(inputs.length / FILES_PER_THREAD)));
  const runner = createRunner(s.workers);
  // In one thread files go one at a time; with a pool, keep every worker busy.
  const limit = s.workers === 1 ? 1 : s.workers * 2;
  const folder = s.out ? new OutputFolder(s.out, previous.owned, { src: s.src, allowInSrc: options.allowOutInSrc === true, overwrite: options.overwrite === true }) : null;
  const writing = folder && !s.check ? folder : null;

  const files = new Map<string, FileReport>();
  const manifestFiles: Record<string, CachedFile> = {};
  const timings: PhaseTimings = { parse: 0, transform: 0, emit: 0, format: 0 };
  let translated = 0;
  let translatedLines = 0;
  let ioError = false;
  let summaries: Map<string, { key: string; summary: ModuleSummary | null }>;
  try {
    summaries = await summarizeAll(inputs, cache, fingerprint, runner, limit, progressReporter(inputs.length, "summarize", started, options.onProgress));
    const project = projectMap(inputs, summaries);
    const projectDigest = sha256(stableJson(project));
    const optionsDigest = stableJson({ runtime: s.mode, strict: s.strict });
    const tick = progressReporter(inputs.length, "translate", started, options.onProgress);

    await eachLimited(inputs, limit, async (input) => {
      const report: FileReport = { path: input.path, output: input.output, status: "ok", cached: false, lines: input.lines, ms: 0, diagnostics: {} };
      files.set(input.path, report);
      if (input.error) {
        Object.assign(report, { status: "failed", diagnostics: groupByCode([input.error]), note: "not written: the file could not be read" });
        tick(input.path, input.lines, false);
        return;
      }
      const summary = summaries.get(input.path)!;
      const key = sha256(fingerprint, optionsDigest, input.path, input.hash, projectDigest);
      const hit = cache[input.path];
      if (hit?.key === key && (!hit.ok || !writing || writing.keep(input.output))) {
        manifestFiles[input.path] = hit;
        Object.assign(report, { status: hit.ok ? "ok" : "failed", cached: true, diagnostics: groupByCode(hit.diagnostics) });
        if (!hit.ok) report.note = "not written: the translation failed";
        tick(input.path, input.lines, hit.ok);
        return;
      }
      const result = await runner
        .translate({ source: input.source!, file: input.path, module: input.module, isPackage: input.isPackage, runtime: runtimeSpecifier(input.output, s.mode), project })
        .catch((e: unknown) => crashed(input.path, e));
      translated++;
      translatedLines += input.lines;
      addTimings(timings, result.timings);
      const failed = isFailure(result.diagnostics, result.code, s.strict);
      manifestFiles[input.path] = { summaryKey: summary.key, summary: summary.summary, key, ok: !failed, lines: input.lines, diagnostics: result.diagnostics };
      Object.assign(report, { status: failed ? "failed" : "ok", ms: Math.round(result.ms * 10) / 10, diagnostics: groupByCode(result.diagnostics) });
      if (failed) report.note = "not written: the translation failed";
      else if (writing) {
        try {
          if (writing.write(input.output, result.code) === "conflict") {
            report.status = "conflict";
            report.note = `not written: ${input.output} already exists in the output folder and was not written by tsyncio (pass --overwrite to replace it)`;
          }
        } catch (e) {
          if (!(e instanceof WriteError)) throw e;
          ioError = true;
          report.status = "failed";
          report.diagnostics = groupByCode([{ code: "TSY2002", severity: "error", message: e.message, file: input.path, line: 1, column: 1 }]);
          report.note = "not written: the output could not be written";
        }
      }
      tick(input.path, input.lines, report.status === "ok");
    });
  } finally {
    await runner.close();
  }

  const entries = inputs.filter((i) => summaries.get(i.path)?.summary?.hasMainGuard || basename(i.path) === "__main__.py").map((i) => ({ path: i.path, module: i.module }));
  let project: ProjectFileReport[] = [];
  const removed: string[] = [];
  const kept: string[] = [];
  if (writing && s.out) {
    try {
      project = writeProjectFiles(writing, s, entries);
      for (const rel of Object.keys(previous.owned).sort()) {
        if (rel in writing.owned) continue;
        (writing.remove(rel) ? removed : kept).push(rel);
      }
      writeAtomic(join(s.out, MANIFEST_NAME), serializeManifest({ format: previous.format, files: manifestFiles, owned: writing.owned }));
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      throw new MigrateError(e.message);
    }
  }

  const list = inputs.map((i) => files.get(i.path)!);
  const count = (f: (r: FileReport) => boolean) => list.filter(f).length;
  const ms = performance.now() - started;
  const failed = count((r) => r.status === "failed");
  const conflicts = count((r) => r.status === "conflict");
  return {
    tool: `tsyncio ${packageVersion()}`,
    src: s.src,
    out: s.out,
    check: s.check,
    workers: s.workers,
    runtime: s.mode,
    totals: {
      files: list.length,
      ok: count((r) => r.status === "ok"),
      failed,
      conflicts,
      translated,
      cached: count((r) => r.cached),
      lines: list.reduce((n, r) => n + r.lines, 0),
      ms: Math.round(ms),
      linesPerSecond: Math.round(translatedLines / (ms / 1000)),
      timings,
    },
    files: list,
    skipped: found.skipped,
    entries: entries.map((e) => e.path),
    project,
    removed,
    kept,
    exitCode: ioError ? 2 : failed + conflicts > 0 ? 1 : 0,
  };
}
