/**
 * Statements: assignment, control flow, loops. Like expressions, a table
 * keyed by tree-sitter node type; functions, classes, exceptions and `with`
 * register their own entries from their modules.
 */
import { typeSlot } from "./assigned-types.js";
import { intArith, provablySmall } from "./int-width.js";
import { docstringOf } from "./docstrings.js";
import { annotationType } from "../analyze/annotations.js";
import { ANY, INT, NUMBER, isNumeric, tsType, type PyType } from "../analyze/types.js";
import { floatByConstruction } from "../analyze/floats.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { changesType } from "./declarations.js";
import { cond, elementType, expr } from "./expressions.js";
import { importStatement } from "./imports.js";
import { safeName } from "./names.js";
import { raceNote, spinCondition } from "./thread-hazards.js";
import { intBitOp } from "./operators.js";
import { asyncLoopIterable, isSequenceTarget, iterable, loopIterable, mayMutate, needsRuntimeUnpack, pattern, sliceParts, storeInto } from "./targets.js";

export type StatementHandler = (node: SyntaxNode, ctx: Context) => string[];
const handlers = new Map<string, StatementHandler>();

export function registerStatements(table: Record<string, StatementHandler>): void {
  for (const [type, fn] of Object.entries(table)) handlers.set(type, fn);
}

export function statement(node: SyntaxNode, ctx: Context): string[] {
  const h = handlers.get(node.type);
  if (h) return h(node, ctx);
  return [ctx.unsupported(node, `the statement \`${node.type}\` is not supported`) + ";"];
}

/** The docstring of a module, class or function body, if it has one. */
export { docstringOf };

/** A docstring as a JSDoc comment. */
export function jsDoc(doc: SyntaxNode | null): string[] {
  if (!doc) return [];
  const text = doc.text.replace(/^[rRuU]?("""|'''|"|')/, "").replace(/("""|'''|"|')$/, "").replace(/\*\//g, "* /");
  const lines = text.split("\n").map((l) => l.trim());
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  while (lines.length > 0 && lines[0] === "") lines.shift();
  if (lines.length === 1) return [`/** ${lines[0]} */`];
  return [`/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n */`];
}

/** The statements of a block, with comments kept and the docstring left to the caller. */
export function block(node: SyntaxNode | null, ctx: Context): string[] {
  if (!node) return [];
  const out: string[] = [];
  const doc = docstringOf(node);
  // The row the last statement's code ended on, when it gave code: a comment there stays at its end.
  let codeEndRow = -1;
  for (const c of node.namedChildren) {
    if (doc && c.startIndex === doc.startIndex) continue;
    if (c.type === "comment") {
      pushComment(out, c, codeEndRow);
      continue;
    }
    const code = statement(c, ctx);
    out.push(...raceNote(c, ctx), ...marked(c, code, ctx));
    codeEndRow = code.length > 0 ? c.endPosition.row : -1;
  }
  return out;
}

/** A comment on a line of its own, or at the end of the code before it when Python has it on that code's last row. */
export function pushComment(out: string[], comment: SyntaxNode, codeEndRow: number): void {
  if (comment.startPosition.row === codeEndRow && out.length > 0) out[out.length - 1] += ` //${comment.text.slice(1)}`;
  else out.push(`//${comment.text.slice(1)}`);
}

/** A statement's code, after its position marker when a source map is wanted (see emit/positions.ts); `member`: among class members. */
export function marked(node: SyntaxNode, code: string[], ctx: Context, member = false): string[] {
  return ctx.marks && code.length > 0 ? [ctx.marks.mark(node, member), ...code] : code;
}

export function braces(lines: string[]): string {
  return `{\n${lines.join("\n")}\n}`;
}

function annotationOf(node: SyntaxNode | null, ctx: Context): PyType | null {
  return node ? annotationType(node, ctx.analysis.classNames) : null;
}

/** The body of the function (or the module) a node sits in. */
function scopeBody(node: SyntaxNode): SyntaxNode {
  let n: SyntaxNode = node;
  while (n.parent && n.type !== "function_definition") n = n.parent;
  return n;
}

/** Whether the assignment at this binding site stores a float by construction (`x = y / 2`, `x += 0.5`). */
function floatSite(site: SyntaxNode): boolean {
  const p = site.parent;
  if (!p || p.childForFieldName("left")?.startIndex !== site.startIndex) return false;
  const right = p.childForFieldName("right");
  if (!right) return false;
  if (p.type === "augmented_assignment") return p.childForFieldName("operator")!.text === "/=" || floatByConstruction(right);
  return p.type === "assignment" && floatByConstruction(right);
}

/** Declare-or-assign for one identifier target. */
function assignName(target: SyntaxNode, value: Expr, ctx: Context, annotation: SyntaxNode | null): string {
  const name = safeName(target.text);
  const b = ctx.binding(target.text);
  const declared = annotationOf(annotation, ctx);
  // Per-position item types describe a literal; they stay true of a variable
  // only when it is bound once and nothing in its scope may change its contents.
  const frozen = b !== undefined && b.sites.length === 1 && !mayMutate(scopeBody(target), target.text);
  const valueType: PyType = frozen ? value.type : value.type.k === "list" ? { k: "list" as const, of: value.type.of } : value.type.k === "dict" ? { k: "dict", key: value.type.key, value: value.type.value } : value.type;
  // `x: float = 0` holds the int 0: an annotation does not convert, so only a float value makes it print as one.
  // Likewise a literal's own item types are more exact than a `tuple[float, ...]` annotation.
  const literalShape = (value.type.k === "tuple" && value.type.items) || (value.type.k === "list" && value.type.items) ? valueType : null;
  const known = declared?.k === "float" && value.type.k !== "float" ? NUMBER : declared && literalShape ? literalShape : declared;
  // `acc = 0` with `acc += i / 2` elsewhere holds an int or a float: native int arithmetic would drop the float.
  // The flow of types is not followed round loops, so a variable bound both ways is int-or-float everywhere.
  const floatSites = b ? b.sites.map(floatSite) : [];
  const mixed = (valueType.k === "int" || valueType.k === "float") && floatSites.some((f) => f) && !floatSites.every((f) => f);
  // A parameter reassigned in one branch keeps its parameter type elsewhere: types are not followed through branches.
  if (b && b.kinds.has("param")) ctx.varTypes.set(b, known ?? b.type ?? ANY);
  else if (b) ctx.varTypes.set(b, known ?? (mixed ? NUMBER : valueType));
  const inline = b && ctx.plan?.inlineAt.get(target.startIndex) === b;
  if (!inline) return `${name} = ${value.code}`;
  let typeNote = "";
  let code = value.code;
  if (declared) {
    typeNote = `: ${tsType(declared)}`;
    // The annotation types an empty display: no cast beside it.
    if (code === "([] as any[])" && declared.k === "list") code = "[]";
    else if (code === "new Map<any, any>()" && declared.k === "dict") code = "new Map()";
  }
  else if (!b.constant && (changesType(b) || value.type.k === "none")) {
    typeNote = `: ${typeSlot(ctx, b)}`;
    ctx.varTypes.setReadType(b, ANY);
  }
  // `del` rebinds the variable to the runtime's UNBOUND marker.
  return `${b.constant && !ctx.deletedNames().has(target.text) ? "const" : "let"} ${name}${typeNote} = ${code}`;
}

function assignTarget(target: SyntaxNode, value: Expr, ctx: Context, annotation: SyntaxNode | null): string[] {
  if (target.type === "identifier") return [assignName(target, value, ctx, annotation) + ";"];
  if (isSequenceTarget(target)) {
    const names = target.namedChildren;
    const pat = pattern(target, ctx);
    // JavaScript destructuring ignores extra items and fills missing ones with
    // undefined; Python raises ValueError. Only a length known to match skips the check.
    // A generator is pulled item by item and must hold exactly as many.
    const lazy = value.type.k === "named" && value.type.of !== undefined;
    if (pat === null || needsRuntimeUnpack(target) || lazy || !unpacksExactly(target, value.type)) {
      const tmp = ctx.tmp("unpacked");
      const counts = names.map((n) => (n.type === "list_splat_pattern" || n.type === "list_splat" ? "*" : "1")).join("");
      const lines = [`const ${tmp} = ${ctx.rt("unpack")}(${value.code}, ${JSON.stringify(counts)});`];
      const starred = (n: SyntaxNode) => n.type === "list_splat_pattern" || n.type === "list_splat";
      const itemType = (i: number): PyType => (counts.includes("*") ? ANY : value.type.k === "tuple" && value.type.items ? (value.type.items[i] ?? ANY) : value.type.k === "list" || value.type.k === "set" ? value.type.of : ANY);
      names.forEach((n, i) => lines.push(...assignTarget(starred(n) ? n.namedChildren[0]! : n, { code: `${tmp}[${i}]`, type: starred(n) ? { k: "list", of: ANY } : itemType(i) }, ctx, null)));
      return lines;
    }
    const idents = collectIdentifiers(target);
    const types = value.type.k === "tuple" && value.type.items ? value.type.items : null;
    idents.forEach((id, i) => {
      const b = ctx.binding(id.text);
      if (b) ctx.varTypes.set(b, types?.[i] ?? (value.type.k === "list" ? value.type.of : ANY));
    });
    const inline = idents.map((id) => ctx.plan?.inlineAt.get(id.startIndex));
    if (inline.every((b) => b !== undefined)) {
      const keyword = inline.every((b) => b!.constant) ? "const" : "let";
      return [`${keyword} ${pat} = ${value.code};`];
    }
    // Nodes are compared by position: tree-sitter hands out a new wrapper object on every access.
    const isTarget = (n: SyntaxNode | null) => n !== null && n.startIndex === target.startIndex && n.endIndex === target.endIndex && n.type === target.type;
    const plain = idents.every((id) => isTarget(id.parent) || id.parent?.type === "list_splat_pattern");
    if (plain) return [`${pat} = ${value.code};`];
    const tmp = ctx.tmp("unpacked");
    return [`const ${tmp} = ${value.code};`, `${pat} = ${tmp};`];
  }
  return [storeInto(target, value.code, ctx) + ";"];
}

/** Whether a value of this type is known to have as many items as the target has names, at every level. */
function unpacksExactly(target: SyntaxNode, type: PyType): boolean {
  if (!isSequenceTarget(target)) return true;
  if (target.type === "parenthesized_expression") return unpacksExactly(target.namedChildren[0]!, type);
  const names = target.namedChildren.filter((c) => c.type !== "comment");
  if (names.some((n) => n.type === "list_splat_pattern" || n.type === "list_splat")) return false;
  const items = type.k === "tuple" ? type.items : type.k === "list" ? type.items : undefined;
  if (!items || items.length !== names.length) return false;
  return names.every((n, i) => unpacksExactly(n, items[i]!));
}

function collectIdentifiers(node: SyntaxNode): SyntaxNode[] {
  if (node.type === "identifier") return [node];
  return node.namedChildren.flatMap(collectIdentifiers);
}

function assignment(node: SyntaxNode, ctx: Context): string[] {
  // a = b = value: Python evaluates value once, then assigns left to right.
  const targets: SyntaxNode[] = [];
  let cur: SyntaxNode = node;
  while (cur.type === "assignment" && cur.childForFieldName("right")?.type === "assignment") {
    targets.push(cur.childForFieldName("left")!);
    cur = cur.childForFieldName("right")!;
  }
  targets.push(cur.childForFieldName("left")!);
  const annotation = cur.childForFieldName("type");
  const right = cur.childForFieldName("right");
  if (!right) {
    // `x: int` alone declares nothing at run time; give TypeScript the declaration.
    const left = cur.childForFieldName("left")!;
    const b = ctx.binding(left.text);
    if (left.type === "identifier" && b && ctx.plan?.inlineAt.get(left.startIndex) === b) {
      const t = annotationOf(annotation, ctx) ?? ANY;
      ctx.varTypes.set(b, t);
      return [`let ${safeName(left.text)}: ${tsType(t)};`];
    }
    return [];
  }
  const only = targets[0]!;
  if (targets.length === 1 && only.type === "identifier" && ctx.scope.kind === "module" && ctx.analysis.classNames.get(only.text) === "alias") {
    // A type alias serves annotations only: it becomes a TypeScript type.
    return [`type ${safeName(only.text)} = ${tsType(annotationType(right, ctx.analysis.classNames))};`];
  }
  if (right.type === "call" && /^(typing\.)?(TypeVar|ParamSpec)$/.test(right.childForFieldName("function")!.text)) {
    return []; // type variables only serve annotations
  }
  if (right.type === "call" && /^(typing\.)?NewType$/.test(right.childForFieldName("function")!.text) && targets.length === 1 && targets[0]!.type === "identifier") {
    // `UserId = NewType("UserId", int)`: a type for annotations, and the identity function Python calls.
    const baseNode = right.childForFieldName("arguments")?.namedChildren[1];
    const base = baseNode ? tsType(annotationType(baseNode, ctx.analysis.classNames)) : "any";
    const name = safeName(targets[0]!.text);
    return [`type ${name} = ${base};`, `const ${name} = ${expr(right, ctx).code};`];
  }
  let value = expr(right, ctx);
  if (right.type === "expression_list" && targets.length === 1 && isSequenceTarget(targets[0]!)) {
    // `a, b = b, a`: a plain array is enough for the swap; no tuple object needed.
    const items = right.namedChildren.map((c) => expr(c, ctx));
    value = { code: `[${items.map((i) => i.code).join(", ")}]`, type: { k: "tuple", items: items.map((i) => i.type) } };
  }
  if (targets.length === 1) return assignTarget(targets[0]!, value, ctx, annotation);
  const tmp = ctx.tmp("value");
  const lines = [`const ${tmp} = ${value.code};`];
  for (const t of targets) lines.push(...assignTarget(t, { code: tmp, type: value.type }, ctx, null));
  return lines;
}

// In-place forms mutate lists, sets and dicts as Python's do, so aliases see the change.
const AUG_FN: Record<string, string> = { "//=": "floordiv", "%=": "mod", "/=": "div", "+=": "iadd", "*=": "mul", "-=": "isub", "**=": "pow", "|=": "ior", "&=": "iand", "^=": "ixor", "<<=": "shl", ">>=": "shr" };

function augmented(node: SyntaxNode, ctx: Context): string[] {
  const left = node.childForFieldName("left")!;
  const op = node.childForFieldName("operator")!.text;
  const current = expr(left, ctx);
  const value = expr(node.childForFieldName("right")!, ctx);
  const num = (t: PyType) => t.k === "int" || t.k === "float" || t.k === "bool";
  let combined: string;
  if (op === "+=" && current.type.k === "list") return [`${current.code}.push(...${iterable(value, ctx)});`];
  // A bool that takes part in arithmetic becomes an int (`flag += 1` is 2): the runtime operator, and the variable is no longer a bool.
  if ((["+=", "-=", "*="].includes(op) && num(current.type) && current.type.k !== "bool" && num(value.type)) || (op === "+=" && current.type.k === "str" && value.type.k === "str")) {
    const moduleVariable = left.type === "attribute" && ctx.project?.isModuleAttribute(left, ctx);
    const isFloat = current.type.k === "float" || value.type.k === "float";
    const ints = current.type.k === "int" && value.type.k === "int";
    // `n *= k` on ints may leave 2**53: the checked operator keeps it exact (int-width.ts).
    if (ints && !(provablySmall(left) && provablySmall(node.childForFieldName("right")))) {
      combined = intArith(op[0] as "+" | "-" | "*", current, value, left, node.childForFieldName("right"), ctx, "");
      if (left.type === "identifier") return [`${safeName(left.text)} = ${combined};`];
      return [storeInto(left, combined, ctx) + ";"];
    }
    if ((left.type === "identifier" || left.type === "attribute") && !moduleVariable && !isFloat) return [`${current.code} ${op} ${value.code};`];
    // A float result is boxed when integral, as every float leaving arithmetic is (see floats.ts).
    combined = isFloat ? `${ctx.rt("flt")}(${current.code} ${op[0]} ${value.code})` : `${current.code} ${op[0]} ${value.code}`;
  } else if (["&=", "|=", "^=", "<<=", ">>="].includes(op) && (current.type.k === "int" || current.type.k === "bool") && num(value.type)) {
    combined = current.type.k === "bool" && value.type.k === "bool" ? `${current.code} ${op.slice(0, -1)} ${value.code}` : intBitOp(op.slice(0, -1), current.code, value.code, node.childForFieldName("right"), ctx);
  } else {
    const fn = AUG_FN[op];
    if (!fn) return [ctx.unsupported(node, `the operator ${op} is not supported`) + ";"];
    combined = `${ctx.rt(fn)}(${current.code}, ${value.code})`;
  }
  if (left.type === "identifier") {
    const b = ctx.binding(left.text);
    if (b && op === "/=") ctx.varTypes.set(b, { k: "float" });
    // An int variable that took a float (`acc += 0.5`) holds int-or-float from here on.
    else if (b && current.type.k === "int" && value.type.k === "float") ctx.varTypes.set(b, NUMBER);
    // A number that took a value of unknown type (`acc -= f(x)`) may be a float, or anything, from here on.
    else if (b && isNumeric(current.type) && !num(value.type)) ctx.varTypes.set(b, value.type.k === "number" ? NUMBER : ANY);
    else if (b && current.type.k === "bool" && !(value.type.k === "bool" && ["&=", "|=", "^="].includes(op))) ctx.varTypes.set(b, ANY);
    return [`${safeName(left.text)} = ${combined};`];
  }
  return [storeInto(left, combined, ctx) + ";"];
}

function expressionStatement(node: SyntaxNode, ctx: Context): string[] {
  const inner = node.namedChildren[0];
  if (!inner) return [];
  if (inner.type === "assignment") return assignment(inner, ctx);
  if (inner.type === "augmented_assignment") return augmented(inner, ctx);
  if (inner.type === "string") return [`/*${inner.text.replace(/^[rRbBuU]*("""|'''|"|')|("""|'''|"|')$/g, "").replace(/\*\//g, "* /")}*/`];
  if (inner.type === "ellipsis") return [];
  // `f(1), f(2)` as a statement builds a tuple nobody keeps: each part is evaluated in order.
  const parts = node.namedChildren.filter((c) => c.type !== "comment");
  return parts.map((p) => `${expr(p, ctx).code};`);
}

function ifStatement(node: SyntaxNode, ctx: Context): string[] {
  let code = `if (${cond(node.childForFieldName("condition")!, ctx)}) ${braces(block(node.childForFieldName("consequence"), ctx))}`;
  for (const alt of node.childrenForFieldName("alternative")) {
    if (alt.type === "elif_clause") {
      code += ` else if (${cond(alt.childForFieldName("condition")!, ctx)}) ${braces(block(alt.childForFieldName("consequence"), ctx))}`;
    } else {
      code += ` else ${braces(block(alt.childForFieldName("body"), ctx))}`;
    }
  }
  return [code];
}

/** Loops with `else`: a labelled block that `break` leaves, skipping the else part. */
function loopWithElse(node: SyntaxNode, header: string, bodyNode: SyntaxNode, ctx: Context, pre: string[] = []): string[] {
  const elseNode = node.childForFieldName("alternative");
  const label = elseNode ? ctx.tmp("loop").replace("$", "_") : null;
  ctx.loops.push({ label });
  const body = [...pre, ...block(bodyNode, ctx)];
  ctx.loops.pop();
  const loop = `${header} ${braces(body)}`;
  if (!elseNode) return [loop];
  const elseBody = block(elseNode.childForFieldName("body"), ctx);
  return [`${label}: {\n${loop}\n${elseBody.join("\n")}\n}`];
}

function whileStatement(node: SyntaxNode, ctx: Context): string[] {
  return loopWithElse(node, `while (${spinCondition(node, ctx) ?? cond(node.childForFieldName("condition")!, ctx)})`, node.childForFieldName("body")!, ctx);
}

/** Whether a statement in `node` (nested functions included) may bind `name`. */
function rebinds(node: SyntaxNode, name: string): boolean {
  const binds = (target: SyntaxNode | null): boolean => !!target && (target.type === "identifier" ? target.text === name : target.namedChildren.some(binds));
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case "assignment":
      case "augmented_assignment":
      case "for_statement":
      case "for_in_clause":
        if (binds(n.childForFieldName("left"))) return true;
        break;
      case "named_expression":
        if (binds(n.childForFieldName("name"))) return true;
        break;
      case "as_pattern_target":
      case "delete_statement":
      case "global_statement":
      case "nonlocal_statement":
        if (binds(n)) return true;
        break;
    }
    stack.push(...n.namedChildren);
  }
  return false;
}

/** A `global` or `nonlocal` statement anywhere in the module names it: a function the loop calls may rebind it. */
export function declaredShared(node: SyntaxNode, name: string): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  let names = sharedNames.get(root);
  if (!names) {
    names = new Set<string>();
    const stack = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === "global_statement" || n.type === "nonlocal_statement") for (const c of n.namedChildren) names.add(c.text);
      stack.push(...n.namedChildren);
    }
    sharedNames.set(root, names);
  }
  return names.has(name);
}
const sharedNames = new WeakMap<SyntaxNode, Set<string>>();

function isSimple(code: string): boolean {
  return /^-?[\w$.]+$/.test(code);
}

function forStatement(node: SyntaxNode, ctx: Context): string[] {
  const left = node.childForFieldName("left")!;
  const rightNode = node.childForFieldName("right")!;
  // `for r in pool.map(...)` waits for each item in the threads model: a `for await` (src/analyze/threads.ts).
  const isAsync = node.children.some((c) => c.type === "async") || !!ctx.analysis.threads?.loops.has(node.startIndex);
  const owned = ctx.plan?.loopOwned.get(node.startIndex) ?? [];
  const loopOwnsAll = owned.length > 0 && owned.length === collectIdentifiers(left).length;
  const decl = loopOwnsAll ? "const " : "";
  // for i in range(a, b): a counting loop reads like the code people write by hand.
  if (!isAsync && left.type === "identifier" && loopOwnsAll && rightNode.type === "call" && rightNode.childForFieldName("function")?.text === "range" && !ctx.ownerScope("range")) {
    const args = rightNode.childForFieldName("arguments")!.namedChildren;
    if (args.length <= 2 && args.every((a) => a.type !== "list_splat" && a.type !== "keyword_argument")) {
      const codes = args.map((a) => expr(a, ctx));
      // The test reads the bounds at every turn, Python read them once: only ints nothing can rebind while the loop runs
      // (and a loop variable the body does not rebind); range(2.5) raises TypeError, so an unknown type keeps range.
      const body = node.childForFieldName("body")!;
      const fixed = (a: SyntaxNode) => a.type === "integer" || (a.type === "identifier" && !rebinds(body, a.text) && !declaredShared(node, a.text));
      if (codes.every((c) => isSimple(c.code) && c.type.k === "int") && args.every(fixed) && !rebinds(body, left.text)) {
        const [start, stop] = codes.length === 1 ? ["0", codes[0]!.code] : [codes[0]!.code, codes[1]!.code];
        const b = ctx.binding(left.text);
        if (b) ctx.varTypes.set(b, INT);
        const i = safeName(left.text);
        return loopWithElse(node, `for (let ${i} = ${start}; ${i} < ${stop}; ${i}++)`, node.childForFieldName("body")!, ctx);
      }
    }
  }
  const loop = isAsync ? asyncLoopIterable(rightNode, ctx) : loopIterable(rightNode, ctx, node.childForFieldName("body")!);
  const elem = loop.elem;
  for (const id of collectIdentifiers(left)) {
    const b = ctx.binding(id.text);
    if (b) ctx.varTypes.set(b, left.type === "identifier" ? elem : elem.k === "tuple" && elem.items ? (elem.items[collectIdentifiers(left).indexOf(id)] ?? ANY) : ANY);
  }
  let pat = pattern(left, ctx);
  const pre: string[] = [];
  if (pat === null || needsRuntimeUnpack(left) || (!loopOwnsAll && left.type !== "identifier")) {
    const item = ctx.tmp("item");
    pat = item;
    pre.push(...assignTarget(left, { code: item, type: elem }, ctx, null));
    return loopWithElse(node, `for ${isAsync ? "await " : ""}(const ${item} of ${loop.code})`, node.childForFieldName("body")!, ctx, pre);
  }
  return loopWithElse(node, `for ${isAsync ? "await " : ""}(${decl}${pat} of ${loop.code})`, node.childForFieldName("body")!, ctx);
}

function breakStatement(_node: SyntaxNode, ctx: Context): string[] {
  const loop = ctx.loops[ctx.loops.length - 1];
  return [loop?.label ? `break ${loop.label};` : "break;"];
}

function returnStatement(node: SyntaxNode, ctx: Context): string[] {
  const value = node.namedChildren[0];
  if (!value) return ["return;"];
  return [`return ${expr(value, ctx).code};`];
}

function deleteStatement(node: SyntaxNode, ctx: Context): string[] {
  const out: string[] = [];
  const targets = node.namedChildren[0]?.type === "expression_list" ? node.namedChildren[0].namedChildren : node.namedChildren;
  for (const t of targets) {
    if (t.type === "subscript" && t.childForFieldName("subscript")!.type === "slice") {
      const obj = expr(t.childForFieldName("value")!, ctx);
      out.push(`${ctx.rt("delslice")}(${obj.code}, ${sliceParts(t.childForFieldName("subscript")!, ctx).join(", ")});`);
    } else if (t.type === "subscript") {
      const obj = expr(t.childForFieldName("value")!, ctx);
      const key = expr(t.childForFieldName("subscript")!, ctx);
      out.push(`${ctx.rt("delitem")}(${obj.code}, ${key.code});`);
    } else if (t.type === "attribute") {
      out.push(`delete (${expr(t.childForFieldName("object")!, ctx).code} as any).${t.childForFieldName("attribute")!.text};`);
    } else if (t.type === "identifier") {
      out.push(`${safeName(t.text)} = ${ctx.rt("UNBOUND")} as any;`);
    } else out.push(ctx.unsupported(t, "this del target is not supported") + ";");
  }
  return out;
}

function assertStatement(node: SyntaxNode, ctx: Context): string[] {
  const [test, msg] = node.namedChildren;
  const args = msg ? expr(msg, ctx).code : "";
  return [`if (!(${cond(test!, ctx)})) throw new ${ctx.rt("AssertionError")}(${args});`];
}

registerStatements({
  expression_statement: expressionStatement,
  if_statement: ifStatement,
  while_statement: whileStatement,
  for_statement: forStatement,
  pass_statement: () => [],
  break_statement: breakStatement,
  continue_statement: () => ["continue;"],
  return_statement: returnStatement,
  delete_statement: deleteStatement,
  assert_statement: assertStatement,
  global_statement: () => [],
  nonlocal_statement: () => [],
  import_statement: importStatement,
  import_from_statement: importStatement,
  future_import_statement: () => [],
});
