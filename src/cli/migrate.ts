/**
 * `tsyncio migrate <src> --out <dir>`: the command-line face of migrate().
 * Text mode prints the diagnostics of the files that failed (with code
 * frames) on stderr and a one-line summary on stdout; `--json` prints the
 * whole report on stdout instead. Exit status: 0 everything translated,
 * 1 some file failed or was not written, 2 usage or I/O error.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import type { Argv, CommandModule } from "yargs";
import { formatDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { DiagnosticCode } from "../diagnostics/codes.js";
import type { FileReport, MigrateReport } from "../migrate/index.js";
import { summaryLine } from "../migrate/report.js";
import { progressPrinter } from "./progress.js";

interface MigrateArgs {
  src: string;
  out?: string;
  include?: string[];
  exclude?: string[];
  workers?: number;
  runtime: "copy" | "package";
  force: boolean;
  check: boolean;
  overwrite: boolean;
  "allow-out-in-src": boolean;
  "source-map": boolean;
  progress: boolean;
  strict: boolean;
  json: boolean;
}

function builder(y: Argv) {
  return y
    .positional("src", { type: "string", demandOption: true, describe: "the folder holding the Python sources" })
    .option("out", { alias: "o", type: "string", describe: "the folder to write the TypeScript project to" })
    .option("include", { type: "string", array: true, describe: "only migrate files matching these globs (relative to src)" })
    .option("exclude", { type: "string", array: true, describe: "leave out files and folders matching these globs" })
    .option("workers", { type: "number", describe: "worker threads (default: the number of cores; 1 = no threads)" })
    .option("runtime", { choices: ["copy", "package"] as const, default: "copy" as const, describe: "copy the runtime into out/runtime, or depend on the tsyncio package" })
    .option("force", { type: "boolean", default: false, describe: "retranslate every file, ignoring the cache" })
    .option("check", { type: "boolean", default: false, describe: "translate without writing; exit 1 if any file would fail" })
    .option("overwrite", { type: "boolean", default: false, describe: "replace files in out that tsyncio did not write" })
    .option("allow-out-in-src", { type: "boolean", default: false, describe: "allow the output folder inside the sources (or equal to them)" })
    .option("source-map", { type: "boolean", default: false, describe: "write a .ts.map beside each file (TypeScript → Python) and have tsc map the JavaScript" })
    .option("progress", { type: "boolean", default: true, describe: "show progress on stderr (--no-progress to hide)" });
}

function printFailures(report: MigrateReport, srcArg: string): void {
  for (const f of report.files) {
    if (f.status === "ok") continue;
    const shown = join(srcArg, f.path);
    let source: string | undefined;
    try {
      source = readFileSync(join(report.src, f.path), "utf8");
    } catch {
      source = undefined;
    }
    for (const d of flatten(f, shown)) process.stderr.write(formatDiagnostic(d, source) + "\n");
    if (f.note) process.stderr.write(`${shown}: ${f.note}\n`);
  }
}

function flatten(f: FileReport, file: string): Diagnostic[] {
  return Object.entries(f.diagnostics)
    .flatMap(([code, list]) => list.map((d) => ({ ...d, code: code as DiagnosticCode, file })))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

async function run(argv: MigrateArgs): Promise<number> {
  const progress = argv.progress ? progressPrinter(process.stderr) : undefined;
  let report: MigrateReport;
  // Loaded here, not at the top: the translator must load after main.ts has enabled the compile cache.
  const { migrate, MigrateError } = await import("../migrate/index.js");
  const cores = availableParallelism();
  if (typeof argv.workers === "number" && Number.isInteger(argv.workers) && argv.workers > cores) process.stderr.write(`tsyncio: warning: --workers ${argv.workers} is more than the ${cores} cores of this machine: using ${cores}\n`);
  try {
    report = await migrate({
      src: argv.src,
      out: argv.out,
      include: argv.include,
      exclude: argv.exclude,
      workers: argv.workers,
      runtime: argv.runtime,
      force: argv.force,
      check: argv.check,
      strict: argv.strict,
      overwrite: argv.overwrite,
      allowOutInSrc: argv["allow-out-in-src"],
      sourceMap: argv["source-map"],
      onProgress: progress?.onProgress,
    });
  } catch (e) {
    progress?.finish();
    if (!(e instanceof MigrateError)) throw e;
    process.stderr.write(`tsyncio: ${e.message}\n`);
    return e.exitCode;
  }
  progress?.finish();
  if (argv.json) process.stdout.write(JSON.stringify(report, null, 2) + "\n");
  else {
    printFailures(report, argv.src);
    process.stdout.write(summaryLine(report) + "\n");
  }
  return report.exitCode;
}

export function migrateCommand(setStatus: (status: number) => void): CommandModule<{ strict: boolean; json: boolean }, MigrateArgs> {
  return {
    command: "migrate <src>",
    describe: "translate a folder of Python modules into a TypeScript project",
    builder: builder as unknown as CommandModule<{ strict: boolean; json: boolean }, MigrateArgs>["builder"],
    handler: async (argv) => setStatus(await run(argv)),
  };
}
