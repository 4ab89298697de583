/**
 * Builds the TypeScript file with ts-morph from the translated statements
 * and one import declaration for the runtime, then formats it with prettier.
 *
 * ts-morph turns a file structure into text with its structure printer and
 * then parses that text into a TypeScript AST. Only the text is used here,
 * so the printer is called directly: the same text without a parse of the
 * whole file (which cost as much as the rest of translation).
 */
import { createRequire } from "node:module";
import type { CodeBlockWriter, ImportDeclarationStructure, OptionalKind, Project, SourceFileStructure, StatementStructures } from "ts-morph";
import { formatTypeScript } from "./format.js";

export { formatTypeScript };

// Loaded with require: importing this CommonJS package from an ES module
// makes Node scan its 3 MB source for export names on every start.
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

interface FilePrinter {
  printText(writer: CodeBlockWriter, structure: OptionalKind<SourceFileStructure>): void;
}

let project: Project | undefined;
let printer: FilePrinter | undefined | null;

function sharedProject(): Project {
  project ??= new tsMorph.Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  return project;
}

/** ts-morph's own source-file printer; null if this ts-morph version does not expose it. */
function filePrinter(p: Project): FilePrinter | null {
  if (printer === undefined) {
    const factory = (p as unknown as { _context?: { structurePrinterFactory?: { forSourceFile?(o: { isAmbient: boolean }): FilePrinter } } })._context?.structurePrinterFactory;
    printer = factory?.forSourceFile?.({ isAmbient: false }) ?? null;
  }
  return printer;
}

export interface EmitInput {
  header: string;
  statements: string[];
  runtimeImports: { name: string; alias?: string }[];
  runtimeSpecifier: string;
}

export function buildSource(input: EmitInput): string {
  const imports: ImportDeclarationStructure[] = [];
  if (input.runtimeImports.length > 0) {
    imports.push({ kind: tsMorph.StructureKind.ImportDeclaration, moduleSpecifier: input.runtimeSpecifier, namedImports: input.runtimeImports });
  }
  const structure = { statements: [input.header, ...imports, ...input.statements] as (string | StatementStructures)[] };
  const p = sharedProject();
  const print = filePrinter(p);
  if (print) {
    const writer = p.createWriter();
    print.printText(writer, structure);
    return writer.toString();
  }
  const file = p.createSourceFile("module.ts", structure, { overwrite: true });
  const text = file.getFullText();
  p.removeSourceFile(file);
  return text;
}
