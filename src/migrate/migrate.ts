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
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { PhaseTimings } from "../index.js";
import { discover } from "./discover.js";
import { packageVersion, sha256, stableJson, toolFingerprint } from "./fingerprint.js";
import { readInput } from "./inputs.js";
import { emptyManifest, MANIFEST_NAME, readManifest, serializeManifest, type CachedFile } from "./manifest.js";
import { MigrateError, type MigrateOptions } from "./options.js";
import { OutputFolder, WriteError, writeAtomic } from "./output.js";
import { eachLimited, progressReporter, projectMap, summarizeAll, translateFile, type Summarised } from "./phases.js";
import { createRunner } from "./pool.js";
import { packageJson, RUNTIME_DIR, runtimeFiles, tsconfigJson } from "./project.js";
import type { FileReport, MigrateReport, ProjectFileReport } from "./report.js";
import { settle, workerCount, type Settings } from "./settings.js";

function writeProjectFiles(folder: OutputFolder, s: Settings, entries: { path: string; module: string }[]): ProjectFileReport[] {
  const status = (o: string): ProjectFileReport["status"] => (o === "conflict" ? "kept" : (o as ProjectFileReport["status"]));
  const report: ProjectFileReport[] = [];
  if (s.mode === "copy") {
    const outcomes = runtimeFiles().map((f) => folder.write(f.path, f.content));
    const overall = outcomes.includes("conflict") ? "kept" : outcomes.includes("written") ? "written" : "unchanged";
    report.push({ path: "runtime/", status: overall });
  }
  report.push({ path: "package.json", status: status(folder.write("package.json", packageJson(s.src, entries, s.mode))) });
  report.push({ path: "tsconfig.json", status: status(folder.write("tsconfig.json", tsconfigJson(s.sourceMap))) });
  return report;
}

function addTimings(into: PhaseTimings, t: PhaseTimings): void {
  into.parse += t.parse;
  into.transform += t.transform;
  into.emit += t.emit;
  into.format += t.format;
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
  const workers = workerCount(options.workers, inputs.length);
  const runner = createRunner(workers);
  // In one thread files go one at a time; with a pool, keep every worker busy: with two files in hand per
  // worker, profiles showed each worker idle 7 % of the run, waiting while the main thread (itself waiting for
  // a core) wrote a result and sent the next file; with four, 1-3 %.
  const limit = workers === 1 ? 1 : workers * 4;
  const writing = s.out && !s.check ? new OutputFolder(s.out, previous.owned, { src: s.src, allowInSrc: options.allowOutInSrc === true, overwrite: options.overwrite === true }) : null;

  const files = new Map<string, FileReport>();
  const manifestFiles: Record<string, CachedFile> = {};
  const timings: PhaseTimings = { parse: 0, transform: 0, emit: 0, format: 0 };
  let translated = 0;
  let translatedLines = 0;
  let ioError = false;
  let summaries: Map<string, Summarised>;
  try {
    summaries = await summarizeAll(inputs, cache, fingerprint, runner, limit, progressReporter(inputs.length, "summarize", started, options.onProgress));
    const project = projectMap(inputs, summaries);
    const projectDigest = sha256(stableJson(project));
    const optionsDigest = stableJson({ runtime: s.mode, strict: s.strict, ...(s.sourceMap ? { sourceMap: true } : {}) });
    const ctx = { runner, cache, summaries, project, mode: s.mode, strict: s.strict, sourceMap: s.sourceMap, src: s.src, out: s.out, writing, keyOf: (i: { path: string; hash: string }) => sha256(fingerprint, optionsDigest, i.path, i.hash, projectDigest) };
    const tick = progressReporter(inputs.length, "translate", started, options.onProgress);
    await eachLimited(inputs, limit, async (input) => {
      const outcome = await translateFile(input, ctx);
      files.set(input.path, outcome.report);
      if (outcome.cache) manifestFiles[input.path] = outcome.cache;
      if (outcome.timings) {
        translated++;
        translatedLines += input.lines;
        addTimings(timings, outcome.timings);
      }
      if (outcome.ioError) ioError = true;
      tick(input.path, input.lines, outcome.report.status === "ok");
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
    workers,
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
