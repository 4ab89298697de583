/**
 * Builds the TypeScript file from the translated statements and one import
 * declaration for the runtime, which ts-morph prints from a TypeScript node
 * (its public `printNode`), then formats it with prettier. The statements
 * are already text: putting them into a ts-morph source file would only
 * parse the whole file again, which cost as much as the rest of translation.
 */
import { createRequire } from "node:module";
import { formatTypeScript, PRINT_WIDTH } from "./format.js";

export { formatTypeScript };

// Loaded with require: importing this CommonJS package from an ES module
// makes Node scan its 3 MB source for export names on every start.
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

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
  const f = tsMorph.ts.factory;
  const specifiers = names.map((n) => f.createImportSpecifier(false, n.alias ? f.createIdentifier(n.name) : undefined, f.createIdentifier(n.alias ?? n.name)));
  const clause = f.createImportClause(false, undefined, f.createNamedImports(specifiers));
  return tsMorph.printNode(f.createImportDeclaration(undefined, clause, f.createStringLiteral(specifier)));
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
