/**
 * The translation of every sample must pass `tsc --strict --noEmit`. All
 * samples are translated into one folder and checked in a single tsc run;
 * errors are then attributed to their sample. Samples listed in
 * samples/known-typecheck-failures.json are expected to have errors.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { listSamples, OUT, ROOT, SAMPLES } from "./support/samples.js";

const run = promisify(execFile);
const DIR = join(OUT, "typecheck");
const samples = listSamples();
const known = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(join(SAMPLES, "known-typecheck-failures.json"), "utf8")) as Record<string, string>).filter(([k]) => !k.startsWith("$")),
);
const errorsBySample = new Map<string, string[]>();
const unattributed: string[] = [];

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  for (const sample of samples) {
    const { code } = await transpile(readFileSync(join(SAMPLES, sample), "utf8"), { file: sample });
    const file = join(DIR, sample.replace(/\.py$/, ".ts"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
  }
  // tsc reports no type errors at all while any file has a syntax error, so
  // files with syntax errors are reported and then left out of a second run.
  const excluded: string[] = [];
  let output = await tsc(excluded);
  const syntax = new Set(output.split("\n").filter((l) => /error TS1\d{3}:/.test(l)).map((l) => l.split("(")[0]!));
  if (syntax.size > 0) {
    excluded.push(...[...syntax].map((f) => relative(DIR, resolve(ROOT, f))));
    output = output.split("\n").filter((l) => /error TS1\d{3}:/.test(l)).join("\n") + "\n" + (await tsc(excluded));
  }
  for (const line of output.split("\n")) {
    const m = /^(.+?\.ts)\(\d+,\d+\): error/.exec(line);
    if (!m) continue;
    // tsc prints paths relative to its working directory, the repository root.
    const sample = relative(DIR, resolve(ROOT, m[1]!)).replace(/\.ts$/, ".py");
    if (!samples.includes(sample)) unattributed.push(line);
    const list = errorsBySample.get(sample) ?? [];
    list.push(line);
    errorsBySample.set(sample, list);
  }
}, 300_000);

async function tsc(exclude: string[]): Promise<string> {
  writeFileSync(
    join(DIR, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023"], types: ["node"], skipLibCheck: true },
      include: ["**/*.ts"],
      exclude,
    }),
  );
  try {
    await run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", DIR], { maxBuffer: 64 * 1024 * 1024, cwd: ROOT });
    return "";
  } catch (e) {
    return (e as { stdout?: string }).stdout ?? String(e);
  }
}

describe("translations pass tsc --strict --noEmit", () => {
  test("every tsc error belongs to a sample", () => expect(unattributed).toEqual([]));
  for (const sample of samples) {
    const check = () => expect(errorsBySample.get(sample) ?? []).toEqual([]);
    if (known[sample]) test.fails(`${sample} [known failure: ${known[sample]}]`, check);
    else test(sample, check);
  }
});
