/**
 * The last gate before code leaves tsyncio: does the generated TypeScript
 * parse? A translation bug can produce text that does not (prettier's
 * babel-ts parser lets some through), and such a file must never be
 * written. TypeScript's own parser decides, the one `tsc` will use.
 *
 * Loading the compiler (inside ts-morph) costs ~120 ms of CPU, a third of a
 * cold `convert` of one small file. So the first few files of a process are
 * parsed by the copy of TypeScript's scanner and parser bundled in prettier's
 * typescript plugin (0.9 MB, loads in ~18 ms), which throws on the first of
 * TypeScript's parse diagnostics, exactly what tsc reports as a syntax
 * error. Its parse also builds an ESTree and costs ~6x TypeScript's own
 * (3.5 against 0.5 ms for an average sample), so a process that checks more
 * files (migrate, a test run) loads the compiler after QUICK_FILES of them.
 * When the quick parse throws, the compiler confirms the error and words
 * it: the plugin's extra checks on the tree (modifiers in the wrong place)
 * cannot refuse a file TypeScript's parser accepts.
 */
import { createRequire } from "node:module";
import type { Plugin } from "prettier";

const require = createRequire(import.meta.url);

export interface TypeScriptSyntaxError {
  message: string;
  /** 1-based, in the generated TypeScript. */
  line: number;
  column: number;
  /** The offending line of the generated code. */
  text: string;
}

/** Past this many files (about where the compiler's load is paid back), TypeScript itself parses. */
const QUICK_FILES = 30;
let checked = 0;

/** A caller about to translate many files (migrate) skips the quick parser: the compiler pays back at once. */
export function expectManyFiles(): void {
  checked = Math.max(checked, QUICK_FILES);
}

type Parse = (text: string, options: { filepath: string }) => unknown;
let quickParse: Parse | null = null;

function parsesQuickly(code: string): boolean {
  quickParse ??= (require("prettier/plugins/typescript") as Plugin).parsers!["typescript"]!.parse as unknown as Parse;
  try {
    // A .ts file name: parsed once, as TypeScript (not TSX), like tsc does for out.ts.
    quickParse(code, { filepath: "out.ts" });
    return true;
  } catch {
    return false;
  }
}

export function typeScriptSyntaxError(code: string): TypeScriptSyntaxError | null {
  if (++checked <= QUICK_FILES && parsesQuickly(code)) return null;
  const { ts } = require("ts-morph") as typeof import("ts-morph");
  const file = ts.createSourceFile("out.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  // parseDiagnostics is not in the public typings but is what tsc reports as syntax errors.
  const diags = (file as unknown as { parseDiagnostics?: readonly import("ts-morph").ts.Diagnostic[] }).parseDiagnostics ?? [];
  const first = diags[0];
  if (!first) return null;
  const { line, character } = file.getLineAndCharacterOfPosition(first.start ?? 0);
  return {
    message: ts.flattenDiagnosticMessageText(first.messageText, " "),
    line: line + 1,
    column: character + 1,
    text: code.split("\n")[line]?.trim().slice(0, 80) ?? "",
  };
}
