/**
 * File input and output for the CLI: strict UTF-8 reading with clear
 * errors, and atomic writes (temp file + rename) so an interrupted run never
 * leaves a half-written file.
 */
import { readFileSync, statSync } from "node:fs";
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
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EACCES" ? "permission denied" : err.message;
    throw new InputError(`cannot read '${path}': ${why}`, "TSY2001", 2);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`'${path}' is not UTF-8 text (Python source must be UTF-8)`, "TSY1002", 1);
  }
}

export function writeAtomic(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw new InputError(`cannot write '${path}': ${(e as Error).message}`, "TSY2002", 2);
  }
}
