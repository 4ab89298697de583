/**
 * Builds the TypeScript file with ts-morph from the translated statements
 * and one import declaration for the runtime, then formats it with prettier.
 * The file is built once from structures: ts-morph re-parses on every
 * manipulation, so nothing is edited after creation.
 */
import * as prettier from "prettier";
import { Project, StructureKind, type ImportDeclarationStructure } from "ts-morph";

let project: Project | undefined;
function sharedProject(): Project {
  project ??= new Project({ useInMemoryFileSystem: true, compilerOptions: { strict: true } });
  return project;
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
    imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: input.runtimeSpecifier, namedImports: input.runtimeImports });
  }
  const file = sharedProject().createSourceFile("module.ts", { statements: [input.header, ...imports, ...input.statements] }, { overwrite: true });
  const text = file.getFullText();
  sharedProject().removeSourceFile(file);
  return text;
}

export async function formatTypeScript(text: string): Promise<string> {
  return prettier.format(text, { parser: "typescript", printWidth: 100 });
}
