/**
 * The last gate before code leaves tsyncio: does the generated TypeScript
 * parse? A translation bug can produce text that does not (prettier's
 * babel-ts parser lets some through), and such a file must never be
 * written. TypeScript's own parser decides, the one `tsc` will use.
 */
import { createRequire } from "node:module";

// ts-morph carries the TypeScript compiler and is loaded already for emitting; required, as emit.ts does, to keep start-up fast.
const { ts } = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

export interface TypeScriptSyntaxError {
  message: string;
  /** 1-based, in the generated TypeScript. */
  line: number;
  column: number;
  /** The offending line of the generated code. */
  text: string;
}

export function typeScriptSyntaxError(code: string): TypeScriptSyntaxError | null {
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
