/**
 * What one Python module offers to the others in a project: the facts the
 * translation of an importer needs (which names are coroutine functions,
 * generator functions, classes, their parameters for keyword calls).
 *
 * Contract shared by `tsyncio migrate` (which computes every module's
 * summary first, possibly in worker threads, so it must stay plain JSON)
 * and `transpile()` (which reads the summaries of the modules a file
 * imports through `TranspileOptions.project`).
 */
import { analyze, type ClassInfo, type FunctionInfo } from "../analyze/analysis.js";
import { importedNames } from "../analyze/scopes.js";
import type { PyType } from "../analyze/types.js";
import { parsePython, type SyntaxNode } from "../parse/parser.js";
import { usesWorkerProcesses } from "../transform/worker-modules.js";
import { absoluteModule } from "./modules.js";

export interface ModuleSummary {
  /** Dotted module name within the project: `app.store`; a package's `__init__.py` is `app`. */
  module: string;
  /** True for a package's `__init__.py`. */
  isPackage: boolean;
  /** The module has an `if __name__ == "__main__":` block: it is an entry module of the project. */
  hasMainGuard: boolean;
  /** Top-level names the module binds, with what is known about them. */
  names: Record<string, NameSummary>;
  /** The literal `__all__`, when the module sets one: what `from m import *` takes. */
  all?: string[];
  /** Absolute modules this module imports with `from m import *`, in order. */
  star?: string[];
  /**
   * Attributes of imported modules this module assigns (`state.count += 1`):
   * `object` is the dotted expression as written, resolved by the importer's names.
   */
  writes?: { object: string; attr: string }[];
  /** The module starts worker processes (multiprocessing, ProcessPoolExecutor): every module of the project registers its functions for them. */
  startsWorkers?: boolean;
}

export interface NameSummary {
  kind: "function" | "class" | "variable" | "import";
  function?: FunctionSummary;
  class?: ClassSummary;
  /** For kind "import": the absolute module, and the attribute taken from it (`from m import name`); no name when the module itself is bound. */
  import?: { module: string; name?: string };
  /** A variable the module assigns more than once or through `global`: importers that copy it must not assume it stays put. */
  rebound?: boolean;
}

export interface ParamSummary {
  name: string;
  kind: "positional" | "vararg" | "kwonly" | "kwargs";
  hasDefault: boolean;
  type: PyType;
}

export interface FunctionSummary {
  isAsync: boolean;
  isGenerator: boolean;
  /** Runs an event loop (`asyncio.run`): callers must await it. */
  runsLoop: boolean;
  params: ParamSummary[];
  /** The annotated return type, when there is one. */
  returnType?: PyType;
  decorators: string[];
}

export interface ClassSummary {
  /** Base classes as written (`Base`, `errors.ShopError`), resolved by the module's own names. */
  bases: string[];
  isDataclass: boolean;
  /** Dataclass fields declared by the class itself, in order. */
  fields: { name: string; type: PyType; hasDefault: boolean }[];
  methods: Record<string, FunctionSummary>;
  /** Class-level attributes (static members in TypeScript, which instances reach through their class). */
  attributes: string[];
  /** Attributes methods assign through `self`: a subclass must not redeclare them. */
  instanceFields: string[];
}

/**
 * A type as another module may use it: class names mean something only in
 * the module that wrote the annotation, so they become `any`.
 */
function portable(t: PyType): PyType {
  switch (t.k) {
    case "instance":
    case "class":
    case "named":
      return { k: "any" };
    case "list":
      return { k: "list", of: portable(t.of), ...(t.items ? { items: t.items.map(portable) } : {}) };
    case "set":
      return { k: "set", of: portable(t.of) };
    case "dict":
      return { k: "dict", key: portable(t.key), value: portable(t.value) };
    case "tuple":
      return { k: "tuple", items: t.items ? t.items.map(portable) : null, ...(t.rest ? { rest: portable(t.rest) } : {}) };
    case "union":
      return { k: "union", of: t.of.map(portable) };
    case "coroutine":
    case "task":
      return { k: t.k, of: portable(t.of) };
    case "func":
      return { k: "func", ret: portable(t.ret), async: t.async };
    default:
      return t;
  }
}

function functionSummary(f: FunctionInfo): FunctionSummary {
  const out: FunctionSummary = {
    isAsync: f.isAsync,
    isGenerator: f.isGenerator,
    runsLoop: f.runsLoop,
    params: f.params.map((p) => ({ name: p.name, kind: p.kind, hasDefault: p.defaultNode !== null, type: p.annotated ? portable(p.type) : { k: "any" } })),
    decorators: f.decorators.map((d) => d.text),
  };
  if (f.returnAnnotated) out.returnType = portable(f.returnType);
  return out;
}

/** `self.x = …` in the class's methods. */
function selfAssigned(c: ClassInfo): string[] {
  const out = new Set<string>();
  const visit = (node: SyntaxNode, self: string): void => {
    if (node.type === "function_definition" || node.type === "class_definition") return;
    if (node.type === "assignment" || node.type === "augmented_assignment") {
      const left = node.childForFieldName("left");
      if (left?.type === "attribute" && left.childForFieldName("object")?.text === self) out.add(left.childForFieldName("attribute")!.text);
    }
    for (const child of node.namedChildren) visit(child, self);
  };
  for (const m of c.methods.values()) {
    const self = m.params[0]?.name;
    if (self && !m.decorators.some((d) => d.text === "staticmethod" || d.text === "classmethod")) visit(m.node.childForFieldName("body")!, self);
  }
  return [...out];
}

/** Names assigned in the class body, as TypeScript static members; a dataclass's annotated ones are fields. */
function classAttributes(c: ClassInfo): string[] {
  const out: string[] = [];
  for (const stmt of c.node.childForFieldName("body")!.namedChildren) {
    const a = stmt.type === "expression_statement" ? stmt.firstNamedChild : null;
    if (a?.type !== "assignment" || !a.childForFieldName("right")) continue;
    const left = a.childForFieldName("left");
    if (left?.type !== "identifier" || (c.isDataclass && a.childForFieldName("type"))) continue;
    out.push(left.text);
  }
  return out;
}

function classSummary(c: ClassInfo): ClassSummary {
  const methods: Record<string, FunctionSummary> = {};
  for (const [name, m] of c.methods) methods[name] = functionSummary(m);
  return {
    attributes: classAttributes(c),
    instanceFields: selfAssigned(c),
    bases: c.bases.filter((b) => b.type !== "keyword_argument").map((b) => b.text),
    isDataclass: c.isDataclass,
    fields: c.isDataclass ? c.fields.map((f) => ({ name: f.name, type: portable(f.type), hasDefault: f.value !== null })) : [],
    methods,
  };
}

/** The definition statement of a top-level name, looking through decorators. */
function definitionNode(stmt: SyntaxNode): SyntaxNode {
  return stmt.type === "decorated_definition" ? stmt.childForFieldName("definition") ?? stmt : stmt;
}

/** What `import …` / `from … import …` binds, name by name. */
function importBindings(node: SyntaxNode, id: { module: string; isPackage: boolean }): [string, { module: string; name?: string }][] {
  const out: [string, { module: string; name?: string }][] = [];
  if (node.type === "import_statement") {
    for (const c of node.namedChildren) {
      if (c.type === "aliased_import") out.push([c.childForFieldName("alias")!.text, { module: c.childForFieldName("name")!.text }]);
      else if (c.type === "dotted_name") out.push([c.namedChildren[0]!.text, { module: c.namedChildren[0]!.text }]);
    }
    return out;
  }
  const from = fromModule(node, id);
  if (from === null) return out;
  const names = importedNames(node);
  for (const local of names) {
    const c = local.parent?.type === "aliased_import" ? local.parent : local.parent!;
    const original = c.type === "aliased_import" ? c.childForFieldName("name")!.text : local.text;
    out.push([local.text, { module: from, name: original }]);
  }
  return out;
}

/** The absolute module of a `from … import` statement. */
export function fromModule(node: SyntaxNode, id: { module: string; isPackage: boolean }): string | null {
  const m = node.childForFieldName("module_name")!;
  if (m.type !== "relative_import") return m.text;
  const prefix = m.namedChildren.find((c) => c.type === "import_prefix")?.text ?? "";
  const dotted = m.namedChildren.find((c) => c.type === "dotted_name")?.text ?? "";
  return absoluteModule(id, prefix.length, dotted);
}

function literalAll(right: SyntaxNode): string[] | undefined {
  if (right.type !== "list" && right.type !== "tuple") return undefined;
  const out: string[] = [];
  for (const s of right.namedChildren) {
    if (s.type !== "string") return undefined;
    out.push(s.text.slice(1, -1));
  }
  return out;
}

/** `state.count = …` / `pkg.state.count += …` where the object is a dotted name. */
function collectWrites(node: SyntaxNode, out: { object: string; attr: string }[]): void {
  if (node.type === "assignment" || node.type === "augmented_assignment") {
    const left = node.childForFieldName("left");
    const obj = left?.type === "attribute" ? left.childForFieldName("object") : null;
    if (obj && /^[A-Za-z_][\w.]*$/.test(obj.text) && obj.text !== "self" && obj.text !== "cls") {
      out.push({ object: obj.text, attr: left!.childForFieldName("attribute")!.text });
    }
  }
  for (const c of node.namedChildren) collectWrites(c, out);
}

/** Summarise one module; null when it does not parse (the translation reports why). */
export function summarizeModule(source: string, options: { module: string; isPackage: boolean }): ModuleSummary | null {
  const parsed = parsePython(source.replace(/^\uFEFF/, ""), `${options.module}.py`);
  if (parsed.diagnostics.length > 0) return null;
  const root = parsed.root;
  const analysis = analyze(root);
  const names: Record<string, NameSummary> = {};
  let hasMainGuard = false;
  let all: string[] | undefined;
  for (const stmt of root.namedChildren) {
    const def = definitionNode(stmt);
    if (def.type === "function_definition") {
      const f = analysis.functions.get(def.startIndex);
      if (f) names[f.name] = { kind: "function", function: functionSummary(f) };
    } else if (def.type === "class_definition") {
      const c = analysis.classes.get(def.startIndex);
      if (c) names[c.name] = { kind: "class", class: classSummary(c) };
    } else if (stmt.type === "if_statement" && /^__name__\s*==\s*["']__main__["']$/.test(stmt.childForFieldName("condition")!.text)) {
      hasMainGuard = true;
    } else if (stmt.type === "expression_statement" && stmt.firstNamedChild?.type === "assignment") {
      const a = stmt.firstNamedChild;
      if (a.childForFieldName("left")?.text === "__all__" && a.childForFieldName("right")) all = literalAll(a.childForFieldName("right")!);
    }
  }
  // Imports anywhere at module level (also inside `try`/`if`) bind module names.
  const star: string[] = [];
  const visitImports = (node: SyntaxNode): void => {
    for (const c of node.namedChildren) {
      if (c.type === "import_statement" || c.type === "import_from_statement") {
        for (const [name, target] of importBindings(c, options)) names[name] ??= { kind: "import", import: target };
        const from = c.type === "import_from_statement" && c.namedChildren.some((n) => n.type === "wildcard_import") ? fromModule(c, options) : null;
        if (from !== null) star.push(from);
      } else if (!["function_definition", "class_definition", "decorated_definition"].includes(c.type)) visitImports(c);
    }
  };
  visitImports(root);
  for (const b of analysis.module.bindings.values()) {
    if (names[b.name] || b.name === "__all__") continue;
    if (![...b.kinds].some((k) => ["assign", "for", "with", "walrus"].includes(k))) continue;
    names[b.name] = { kind: "variable", rebound: b.sites.length > 1 || b.kinds.has("rebound") || b.kinds.has("for") };
  }
  const writes: { object: string; attr: string }[] = [];
  collectWrites(root, writes);
  const moduleImports = new Set(Object.entries(names).filter(([, n]) => n.kind === "import").map(([k]) => k));
  const summary: ModuleSummary = { module: options.module, isPackage: options.isPackage, hasMainGuard, names };
  if (all) summary.all = all;
  if (star.length > 0) summary.star = star;
  const external = writes.filter((w) => moduleImports.has(w.object.split(".")[0]!));
  if (external.length > 0) summary.writes = external;
  if (usesWorkerProcesses(root)) summary.startsWorkers = true;
  return summary;
}
