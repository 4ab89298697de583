/**
 * The one way tsyncio writes a file: into a temporary file beside it, then a
 * rename, so a reader (or a run cut short by Ctrl-C) never sees half a file.
 * Errors are the file system's own; callers turn them into their messages.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  // Same folder (rename stays on one file system); pid and counter keep threads and processes apart.
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${++counter}.tsyncio.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
