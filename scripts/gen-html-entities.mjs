#!/usr/bin/env node
/**
 * Writes src/runtime/stdlib/html/entities.ts: the HTML5 named character
 * references (WHATWG's table, as CPython's html.entities.html5 holds it,
 * including the legacy names valid without a semicolon), which
 * html.unescape needs. The table is read from the local python3 so that it
 * matches the CPython the conformance suite compares against.
 *
 *   node scripts/gen-html-entities.mjs
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const json = execFileSync("python3", ["-c", "import html.entities, json; print(json.dumps(html.entities.html5, sort_keys=True))"], { encoding: "utf8" });
const table = JSON.parse(json);
const body = Object.entries(table).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join("\n");
writeFileSync(
  join(ROOT, "src/runtime/stdlib/html/entities.ts"),
  `/** The HTML5 named character references (written by scripts/gen-html-entities.mjs; do not edit). */\nexport const HTML5: Readonly<Record<string, string>> = {\n${body}\n};\n`,
);
console.log(`src/runtime/stdlib/html/entities.ts: ${Object.keys(table).length} names`);
