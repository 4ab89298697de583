#!/usr/bin/env node
// Translate every .py file under a folder (programs tsyncio's authors did not
// write, such as CPython's standard library) and count the outcomes: files
// translated, refused with a diagnostic by code, and internal errors
// (TSY1900, crashes), which are tsyncio bugs. CPython's compile() says which
// files are valid Python, so refusing a valid file as a syntax error shows up.
//
//   node scripts/sweep.js <folder> [--limit N] [--format] [--show TSY1900]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { transpile } from "../dist/index.js";
import { cpythonVerdicts } from "./fuzz/cpython.js";

const args = process.argv.slice(2);
const root = args[0];
if (!root) {
  console.error("usage: node scripts/sweep.js <folder> [--limit N] [--format] [--show CODE]");
  process.exit(2);
}
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Infinity;
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : "TSY1900";
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch {
      continue;
    }
    if (st.isDirectory() && !["site-packages", "__pycache__"].includes(name)) walk(full);
    else if (st.isFile() && name.endsWith(".py")) files.push(full);
  }
};
walk(root);
const chosen = files.slice(0, limit);
const sources = chosen.map((f) => readFileSync(f, "utf8"));
const verdicts = cpythonVerdicts(sources);
const byCode = {};
let translated = 0;
let crashes = 0;
let refusedValid = 0;
const shown = [];
const start = Date.now();
for (let i = 0; i < chosen.length; i++) {
  const rel = relative(root, chosen[i]);
  let r;
  try {
    r = await transpile(sources[i], { file: rel, format: args.includes("--format") });
  } catch (e) {
    crashes++;
    shown.push(`${rel}: threw ${e?.message}`);
    continue;
  }
  if (r.code) translated++;
  const codes = new Set(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code));
  for (const c of codes) byCode[c] = (byCode[c] ?? 0) + 1;
  if (verdicts[i].ok && codes.has("TSY1001")) refusedValid++;
  for (const d of r.diagnostics) if (d.code === show && shown.length < 40) shown.push(`${rel}:${d.line}:${d.column} ${d.message.slice(0, 220)}`);
}
console.log(`${chosen.length} files in ${((Date.now() - start) / 1000).toFixed(0)} s: ${translated} translated (code returned), ${crashes} threw, ${refusedValid} valid files refused as syntax errors`);
console.log(`files with an error, by code: ${JSON.stringify(byCode)}`);
for (const s of shown) console.log(`  ${s}`);
