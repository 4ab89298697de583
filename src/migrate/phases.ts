/**
 * The two passes over the files. Phase 1 summarises every module; phase 2
 * translates each file knowing every summary, reuses the cached result when
 * the file's key is unchanged, and writes good translations as they arrive
 * (the order they arrive in does not matter: each goes to its own path).
 */
import { posix, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { PhaseTimings } from "../index.js";
import type { ModuleSummary } from "../project/summary.js";
import { sha256 } from "./fingerprint.js";
import type { Input } from "./inputs.js";
import type { CachedFile } from "./manifest.js";
import { WriteError, type OutputFolder } from "./output.js";
import type { Runner } from "./pool.js";
import { runtimeSpecifier, type RuntimeMode } from "./project.js";
import { groupByCode, type FileReport, type ProgressEvent } from "./report.js";
import type { TranslateResult } from "./tasks.js";

/** Run `fn` over `items` with at most `limit` calls in flight. */
export async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export type Tick = (path: string, lines: number, ok: boolean) => void;

export function progressReporter(total: number, phase: ProgressEvent["phase"], started: number, onProgress?: (e: ProgressEvent) => void): Tick {
  let done = 0;
  let failed = 0;
  let lines = 0;
  return (path, fileLines, ok) => {
    done++;
    lines += fileLines;
    if (!ok) failed++;
    onProgress?.({ phase, done, total, failed, lines, elapsedMs: performance.now() - started, path });
  };
}

export interface Summarised {
  key: string;
  summary: ModuleSummary | null;
}

/** Phase 1: every module's summary, from the cache when the file is unchanged. */
export async function summarizeAll(inputs: Input[], cache: Record<string, CachedFile>, fingerprint: string, runner: Runner, limit: number, tick: Tick): Promise<Map<string, Summarised>> {
  const summaries = new Map<string, Summarised>();
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
export function projectMap(inputs: Input[], summaries: Map<string, Summarised>): Record<string, ModuleSummary> {
  const byModule = new Map<string, ModuleSummary>();
  for (const input of inputs) {
    const s = summaries.get(input.path)?.summary;
    if (!s) continue;
    const existing = byModule.get(s.module);
    if (!existing || (s.isPackage && !existing.isPackage)) byModule.set(s.module, s);
  }
  return Object.fromEntries([...byModule.keys()].sort().map((k) => [k, byModule.get(k)!]));
}

export interface TranslateContext {
  runner: Runner;
  cache: Record<string, CachedFile>;
  summaries: Map<string, Summarised>;
  project: Record<string, ModuleSummary>;
  /** The cache key of a file's translation. */
  keyOf: (input: Input) => string;
  mode: RuntimeMode;
  strict: boolean;
  /** Write `<output>.map` beside each translation. */
  sourceMap: boolean;
  src: string;
  out: string | null;
  /** Null with --check. */
  writing: OutputFolder | null;
}

export interface FileOutcome {
  report: FileReport;
  /** What the manifest remembers of the file; absent when it could not be read. */
  cache?: CachedFile;
  /** Set when the file was translated in this run. */
  timings?: PhaseTimings;
  ioError?: boolean;
}

/** The result for a file whose worker died (out of memory, a native crash): that file fails, the others go on. */
function crashed(path: string, e: unknown): TranslateResult {
  const message = `internal error: the worker translating this file stopped (${(e as Error)?.message ?? String(e)})`;
  return { code: "", diagnostics: [{ code: "TSY1100", severity: "error", message, file: path, line: 1, column: 1 }], ms: 0, timings: { parse: 0, transform: 0, emit: 0, format: 0 } };
}

function isFailure(diags: readonly Diagnostic[], code: string, strict: boolean): boolean {
  return code === "" || diags.some((d) => d.severity === "error" || strict);
}

const NOT_TRANSLATED = "not written: the translation failed";

function mapPath(output: string): string {
  return `${output}.map`;
}

/** The Python file as the map beside the output names it: relative to the map's folder. */
function mapSource(input: Input, ctx: TranslateContext): string {
  const outDir = posix.dirname(posix.join(ctx.out ?? ctx.src, input.output).split(sep).join("/"));
  return posix.relative(outDir, posix.join(ctx.src.split(sep).join("/"), input.path));
}

/** Phase 2 for one file. */
export async function translateFile(input: Input, ctx: TranslateContext): Promise<FileOutcome> {
  const report: FileReport = { path: input.path, output: input.output, status: "ok", cached: false, lines: input.lines, ms: 0, diagnostics: {} };
  if (input.error) return { report: { ...report, status: "failed", diagnostics: groupByCode([input.error]), note: "not written: the file could not be read" } };

  const key = ctx.keyOf(input);
  const hit = ctx.cache[input.path];
  // A cached success counts only while its output is still exactly what tsyncio wrote.
  if (hit?.key === key && (!hit.ok || !ctx.writing || (ctx.writing.keep(input.output) && (!ctx.sourceMap || ctx.writing.keep(mapPath(input.output)))))) {
    const cached: FileReport = { ...report, status: hit.ok ? "ok" : "failed", cached: true, diagnostics: groupByCode(hit.diagnostics) };
    if (!hit.ok) cached.note = NOT_TRANSLATED;
    return { report: cached, cache: hit };
  }

  const result = await ctx.runner
    .translate({ source: input.source!, file: input.path, module: input.module, isPackage: input.isPackage, runtime: runtimeSpecifier(input.output, ctx.mode), project: ctx.project, ...(ctx.sourceMap ? { sourceMapSource: mapSource(input, ctx) } : {}) })
    .catch((e: unknown) => crashed(input.path, e));
  const failed = isFailure(result.diagnostics, result.code, ctx.strict);
  const summary = ctx.summaries.get(input.path)!;
  const outcome: FileOutcome = {
    report: { ...report, status: failed ? "failed" : "ok", ms: Math.round(result.ms * 10) / 10, diagnostics: groupByCode(result.diagnostics) },
    cache: { summaryKey: summary.key, summary: summary.summary, key, ok: !failed, lines: input.lines, diagnostics: result.diagnostics },
    timings: result.timings,
  };
  if (failed) outcome.report.note = NOT_TRANSLATED;
  else if (ctx.writing) {
    try {
      const code = result.map ? `${result.code}//# sourceMappingURL=${posix.basename(input.output)}.map\n` : result.code;
      if (result.map && ctx.writing.write(mapPath(input.output), JSON.stringify({ ...result.map, file: posix.basename(input.output) }) + "\n") === "conflict") {
        outcome.report.status = "conflict";
        outcome.report.note = `not written: ${mapPath(input.output)} already exists in the output folder and was not written by tsyncio (pass --overwrite to replace it)`;
      } else if (ctx.writing.write(input.output, code) === "conflict") {
        outcome.report.status = "conflict";
        outcome.report.note = `not written: ${input.output} already exists in the output folder and was not written by tsyncio (pass --overwrite to replace it)`;
      }
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      outcome.ioError = true;
      outcome.report.status = "failed";
      outcome.report.diagnostics = groupByCode([{ code: "TSY2002", severity: "error", message: e.message, file: input.path, line: 1, column: 1 }]);
      outcome.report.note = "not written: the output could not be written";
    }
  }
  return outcome;
}
