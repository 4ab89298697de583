/**
 * The programmatic API: `transpile(source, options)` translates one Python
 * module to TypeScript and reports diagnostics. It never throws for bad
 * input; problems come back as diagnostics and `code` is then empty.
 */
import type { Diagnostic } from "./diagnostics/diagnostic.js";
import { buildSource, formatTypeScript } from "./emit/emit.js";
import { addFrameSegments, takeFrameMarks } from "./emit/expression-frames.js";
import { PositionMarks } from "./emit/positions.js";
import { buildSourceMap, type SourceMapV3 } from "./emit/source-map.js";
import { parsePython } from "./parse/parser.js";
import type { ModuleSummary } from "./project/summary.js";
import { translateModule } from "./transform/module.js";
import { deepStackAvailable, isStackOverflow, transpileWithDeepStack } from "./pipeline/deep-stack.js";
import { typeScriptSyntaxError } from "./pipeline/syntax-check.js";

export type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
export type { SourceMapV3 };
export { formatDiagnostic } from "./diagnostics/diagnostic.js";
export { DIAGNOSTIC_CODES, type DiagnosticCode } from "./diagnostics/codes.js";
export { summarizeModule, type ModuleSummary, type NameSummary } from "./project/summary.js";
export { moduleNameFor, outputPathFor } from "./project/layout.js";

export interface TranspileOptions {
  /** Name used in diagnostics and the header comment. Default `input.py`. */
  file?: string;
  /** Module the generated code imports the runtime from. Default `tsyncio/runtime`. */
  runtime?: string;
  /** Skip prettier (faster; the code is valid but not laid out). */
  format?: boolean;
  /** Dotted name of the module within its project (`app.store`); used with `project`. */
  module?: string;
  /** The file is a package's `__init__.py`; used with `project`. */
  isPackage?: boolean;
  /**
   * Summaries of every module of the project, keyed by dotted name (see
   * `summarizeModule`). When given, the file is translated as one module of
   * the project: imports of other modules become ES imports of their
   * translations, and what they define (coroutines, signatures, classes) is
   * known here. Without it, the file is a program on its own.
   */
  project?: Record<string, ModuleSummary>;
  /**
   * Make a source map (default true): the result's `map` then maps every
   * line of `code` back to the Python statement it came from.
   */
  sourceMap?: boolean;
  /** What the map's `sources` names for the Python file (default: `file`); `.ts.map` files give it relative to themselves. */
  sourceMapSource?: string;
  /** When given, milliseconds spent in each phase are added to it (for benchmarks). */
  timings?: PhaseTimings;
}

/** Time per pipeline phase: tree-sitter, analysis + transform, ts-morph, prettier. */
export interface PhaseTimings {
  parse: number;
  transform: number;
  emit: number;
  format: number;
}

/** Run `fn`, adding its duration to `timings[phase]` when timings are collected. */
function timed<T>(timings: PhaseTimings | undefined, phase: keyof PhaseTimings, fn: () => T): T {
  if (!timings) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    timings[phase] += performance.now() - start;
  }
}

export interface TranspileResult {
  /**
   * The TypeScript source. Empty when the input could not be read as Python
   * (syntax, encoding); otherwise present even with errors, with a
   * `// TODO(tsyncio)` marker at each construct that was not translated.
   */
  code: string;
  diagnostics: Diagnostic[];
  /**
   * TypeScript positions → Python file, line and column (source map v3, the
   * Python source included), each segment named after the Python function
   * the code runs in. Absent when `code` is empty or `sourceMap` is false.
   */
  map?: SourceMapV3;
}

/**
 * Translate one module. Never throws: bad input, input nested too deeply and
 * tsyncio's own failures all come back as diagnostics, with `code` empty
 * whenever it could not be trusted.
 */
export async function transpile(source: string, options: TranspileOptions = {}): Promise<TranspileResult> {
  return transpileInThisThread(source, options, false);
}

/** @internal The pipeline with its guard; `deep` says this already runs on the large stack of deep-stack.ts. */
export async function transpileInThisThread(source: string, options: TranspileOptions, deep: boolean): Promise<TranspileResult> {
  const file = options.file ?? "input.py";
  try {
    return await pipeline(source, options, file);
  } catch (e) {
    if (isStackOverflow(e)) {
      if (!deep && deepStackAvailable()) {
        const { timings: _timings, ...data } = options;
        return await transpileWithDeepStack<TranspileResult>(source, data).catch((err: unknown) => internalError(file, err));
      }
      return { code: "", diagnostics: [{ code: "TSY1004", severity: "error", message: "the input nests too deeply to translate (CPython's compiler refuses such depth too)", file, line: 1, column: 1 }] };
    }
    return internalError(file, e);
  }
}

function internalError(file: string, e: unknown): TranspileResult {
  if (process.env["TSYNCIO_DEBUG"]) process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
  const why = String((e as Error)?.message ?? e).split("\n")[0];
  return { code: "", diagnostics: [{ code: "TSY1900", severity: "error", message: `internal error: tsyncio failed on this input (${why}); nothing was written. Please report it.`, file, line: 1, column: 1 }] };
}

/** Deeper trees are emitted as ts-morph prints them, without prettier's layout. */
const MAX_FORMATTED_DEPTH = 300;

async function pipeline(source: string, options: TranspileOptions, file: string): Promise<TranspileResult> {
  const position = { file, line: 1, column: 1 };
  // A lone UTF-16 surrogate is not text: no UTF-8 file can hold it, and CPython refuses it.
  if (!(source as unknown as { isWellFormed(): boolean }).isWellFormed()) {
    return { code: "", diagnostics: [{ code: "TSY1002", severity: "error", message: "the input is not Unicode text (it holds a lone UTF-16 surrogate)", ...position }] };
  }
  if (source.includes("\u0000")) {
    return { code: "", diagnostics: [{ code: "TSY1002", severity: "error", message: "the input looks like a binary file, not Python source", ...position }] };
  }
  // An empty module (a package's bare `__init__.py`) is normal in a project.
  if (source.trim() === "" && !options.project) {
    return { code: "", diagnostics: [{ code: "TSY1003", severity: "error", message: "the input is empty: there is nothing to translate", ...position }] };
  }
  const t = options.timings;
  const parsed = timed(t, "parse", () => parsePython(source, file));
  if (parsed.diagnostics.length > 0) return { code: "", diagnostics: parsed.diagnostics };
  const text = parsed.source;
  const project = options.project ? { project: options.project, module: options.module ?? file.replace(/\.py$/, "").replace(/[\\/]/g, "."), isPackage: options.isPackage ?? false } : undefined;
  const marks = options.sourceMap === false ? undefined : new PositionMarks(text);
  const module = timed(t, "transform", () => translateModule(parsed.root, file, text, project, marks));
  const diagnostics = module.context.diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  const raw = timed(t, "emit", () =>
    buildSource({
      header: `// Translated from ${file.split(/[\\/]/).pop()} by tsyncio.`,
      statements: module.statements,
      runtimeImports: module.runtimeImports,
      runtimeSpecifier: options.runtime ?? "tsyncio/runtime",
    }),
  );
  // Lambdas' and comprehensions' frame markers come out before formatting: the layout is the same with a map and without.
  const frameMarks = marks ? takeFrameMarks(raw, marks.frameTag) : undefined;
  let code = frameMarks ? frameMarks.text : raw;
  // prettier indents every level: past a few hundred, its output grows with the square of the depth (megabytes for one line of Python).
  if (options.format !== false && parsed.depth <= MAX_FORMATTED_DEPTH) {
    const start = performance.now();
    try {
      code = await formatTypeScript(code);
      if (t) t.format += performance.now() - start;
    } catch (e) {
      if (isStackOverflow(e)) throw e;
      // Unparseable output is caught below, by TypeScript's parser, in TypeScript's words.
    }
  }
  // Never hand out TypeScript that does not parse: that is a tsyncio bug, reported as one, with no code to write.
  const broken = timed(t, "emit", () => typeScriptSyntaxError(code));
  if (broken) {
    if (process.env["TSYNCIO_DEBUG"]) process.stderr.write(code);
    return { code: "", diagnostics: [...diagnostics, { code: "TSY1900", severity: "error", message: `internal error: the TypeScript generated for this input does not parse (${broken.message} at \`${broken.text}\`); nothing was written. Please report it.`, ...position }] };
  }
  // Untranslatable constructs still give code: each is marked with a TODO comment and fails loudly if reached.
  if (!marks) return { code, diagnostics };
  const positions = marks.extract(code);
  const segments = frameMarks ? addFrameSegments(positions.code, positions.segments, frameMarks.frames) : positions.segments;
  const name = file.split(/[\\/]/).pop()!;
  const map = buildSourceMap(segments, { file: name.replace(/\.py$/, ".ts"), source: options.sourceMapSource ?? file, pySource: text });
  return { code: positions.code, diagnostics, map };
}

export { migrate, MigrateError, type MigrateOptions, type MigrateReport, type MigrateTotals, type FileReport, type FileStatus, type DiagnosticEntry, type ProgressEvent, type ProjectFileReport, type Skipped } from "./migrate/index.js";
