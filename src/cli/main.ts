#!/usr/bin/env node
/**
 * The tsyncio command line: `convert`, `run` and `migrate`. Exit status: 0 ok, 1 the
 * input could not be translated, 2 usage or I/O errors.
 */
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { checkOutput, InputError, readSource, writeAtomic } from "./io.js";
import { guardStandardStreams } from "./streams.js";
import { enableCompileCache } from "./compile-cache.js";
import { createRequire } from "node:module";
import { migrateCommand } from "./migrate.js";
import { quickConvert } from "./quick-args.js";
import { splitRunArgv } from "./run-args.js";
import { withSourceMap } from "./source-map-file.js";
import { tuneV8ForTranslation } from "./v8-tuning.js";
import type { SourceMapV3 } from "../runtime/source-maps.js";

tuneV8ForTranslation();
enableCompileCache();
guardStandardStreams();

const version = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

interface Common {
  strict: boolean;
  json: boolean;
}

function report(diags: Diagnostic[], source: string, json: boolean): void {
  if (json) return;
  for (const d of diags) process.stderr.write(formatDiagnostic(d, source) + "\n");
}

function failed(diags: Diagnostic[], strict: boolean): boolean {
  return diags.some((d) => d.severity === "error" || strict);
}

async function translateFile(file: string, opts: Common & { sourceMap?: boolean }, runtime: string): Promise<{ code: string; diags: Diagnostic[]; source: string; map?: SourceMapV3 } | number> {
  let source: string;
  try {
    source = readSource(file);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    const d: Diagnostic = { code: e.code, severity: "error", message: e.message, file: file === "-" ? "<stdin>" : file, line: 0, column: 0 };
    if (opts.json) process.stdout.write(JSON.stringify({ diagnostics: [d] }, null, 2) + "\n");
    else process.stderr.write(`${d.file} - error ${d.code}: ${d.message}\n`);
    return e.exitCode;
  }
  const name = file === "-" ? "<stdin>" : file;
  // The translator (with the TypeScript compiler inside ts-morph) loads only
  // when a command needs it: --help, --version and usage errors stay quick.
  const { transpile } = await import("../index.js");
  // Modules it imports from its folder make it one module of a project: they become ES imports.
  const { siblingProject } = await import("../project/siblings.js");
  const project = file === "-" ? undefined : siblingsOf(siblingProject, file, source);
  // The map costs prettier a fifth more work: made only when asked for.
  const result = await transpile(source, { file: name, runtime, sourceMap: opts.sourceMap === true, ...project });
  return { code: result.code, diags: result.diagnostics, source, ...(result.map ? { map: result.map } : {}) };
}

/**
 * Finding the siblings parses and analyses the file on this thread, without the deep-input
 * protection transpile() has: input too deep for that stack is translated on its own, and
 * transpile() then reports what it can (an unresolved import is still a diagnostic).
 */
function siblingsOf<T>(find: (file: string, source: string) => T, file: string, source: string): T | undefined {
  try {
    return find(file, source);
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}

async function convert(argv: Common & { file: string; out?: string; sourceMap?: boolean }): Promise<number> {
  // yargs hands a lone "-" to the positional as an empty string.
  if (!argv.file) argv.file = "-";
  // `-o -` means standard output, as `-` means standard input for the file (it wrote a file named "-").
  if (argv.out === "-") argv.out = undefined;
  // Refuse a bad output path before the (slow) translation.
  if (argv.out) {
    try {
      checkOutput(argv.file, argv.out);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`${argv.out} - error ${e.code}: ${e.message}\n`);
      return e.exitCode;
    }
  }
  const t = await translateFile(argv.file, argv, "tsyncio/runtime");
  if (typeof t === "number") return t;
  report(t.diags, t.source, argv.json);
  const bad = failed(t.diags, argv.strict);
  if (argv.json) {
    const payload: Record<string, unknown> = { diagnostics: t.diags };
    if (!argv.out && t.code) payload["code"] = t.code;
    process.stdout.write(JSON.stringify(payload, null, 2) + "\n");
  }
  // With translation gaps the code is still written, TODO markers included, but the status says it failed.
  if (t.code) {
    const { code, mapText } = argv.sourceMap && t.map ? withSourceMap(t.code, t.map, argv.out, argv.file) : { code: t.code, mapText: undefined };
    try {
      if (argv.out && mapText) writeAtomic(argv.file, `${argv.out}.map`, mapText);
      if (argv.out) writeAtomic(argv.file, argv.out, code);
      else if (!argv.json) process.stdout.write(code);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`${argv.out} - error ${e.code}: ${e.message}\n`);
      return e.exitCode;
    }
  }
  return bad ? 1 : 0;
}

async function main(): Promise<number> {
  const quick = quickConvert(process.argv.slice(2));
  if (quick) return convert(quick);
  const [{ default: yargs }, { hideBin }] = await Promise.all([import("yargs"), import("yargs/helpers")]);
  let status: number | NodeJS.Signals = 0;
  // Everything after the script of `run` is the program's: yargs never sees it.
  const split = splitRunArgv(hideBin(process.argv));
  const parser = yargs(split ? split.ours : hideBin(process.argv))
    .scriptName("tsyncio")
    .usage("$0 <command> [options]\n\nTranslate Python asyncio programs into TypeScript that behaves the same on Node.js.")
    .option("strict", { type: "boolean", default: false, describe: "treat every diagnostic, warnings included, as an error" })
    .option("json", { type: "boolean", default: false, describe: "print diagnostics as JSON" })
    .command(
      "convert <file>",
      "translate a Python file (or - for stdin) to TypeScript",
      (y) => y.positional("file", { type: "string", demandOption: true, describe: "the .py file, or - for standard input" }).option("out", { alias: "o", type: "string", describe: "write the TypeScript here instead of stdout" }).option("source-map", { type: "boolean", default: false, describe: "write <out>.map mapping the TypeScript to the Python (inline with stdout)" }),
      async (argv) => {
        status = await convert(argv as unknown as Common & { file: string; out?: string; sourceMap?: boolean });
      },
    )
    .command(
      "run [file]",
      "translate a Python program and run it with Node, as python3 would run it (everything after the file or module is the program's)",
      (y) =>
        y
          .positional("file", { type: "string", describe: "the .py file, or - for standard input" })
          .option("module", { alias: "m", type: "string", describe: "run a module found on the current folder or PYTHONPATH, as python3 -m" })
          .option("show", { type: "boolean", default: false, describe: "print the TypeScript before running it" }),
      async (argv) => {
        const { runCommand } = await import("./run.js");
        const a = argv as unknown as Common & { file?: string; module?: string; show: boolean };
        if (a.file === undefined && a.module === undefined) {
          process.stderr.write("tsyncio: say which program to run: a file, - for standard input, or -m module\nRun 'tsyncio run --help' for usage.\n");
          status = 2;
          return;
        }
        status = await runCommand({ file: a.file, module: a.module, show: a.show, strict: a.strict, json: a.json }, split?.program ?? []);
      },
    )
    .command(
      migrateCommand((s) => {
        status = s;
      }),
    )
    .demandCommand(1, "Say which command to run: convert or run.")
    .strict()
    .version(version)
    .help()
    .fail((msg, err, y) => {
      if (err) throw err;
      process.stderr.write(`${y.help() && ""}tsyncio: ${msg}\nRun 'tsyncio --help' for usage.\n`);
      process.exit(2);
    });
  await parser.parseAsync();
  return status;
}

main().then(
  (code) => {
    if (typeof code === "number") process.exitCode = code;
    // The program was killed by a signal (Ctrl-C): end the same way, as python3's caller would see it.
    else process.kill(process.pid, code);
  },
  (e: unknown) => {
    // Anything reaching here is a bug in tsyncio, not bad input: say so without a stack trace.
    process.stderr.write(`tsyncio: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
