/**
 * Builds the TypeScript file from the translated statements and one import
 * declaration for the runtime, then formats it with prettier. The statements
 * are already text: putting them into a ts-morph source file would only
 * parse the whole file again, which cost as much as the rest of translation.
 * The import line is written as TypeScript's printer writes it (ts-morph's
 * printNode made it before): loading the compiler for that one line was a
 * third of a cold `convert`.
 */
import { formatTypeScript, PRINT_WIDTH } from "./format.js";

export { formatTypeScript };

export interface EmitInput {
  header: string;
  statements: string[];
  runtimeImports: { name: string; alias?: string }[];
  runtimeSpecifier: string;
}

/**
 * The runtime names in as few one-line declarations as fit the print width:
 * one declaration of many names would be broken by prettier into a line per
 * name, which was a third of the output's lines beyond the Python's.
 */
function importDeclarations(names: EmitInput["runtimeImports"], specifier: string): string {
  const fixed = `import {  } from ${JSON.stringify(specifier)};`.length;
  const groups: EmitInput["runtimeImports"][] = [];
  let width = Infinity;
  for (const n of names) {
    const item = (n.alias ? `${n.name} as ${n.alias}` : n.name).length + 2;
    if (width + item > PRINT_WIDTH) {
      groups.push([]);
      width = fixed - 2;
    }
    groups[groups.length - 1]!.push(n);
    width += item;
  }
  return groups.map((g) => importDeclaration(g, specifier)).join("\n");
}

/** `import { a, b as b$rt } from "spec";` */
function importDeclaration(names: EmitInput["runtimeImports"], specifier: string): string {
  const specifiers = names.map((n) => (n.alias ? `${n.name} as ${n.alias}` : n.name));
  return `import { ${specifiers.join(", ")} } from ${stringLiteral(specifier)};`;
}

/** A double-quoted string literal as TypeScript's printer escapes it (non-ASCII as \uXXXX). */
function stringLiteral(text: string): string {
  const escapes: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v", "\f": "\\f", "\b": "\\b", "\0": "\\0" };
  let out = "";
  const chars = [...text];
  for (const [i, ch] of chars.entries()) {
    const code = ch.codePointAt(0)!;
    // "\0" before a digit would read as an octal escape.
    if (ch === "\0" && /[0-9]/.test(chars[i + 1] ?? "")) out += "\\x00";
    else if (escapes[ch] !== undefined) out += escapes[ch];
    else if (code < 0x20 || code > 0x7f) {
      for (const unit of String.fromCodePoint(code).split("")) out += "\\u" + unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    } else out += ch;
  }
  return `"${out}"`;
}

/**
 * The statements one per line, with a blank line after each that ends in a
 * closing brace (a function, a class, a block), as ts-morph's printer lays
 * out statement text; prettier keeps such blank lines.
 */
export function buildSource(input: EmitInput): string {
  const parts = [input.header];
  if (input.runtimeImports.length > 0) parts.push(importDeclarations(input.runtimeImports, input.runtimeSpecifier));
  parts.push(...input.statements);
  // The separator depends on the last non-blank character written so far; tracking it, rather than
  // trimming the whole text at every part, keeps this linear in the file's size.
  const pieces: string[] = [];
  let written = false;
  let endsWithBrace = false;
  for (const part of parts) {
    if (written) pieces.push(endsWithBrace ? "\n\n" : "\n");
    pieces.push(part);
    if (part !== "") written = true;
    const trimmed = part.trimEnd();
    if (trimmed !== "") endsWithBrace = trimmed.endsWith("}");
  }
  return pieces.join("") + "\n";
}
