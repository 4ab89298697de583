/**
 * Expressions: a table from tree-sitter node type to a translator, in the
 * shape of a Babel visitor. Families with more to say (calls, strings,
 * operators, comprehensions) live in their own modules and register here.
 */
import { ANY, BOOL, FLOAT, INT, NONE, STR, join, tsType as tsTypeOf, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { BUILTINS, METHODS } from "../mappings/tables.js";
import { RUNTIME_BUILTIN_VALUES, safeName } from "./names.js";
import { condition } from "./truthiness.js";

export type ExprHandler = (node: SyntaxNode, ctx: Context) => Expr;

const handlers = new Map<string, ExprHandler>();

export function registerExpressions(table: Record<string, ExprHandler>): void {
  for (const [type, fn] of Object.entries(table)) handlers.set(type, fn);
}

export function expr(node: SyntaxNode, ctx: Context): Expr {
  const h = handlers.get(node.type);
  if (h) return h(node, ctx);
  return { code: ctx.unsupported(node, `the expression \`${node.type}\` is not supported`), type: ANY };
}

/** Translate an expression and fit it to Python's notion of a condition. */
export function cond(node: SyntaxNode, ctx: Context): string {
  return condition(expr(node, ctx), ctx);
}

export function elementType(t: PyType): PyType {
  switch (t.k) {
    case "list":
    case "set":
      return t.of;
    case "tuple":
      return t.items ? t.items.reduce<PyType>((a, b, i) => (i === 0 ? b : join(a, b)), ANY) : (t.rest ?? ANY);
    case "dict":
      return t.key;
    case "str":
      return STR;
    case "named":
      return t.ts === "range" ? INT : (t.of ?? ANY);
    default:
      return ANY;
  }
}

function nameExpr(node: SyntaxNode, ctx: Context): Expr {
  const name = node.text;
  const local = ctx.comprehensionVars.get(name);
  if (local) return { code: safeName(name), type: local };
  const owner = ctx.ownerScope(name);
  if (!owner) {
    if (RUNTIME_BUILTIN_VALUES.has(name)) return { code: ctx.rt(name), type: ANY };
    if (name === "__name__") return { code: JSON.stringify("__main__"), type: STR };
    if (name === "NotImplemented") return { code: ctx.rt("NotImplemented"), type: ANY };
    // A builtin function passed as a value (`map(len, xs)`, `key=str.lower`) is the runtime's.
    const builtin = BUILTINS[name];
    if (builtin?.runtime && !ctx.importAlias(name)) return { code: ctx.rt(builtin.runtime), type: { k: "func", ret: ANY, async: false } };
  }
  const alias = ctx.importAlias(name);
  if (alias) return alias;
  const b = owner?.bindings.get(name);
  let type: PyType = ANY;
  if (b) {
    type = ctx.varTypes.get(b) ?? b.type ?? ANY;
    if (b.kinds.has("def") && !b.kinds.has("assign")) type = { k: "func", ret: ANY, async: false };
    if (b.kinds.has("class") && !b.kinds.has("assign")) type = { k: "class", name };
  }
  if (name === "self" && ctx.cls && ctx.fn?.params[0]?.name === "self" && ctx.fn.owner) return { code: "this", type: { k: "instance", name: ctx.cls.name } };
  if (name === "self" && ctx.cls && owner?.kind === "function") {
    // A function nested in a method sees the method's `self`; a nested `function` has its own `this`.
    ctx.selfAliasNeeded = true;
    return { code: "self", type: { k: "instance", name: ctx.cls.name } };
  }
  if (name === "cls" && ctx.cls && ctx.fn?.params[0]?.name === "cls") return { code: "this", type: { k: "class", name: ctx.cls.name } };
  return { code: safeName(name), type };
}

function tupleCode(items: string[], ctx: Context): string {
  return `${ctx.rt("tuple")}(${items.join(", ")})`;
}

function sequenceItems(node: SyntaxNode, ctx: Context): { codes: string[]; types: PyType[] } {
  const codes: string[] = [];
  const types: PyType[] = [];
  for (const c of node.namedChildren) {
    if (c.type === "comment") continue;
    if (c.type === "list_splat") {
      const inner = expr(c.namedChildren[0]!, ctx);
      codes.push(`...${inner.code}`);
      types.push(elementType(inner.type));
    } else {
      const e = expr(c, ctx);
      codes.push(e.code);
      types.push(e.type);
    }
  }
  return { codes, types };
}

function joinAll(types: PyType[]): PyType {
  return types.length === 0 ? ANY : types.reduce((a, b) => join(a, b));
}

export function listLiteral(node: SyntaxNode, ctx: Context): Expr {
  const { codes, types } = sequenceItems(node, ctx);
  const of = joinAll(types);
  const code = codes.length === 0 ? "[] as any[]" : `[${codes.join(", ")}]`;
  const spread = codes.some((c) => c.startsWith("..."));
  return { code, type: spread || types.length === 0 ? { k: "list", of } : { k: "list", of, items: types } };
}

export function tupleLiteral(node: SyntaxNode, ctx: Context): Expr {
  const { codes, types } = sequenceItems(node, ctx);
  const spread = codes.some((c) => c.startsWith("..."));
  return { code: tupleCode(codes, ctx), type: spread ? { k: "tuple", items: null, rest: joinAll(types) } : { k: "tuple", items: types } };
}

function dictLiteral(node: SyntaxNode, ctx: Context): Expr {
  const entries: string[] = [];
  const keys: PyType[] = [];
  const values: PyType[] = [];
  for (const c of node.namedChildren) {
    if (c.type === "pair") {
      const k = expr(c.childForFieldName("key")!, ctx);
      const v = expr(c.childForFieldName("value")!, ctx);
      entries.push(`[${k.code}, ${v.code}]`);
      keys.push(k.type);
      values.push(v.type);
    } else if (c.type === "dictionary_splat") {
      const inner = expr(c.namedChildren[0]!, ctx);
      entries.push(`...${inner.code}`);
      if (inner.type.k === "dict") {
        keys.push(inner.type.key);
        values.push(inner.type.value);
      } else {
        keys.push(ANY);
        values.push(ANY);
      }
    }
  }
  const key = joinAll(keys);
  const value = joinAll(values);
  if (entries.length === 0) return { code: "new Map<any, any>()", type: { k: "dict", key: ANY, value: ANY } };
  return { code: `new Map<${tsTypeOf(key)}, ${tsTypeOf(value)}>([${entries.join(", ")}])`, type: { k: "dict", key, value } };
}


function setLiteral(node: SyntaxNode, ctx: Context): Expr {
  const { codes, types } = sequenceItems(node, ctx);
  return { code: `new Set([${codes.join(", ")}])`, type: { k: "set", of: joinAll(types) } };
}

function attribute(node: SyntaxNode, ctx: Context): Expr {
  const objNode = node.childForFieldName("object")!;
  const attr = node.childForFieldName("attribute")!.text;
  // type(x).__name__ and x.__class__.__name__ are how Python programs name a type.
  if (attr === "__name__") {
    if (objNode.type === "call" && objNode.childForFieldName("function")?.text === "type") {
      const arg = objNode.childForFieldName("arguments")!.namedChildren[0];
      if (arg) {
        const e = expr(arg, ctx);
        // Static types know what JavaScript cannot tell apart at run time (2.0 is a float).
        const known: Record<string, string> = { int: "int", float: "float", str: "str", bool: "bool", none: "NoneType", list: "list", tuple: "tuple", dict: "dict", set: "set" };
        if (known[e.type.k] && !/\(/.test(e.code)) return { code: JSON.stringify(known[e.type.k]), type: STR };
        if (e.type.k === "float") return { code: `(${e.code}, "float")`, type: STR };
        return { code: `${ctx.rt("typeName")}(${e.code})`, type: STR };
      }
    }
    if (objNode.type === "attribute" && objNode.childForFieldName("attribute")!.text === "__class__") {
      return { code: `${ctx.rt("typeName")}(${expr(objNode.childForFieldName("object")!, ctx).code})`, type: STR };
    }
    return { code: `${expr(objNode, ctx).code}.name`, type: STR };
  }
  const moduleAttr = ctx.moduleAttribute(node);
  if (moduleAttr) return moduleAttr;
  const obj = expr(objNode, ctx);
  // JavaScript generators expose no frame, code or running state.
  if (/^(gi|ag|cr)_(frame|running|code|yieldfrom|await|suspended)$/.test(attr) && obj.type.k !== "instance") {
    return { code: ctx.unsupported(node, `generator introspection (.${attr}) has no JavaScript equivalent`), type: ANY };
  }
  if (obj.type.k === "instance" && node.parent?.type !== "assignment" && node.parent?.type !== "augmented_assignment") {
    // Class attributes are static members; an instance reads them through its class, as Python does.
    const owner = ctx.classAttributeOwner(obj.type.name, attr);
    if (owner) return { code: `(${obj.code}.constructor as typeof ${owner}).${safeAttr(attr)}`, type: ANY };
  }
  const type = obj.type.k === "instance" ? ctx.attributeType(obj.type.name, attr) : ANY;
  if (isMethodValue(node)) {
    // A method taken as a value stays bound to its object, as in Python.
    const isAccessor = (d: SyntaxNode) => d.text === "property" || /\.(setter|getter|deleter)$/.test(d.text);
    const found = obj.type.k === "instance" ? ctx.methodOf(obj.type.name, attr) : undefined;
    const accessor = found?.decorators.some(isAccessor) ?? false;
    if (obj.type.k === "instance" && ctx.methodOf(obj.type.name, attr) && !accessor) {
      const method = ctx.methodOf(obj.type.name, attr)!;
      if (!method.decorators.some((d) => d.text === "staticmethod" || d.text === "classmethod")) return { code: `${obj.code}.${safeAttr(attr)}.bind(${obj.code})`, type: { k: "func", ret: ANY, async: method.isAsync } };
    } else if (obj.type.k !== "instance" && obj.type.k !== "class" && (ctx.isUserMethodName(attr) || isBuiltinMethod(obj.type, attr))) {
      return { code: `${ctx.rt("boundMethod")}(${obj.code}, ${JSON.stringify(attr)})`, type: { k: "func", ret: ANY, async: false } };
    }
  }
  return { code: `${obj.code}.${safeAttr(attr)}`, type };
}

/** An attribute read that is not called, assigned or deleted: a value. */
function isMethodValue(node: SyntaxNode): boolean {
  const p = node.parent;
  if (!p) return false;
  if (p.type === "call" && p.childForFieldName("function")?.startIndex === node.startIndex) return false;
  if ((p.type === "assignment" || p.type === "augmented_assignment") && p.childForFieldName("left")?.startIndex === node.startIndex) return false;
  if (p.type === "attribute" || p.type === "delete_statement") return false;
  return true;
}

function isBuiltinMethod(t: PyType, name: string): boolean {
  const kind = t.k === "tuple" ? "list" : t.k;
  if (t.k === "any") return Object.values(METHODS).some((m) => name in m);
  return METHODS[kind]?.[name] !== undefined;
}

export function safeAttr(name: string): string {
  return name === "constructor" || name === "prototype" ? `${name}_` : name;
}

function subscript(node: SyntaxNode, ctx: Context): Expr {
  const value = expr(node.childForFieldName("value")!, ctx);
  const subs = node.childrenForFieldName("subscript");
  if (subs.length !== 1) {
    return { code: ctx.unsupported(node, "multi-dimensional subscripts are not supported"), type: ANY };
  }
  const sub = subs[0]!;
  if (sub.type === "slice") return sliceExpr(value, sub, ctx);
  const index = expr(sub, ctx);
  const t = value.type;
  // A tuple of known length indexed by a literal in range cannot fail.
  if (t.k === "tuple" && t.items && sub.type === "integer") {
    const i = Number(sub.text);
    if (i >= 0 && i < t.items.length) return { code: `${value.code}[${i}]`, type: t.items[i]! };
  }
  let type: PyType = ANY;
  if (t.k === "list") type = t.of;
  else if (t.k === "dict") type = t.value;
  else if (t.k === "str") type = STR;
  else if (t.k === "tuple") type = elementType(t);
  return { code: `${ctx.rt("getitem")}(${value.code}, ${index.code})`, type };
}

function sliceExpr(value: Expr, slice: SyntaxNode, ctx: Context): Expr {
  const parts: (string | null)[] = [null, null, null];
  let i = 0;
  for (const c of slice.children) {
    if (c.type === ":") i += 1;
    else if (c.isNamed) parts[i] = expr(c, ctx).code;
  }
  const [start, stop, step] = parts;
  const t = value.type;
  // Without a step, JavaScript's slice clamps and counts from the end exactly like Python's.
  if (step === null && (t.k === "list" || t.k === "str")) {
    const args = stop === null ? (start === null ? "" : start) : `${start ?? 0}, ${stop}`;
    return { code: `${value.code}.slice(${args})`, type: t };
  }
  const args = [value.code, start ?? "null", stop ?? "null", step ?? "null"];
  return { code: `${ctx.rt("slice")}(${args.join(", ")})`, type: t.k === "list" || t.k === "str" || t.k === "tuple" ? t : ANY };
}

function conditional(node: SyntaxNode, ctx: Context): Expr {
  const [a, test, b] = node.namedChildren;
  const x = expr(a!, ctx);
  const y = expr(b!, ctx);
  return { code: `(${cond(test!, ctx)} ? ${x.code} : ${y.code})`, type: join(x.type, y.type) };
}

function awaitExpr(node: SyntaxNode, ctx: Context): Expr {
  const inner = expr(node.namedChildren[0]!, ctx);
  let type: PyType = ANY;
  if (inner.type.k === "coroutine" || inner.type.k === "task") type = inner.type.of;
  return { code: `(await ${inner.code})`, type };
}

function namedExpression(node: SyntaxNode, ctx: Context): Expr {
  const name = node.childForFieldName("name")!;
  const value = expr(node.childForFieldName("value")!, ctx);
  const b = ctx.binding(name.text);
  if (b) ctx.varTypes.set(b, value.type);
  return { code: `(${safeName(name.text)} = ${value.code})`, type: value.type };
}

function keywordInLiteral(node: SyntaxNode, ctx: Context): Expr {
  return { code: ctx.unsupported(node, "unexpected keyword argument here"), type: ANY };
}

registerExpressions({
  identifier: nameExpr,
  integer: (n, ctx) => {
    if (/[jJ]$/.test(n.text)) return { code: ctx.unsupported(n, "complex numbers are not supported"), type: ANY };
    const text = n.text.replace(/_/g, "").replace(/^0+(?=\d)/, "").replace(/[lL]$/, "");
    if (Math.abs(Number(text)) > Number.MAX_SAFE_INTEGER) ctx.diag(n, "TSY1100", "integer literal exceeds JavaScript's safe integer range; it loses precision", "warning");
    return { code: text, type: INT };
  },
  float: (n, ctx) => {
    if (/[jJ]$/.test(n.text)) return { code: ctx.unsupported(n, "complex numbers are not supported"), type: ANY };
    let text = n.text.replace(/_/g, "");
    if (text.endsWith(".")) text += "0";
    if (text.startsWith(".")) text = "0" + text;
    return { code: text, type: FLOAT };
  },
  true: () => ({ code: "true", type: BOOL }),
  false: () => ({ code: "false", type: BOOL }),
  none: () => ({ code: "null", type: NONE }),
  ellipsis: () => ({ code: "undefined", type: ANY }),
  list: listLiteral,
  tuple: tupleLiteral,
  dictionary: dictLiteral,
  set: setLiteral,
  parenthesized_expression: (n, ctx) => {
    const inner = n.namedChildren.find((c) => c.type !== "comment")!;
    const e = expr(inner, ctx);
    return { code: `(${e.code})`, type: e.type };
  },
  attribute,
  subscript,
  conditional_expression: conditional,
  await: awaitExpr,
  named_expression: namedExpression,
  keyword_argument: keywordInLiteral,
  expression_list: tupleLiteral,
});
