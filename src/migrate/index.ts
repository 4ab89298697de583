/**
 * `tsyncio migrate` as an API: translate a Python repository into a
 * TypeScript project. The implementation is loaded on first call so that
 * importing tsyncio (and starting its CLI) does not pay for it.
 */
import type { MigrateOptions } from "./options.js";
import type { MigrateReport } from "./report.js";

export async function migrate(options: MigrateOptions): Promise<MigrateReport> {
  return (await import("./migrate.js")).migrate(options);
}

export { MigrateError, type MigrateOptions } from "./options.js";
export type { DiagnosticEntry, FileReport, FileStatus, MigrateReport, MigrateTotals, ProgressEvent, ProjectFileReport } from "./report.js";
export type { Skipped } from "./discover.js";
