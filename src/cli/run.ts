/**
 * `tsyncio run app.py args…` and `tsyncio run -m pkg.mod args…`: what
 * `python3` would run, translated and run on Node. The script's folder (the
 * current one for `-m` and stdin) and then PYTHONPATH stand for `sys.path`;
 * the modules the program imports from there are translated with it, as a
 * project (see project/program.ts), each one cached, and the entry runs.
 */
import { delimiter, dirname, relative, resolve } from "node:path";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { packageVersion, sha256, stableJson, toolFingerprint } from "../migrate/fingerprint.js";
import { createLocator } from "../project/locate.js";
import { sourcePathOf, type ModuleId } from "../project/modules.js";
import { collectProgram, type ProgramModule } from "../project/program.js";
import type { ModuleSummary } from "../project/summary.js";
import { InputError, readSource } from "./io.js";
import { readCached, writeCached, type CachedModule } from "./run-cache.js";

export interface RunOptions {
  file?: string;
  module?: string;
  show: boolean;
  strict: boolean;
  json: boolean;
}

/** What python3 prints for a script or module it cannot find, and its status. */
function cannotStart(message: string, status: number): number {
  process.stderr.write(`tsyncio: ${message}\n`);
  return status;
}

function pythonPath(): string[] {
  return (process.env["PYTHONPATH"] ?? "").split(delimiter).filter((p) => p !== "").map((p) => resolve(p));
}

interface Entry extends ModuleId {
  file: string;
  source: string;
  /** `sys.argv[0]`. */
  argv0: string;
  /** The name diagnostics give the entry file: as the user wrote it. */
  shown: string;
  roots: string[];
}

function findEntry(opts: RunOptions): Entry | number {
  if (opts.module !== undefined) {
    const roots = [process.cwd(), ...pythonPath()];
    const locate = createLocator(roots);
    let found = locate(opts.module);
    // `python3 -m pkg` runs the package's __main__ module.
    if (found?.isPackage) found = locate(`${opts.module}.__main__`);
    if (!found?.file) return cannotStart(`No module named ${opts.module}${found === null && locate(opts.module) ? ".__main__" : ""}`, 1);
    let source: string;
    try {
      source = readSource(found.file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      return cannotStart(e.message, e.exitCode);
    }
    return { module: found.module, isPackage: found.isPackage, file: found.file, source, argv0: found.file, shown: relative(process.cwd(), found.file), roots };
  }
  const file = opts.file || "-";
  let source: string;
  try {
    source = readSource(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const shown = file === "-" ? "<stdin>" : file;
    if (opts.json) process.stderr.write(JSON.stringify({ diagnostics: [{ code: e.code, severity: "error", message: e.message, file: shown, line: 0, column: 0 }] }, null, 2) + "\n");
    else process.stderr.write(`${shown} - error ${e.code}: ${e.message}\n`);
    return e.exitCode;
  }
  if (file === "-") return { module: "__main__", isPackage: false, file: resolve("<stdin>"), source, argv0: "-", shown: "<stdin>", roots: [process.cwd(), ...pythonPath()] };
  const abs = resolve(file);
  const base = abs.split(/[\\/]/).pop()!.replace(/\.py$/, "");
  return { module: base, isPackage: false, file: abs, source, argv0: file, shown: file, roots: [dirname(abs), ...pythonPath()] };
}

interface Translated extends CachedModule {
  module: ProgramModule;
  shown: string;
}

/** The path a module's JavaScript gets in the run folder. */
function jsPath(m: ModuleId): string {
  return sourcePathOf(m).replace(/\.py$/, ".js");
}

async function translateAll(modules: ProgramModule[], entry: Entry, runtime: string): Promise<Translated[]> {
  const single = modules.length === 1;
  const shownOf = (m: ProgramModule): string => (m === modules[0] ? entry.shown : relative(process.cwd(), m.file).startsWith("..") ? m.file : relative(process.cwd(), m.file));
  const fingerprint = toolFingerprint();
  // Summaries of every module first (they key each translation), then the translations.
  let project: Record<string, ModuleSummary> | undefined;
  const summaryKey = (m: ProgramModule) => sha256(fingerprint, "summary", m.module, String(m.isPackage), m.source);
  if (!single) {
    const { summarizeModule } = await import("../project/summary.js");
    project = {};
    for (const m of modules) {
      const key = summaryKey(m);
      const hit = readCached<{ summary: ModuleSummary | null }>(key);
      const summary = hit ? hit.summary : summarizeModule(m.source, m);
      if (!hit) writeCached(key, { summary });
      if (summary) project[m.module] = summary;
    }
  }
  const projectDigest = project ? sha256(stableJson(project)) : "";
  const out: Translated[] = [];
  for (const m of modules) {
    const shown = shownOf(m);
    const key = sha256(fingerprint, packageVersion(), m.file, shown, m.module, String(m.isPackage), m.source, projectDigest, runtime);
    let entryCache = readCached<CachedModule>(key);
    if (!entryCache || typeof entryCache.js !== "string") {
      entryCache = await translateOne(m, shown, runtime, project);
      writeCached(key, entryCache);
    }
    out.push({ ...entryCache, module: m, shown });
  }
  return out;
}

async function translateOne(m: ProgramModule, shown: string, runtime: string, project: Record<string, ModuleSummary> | undefined): Promise<CachedModule> {
  const { transpile } = await import("../index.js");
  const { compileModule } = await import("./execute.js");
  if (project && m.source.trim() === "") {
    // A bare package __init__.py: valid, and nothing to run.
    return { code: "export {};\n", js: "export {};\n", diagnostics: [] };
  }
  const result = await transpile(m.source, { file: shown, runtime, sourceMapSource: m.file, ...(project ? { project, module: m.module, isPackage: m.isPackage } : {}) });
  if (!result.code) return { code: "", js: "", diagnostics: result.diagnostics };
  const compiled = compileModule(result.code, jsPath(m).replace(/\.js$/, ".ts"), result.map);
  return { code: result.code, js: compiled.js, ...(compiled.map ? { map: compiled.map } : {}), diagnostics: result.diagnostics };
}

function report(modules: Translated[], opts: RunOptions): boolean {
  const all: Diagnostic[] = modules.flatMap((t) => t.diagnostics);
  if (opts.json) process.stderr.write(JSON.stringify({ diagnostics: all }, null, 2) + "\n");
  else for (const t of modules) for (const d of t.diagnostics) process.stderr.write(formatDiagnostic(d, t.module.source) + "\n");
  return modules.some((t) => t.code === "") || all.some((d) => d.severity === "error" || opts.strict);
}

export async function runCommand(opts: RunOptions, programArgs: string[]): Promise<number | NodeJS.Signals> {
  const entry = findEntry(opts);
  if (typeof entry === "number") return entry;
  const program = collectProgram(entry, entry.roots);
  if (program.diagnostics.length > 0) {
    for (const d of program.diagnostics) process.stderr.write(`${d.file} - error ${d.code}: ${d.message}\n`);
    return 1;
  }
  const { RUNTIME_URL, runModules } = await import("./execute.js");
  const translated = await translateAll(program.modules, entry, RUNTIME_URL);
  if (report(translated, opts)) return 1;
  if (opts.show) {
    for (const t of translated) {
      const shown = t.code.split(RUNTIME_URL).join("tsyncio/runtime");
      process.stdout.write(`// ---- ${t.shown} translated to TypeScript ----\n${shown}`);
    }
    process.stdout.write("// ---- running it ----\n");
  }
  const files = translated.map((t) => ({ path: jsPath(t.module), js: t.js, source: t.module.file, ...(t.map ? { map: t.map } : {}) }));
  return runModules(files, jsPath(program.entry), entry.argv0, programArgs);
}
