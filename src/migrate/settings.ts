/**
 * The options of a run, checked and resolved: real paths, the output
 * folder's place relative to the sources (refused inside them unless
 * allowed), the runtime mode and the number of workers.
 */
import { statSync } from "node:fs";
import { MigrateError, type MigrateOptions } from "./options.js";
import { isInside, realPath } from "./paths.js";
import { defaultWorkers } from "./pool.js";
import type { RuntimeMode } from "./project.js";

/** Below this many files per thread, an extra thread does not pay for its start-up. */
const FILES_PER_THREAD = 8;

export interface Settings {
  src: string;
  out: string | null;
  check: boolean;
  mode: RuntimeMode;
  strict: boolean;
  sourceMap: boolean;
}

export function settle(options: MigrateOptions): Settings {
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
  return { src, out, check, mode: options.runtime ?? "copy", strict: options.strict === true, sourceMap: options.sourceMap === true };
}

/** Threads for `files` files: as asked, or by default the cores, but fewer for a small tree, since starting a thread costs about as much as translating a few files. */
export function workerCount(requested: number | undefined, files: number): number {
  // More threads than cores only add memory and contention: a larger request is clamped (the CLI warns).
  return requested !== undefined ? Math.min(requested, defaultWorkers()) : Math.max(1, Math.min(defaultWorkers(), Math.floor(files / FILES_PER_THREAD)));
}
