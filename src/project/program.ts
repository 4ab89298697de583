/**
 * The modules a program is made of, found as CPython would find them when
 * it runs: starting at the entry module, every `import` and `from … import`
 * (at any depth: inside functions, `try` blocks, `if TYPE_CHECKING:`) is
 * located over the roots standing for `sys.path`; what no root provides is
 * left to the standard-library mappings. `from pkg import name` also pulls
 * in `pkg.name` when that is a submodule, and every module brings its
 * packages' `__init__.py` along, as importing it runs them first.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { InputError, readSource } from "../cli/io.js";
import { parsePython, type SyntaxNode } from "../parse/parser.js";
import { createLocator, type LocatedModule } from "./locate.js";
import { parentModules, type ModuleId } from "./modules.js";
import { fromModule } from "./summary.js";

export interface ProgramModule extends ModuleId {
  /** Absolute path of the `.py` file. */
  file: string;
  source: string;
}

export interface Program {
  entry: ProgramModule;
  /** Every module with a file, the entry included, in the order they were found. */
  modules: ProgramModule[];
  /** Files that could not be read (an imported module that is not UTF-8, …). */
  diagnostics: Diagnostic[];
}

/** The dotted names a module's import statements mention, resolved against the module itself. */
export function importedModules(root: SyntaxNode, self: ModuleId): string[] {
  const out: string[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.type === "import_statement") {
      for (const c of node.namedChildren) {
        const dotted = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
        out.push(dotted.text);
      }
      return;
    }
    if (node.type === "import_from_statement") {
      const module = fromModule(node, self);
      if (module === null) return;
      out.push(module);
      const moduleNode = node.childForFieldName("module_name")!;
      for (const c of node.namedChildren) {
        if (c.startIndex === moduleNode.startIndex || c.type === "wildcard_import") continue;
        const name = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
        out.push(module ? `${module}.${name.text}` : name.text);
      }
      return;
    }
    for (const c of node.namedChildren) visit(c);
  };
  visit(root);
  return out;
}

/**
 * The program starting at `entry` (already located), with imports searched in `roots`.
 * The entry's own source may be given (a script read from stdin).
 */
export function collectProgram(entry: ModuleId & { file: string; source: string }, roots: readonly string[]): Program {
  const locate = createLocator(roots);
  const modules: ProgramModule[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const queue: ProgramModule[] = [entry];
  seen.add(entry.module);
  const add = (found: LocatedModule): void => {
    if (seen.has(found.module) || found.file === null) return;
    seen.add(found.module);
    try {
      queue.push({ module: found.module, isPackage: found.isPackage, file: found.file, source: readSource(found.file) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      diagnostics.push({ code: e.code, severity: "error", message: e.message, file: found.file, line: 1, column: 1 });
    }
  };
  while (queue.length > 0) {
    const m = queue.shift()!;
    modules.push(m);
    const parsed = parsePython(m.source.replace(/^\uFEFF/, ""), m.file);
    // A module that does not parse is reported when it is translated.
    if (parsed.diagnostics.length > 0) continue;
    for (const name of importedModules(parsed.root, m)) {
      for (const part of parentModules(name)) {
        const found = locate(part);
        if (!found) break;
        add(found);
      }
    }
  }
  return { entry: modules[0]!, modules, diagnostics };
}
