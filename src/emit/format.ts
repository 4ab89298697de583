/**
 * Lays out generated TypeScript with prettier.
 *
 * prettier's standalone build with only the plugins needed is used: the
 * full entry point is three times the code to load. The babel-ts parser
 * parses several times faster than the typescript parser and prettier
 * prints the same layout from either; if babel-ts rejects the text, the
 * typescript parser is tried, so a real syntax error is reported in
 * TypeScript's words as before. Embedded-language formatting (CSS, GraphQL,
 * HTML in tagged templates) is off: generated code has none, and checking
 * every node for it cost a sixth of the formatting time. The CommonJS builds
 * are loaded so the CLI's compile cache covers them.
 */
import { createRequire } from "node:module";
import type { Plugin } from "prettier";

const require = createRequire(import.meta.url);
const prettier = require("prettier/standalone") as typeof import("prettier/standalone");
const babel = require("prettier/plugins/babel") as Plugin;
const estree = require("prettier/plugins/estree") as Plugin;

export const PRINT_WIDTH = 100;
const options = { printWidth: PRINT_WIDTH, embeddedLanguageFormatting: "off" } as const;

export async function formatTypeScript(text: string): Promise<string> {
  try {
    return await prettier.format(text, { ...options, parser: "babel-ts", plugins: [babel, estree] });
  } catch {
    const typescript = require("prettier/plugins/typescript") as Plugin;
    return prettier.format(text, { ...options, parser: "typescript", plugins: [typescript, estree] });
  }
}
