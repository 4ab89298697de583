#!/usr/bin/env node
/**
 * The tsyncio command line: `convert`, `run` and `migrate`. Exit status: 0 ok, 1 the
 * input could not be translated, 2 usage or I/O errors.
 */
import { basename } from "node:path";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError, readSource, writeAtomic } from "./io.js";
import { enableCompileCache } from "./compile-cache.js";
import { createRequire } from "node:module";
import { migrateCommand } from "./migrate.js";
import { quickConvert } from "./quick-args.js";
import { tuneV8ForTranslation } from "./v8-tuning.js";

tuneV8ForTranslation();
enableCompileCache();

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

async function translateFile(file: string, opts: Common, runtime: string): Promise<{ code: string; diags: Diagnostic[]; source: string } | number> {
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
  const result = await transpile(source, { file: name, runtime });
  return { code: result.code, diags: result.diagnostics, source };
}

async function convert(argv: Common & { file: string; out?: string }): Promise<number> {
  // yargs hands a lone "-" to the positional as an empty string.
  if (!argv.file) argv.file = "-";
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
    try {
      if (argv.out) writeAtomic(argv.out, t.code);
      else if (!argv.json) process.stdout.write(t.code);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      process.stderr.write(`${argv.out} - error ${e.code}: ${e.message}\n`);
      return e.exitCode;
    }
  }
  return bad ? 1 : 0;
}

async function run(argv: Common & { file: string; show: boolean; args: string[] }): Promise<number> {
  const { runTranslated, RUNTIME_URL } = await import("./execute.js");
  const t = await translateFile(argv.file, argv, RUNTIME_URL);
  if (typeof t === "number") return t;
  report(t.diags, t.source, argv.json);
  if (argv.json) process.stderr.write(JSON.stringify({ diagnostics: t.diags }, null, 2) + "\n");
  if (failed(t.diags, argv.strict)) return 1;
  if (argv.show) {
    const shown = t.code.replace(RUNTIME_URL, "tsyncio/runtime");
    process.stdout.write(`// ---- ${basename(argv.file)} translated to TypeScript ----\n${shown}// ---- running it ----\n`);
  }
  return runTranslated(t.code, basename(argv.file), argv.args);
}

async function main(): Promise<number> {
  const quick = quickConvert(process.argv.slice(2));
  if (quick) return convert(quick);
  const [{ default: yargs }, { hideBin }] = await Promise.all([import("yargs"), import("yargs/helpers")]);
  let status = 0;
  const parser = yargs(hideBin(process.argv))
    .scriptName("tsyncio")
    .usage("$0 <command> [options]\n\nTranslate Python asyncio programs into TypeScript that behaves the same on Node.js.")
    .option("strict", { type: "boolean", default: false, describe: "treat every diagnostic, warnings included, as an error" })
    .option("json", { type: "boolean", default: false, describe: "print diagnostics as JSON" })
    .command(
      "convert <file>",
      "translate a Python file (or - for stdin) to TypeScript",
      (y) => y.positional("file", { type: "string", demandOption: true, describe: "the .py file, or - for standard input" }).option("out", { alias: "o", type: "string", describe: "write the TypeScript here instead of stdout" }),
      async (argv) => {
        status = await convert(argv as unknown as Common & { file: string; out?: string });
      },
    )
    .command(
      "run <file> [args..]",
      "translate a Python file and run the result with Node",
      (y) => y.positional("file", { type: "string", demandOption: true }).positional("args", { type: "string", array: true, default: [] }).option("show", { type: "boolean", default: false, describe: "print the TypeScript before running it" }),
      async (argv) => {
        status = await run(argv as unknown as Common & { file: string; show: boolean; args: string[] });
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
    process.exitCode = code;
  },
  (e: unknown) => {
    // Anything reaching here is a bug in tsyncio, not bad input: say so without a stack trace.
    process.stderr.write(`tsyncio: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 2;
  },
);
