#!/usr/bin/env node
/**
 * How close the generated TypeScript is to what an engineer would write
 * (issue #15). Translates every sample (or every .py file under the folders
 * given on the command line) and prints:
 *
 * - `any`: the number of `any` keywords in the output, in every type
 *   position (annotations, generics, `as any` casts, `any[]`), counted on the
 *   TypeScript syntax tree, so `any` in strings, comments or names is not
 *   counted. Also how many files have at least one.
 * - runtime-helper calls per 100 output lines: calls whose callee is a name
 *   the file imports from the runtime (`print(...)`, `coro(...)`,
 *   `format(...)`, `len(...)`), not member calls on an imported module object
 *   (`asyncio.sleep(...)`, which mirrors the Python call), nor `new X()`.
 *   The 15 most called helpers are listed.
 * - TS/Python line ratio: non-blank lines of the output (as emitted, i.e.
 *   after prettier) over non-blank lines of the Python source, summed over
 *   all translated files.
 * - how many translations pass `tsc --strict --noEmit` (one tsc run over all
 *   of them, errors attributed to their file, as test/typecheck.test.ts does).
 *
 * A file "translates" when transpile reports no error diagnostic.
 *
 *   npm run quality                 # the samples
 *   npm run quality -- DIR [DIR..]  # other programs
 *   npm run quality -- --json       # the figures as JSON
 *   npm run quality -- --no-tsc     # skip the tsc run (faster)
 *   npm run quality -- --lines      # where the output's lines come from
 *   npm run quality -- --reference  # the hand-written bench/reference/*.ts
 *                                   # next to the translation of their sample,
 *                                   # checking each prints what CPython prints
 */
import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import ts from "typescript";
import { pyLineBreakdown, tsLineBreakdown } from "./quality-lines.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const asJson = args.includes("--json");
const withTsc = !args.includes("--no-tsc");
const dirs = args.filter((a) => !a.startsWith("--"));
const reference = args.includes("--reference");
const withLines = args.includes("--lines");
// Inside the package, so `tsyncio/runtime` resolves to the built runtime by self-reference.
const OUT = join(ROOT, ".tsyncio-out", "quality");

const { transpile } = await import(join(ROOT, "dist", "index.js"));

function listPy(dir, skipRepos) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!(skipRepos && name === "repos") && name !== "node_modules" && !name.startsWith(".")) out.push(...listPy(full, skipRepos));
    } else if (name.endsWith(".py")) out.push(full);
  }
  return out;
}

const inputs =
  dirs.length === 0
    ? listPy(join(ROOT, "samples"), true).map((f) => ({ file: f, name: relative(join(ROOT, "samples"), f) }))
    : dirs.flatMap((d) => listPy(resolve(d), false).map((f) => ({ file: f, name: relative(resolve(d), f) || f })));

const nonBlank = (text) => text.split("\n").filter((l) => l.trim() !== "").length;
const RUNTIME = /^tsyncio\/runtime(\/|$)|\/runtime(\/index)?(\.js)?$/;

/** Counts `any` keywords and runtime-helper calls on the output's syntax tree. */
function measure(code) {
  const sf = ts.createSourceFile("out.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const helpers = new Set();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !RUNTIME.test(st.moduleSpecifier.text)) continue;
    const bindings = st.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) for (const el of bindings.elements) if (!el.isTypeOnly) helpers.add(el.name.text);
  }
  let anys = 0;
  const calls = new Map();
  const where = new Map();
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      anys++;
      const bucket = anyBucket(node);
      where.set(bucket, (where.get(bucket) ?? 0) + 1);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
      const name = node.expression.text;
      calls.set(name, (calls.get(name) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { anys, calls, where };
}

/**
 * Where an `any` keyword sits, so the biggest sources can be attacked first:
 * the declaration or expression that owns the type it is part of, and whether
 * it is the whole type (`x: any`) or inside one (`any[]`, `Map<any, any>`,
 * `Iterable<any>`).
 */
function anyBucket(node) {
  let nested = false;
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    if (ts.isArrayTypeNode(p) || ts.isTypeReferenceNode(p) || ts.isTupleTypeNode(p) || ts.isTypeOperatorNode(p)) {
      nested = true;
      continue;
    }
    if (ts.isUnionTypeNode(p) || ts.isParenthesizedTypeNode(p) || ts.isRestTypeNode(p)) continue;
    const el = nested ? " element" : "";
    if (ts.isParameter(p)) {
      if (p.dotDotDotToken) return "parameter *args/**kwargs";
      // The generator a comprehension becomes takes its source as `src$: Iterable<any>`.
      if (ts.isIdentifier(p.name) && p.name.text.endsWith("$")) return "comprehension source";
      const fn = p.parent;
      if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) return `lambda/callback parameter${el}`;
      return `parameter${el}`;
    }
    if (ts.isPropertyDeclaration(p) || ts.isPropertySignature(p)) return `field${el}`;
    if (ts.isVariableDeclaration(p)) {
      if (ts.isCatchClause(p.parent)) return "catch variable";
      if (!p.initializer) return `local declared without value (let x: any)${el}`;
      return `local with value${el}`;
    }
    if (ts.isAsExpression(p) || ts.isTypeAssertionExpression(p)) return `cast (as any)${el}`;
    if (ts.isFunctionLike(p) && p.type === child) {
      if (nested && /^(Generator|AsyncGenerator|Iterator|AsyncIterator|Iterable|AsyncIterable)$/.test(p.type.typeName?.text ?? "")) return "generator return type";
      return `return type${el}`;
    }
    if ((ts.isNewExpression(p) || ts.isCallExpression(p)) && p.typeArguments?.includes(child)) return "type argument of a call (new Map<any, any>())";
    if (ts.isTypeAliasDeclaration(p) || ts.isInterfaceDeclaration(p)) return "type alias";
    if (ts.isFunctionTypeNode(p) || ts.isTypeLiteralNode(p)) {
      nested = true;
      continue;
    }
    if (ts.isExpression(p) || ts.isStatement(p)) return `other (${ts.SyntaxKind[p.kind]})`;
  }
  return "other";
}

if (reference) {
  await compareReferences();
  process.exit(process.exitCode ?? 0);
}

/**
 * Each bench/reference/NAME.ts names its sample on its first line. Prints,
 * for both the reference and the translation of that sample, the `any` count,
 * helper calls and line ratio; fails when a reference prints something else
 * than CPython does.
 */
async function compareReferences() {
  const dir = join(ROOT, "bench", "reference");
  const run = promisify(execFile);
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ts")).sort()) {
    const code = readFileSync(join(dir, name), "utf8");
    const sample = /samples\/(\S+\.py)/.exec(code.split("\n")[0])?.[1];
    if (!sample) throw new Error(`${name}: the first line must name its sample (samples/....py)`);
    const python = readFileSync(join(ROOT, "samples", sample), "utf8");
    const js = join(OUT, name.replace(/\.ts$/, ".mjs"));
    writeFileSync(js, ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
    const [ours, cpython] = await Promise.all([run(process.execPath, [js]), run("python3", [join(ROOT, "samples", sample)])]);
    const same = ours.stdout === cpython.stdout;
    if (!same) process.exitCode = 1;
    const translated = (await transpile(python, { file: sample })).code;
    const row = (label, text) => {
      const m = measure(text);
      const helpers = [...m.calls.values()].reduce((a, b) => a + b, 0);
      return `${label}: any ${m.anys}, helper calls ${helpers}, lines ${nonBlank(text)} / ${nonBlank(python)} = ${(nonBlank(text) / nonBlank(python)).toFixed(2)}`;
    };
    console.log(`${sample}${same ? "" : "  REFERENCE OUTPUT DIFFERS FROM CPYTHON"}`);
    console.log(`  ${row("reference ", code)}`);
    console.log(`  ${row("translated", translated)}`);
  }
}

rmSync(OUT, { recursive: true, force: true });
const results = [];
let failed = 0;
for (const { file, name } of inputs) {
  const source = readFileSync(file, "utf8");
  let result;
  try {
    result = await transpile(source, { file: name });
  } catch {
    failed++;
    continue;
  }
  if (result.diagnostics.some((d) => d.severity === "error")) {
    failed++;
    continue;
  }
  const out = join(OUT, name.replace(/\.py$/, ".ts"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, result.code);
  results.push({ name, out, pyLines: nonBlank(source), tsLines: nonBlank(result.code), ...measure(result.code), ...(withLines ? { lines: { ts: tsLineBreakdown(result.code), py: pyLineBreakdown(source) } } : {}) });
}

/** One tsc run over every translation; returns the set of files with errors. */
async function typecheck() {
  writeFileSync(
    join(OUT, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023"], types: ["node"], skipLibCheck: true },
      include: ["**/*.ts"],
    }),
  );
  let output = "";
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", OUT], { maxBuffer: 64 * 1024 * 1024, cwd: OUT });
  } catch (e) {
    output = e.stdout ?? String(e);
  }
  const bad = new Set();
  for (const line of output.split("\n")) {
    const m = /^(.+?\.ts)\(\d+,\d+\): error/.exec(line);
    if (m) bad.add(resolve(OUT, m[1]));
  }
  return bad;
}

const bad = withTsc ? await typecheck() : null;
const sum = (f) => results.reduce((n, r) => n + f(r), 0);
const calls = new Map();
for (const r of results) for (const [k, v] of r.calls) calls.set(k, (calls.get(k) ?? 0) + v);
const anyWhere = new Map();
for (const r of results) for (const [k, v] of r.where) anyWhere.set(k, (anyWhere.get(k) ?? 0) + v);
const helperCalls = [...calls.values()].reduce((a, b) => a + b, 0);
const tsLines = sum((r) => r.tsLines);
const pyLines = sum((r) => r.pyLines);
const figures = {
  files: inputs.length,
  translated: results.length,
  notTranslated: failed,
  any: sum((r) => r.anys),
  filesWithAny: results.filter((r) => r.anys > 0).length,
  anyWhere: [...anyWhere].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  anyFiles: results.filter((r) => r.anys > 0).sort((a, b) => b.anys - a.anys).slice(0, 10).map((r) => [r.name, r.anys]),
  helperCalls,
  helperCallsPer100Lines: +((100 * helperCalls) / tsLines).toFixed(1),
  topHelpers: [...calls].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15),
  tsLines,
  pyLines,
  lineRatio: +(tsLines / pyLines).toFixed(2),
  passTsc: bad ? results.filter((r) => !bad.has(r.out)).length : null,
  failTsc: bad ? results.filter((r) => bad.has(r.out)).map((r) => r.name) : null,
};

if (withLines) figures.lines = sumLineBreakdowns(results);

/** Each line category summed over the files, beside its Python counterpart. */
function sumLineBreakdowns(rows) {
  const total = (pick) => {
    const m = new Map();
    for (const r of rows) for (const [k, v] of pick(r)) m.set(k, (m.get(k) ?? 0) + v);
    return m;
  };
  const tsCounts = total((r) => r.lines.ts.counts);
  const pyCounts = total((r) => r.lines.py);
  const order = ["header", "imports", "comments", "docstrings", "closers", "async wrappers", "hoisted declarations", "class fields", "continuations", "code"];
  const categories = order.map((k) => ({ category: k, ts: tsCounts.get(k) ?? 0, py: pyCounts.get(k) ?? 0 })).filter((c) => c.ts + c.py > 0);
  const continuations = [...total((r) => r.lines.ts.kinds)].sort((a, b) => b[1] - a[1]).slice(0, 12);
  return { categories, continuations };
}

if (asJson) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(`files: ${figures.files}, translated without errors: ${figures.translated}`);
  console.log(`any: ${figures.any} (in ${figures.filesWithAny} of ${figures.translated} files)`);
  for (const [k, v] of figures.anyWhere) console.log(`  ${String(v).padStart(5)}  ${k}`);
  console.log(`  most: ${figures.anyFiles.map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`runtime-helper calls: ${figures.helperCalls}, ${figures.helperCallsPer100Lines} per 100 output lines`);
  console.log(`  top: ${figures.topHelpers.map(([k, v]) => `${k} ${v}`).join(", ")}`);
  console.log(`lines (non-blank): TS ${figures.tsLines} / Python ${figures.pyLines} = ${figures.lineRatio}`);
  if (bad) console.log(`tsc --strict --noEmit: ${figures.passTsc} of ${figures.translated} pass`);
  if (figures.lines) {
    console.log("lines by category (TS / Python, per 100 Python lines):");
    for (const c of figures.lines.categories) console.log(`  ${c.category.padEnd(22)} ${String(c.ts).padStart(6)} / ${String(c.py).padStart(6)}   ${((100 * c.ts) / pyLines).toFixed(1).padStart(5)} / ${((100 * c.py) / pyLines).toFixed(1).padStart(5)}`);
    console.log(`  continuation lines by statement: ${figures.lines.continuations.map(([k, v]) => `${k} ${v}`).join(", ")}`);
  }
}
