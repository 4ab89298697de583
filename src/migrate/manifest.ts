/**
 * The cache and ownership record kept in the output folder
 * (`.tsyncio-manifest.json`). Per source file: the key its translation was
 * made with and the result (so an unchanged file is neither summarised nor
 * translated again, and its diagnostics are still reported). Per output
 * file: the hash of what tsyncio wrote, which is how a later run tells its
 * own files (safe to replace or remove) from files a user wrote or edited.
 * It holds no times or absolute paths, so reruns write it byte for byte.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { ModuleSummary } from "../project/summary.js";

export const MANIFEST_NAME = ".tsyncio-manifest.json";
const FORMAT = 1;

export interface CachedFile {
  /** Hash of the summary's inputs: tool, content, module name. */
  summaryKey: string;
  summary: ModuleSummary | null;
  /** Hash of everything the translation depends on. */
  key: string;
  ok: boolean;
  lines: number;
  diagnostics: Diagnostic[];
}

export interface Manifest {
  format: number;
  files: Record<string, CachedFile>;
  /** Output path (relative to out) → sha256 of the content tsyncio wrote there. */
  owned: Record<string, string>;
}

export function emptyManifest(): Manifest {
  return { format: FORMAT, files: {}, owned: {} };
}

/** The manifest of a previous run, or an empty one (no folder yet, unreadable or older format: start afresh). */
export function readManifest(out: string): Manifest {
  try {
    const m = JSON.parse(readFileSync(join(out, MANIFEST_NAME), "utf8")) as Manifest;
    if (m.format === FORMAT && m.files && m.owned) return m;
  } catch {
    // Missing or damaged: every file is translated again, and nothing in out is considered ours.
  }
  return emptyManifest();
}

export function serializeManifest(m: Manifest): string {
  const sorted = <T>(r: Record<string, T>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]!]));
  return JSON.stringify({ format: m.format, files: sorted(m.files), owned: sorted(m.owned) }, null, 1) + "\n";
}
