/**
 * Translating one module of a project: its imports of other project modules
 * become ES imports, names it imports carry what their module's summary
 * says (coroutine? parameters? class?), and the module exports what it binds.
 *
 * Python's import semantics, and how the ES output keeps them:
 * - `from m import f` (a function or class) is a named import: a live
 *   binding, which also lets import cycles work as Python's do when the name
 *   is used only later.
 * - `from m import x` of a variable copies the value, as Python does, when
 *   the copy could differ from a live binding (m rebinds x, another module
 *   assigns it, or this module rebinds its copy):
 *   `import { x as x$imported }` then `let x = x$imported`.
 * - `import m` / `from pkg import m` binds a namespace object. Reads of
 *   `m.x` are live; ES namespaces are read-only, so `m.x = v` calls a setter
 *   the module `m` exports for each variable other modules assign.
 * - importing a module imports its packages first, in Python's order;
 *   modules imported only for their side effects stay as bare imports.
 */
import type { Analysis, ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import { ANY, type PyType } from "../analyze/types.js";
import { MODULES } from "../mappings/tables.js";
import { importedNames } from "../analyze/scopes.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "../transform/context.js";
import { safeName } from "../transform/names.js";
import { importedClass, importedFunction } from "./definitions.js";
import { importSpecifier, parentModules, type ModuleId } from "./modules.js";
import type { Member, ProjectModules } from "./resolve.js";
import { fromModule, type FunctionSummary } from "./summary.js";

interface EsImport {
  /** Namespace bindings (`import * as ns`). */
  namespaces: Set<string>;
  /** Local binding → exported name. */
  named: Map<string, string>;
  /** Names used in annotations only (imported under `if TYPE_CHECKING:`): local → exported. */
  types: Map<string, string>;
}

export class ProjectTranslation {
  /** ES imports by target module, in the order Python first imports each. */
  private readonly esImports = new Map<string, EsImport>();
  /** Python local names bound by project imports → what they refer to. */
  private readonly bound = new Map<string, Member>();
  /**
   * Local names that have an ES binding of the same name (named import or
   * copy), re-exported as Python modules expose what they import. Namespaces
   * are not: TypeScript rejects namespace re-exports in import cycles, and
   * importers reach a submodule directly anyway.
   */
  private readonly esBound = new Set<string>();
  /** Names bound by `from m import *`: the analysis has no binding for them. */
  private readonly starred = new Set<string>();
  /** Module → the name its namespace binding has (a Python name, or a made-up one for `pkg.mod`). */
  private readonly nsAliases = new Map<string, string>();
  private readonly synthesized = new Map<string, { fn?: FunctionInfo; cls?: ClassInfo }>();
  /** Variables of this module that other modules assign: they get a setter. */
  readonly externallyWritten: Set<string>;

  constructor(
    readonly modules: ProjectModules,
    readonly self: ModuleId,
    private readonly analysis: Analysis,
  ) {
    this.externallyWritten = modules.externallyWritten(self.module);
    // An assigned-from-outside variable can never be `const`.
    for (const name of this.externallyWritten) analysis.module.bindings.get(name)?.kinds.add("rebound");
  }

  /** Whether `import <module>` / `from <module> import …` names a module of the project. */
  ownsModule(module: string): boolean {
    return this.modules.isProjectModule(module);
  }

  // ---------------------------------------------------------------- imports

  private entry(module: string): EsImport {
    let e = this.esImports.get(module);
    if (!e) {
      e = { namespaces: new Set(), named: new Map(), types: new Map() };
      this.esImports.set(module, e);
    }
    return e;
  }

  /** Python runs a module's packages before the module: so do the ES imports. */
  private load(module: string): void {
    for (const m of parentModules(module)) if (this.modules.has(m) && m !== this.self.module) this.entry(m);
  }

  /** The namespace binding for a module, added on first use. */
  namespace(module: string): string {
    let alias = this.nsAliases.get(module);
    if (!alias) {
      alias = module.replace(/\./g, "$") + "$";
      this.nsAliases.set(module, alias);
      this.load(module);
    }
    this.entry(module).namespaces.add(alias);
    return alias;
  }

  private bindModule(local: string, module: string): void {
    this.bound.set(local, { kind: "module", module });
    this.load(module);
    if (!this.modules.has(module)) return; // a package without __init__.py has no module object to bind
    // The namespace binding is declared when the translation uses it (see `namespace`, `nameUsed`):
    // one TypeScript never reads would be dropped, and the module with it; until then it is a bare import.
    if (!this.nsAliases.has(module)) this.nsAliases.set(module, safeName(local));
  }

  /** A bare reference to a name: when it is a module bound by an import, its namespace binding is needed. */
  nameUsed(name: string, ctx: Context): void {
    const m = this.importedMember(name, ctx);
    if (m?.kind === "module" && this.modules.has(m.module)) this.entry(m.module).namespaces.add(safeName(name));
  }

  /** `import a.b.c` or `import a.b as m`, for a project module. */
  importModule(dotted: string, alias: string | null, node: SyntaxNode, ctx: Context): string[] {
    this.noteFunctionLevel(node, ctx);
    if (!this.modules.has(dotted)) return [ctx.unsupported(node, `no module named '${dotted}' in the project`, "TSY1102") + ";"];
    this.load(dotted);
    if (alias) this.bindModule(alias, dotted);
    else this.bindModule(dotted.split(".")[0]!, dotted.split(".")[0]!);
    return [];
  }

  /** `from <module> import a, b as c` where the module is (or must be, being relative) in the project. */
  importFrom(node: SyntaxNode, ctx: Context): string[] {
    this.noteFunctionLevel(node, ctx);
    const module = fromModule(node, this.self);
    const moduleNode = node.childForFieldName("module_name")!;
    if (module === null || !this.modules.isProjectModule(module)) {
      return [ctx.unsupported(moduleNode, `no module named '${module ?? moduleNode.text}' in the project`, "TSY1102") + ";"];
    }
    this.load(module);
    const out: string[] = [];
    for (const c of node.namedChildren) {
      if (c.startIndex === moduleNode.startIndex) continue;
      if (c.type === "wildcard_import") {
        for (const name of this.modules.starNames(module)) {
          this.starred.add(name);
          out.push(...this.importName(module, name, name, c, ctx));
        }
        continue;
      }
      const nameNode = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
      const local = c.type === "aliased_import" ? c.childForFieldName("alias")!.text : nameNode.text;
      out.push(...this.importName(module, nameNode.text, local, c, ctx));
    }
    return out;
  }

  private importName(module: string, name: string, local: string, node: SyntaxNode, ctx: Context): string[] {
    const member = this.modules.member(module, name);
    if (!member) return [ctx.unsupported(node, `cannot import name '${name}' from '${module}'`, "TSY1102") + ";"];
    if (member.kind === "external") {
      // Re-exported from a library module (`from .compat import sleep`, compat importing it from asyncio): as if imported from there.
      if (!MODULES[member.module] || MODULES[member.module]!.unsupported) return [ctx.unsupported(node, `'${name}' comes through '${module}' from the module '${member.module}', which tsyncio has no translation for`, "TSY1102") + ";"];
      if (member.name === undefined) ctx.imports.modules.set(local, member.module);
      else ctx.imports.names.set(local, { module: member.module, name: member.name });
      return [];
    }
    if (member.kind === "module") {
      this.bindModule(local, member.module);
      return [];
    }
    this.bound.set(local, member);
    const binding = ctx.binding(local);
    const rebindsHere = binding !== undefined && binding.kinds.size > 1;
    const mayChange = member.summary.kind === "variable" && (member.summary.rebound === true || this.modules.externallyWritten(member.module).has(member.name));
    const exported = safeName(name);
    if (rebindsHere || mayChange) {
      // Python copies the value at import time; later changes on either side are not shared.
      const temp = `${safeName(local)}$imported`;
      this.entry(module).named.set(temp, exported);
      this.esBound.add(local);
      return [`let ${safeName(local)} = ${temp};`];
    }
    this.entry(module).named.set(safeName(local), exported);
    this.esBound.add(local);
    return [];
  }

  /**
   * The body of `if TYPE_CHECKING:`: Python never runs it, so its imports of
   * project classes serve annotations only and become `import type`; the
   * rest has no effect at run time and is left out.
   */
  typeCheckingBlock(block: SyntaxNode): string[] {
    for (const stmt of block.namedChildren) {
      if (stmt.type !== "import_from_statement") continue;
      const module = fromModule(stmt, this.self);
      if (module === null || !this.modules.has(module)) continue;
      const moduleNode = stmt.childForFieldName("module_name")!;
      for (const c of stmt.namedChildren) {
        if (c.startIndex === moduleNode.startIndex || c.type === "wildcard_import") continue;
        const nameNode = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
        const local = c.type === "aliased_import" ? c.childForFieldName("alias")!.text : nameNode.text;
        const member = this.modules.member(module, nameNode.text);
        if (member?.kind !== "name" || member.summary.kind !== "class") continue;
        this.bound.set(local, member);
        this.entry(module).types.set(safeName(local), safeName(nameNode.text));
      }
    }
    return [];
  }

  /** ES imports are static and module-level: an import in a function loads the module with this one. */
  private noteFunctionLevel(node: SyntaxNode, ctx: Context): void {
    if (ctx.scope.kind === "module") return;
    ctx.diag(node, "TSY1102", "this import inside a function becomes a module-level ES import: the module now loads (and runs its top-level code) when this one does", "warning");
  }

  /** The ES import declarations, in Python's import order. */
  declarations(): string[] {
    const out: string[] = [];
    for (const [module, e] of this.esImports) {
      const spec = JSON.stringify(importSpecifier(this.self, { module, isPackage: this.modules.summaries[module]!.isPackage }));
      for (const ns of e.namespaces) out.push(`import * as ${ns} from ${spec};`);
      if (e.named.size > 0) {
        const parts = [...e.named].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
        out.push(`import { ${parts.join(", ")} } from ${spec};`);
      }
      if (e.types.size > 0) {
        const parts = [...e.types].map(([local, exported]) => (local === exported ? local : `${exported} as ${local}`));
        out.push(`import type { ${parts.join(", ")} } from ${spec};`);
      } else if (e.namespaces.size === 0 && e.named.size === 0) out.push(`import ${spec};`);
    }
    return out;
  }

  // ---------------------------------------------------------------- names

  /** The project name a local name was imported as, if it is one. */
  private importedMember(name: string, ctx: Context): Member | undefined {
    const b = ctx.binding(name);
    if (!b) return this.starred.has(name) ? this.bound.get(name) : undefined;
    if (!(b.kinds.size === 1 && b.kinds.has("import"))) return undefined;
    return this.bound.get(name);
  }

  /** What is known of an imported function or class, in the shapes the call transform uses. */
  definition(name: string, ctx: Context): { fn?: FunctionInfo; cls?: ClassInfo } {
    const member = this.importedMember(name, ctx);
    return member ? this.definitionOfMember(member, name, ctx) : {};
  }

  private definitionOfMember(member: Member, localName: string, ctx: Context): { fn?: FunctionInfo; cls?: ClassInfo } {
    if (member.kind !== "name") return {};
    const key = `${member.module}:${member.name}:${localName}`;
    const cached = this.synthesized.get(key);
    if (cached) return cached;
    let def: { fn?: FunctionInfo; cls?: ClassInfo } = {};
    const s = member.summary;
    if (s.kind === "function" && s.function) def = { fn: importedFunction(localName, s.function, this.analysis.module) };
    else if (s.kind === "class") {
      const flat = this.modules.flatClass(member.module, member.name);
      if (flat) def = { cls: importedClass(flat, localName, this.analysis.module, ctx) };
    }
    this.synthesized.set(key, def);
    return def;
  }

  /** An imported class by the name the module uses for it: `Store`, or `models.Store`. */
  classNamed(name: string, ctx: Context): ClassInfo | undefined {
    if (!name.includes(".")) return this.definition(name, ctx).cls;
    const [root, ...rest] = name.split(".");
    let m = this.importedMember(root!, ctx);
    for (const part of rest) m = m?.kind === "module" ? this.modules.member(m.module, part) ?? undefined : undefined;
    return m ? this.definitionOfMember(m, rest[rest.length - 1]!, ctx).cls : undefined;
  }

  /** Methods of the classes this module imports, for telling an async method name from a sync one. */
  importedMethods(name: string): FunctionSummary[] {
    const out: FunctionSummary[] = [];
    for (const m of this.bound.values()) {
      if (m.kind !== "name" || m.summary.kind !== "class") continue;
      const f = this.modules.flatClass(m.module, m.name)?.methods[name];
      if (f) out.push(f);
    }
    return out;
  }

  /** The static type of an imported name: a class of another module is a class here too. */
  nameType(name: string, ctx: Context): PyType | undefined {
    const m = this.importedMember(name, ctx);
    return m?.kind === "name" && m.summary.kind === "class" ? { k: "class", name } : undefined;
  }

  // ---------------------------------------------------------------- attributes

  /**
   * `m.x`, `pkg.mod.x` where the leftmost name is a module imported from the
   * project. Returns undefined when the expression does not start with one;
   * null when the object is a value of such a module rather than a module
   * (the caller then translates the object and reads the attribute).
   */
  private chain(node: SyntaxNode, ctx: Context): { module: string; attr: string; member: Member | null; attrNode: SyntaxNode } | null | undefined {
    const names: SyntaxNode[] = [];
    let cur: SyntaxNode = node;
    while (cur.type === "attribute") {
      names.unshift(cur.childForFieldName("attribute")!);
      cur = cur.childForFieldName("object")!;
    }
    if (cur.type !== "identifier") return undefined;
    const root = this.importedMember(cur.text, ctx);
    if (root?.kind !== "module") return undefined;
    let module = root.module;
    for (const n of names.slice(0, -1)) {
      const m = this.modules.member(module, n.text);
      if (m?.kind !== "module") return null;
      module = m.module;
    }
    const last = names[names.length - 1]!;
    return { module, attr: last.text, member: this.modules.member(module, last.text), attrNode: last };
  }

  attribute(node: SyntaxNode, ctx: Context): Expr | null | undefined {
    const c = this.chain(node, ctx);
    if (!c) return c;
    if (!c.member) return { code: ctx.unsupported(c.attrNode, `module '${c.module}' has no attribute '${c.attr}'`), type: ANY };
    if (c.member.kind === "module") {
      if (!this.modules.has(c.member.module)) return { code: ctx.unsupported(c.attrNode, `'${c.member.module}' is a package without __init__.py: it has no module object in the translation`), type: ANY };
      return { code: this.namespace(c.member.module), type: ANY };
    }
    return { code: `${this.namespace(c.module)}.${safeName(c.attr)}`, type: ANY };
  }

  /** A call's callee that is a function or class of a project module: `m.f`, `pkg.mod.Cls`. */
  callee(node: SyntaxNode, ctx: Context): { code: string; fn?: FunctionInfo; cls?: ClassInfo } | null {
    const c = this.chain(node, ctx);
    if (!c?.member || c.member.kind !== "name") return null;
    const def = this.definitionOfMember(c.member, c.attr, ctx);
    if (!def.fn && !def.cls) return null;
    return { code: `${this.namespace(c.module)}.${safeName(c.attr)}`, ...def };
  }

  /** Whether `target` is an attribute of a module of the project (`m.x`), which only its module can rebind. */
  isModuleAttribute(target: SyntaxNode, ctx: Context): boolean {
    return Boolean(this.chain(target, ctx));
  }

  /**
   * `m.x = v` for a module `m` of the project: ES namespaces are read-only,
   * so the module's setter, which it exports for each of its variables that
   * other modules assign. Functions, classes and names `m` itself imports
   * are bindings TypeScript cannot reassign: reported.
   */
  store(target: SyntaxNode, value: string, ctx: Context): string | null {
    const c = this.chain(target, ctx);
    if (!c) return null;
    const own = this.modules.summaries[c.module]?.names[c.attr];
    if (own?.kind !== "variable") {
      return ctx.unsupported(target, `assigning '${c.attr}' of the module '${c.module}' from another module is only supported for its variables`);
    }
    return `${this.namespace(c.module)}.${setterName(c.attr)}(${value})`;
  }

  // ---------------------------------------------------------------- this module's output

  /** `export { … }` for every top-level binding, and setters for the variables other modules assign. */
  exports(): string[] {
    const names: string[] = [];
    const setters: string[] = [];
    for (const b of this.analysis.module.bindings.values()) {
      if (this.analysis.classNames.get(b.name) === "alias") continue;
      const topLevelDef = (b.kinds.has("def") || b.kinds.has("class")) && b.sites.some((s) => isTopLevel(s.parent));
      const declared = b.declare === "inline" || b.declare === "hoist";
      const imported = b.kinds.size === 1 && b.kinds.has("import") && this.esBound.has(b.name);
      if (!topLevelDef && !declared && !imported) continue;
      names.push(safeName(b.name));
      if (this.externallyWritten.has(b.name) && declared && !b.kinds.has("def") && !b.kinds.has("class")) {
        const n = safeName(b.name);
        setters.push(`export function ${setterName(b.name)}(value: typeof ${n}): void {\n${n} = value;\n}`);
      }
    }
    for (const name of this.starred) if (this.esBound.has(name) && !this.analysis.module.bindings.has(name)) names.push(safeName(name));
    // `export {}` keeps even an empty translation an ES module that others can import.
    return [...setters, `export { ${names.join(", ")} };`];
  }

  /** The condition of `if __name__ == "__main__":` when the module may also be imported. */
  mainCondition(ctx: Context): string {
    return `${ctx.rt("isEntryModule")}(import.meta)`;
  }

  /** `__name__`: the module's dotted name, or "__main__" when it is the program's entry. */
  moduleName(ctx: Context): Expr {
    return { code: `${ctx.rt("moduleName")}(import.meta, ${JSON.stringify(this.self.module)})`, type: { k: "str" } };
  }
}

/**
 * Names that `from m import …` binds to functions, classes and variables of
 * other project modules: the output binds them itself (so the runtime's
 * names must make way), and the classes among them serve annotations.
 */
export function projectImports(root: SyntaxNode, modules: ProjectModules, self: ModuleId): { names: string[]; classes: string[] } {
  const out = { names: [] as string[], classes: [] as string[] };
  const visit = (node: SyntaxNode): void => {
    if (node.type === "import_from_statement") {
      const module = fromModule(node, self);
      if (module === null || !modules.isProjectModule(module)) return;
      for (const local of importedNames(node)) {
        const original = local.parent?.type === "aliased_import" ? local.parent.childForFieldName("name")!.text : local.text;
        const m = modules.member(module, original);
        if (m?.kind !== "name") continue;
        out.names.push(local.text);
        if (m.summary.kind === "class") out.classes.push(local.text);
      }
      return;
    }
    for (const c of node.namedChildren) visit(c);
  };
  visit(root);
  return out;
}

export function setterName(name: string): string {
  return `set$${name}`;
}

function isTopLevel(def: SyntaxNode | null): boolean {
  const stmt = def?.parent?.type === "decorated_definition" ? def.parent : def;
  return stmt?.parent?.type === "module";
}
