/**
 * `global x` / `nonlocal x` after the scope already used or bound `x` is a
 * compile error in CPython ("name 'x' is used prior to global declaration").
 * tree-sitter accepts it, and a translation would silently pick one meaning,
 * so it is a syntax error here too, with CPython's message and precedence
 * (parameter, then use, then annotation, then assignment).
 */
import type { SyntaxNode } from "./tree.js";

/** Nodes that open a scope of their own: what is inside them is not the declaring scope's. */
const SCOPES = new Set(["function_definition", "class_definition", "lambda", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

function enclosingScope(node: SyntaxNode): SyntaxNode | null {
  for (let p = node.parent; p; p = p.parent) if (p.type === "function_definition" || p.type === "class_definition" || p.type === "module") return p;
  return null;
}

/** How an identifier occurrence relates to its name: a binding, a read, an annotated target, or not a name at all. */
function role(id: SyntaxNode): "assign" | "use" | "annot" | null {
  const parent = id.parent;
  if (!parent) return "use";
  const field = (name: string) => parent.childForFieldName(name)?.startIndex === id.startIndex && parent.childForFieldName(name)?.type === id.type;
  switch (parent.type) {
    case "attribute":
      return field("attribute") ? null : "use";
    case "keyword_argument":
      return field("name") ? null : "use";
    case "dotted_name":
    case "aliased_import":
    case "import_statement":
    case "import_from_statement":
    case "global_statement":
    case "nonlocal_statement":
      return null;
    case "assignment":
      if (field("left")) return parent.childForFieldName("type") ? "annot" : "assign";
      return "use";
    case "augmented_assignment":
    case "for_statement":
    case "for_in_clause":
      return field("left") ? "assign" : "use";
    case "named_expression":
      return field("name") ? "assign" : "use";
    case "as_pattern_target":
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
      return "assign";
    case "function_definition":
    case "class_definition":
      return field("name") ? "assign" : null;
    default:
      return "use";
  }
}

function parameterNames(scope: SyntaxNode): Set<string> {
  const out = new Set<string>();
  const params = scope.type === "function_definition" ? scope.childForFieldName("parameters") : null;
  for (const p of params?.namedChildren ?? []) {
    const id = p.type === "identifier" ? p : (p.childForFieldName("name") ?? p.namedChildren.find((c) => c.type === "identifier"));
    if (id) out.add(id.text);
  }
  return out;
}

/** The first `global`/`nonlocal` that comes after a use or binding of its name in the same scope. */
export function declarationAfterUse(root: SyntaxNode): { node: SyntaxNode; message: string } | null {
  const stack: SyntaxNode[] = [root];
  const declarations: SyntaxNode[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "global_statement" || node.type === "nonlocal_statement") declarations.push(node);
    for (const child of node.namedChildren) stack.push(child);
  }
  declarations.sort((a, b) => a.startIndex - b.startIndex);
  for (const decl of declarations) {
    const scope = enclosingScope(decl);
    if (!scope) continue;
    const kind = decl.type === "global_statement" ? "global" : "nonlocal";
    const names = new Set(decl.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text));
    const params = parameterNames(scope);
    for (const name of names) if (params.has(name)) return { node: decl, message: `name '${name}' is parameter and ${kind}` };
    const body = scope.type === "module" ? scope : scope.childForFieldName("body");
    if (!body) continue;
    const seen = new Map<string, Set<string>>();
    const walk: SyntaxNode[] = [body];
    while (walk.length > 0) {
      const node = walk.pop()!;
      if (node.startIndex >= decl.startIndex) continue;
      if (node.type === "identifier" && names.has(node.text)) {
        const r = role(node);
        if (r) {
          const roles = seen.get(node.text) ?? new Set<string>();
          roles.add(r);
          seen.set(node.text, roles);
        }
      }
      // A nested scope binds its own name here; its inside is another scope.
      if (SCOPES.has(node.type) && node !== body) {
        const name = node.childForFieldName("name");
        if (name) walk.push(name);
        continue;
      }
      for (const child of node.namedChildren) walk.push(child);
    }
    for (const name of names) {
      const roles = seen.get(name);
      if (!roles) continue;
      if (roles.has("use")) return { node: decl, message: `name '${name}' is used prior to ${kind} declaration` };
      if (roles.has("annot")) return { node: decl, message: `annotated name '${name}' can't be ${kind}` };
      return { node: decl, message: `name '${name}' is assigned to before ${kind} declaration` };
    }
  }
  return null;
}
