/**
 * The work done per file, in a worker thread or in the main one: phase 1
 * summarises a module, phase 2 translates it knowing every summary.
 * Inputs and results are plain data so they cross thread boundaries.
 */
import type { Diagnostic, PhaseTimings, SourceMapV3, TranspileOptions } from "../index.js";
import { expectManyFiles } from "../pipeline/syntax-check.js";
import { summarizeModule, type ModuleSummary } from "../project/summary.js";

/** The project-aware options of transpile(); extra fields are ignored by builds that predate them. */
interface ProjectTranspileOptions extends TranspileOptions {
  module?: string;
  isPackage?: boolean;
  project?: Record<string, ModuleSummary>;
}

export interface SummaryTask {
  source: string;
  module: string;
  isPackage: boolean;
}

export function summarize(task: SummaryTask): ModuleSummary | null {
  return summarizeModule(task.source, { module: task.module, isPackage: task.isPackage });
}

export interface TranslateTask {
  source: string;
  /** Relative path, used in diagnostics. */
  file: string;
  module: string;
  isPackage: boolean;
  runtime: string;
  project: Record<string, ModuleSummary>;
  /** When set, a source map is made, naming the Python file so (relative to where the map goes). */
  sourceMapSource?: string;
}

export interface TranslateResult {
  code: string;
  diagnostics: Diagnostic[];
  ms: number;
  timings: PhaseTimings;
  map?: SourceMapV3;
}

export async function translate(task: TranslateTask): Promise<TranslateResult> {
  const timings: PhaseTimings = { parse: 0, transform: 0, emit: 0, format: 0 };
  const maps = task.sourceMapSource !== undefined ? { sourceMap: true, sourceMapSource: task.sourceMapSource } : { sourceMap: false };
  const options: ProjectTranspileOptions = { file: task.file, runtime: task.runtime, module: task.module, isPackage: task.isPackage, project: task.project, timings, ...maps };
  let start = performance.now();
  // An empty module (a bare package `__init__.py`) is valid Python; transpile() rejects empty input only because a lone empty file is usually a mistake.
  if (task.source.trim() === "") return { code: `// Translated from ${task.file.split("/").pop()} by tsyncio.\n`, diagnostics: [], ms: 0, timings };
  try {
    // Loaded on the first translation, not with this module: the summaries need only the parser, so a
    // worker thread starts summarising without first loading ts-morph and prettier (a third of a second).
    const { transpile } = await import("../index.js");
    expectManyFiles();
    start = performance.now();
    const { code, diagnostics, map } = await transpile(task.source, options);
    return { code, diagnostics, ms: performance.now() - start, timings, ...(map ? { map } : {}) };
  } catch (e) {
    // A crash in the translator is a tsyncio bug; it fails this file only.
    const message = `internal error: ${(e as Error)?.message ?? String(e)}`;
    return { code: "", diagnostics: [{ code: "TSY1100", severity: "error", message, file: task.file, line: 1, column: 1 }], ms: performance.now() - start, timings };
  }
}
