/**
 * File input and output for the CLI: strict UTF-8 reading with clear
 * errors, and atomic writes (temp file + rename) so an interrupted run never
 * leaves a half-written file. What may be written is decided in
 * fs/output-path.ts (never the input, never a device).
 */
import { readFileSync, statSync } from "node:fs";
import { describeFsError, OutputPathError, resolveOutputPath } from "../fs/output-path.js";
import { writeFileAtomic } from "../fs/write-atomic.js";

export class InputError extends Error {
  constructor(
    message: string,
    readonly code: "TSY1002" | "TSY2001" | "TSY2002",
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function readSource(path: string): string {
  let bytes: Buffer;
  try {
    if (path === "-") bytes = readFileSync(0);
    else {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError(`'${path}' is a directory, not a Python file`, "TSY2001", 2);
      // A device would be read forever (/dev/zero) or block (a terminal); a named pipe is a stream of text and is fine.
      if (!st.isFile() && !st.isFIFO()) throw new InputError(`'${path}' is not a regular file`, "TSY2001", 2);
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read '${path}': ${describeFsError(e)}`, "TSY2001", 2);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`'${path}' is not UTF-8 text (Python source must be UTF-8)`, "TSY1002", 1);
  }
}

/** Refuse an output path tsyncio must not write (see fs/output-path.ts); returns the file to replace. */
export function checkOutput(input: string, out: string): string {
  try {
    return resolveOutputPath(input, out);
  } catch (e) {
    if (e instanceof OutputPathError) throw new InputError(`cannot write '${out}': ${e.message}`, "TSY2002", 2);
    throw e;
  }
}

export function writeAtomic(input: string, out: string, text: string): void {
  // Checked again at the last moment: the file system may have changed while translating.
  const target = checkOutput(input, out);
  try {
    writeFileAtomic(target, text);
  } catch (e) {
    throw new InputError(`cannot write '${out}': ${describeFsError(e)}`, "TSY2002", 2);
  }
}
