/**
 * What `migrate()` accepts, and the one error it throws: a usage or I/O
 * problem that stops the whole run before any file is translated (exit 2).
 * Problems with single files never throw; they are reported per file.
 */
import type { ProgressEvent } from "./report.js";

export interface MigrateOptions {
  /** The folder holding the Python sources. Never written to. */
  src: string;
  /** The folder the TypeScript project is written to. Optional only with `check`. */
  out?: string;
  /** Globs (relative to `src`, `/` separated); when given, only matching `.py` files are migrated. */
  include?: string[];
  /** Globs (relative to `src`) of files and folders to leave out. */
  exclude?: string[];
  /** Worker threads. Default: the number of cores. 1 translates in this thread. */
  workers?: number;
  /** `copy` (default) writes the runtime into `<out>/runtime/`; `package` imports `tsyncio/runtime`. */
  runtime?: "copy" | "package";
  /** Retranslate every file, ignoring the cache. */
  force?: boolean;
  /** Translate without writing anything; the report says what would fail. */
  check?: boolean;
  /** Any diagnostic, warnings included, makes a file fail. */
  strict?: boolean;
  /** Overwrite files in `out` that tsyncio did not write (or that were edited since). */
  overwrite?: boolean;
  /** Write a source map beside each translation (`app.ts.map`, TypeScript → Python) and have tsc map the JavaScript too. */
  sourceMap?: boolean;
  /** Allow `out` to be inside `src` or equal to it. */
  allowOutInSrc?: boolean;
  /** Called as files are summarised and translated. */
  onProgress?: (event: ProgressEvent) => void;
}

/** A problem with the run as a whole: bad folders, an unsafe output location. */
export class MigrateError extends Error {
  readonly exitCode = 2;
}
