/**
 * Reading the sources: bytes hashed for the cache, decoded as strict UTF-8
 * (what Python requires by default). A file that cannot be read or decoded
 * fails on its own with a diagnostic; the others go on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { moduleNameFor, outputPathFor } from "../project/layout.js";
import { sha256 } from "./fingerprint.js";

export interface Input {
  /** Relative to the source folder, `/` separated. */
  path: string;
  output: string;
  module: string;
  isPackage: boolean;
  hash: string;
  lines: number;
  /** Absent when the file could not be read or decoded; `error` says why. */
  source?: string;
  error?: Diagnostic;
}

function countLines(text: string): number {
  if (text === "") return 0;
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.endsWith("\n") ? n : n + 1;
}

export function readInput(root: string, path: string): Input {
  const base = { path, output: outputPathFor(path), ...moduleNameFor(path) };
  const at = { file: path, line: 1, column: 1, severity: "error" as const };
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, path));
  } catch (e) {
    return { ...base, hash: "", lines: 0, error: { ...at, code: "TSY2001", message: `cannot read the file: ${(e as Error).message}` } };
  }
  const hash = sha256(bytes);
  try {
    const source = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ...base, hash, lines: countLines(source), source };
  } catch {
    return { ...base, hash, lines: 0, error: { ...at, code: "TSY1002", message: "the file is not UTF-8 text (Python source must be UTF-8)" } };
  }
}
