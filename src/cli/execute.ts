/**
 * `tsyncio run`: the translated TypeScript is compiled to JavaScript with
 * TypeScript's transpiler (no type check, as fast as stripping types), put
 * in a temporary folder with its runtime import pointing at this package's
 * runtime, and run by Node with stdio passed through.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

// require, not import: importing this large CommonJS package from an ES
// module makes Node scan its source for export names on every start.
const { ts } = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

export const RUNTIME_URL = pathToFileURL(new URL("../runtime/index.js", import.meta.url).pathname).href;

export function toJavaScript(tsCode: string): string {
  return ts.transpileModule(tsCode, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: false },
  }).outputText;
}

/** Run translated code (already importing RUNTIME_URL); returns the exit status. */
export function runTranslated(tsCode: string, name: string, args: string[]): number {
  const dir = mkdtempSync(join(tmpdir(), "tsyncio-run-"));
  try {
    const file = join(dir, name.replace(/\.py$/, "") + ".mjs");
    writeFileSync(file, toJavaScript(tsCode));
    const result = spawnSync(process.execPath, [file, ...args], { stdio: "inherit" });
    if (result.error) throw result.error;
    return result.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
