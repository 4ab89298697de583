// Whether text parses as TypeScript, by TypeScript's own parser (the one tsc uses): the first syntax error's message, or null.
import ts from "typescript";

export function typeScriptParses(code) {
  const file = ts.createSourceFile("out.ts", code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const first = file.parseDiagnostics?.[0];
  return first ? ts.flattenDiagnosticMessageText(first.messageText, " ") : null;
}
