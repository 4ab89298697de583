/**
 * What a migration reports, per file and in total. `migrate()` returns it,
 * `tsyncio migrate --json` prints it; the text the CLI prints is made from
 * it too.
 */
import type { Diagnostic, Severity } from "../diagnostics/diagnostic.js";
import type { PhaseTimings } from "../index.js";
import type { Skipped } from "./discover.js";

/**
 * `ok`: translated (or would be, with --check) and written;
 * `failed`: not translatable, so not written (see the diagnostics);
 * `conflict`: translated, but the output path holds a file tsyncio did not write, so it was left alone.
 */
export type FileStatus = "ok" | "failed" | "conflict";

export interface DiagnosticEntry {
  severity: Severity;
  message: string;
  line: number;
  column: number;
}

export interface FileReport {
  /** The source, relative to `src`, `/` separated. */
  path: string;
  /** The translation, relative to `out`. */
  output: string;
  status: FileStatus;
  /** True when the result came from the cache of an earlier run (nothing retranslated). */
  cached: boolean;
  lines: number;
  /** Translation time in milliseconds (0 when cached). */
  ms: number;
  /** Diagnostics grouped by code, e.g. `{ "TSY1102": [{ severity, message, line, column }] }`. */
  diagnostics: Record<string, DiagnosticEntry[]>;
  /** Why the file was not written, when it was not. */
  note?: string;
}

export interface ProjectFileReport {
  /** `package.json`, `tsconfig.json`, or `runtime/` for the copied runtime as a whole. */
  path: string;
  /** `kept`: a file of the user's own was there and was left untouched. */
  status: "written" | "unchanged" | "kept";
}

export interface MigrateTotals {
  files: number;
  ok: number;
  failed: number;
  conflicts: number;
  /** Files translated in this run; the others came from the cache. */
  translated: number;
  cached: number;
  lines: number;
  /** Wall-clock time of the whole run. */
  ms: number;
  /** Source lines translated in this run per second of wall-clock time. */
  linesPerSecond: number;
  /** Time spent per translation phase, summed over files (and threads). */
  timings: PhaseTimings;
}

export interface MigrateReport {
  tool: string;
  src: string;
  out: string | null;
  check: boolean;
  workers: number;
  runtime: "copy" | "package";
  totals: MigrateTotals;
  files: FileReport[];
  /** Folders and `.py` files left out, with the reason. */
  skipped: Skipped[];
  /** Entry modules (sources with `if __name__ == "__main__":` or named `__main__.py`). */
  entries: string[];
  project: ProjectFileReport[];
  /** Outputs of earlier runs whose source is gone, removed now (or, if edited since, kept and listed in `kept`). */
  removed: string[];
  kept: string[];
  /** 0 all translated, 1 some file failed or conflicted, 2 an output could not be written. */
  exitCode: 0 | 1 | 2;
}

export interface ProgressEvent {
  phase: "summarize" | "translate";
  done: number;
  total: number;
  failed: number;
  /** Source lines handled so far in this phase. */
  lines: number;
  elapsedMs: number;
  /** The file just finished. */
  path: string;
}

export function groupByCode(diags: readonly Diagnostic[]): Record<string, DiagnosticEntry[]> {
  const out: Record<string, DiagnosticEntry[]> = {};
  for (const d of diags) (out[d.code] ??= []).push({ severity: d.severity, message: d.message, line: d.line, column: d.column });
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}

export function summaryLine(r: MigrateReport): string {
  const t = r.totals;
  const warnings = r.files.filter((f) => f.status === "ok").reduce((n, f) => n + Object.values(f.diagnostics).flat().filter((d) => d.severity === "warning").length, 0);
  const parts = [`${t.files} files`, `${t.ok} ok`, `${t.failed} failed`];
  if (warnings) parts.push(`${warnings} warnings in files that translated`);
  if (t.conflicts) parts.push(`${t.conflicts} not written (conflict)`);
  parts.push(`${t.translated} translated, ${t.cached} unchanged`);
  const verb = r.check ? "checked" : `migrated to ${r.out}`;
  return `tsyncio: ${verb}: ${parts.join(", ")} — ${t.lines} lines in ${(t.ms / 1000).toFixed(1)} s (${t.linesPerSecond} lines/s)`;
}
