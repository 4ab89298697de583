/**
 * Name binding, as Python defines it: a name assigned anywhere in a function
 * is local to the whole function unless declared global or nonlocal. The
 * transform needs this to decide where a TypeScript `let` goes and whether an
 * assignment declares or rebinds.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { PyType } from "./types.js";

export type ScopeKind = "module" | "function" | "class";

export interface Binding {
  name: string;
  /** Identifier nodes that bind the name, in source order. */
  sites: SyntaxNode[];
  /** Statement kinds that bind it: "assign", "for", "param", "def", "class", "import", "with", "except", "walrus", "match". */
  kinds: Set<string>;
  type?: PyType;
  /** How the declaration is emitted; decided by `planDeclarations`. */
  declare?: "inline" | "hoist" | "none";
  /** Assigned exactly once, at the top of the scope: `const`. */
  constant?: boolean;
}

export interface Scope {
  kind: ScopeKind;
  node: SyntaxNode;
  parent: Scope | null;
  bindings: Map<string, Binding>;
  globals: Set<string>;
  nonlocals: Set<string>;
  /** Where each name occurs in this scope's own code (start offsets), for declaration placement. */
  reads: Map<string, number[]>;
  /** Scopes nested directly in this one, keyed by the start offset of their node. */
  children: Map<number, Scope>;
}

const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

export function buildScope(node: SyntaxNode, kind: ScopeKind, parent: Scope | null): Scope {
  const scope: Scope = { kind, node, parent, bindings: new Map(), globals: new Set(), nonlocals: new Set(), reads: new Map(), children: new Map() };
  const body = kind === "module" ? node : node.childForFieldName("body");
  if (kind === "function") {
    for (const p of paramNames(node)) bind(scope, p.name, p.node, "param");
  }
  if (body) visit(body, scope, false);
  // `global G` then `G = …` in a function creates the module's G even when module code never assigns it: declare it there.
  if (kind !== "module") {
    const module = moduleOf(scope);
    for (const name of scope.globals) {
      const b = scope.bindings.get(name);
      if (b && !module.bindings.has(name)) for (const site of b.sites) for (const k of b.kinds) bind(module, name, site, k);
    }
  }
  return scope;
}

export function paramNames(fn: SyntaxNode): { name: string; node: SyntaxNode }[] {
  const params = fn.childForFieldName("parameters");
  if (!params) return [];
  const out: { name: string; node: SyntaxNode }[] = [];
  for (const p of params.namedChildren) {
    const id = paramIdentifier(p);
    if (id) out.push({ name: id.text, node: id });
  }
  return out;
}

export function paramIdentifier(p: SyntaxNode): SyntaxNode | null {
  if (p.type === "identifier") return p;
  if (p.type === "default_parameter" || p.type === "typed_default_parameter") return p.childForFieldName("name");
  if (p.type === "typed_parameter") return paramIdentifier(p.namedChildren[0]!);
  if (p.type === "list_splat_pattern" || p.type === "dictionary_splat_pattern") return p.namedChildren[0] ?? null;
  return null;
}

function bind(scope: Scope, name: string, site: SyntaxNode, kind: string): void {
  let b = scope.bindings.get(name);
  if (!b) {
    b = { name, sites: [], kinds: new Set() };
    scope.bindings.set(name, b);
  }
  b.sites.push(site);
  b.kinds.add(kind);
}

/** Bind every identifier of an assignment target (tuples, starred, nested). */
export function targetNames(target: SyntaxNode): SyntaxNode[] {
  switch (target.type) {
    case "identifier":
      return [target];
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "expression_list":
      return target.namedChildren.flatMap(targetNames);
    case "list_splat_pattern":
    case "list_splat":
    case "parenthesized_expression":
      return target.namedChildren.flatMap(targetNames);
    default:
      return []; // attributes and subscripts bind no name
  }
}

function visit(node: SyntaxNode, scope: Scope, inComprehension: boolean): void {
  switch (node.type) {
    case "function_definition":
    case "class_definition": {
      const name = node.childForFieldName("name");
      if (name) bind(scope, name.text, name, node.type === "class_definition" ? "class" : "def");
      // Defaults, decorators and bases are evaluated in this scope.
      for (const c of node.children) {
        if (c.type === "parameters") for (const p of c.namedChildren) visitDefaults(p, scope);
        if (c.type === "argument_list") visit(c, scope, inComprehension);
      }
      return;
    }
    case "lambda":
      return;
    case "global_statement":
      for (const id of node.namedChildren) scope.globals.add(id.text);
      return;
    case "nonlocal_statement":
      for (const id of node.namedChildren) scope.nonlocals.add(id.text);
      return;
    case "assignment":
    case "augmented_assignment": {
      const left = node.childForFieldName("left");
      if (left) for (const id of targetNames(left)) bind(scope, id.text, id, "assign");
      break;
    }
    case "for_statement": {
      const left = node.childForFieldName("left");
      if (left) for (const id of targetNames(left)) bind(scope, id.text, id, "for");
      break;
    }
    case "as_pattern": {
      const alias = node.childForFieldName("alias");
      const kind = node.parent?.type === "except_clause" ? "except" : "with";
      if (alias) for (const id of targetNames(alias.namedChildren[0] ?? alias)) bind(scope, id.text, id, kind);
      else if (node.parent?.type === "case_pattern") {
        // `case P as name:` has no alias field in the grammar; the name is the last child.
        const last = node.namedChildren[node.namedChildCount - 1];
        if (last?.type === "identifier") bind(scope, last.text, last, "match");
      }
      break;
    }
    case "named_expression": {
      const name = node.childForFieldName("name");
      if (name) bind(scope, name.text, name, "walrus");
      break;
    }
    case "import_statement":
    case "import_from_statement":
      for (const id of importedNames(node)) bind(scope, id.text, id, "import");
      return;
    case "case_pattern":
      bindCaptures(node, scope);
      return;
    case "identifier":
      addRead(scope, node);
      return;
  }
  if (COMPREHENSIONS.has(node.type)) {
    // Comprehension variables are their own scope; only walrus leaks out.
    for (const c of node.namedChildren) visitComprehensionPart(c, scope);
    return;
  }
  for (const c of node.namedChildren) {
    if (c.type === "lambda") continue;
    visit(c, scope, inComprehension);
  }
}

function visitComprehensionPart(node: SyntaxNode, scope: Scope): void {
  if (node.type === "named_expression") {
    const name = node.childForFieldName("name");
    if (name) bind(scope, name.text, name, "walrus");
  }
  if (node.type === "identifier") addRead(scope, node);
  for (const c of node.namedChildren) visitComprehensionPart(c, scope);
}

function addRead(scope: Scope, id: SyntaxNode): void {
  let list = scope.reads.get(id.text);
  if (!list) scope.reads.set(id.text, (list = []));
  list.push(id.startIndex);
}

/** Capture names anywhere in a case pattern: `x`, `[a, *rest]`, `Point(x=px)`, `P() as p`, `{**kw}`. */
function bindCaptures(node: SyntaxNode, scope: Scope): void {
  for (const c of node.namedChildren) {
    if (c.type === "dotted_name") {
      const isClassName = node.type === "class_pattern" && c === node.namedChildren[0];
      if (c.namedChildCount === 1 && !isClassName && c.text !== "_") bind(scope, c.text, c, "match");
    } else if ((node.type === "splat_pattern" || node.type === "as_pattern") && c.type === "identifier") {
      if (c.text !== "_") bind(scope, c.text, c, "match");
    } else if (c.type === "keyword_pattern") {
      const value = c.namedChildren[1];
      if (value?.type === "dotted_name" && value.namedChildCount === 1 && value.text !== "_") bind(scope, value.text, value, "match");
      else if (value) bindCaptures(c, scope);
    } else if (c.type !== "string" && c.type !== "integer" && c.type !== "float") bindCaptures(c, scope);
  }
}

function visitDefaults(p: SyntaxNode, scope: Scope): void {
  const v = p.childForFieldName("value");
  if (v) visit(v, scope, false);
}

export function importedNames(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const moduleName = node.childForFieldName("module_name");
  for (const c of node.namedChildren) {
    if (moduleName && c.startIndex === moduleName.startIndex && c.type === moduleName.type) continue;
    if (c.type === "aliased_import") {
      const alias = c.childForFieldName("alias");
      if (alias) out.push(alias);
    } else if (c.type === "dotted_name") {
      out.push(node.type === "import_statement" ? c.namedChildren[0]! : c.namedChildren[c.namedChildCount - 1]!);
    }
  }
  return out;
}

/** Where a name read in `scope` is bound: the scope that owns it, or null for builtins. */
export function resolve(scope: Scope, name: string): Scope | null {
  let s: Scope | null = scope;
  if (scope.globals.has(name)) return moduleOf(scope);
  while (s) {
    if (s.bindings.has(name) && !s.globals.has(name) && !s.nonlocals.has(name)) return s;
    s = s.parent;
    // Class bodies do not enclose the functions defined in them.
    while (s && s.kind === "class" && s !== scope) s = s.parent;
  }
  return null;
}

export function moduleOf(scope: Scope): Scope {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
}

export function isLocal(scope: Scope, name: string): boolean {
  return scope.bindings.has(name) && !scope.globals.has(name) && !scope.nonlocals.has(name);
}
