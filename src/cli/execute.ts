/**
 * `tsyncio run`: the translated TypeScript is compiled to JavaScript with
 * TypeScript's transpiler (no type check, as fast as stripping types), with
 * a source map composed through to the Python; the modules are put in a
 * temporary folder (their runtime import points at this package's runtime)
 * and Node runs the entry with stdio passed through.
 *
 * The process behaves as `python3` would to whoever started it: the exit
 * status is the program's, and a program killed by a signal (Ctrl-C ends in
 * KeyboardInterrupt, then SIGINT) kills this process with the same signal.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { SourceMapV3 } from "../runtime/source-maps.js";
import { composeMaps } from "../emit/source-map.js";

/**
 * TypeScript's compiler, loaded on first use: a program whose modules are all
 * cached runs without loading it. require, not import: importing this large
 * CommonJS package from an ES module makes Node scan it for export names.
 */
function typescript(): typeof import("ts-morph").ts {
  return (createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph")).ts;
}

export const RUNTIME_URL = pathToFileURL(new URL("../runtime/index.js", import.meta.url).pathname).href;

/** JavaScript for Node, and its map straight to the Python when the TypeScript's map is given. */
export function compileModule(tsCode: string, fileName: string, map?: SourceMapV3): { js: string; map?: SourceMapV3 } {
  const ts = typescript();
  const out = ts.transpileModule(tsCode, {
    fileName,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, sourceMap: map !== undefined },
  });
  // transpileModule ends the code with its own sourceMappingURL comment; the caller writes the map beside the file.
  const js = out.outputText.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
  if (!map || !out.sourceMapText) return { js };
  return { js, map: composeMaps(JSON.parse(out.sourceMapText) as SourceMapV3, map) };
}

export function toJavaScript(tsCode: string): string {
  return compileModule(tsCode, "module.ts").js;
}

export interface RunModule {
  /** Path inside the run folder, `/` separated: `app.js`, `pkg/__init__.js`. */
  path: string;
  /** The Python file it was translated from: the module's `__file__` (absolute, as CPython gives it). */
  source?: string;
  js: string;
  map?: SourceMapV3;
}

const FORWARDED: NodeJS.Signals[] = ["SIGTERM", "SIGHUP", "SIGQUIT"];

/**
 * Run the entry of `modules` with Node; resolves to the exit status (or the
 * signal that ended the program). `argv0` is the program's `sys.argv[0]`.
 */
export async function runModules(modules: RunModule[], entry: string, argv0: string, args: string[]): Promise<number | NodeJS.Signals> {
  const dir = mkdtempSync(join(tmpdir(), "tsyncio-run-"));
  try {
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }\n');
    for (const m of modules) {
      const file = join(dir, m.path);
      mkdirSync(dirname(file), { recursive: true });
      const name = m.path.split("/").pop()!;
      writeFileSync(file, m.map ? `${m.js}//# sourceMappingURL=${name}.map\n` : m.js);
      if (m.map) writeFileSync(`${file}.map`, JSON.stringify({ ...m.map, file: name }));
    }
    const sources = Object.fromEntries(modules.filter((m) => m.source).map((m) => [join(dir, m.path), m.source!]));
    const child = spawn(process.execPath, [join(dir, entry), ...args], { stdio: "inherit", env: { ...process.env, TSYNCIO_ARGV0: argv0, TSYNCIO_SOURCES: JSON.stringify(sources) } });
    // Ctrl-C reaches the whole process group: the program handles it (KeyboardInterrupt), this process waits for it.
    const ignore = (): void => {};
    const forward = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    process.on("SIGINT", ignore);
    for (const s of FORWARDED) process.on(s, forward);
    try {
      return await new Promise<number | NodeJS.Signals>((resolve, reject) => {
        child.on("error", reject);
        child.on("exit", (code, signal) => resolve(signal ?? code ?? 1));
      });
    } finally {
      process.off("SIGINT", ignore);
      for (const s of FORWARDED) process.off(s, forward);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run one translated module (already importing RUNTIME_URL); returns the exit status. Kept for callers of the single-file form. */
export async function runTranslated(tsCode: string, name: string, args: string[]): Promise<number | NodeJS.Signals> {
  const base = name.replace(/\.py$/, "");
  return runModules([{ path: `${base}.js`, js: toJavaScript(tsCode) }], `${base}.js`, name, args);
}
