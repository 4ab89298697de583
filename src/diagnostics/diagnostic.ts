import type { DiagnosticCode } from "./codes.js";

export type Severity = "error" | "warning";

/** One finding about the input, positioned like tsc: 1-based line and column. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
}

/** `app.py:12:5 - error TSY1001: message` followed by a code frame, as tsc prints. */
export function formatDiagnostic(d: Diagnostic, source?: string): string {
  const head = `${d.file}:${d.line}:${d.column} - ${d.severity} ${d.code}: ${d.message}`;
  if (source === undefined || d.line < 1) return head;
  const lines = source.split(/\r\n|\r|\n/);
  const text = lines[d.line - 1];
  if (text === undefined) return head;
  const gutter = String(d.line);
  const pad = " ".repeat(gutter.length);
  const caret = " ".repeat(Math.max(0, d.column - 1)) + "~";
  return `${head}\n\n${gutter} ${text}\n${pad} ${caret}\n`;
}

export function hasErrors(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === "error");
}
