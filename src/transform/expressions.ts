/**
 * Expressions: a table from tree-sitter node type to a translator, in the
 * shape of a Babel visitor. Families with more to say (calls, strings,
 * operators, comprehensions) live in their own modules and register here.
 */
import { bigIntLiteral } from "./int-width.js";
import { docstringOf } from "./docstrings.js";
import { inMultipleInheritance } from "./inheritance.js";
import { defaultsOf } from "./defaults.js";
import { ANY, BOOL, FLOAT, INT, NONE, STR, join, tsType as tsTypeOf, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { BUILTINS, METHODS, MISSING_BUILTINS, MODULES } from "../mappings/tables.js";
import { RUNTIME_BUILTIN_VALUES, safeName } from "./names.js";
import { condition } from "./truthiness.js";
import { boxFloat } from "./floats.js";
import { aiohttpAttributeGap } from "./aiohttp-gaps.js";
import { identityKeys, setDisplayCode } from "./set-displays.js";

export type ExprHandler = (node: SyntaxNode, ctx: Context) => Expr;

const handlers = new Map<string, ExprHandler>();

export function registerExpressions(table: Record<string, ExprHandler>): void {
  for (const [type, fn] of Object.entries(table)) handlers.set(type, fn);
}

export function expr(node: SyntaxNode, ctx: Context): Expr {
  const h = handlers.get(node.type);
  if (h) return boxFloat(node, h(node, ctx), ctx);
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

/** Whether an identifier is read here (not the name an assignment stores to). */
function isLoad(id: SyntaxNode): boolean {
  const p = id.parent;
  return !(p?.type === "assignment" && p.childForFieldName("left")?.startIndex === id.startIndex);
}

function nameExpr(node: SyntaxNode, ctx: Context): Expr {
  const name = node.text;
  // A kept `pool.map(...)` read as a value (`list(results)`) waits for its items (src/analyze/threads.ts).
  if (ctx.analysis.threads?.collectNames.has(node.startIndex)) return { code: `(await ${ctx.rt("collectBlocking")}(${safeName(name)}))`, type: ANY };
  if (ctx.analysis.colourEscapes.has(node.startIndex)) {
    return { code: ctx.unsupported(node, `'${name}' blocks a thread, so it is translated as an async function; used as a value here, its caller would get a promise (only thread runners such as Thread(target=...) and executor.submit may receive it)`, "TSY1302"), type: ANY };
  }
  const local = ctx.comprehensionVars.get(name);
  if (local) return { code: safeName(name), type: local };
  const owner = ctx.ownerScope(name);
  const alias = ctx.importAlias(name, node);
  if (!owner) {
    if (RUNTIME_BUILTIN_VALUES.has(name)) return { code: ctx.rt(name), type: ANY };
    if (name === "__name__") return ctx.project ? ctx.project.moduleName(ctx) : { code: JSON.stringify("__main__"), type: STR };
    if (name === "NotImplemented") return { code: ctx.rt("NotImplemented"), type: ANY };
    if (name === "__file__") return { code: `${ctx.rt("moduleFile")}(import.meta.url)`, type: STR };
    // The builtin `super` itself as a value (`base = super`): TypeScript's `super` is only a keyword.
    if (name === "super") return { code: ctx.unsupported(node, "the builtin super used as a value (only super() calls and super().attribute are translated)"), type: ANY };
    // A builtin function passed as a value (`map(len, xs)`, `key=str.lower`) is the runtime's.
    // print is special only when called: as a value it is the runtime's (calls with keywords reach printOpts).
    if (name === "print" && !alias) return { code: ctx.rt("print"), type: { k: "func", ret: ANY, async: false } };
    const builtin = BUILTINS[name];
    if (builtin?.runtime && !alias) return { code: ctx.rt(builtin.runtime), type: { k: "func", ret: ANY, async: false } };
    // A builtin the runtime lacks would be a NameError at run time: refuse it here instead.
    if (!alias && name !== "$comment" && Object.hasOwn(MISSING_BUILTINS, name)) return { code: ctx.unsupported(node, MISSING_BUILTINS[name]!, "TSY1101"), type: ANY };
  }
  if (alias) return alias;
  const b = owner?.bindings.get(name);
  let type: PyType = ANY;
  // `x: int` alone creates no variable: reading it is a NameError (UnboundLocalError in a function).
  if (b && b.sites.length > 0 && b.sites.every((s) => s.parent?.type === "assignment" && !s.parent.childForFieldName("right")) && isLoad(node)) {
    const error = owner?.kind === "function" ? `cannot access local variable '${name}' where it is not associated with a value` : `name '${name}' is not defined`;
    return { code: `${ctx.rt("raiseNameError")}(${JSON.stringify(error)}, ${owner?.kind === "function"})`, type: ANY };
  }
  if (b) {
    type = ctx.varTypes.get(b) ?? b.type ?? ANY;
    if (b.kinds.has("def") && !b.kinds.has("assign")) type = { k: "func", ret: ANY, async: false };
    if (b.kinds.has("class") && !b.kinds.has("assign")) type = { k: "class", name };
    if (b.kinds.has("import")) type = ctx.project?.nameType(name, ctx) ?? type;
  }
  // A class body reading an attribute it defined earlier (`WHITE = RED | GREEN`): the class's static.
  if (owner && ctx.cls && owner === ctx.cls.scope && !ctx.fn && b?.kinds.has("assign") && !b.kinds.has("def")) return { code: `${safeName(ctx.cls.name)}.${safeName(name)}`, type };
  if (name === "self" && ctx.cls && ctx.fn?.params[0]?.name === "self" && ctx.fn.owner) return { code: "this", type: { k: "instance", name: ctx.cls.name } };
  if (name === "self" && ctx.cls && owner?.kind === "function") {
    // A function nested in a method sees the method's `self`; a nested `function` has its own `this`.
    ctx.selfAliasNeeded = true;
    return { code: "self", type: { k: "instance", name: ctx.cls.name } };
  }
  if (name === "cls" && ctx.cls && ctx.fn?.params[0]?.name === "cls") return { code: "this", type: { k: "class", name: ctx.cls.name } };
  ctx.project?.nameUsed(name, ctx);
  // A name some `del` unbinds: reading it after the del is a NameError, as in Python.
  if (b && isLoad(node) && ctx.deletedNames().has(name) && node.parent?.type !== "delete_statement" && node.parent?.parent?.type !== "delete_statement") {
    return { code: `${ctx.rt("boundValue")}(${safeName(name)}, ${JSON.stringify(name)}, ${owner?.kind === "function"})`, type };
  }
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
  // Parenthesized: the literal may be followed by a member (`len([])` is `.length`).
  const code = codes.length === 0 ? "([] as any[])" : `[${codes.join(", ")}]`;
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
  const literalKeys: (string | null)[] = [];
  let splat = false;
  for (const c of node.namedChildren) {
    if (c.type === "pair") {
      const k = expr(c.childForFieldName("key")!, ctx);
      const v = expr(c.childForFieldName("value")!, ctx);
      entries.push(`[${k.code}, ${v.code}]`);
      const keyNode = c.childForFieldName("key")!;
      literalKeys.push(keyNode.type === "string" || keyNode.type === "integer" ? keyNode.text : null);
      keys.push(k.type);
      values.push(v.type);
    } else if (c.type === "dictionary_splat") {
      splat = true;
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
  // Keys JavaScript compares differently (True and 1, equal tuples) go through dict(), which keys by Python equality.
  // A literal with distinct literal keys knows each entry's value type (to print 5.0 as a float among ints).
  const distinctKeys = !splat && new Set(literalKeys).size === literalKeys.length && literalKeys.every((k) => k !== null);
  const type: PyType = distinctKeys ? { k: "dict", key, value, values } : { k: "dict", key, value };
  if (!identityKeys(keys)) return { code: `${ctx.rt("dict")}<${tsTypeOf(key)}, ${tsTypeOf(value)}>([${entries.join(", ")}])`, type };
  return { code: `new Map<${tsTypeOf(key)}, ${tsTypeOf(value)}>([${entries.join(", ")}])`, type };
}

function setLiteral(node: SyntaxNode, ctx: Context): Expr {
  const { codes, types } = sequenceItems(node, ctx);
  return { code: setDisplayCode(node, codes, types, ctx), type: { k: "set", of: joinAll(types) } };
}

const shadowed = new WeakMap<object, Set<string>>();

/** Attribute names the module assigns on something other than a class or `self`: instances may shadow class attributes with them. */
export function shadowedOnInstances(ctx: Context): Set<string> {
  let names = shadowed.get(ctx.analysis);
  if (names) return names;
  names = new Set();
  const classNames = new Set([...ctx.analysis.classes.values()].map((c) => c.name));
  const visit = (n: SyntaxNode): void => {
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = n.childForFieldName("left");
      if (left?.type === "attribute") {
        const obj = left.childForFieldName("object")!;
        if (!(obj.type === "identifier" && (classNames.has(obj.text) || obj.text === "self" || obj.text === "cls"))) names!.add(left.childForFieldName("attribute")!.text);
      }
    }
    if (n.type === "call" && n.childForFieldName("function")?.text === "setattr") {
      const nameArg = n.childForFieldName("arguments")?.namedChildren[1];
      if (nameArg?.type === "string") names!.add(nameArg.text.slice(1, -1));
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(ctx.analysis.module.node);
  shadowed.set(ctx.analysis, names);
  return names;
}

/**
 * Whether instances of a module class may have `attr`: some class along the
 * chain defines it, assigns it through self, or the program sets it from
 * outside. A base the module does not define could have anything.
 */
function hasKnownAttribute(className: string, attr: string, ctx: Context): boolean {
  if (attr.startsWith("__") || shadowedOnInstances(ctx).has(attr)) return true;
  const seen = new Set<string>();
  let cls = ctx.classNamed(className);
  while (cls && !seen.has(cls.name)) {
    seen.add(cls.name);
    const key = `${cls.name}.${attr}`;
    if (ctx.classAttributes.has(key) || ctx.instanceFieldNames.has(key) || cls.methods.has(attr) || cls.fields.some((f) => f.name === attr)) return true;
    if (cls.methods.has("__getattr__") || cls.methods.has("__getattribute__") || cls.methods.has("__setattr__")) return true;
    if (cls.bases.length > 1) return true;
    const base = cls.bases[0];
    if (!base) return false;
    cls = ctx.classNamed(base.text);
    if (!cls) return true;
  }
  return true;
}

/** Class introspection JavaScript spells differently: `__class__`, `__mro__`, `__bases__`, `__doc__`. */
function introspection(objNode: SyntaxNode, attr: string, ctx: Context): Expr | null {
  const parent = objNode.parent;
  if (parent?.parent?.type === "assignment" && parent.parent.childForFieldName("left")?.startIndex === parent.startIndex) return null;
  switch (attr) {
    case "__class__":
      return { code: `${ctx.rt("type")}(${expr(objNode, ctx).code})`, type: ANY };
    case "__dict__":
      return { code: `${ctx.rt("vars")}(${expr(objNode, ctx).code})`, type: { k: "dict", key: STR, value: ANY } };
    case "__mro__":
    case "__bases__":
      return { code: `${ctx.rt(attr === "__mro__" ? "mro" : "bases")}(${expr(objNode, ctx).code})`, type: { k: "tuple", items: null, rest: ANY } };
    case "__doc__": {
      if (objNode.type !== "identifier") return null;
      const def = ctx.definitionOf(objNode.text);
      const node = def.cls?.node ?? (def.fn && def.fn.decorators.length === 0 ? def.fn.node : undefined);
      if (!node) return null;
      const doc = docstringOf(node.childForFieldName("body"));
      return doc ? { code: expr(doc.namedChildren[0]!, ctx).code, type: STR } : { code: "null", type: NONE };
    }
    default:
      return null;
  }
}

function attribute(node: SyntaxNode, ctx: Context): Expr {
  const objNode = node.childForFieldName("object")!;
  const attr = node.childForFieldName("attribute")!.text;
  const gap = aiohttpAttributeGap(node, ctx);
  if (gap) return { code: gap, type: ANY };
  // type(x).__name__ and x.__class__.__name__ are how Python programs name a type.
  if (attr === "__name__") {
    if (objNode.type === "call" && objNode.childForFieldName("function")?.text === "type") {
      const arg = objNode.childForFieldName("arguments")!.namedChildren[0];
      if (arg) {
        const e = expr(arg, ctx);
        // Static types know what JavaScript cannot tell apart at run time (2.0 is a float).
        // Not dict or set: a Counter or frozenset shares their static type but not their name.
        const known: Record<string, string> = { int: "int", float: "float", str: "str", bool: "bool", none: "NoneType", list: "list", tuple: "tuple" };
        if (known[e.type.k] && !/\(/.test(e.code)) return { code: JSON.stringify(known[e.type.k]), type: STR };
        if (e.type.k === "float") return { code: `(${e.code}, "float")`, type: STR };
        return { code: `${ctx.rt("typeName")}(${e.code})`, type: STR };
      }
    }
    if (objNode.type === "attribute" && objNode.childForFieldName("attribute")!.text === "__class__") {
      return { code: `${ctx.rt("typeName")}(${expr(objNode.childForFieldName("object")!, ctx).code})`, type: STR };
    }
    const inner = objNode.type === "parenthesized_expression" ? objNode.namedChildren[0] : objNode;
    if (inner?.type === "lambda") return { code: JSON.stringify("<lambda>"), type: STR };
    return { code: `${expr(objNode, ctx).code}.name`, type: STR };
  }
  const special = introspection(objNode, attr, ctx);
  if (special) return special;
  if ((attr === "__defaults__" || attr === "__kwdefaults__") && objNode.type === "identifier") {
    const fn = ctx.definitionOf(objNode.text).fn;
    const code = fn && fn.decorators.length === 0 ? defaultsOf(fn, attr, ctx) : null;
    if (code !== null) return { code, type: ANY };
  }
  const moduleAttr = ctx.moduleAttribute(node);
  if (moduleAttr) return moduleAttr;
  if (objNode.type === "call" && objNode.childForFieldName("function")?.text === "super" && !ctx.ownerScope("super")) return superAttribute(node, attr, ctx);
  const obj = expr(objNode, ctx);
  // JavaScript generators expose no frame, code or running state.
  if (/^(gi|ag|cr)_(frame|running|code|yieldfrom|await|suspended)$/.test(attr) && obj.type.k !== "instance") {
    return { code: ctx.unsupported(node, `generator introspection (.${attr}) has no JavaScript equivalent`), type: ANY };
  }
  if (obj.type.k === "instance" && node.parent?.type !== "assignment" && node.parent?.type !== "augmented_assignment") {
    // Class attributes are static members; an instance reads them through its class, as Python does.
    const owner = ctx.classAttributeOwner(obj.type.name, attr);
    // An instance that may have its own value for the name (`obj.attr = …` somewhere) reads that first.
    if (owner && shadowedOnInstances(ctx).has(attr)) return { code: `${ctx.rt("instanceOrClassAttr")}(${obj.code}, ${JSON.stringify(attr)})`, type: ANY };
    if (owner) return { code: `(${obj.code}.constructor as typeof ${owner}).${safeAttr(attr)}`, type: ANY };
  }
  // An attribute no class in the chain defines raises AttributeError in Python; JavaScript would give undefined.
  if (obj.type.k === "instance" && isPlainRead(node) && !hasKnownAttribute(obj.type.name, attr, ctx)) {
    return { code: `${ctx.rt("getattr")}(${obj.code}, ${JSON.stringify(attr)})`, type: ANY };
  }
  // Builtin values have only their Python attributes: anything else is an AttributeError.
  if (BUILTIN_VALUE_KINDS.has(obj.type.k) && isPlainRead(node) && !isBuiltinMethod(obj.type, attr)) {
    return { code: `${ctx.rt("getattr")}(${obj.code}, ${JSON.stringify(attr)})`, type: ANY };
  }
  const type = obj.type.k === "instance" ? ctx.attributeType(obj.type.name, attr) : ANY;
  if (isMethodValue(node)) {
    // A method taken as a value stays bound to its object, as in Python.
    const isAccessor = (d: SyntaxNode) => d.text === "property" || /\.(setter|getter|deleter)$/.test(d.text) || /^(functools\.)?cached_property$/.test(d.text);
    const found = obj.type.k === "instance" ? ctx.methodOf(obj.type.name, attr) : undefined;
    const accessor = found?.decorators.some(isAccessor) ?? false;
    if (obj.type.k === "instance" && ctx.methodOf(obj.type.name, attr) && !accessor) {
      const method = ctx.methodOf(obj.type.name, attr)!;
      // boundMethod, not `.bind`: the object is evaluated once, and the result keeps __self__/__func__ (inspect.iscoroutinefunction sees through it).
      if (!method.decorators.some((d) => d.text === "staticmethod" || d.text === "classmethod")) return { code: `${ctx.rt("boundMethod")}(${obj.code}, ${JSON.stringify(safeAttr(attr))})`, type: { k: "func", ret: ANY, async: method.isAsync } };
      // A classmethod or staticmethod is a static member: reached through the instance's class, a classmethod bound to it.
      const kind = method.decorators.some((d) => d.text === "classmethod") ? "classmethod" : "staticmethod";
      const cls = `(${obj.code}.constructor as typeof ${safeName(method.owner?.name ?? obj.type.name)})`;
      return { code: kind === "classmethod" ? `${ctx.rt("boundMethod")}(${cls}, ${JSON.stringify(safeAttr(attr))})` : `${cls}.${safeAttr(attr)}`, type: { k: "func", ret: ANY, async: method.isAsync } };
    } else if (obj.type.k === "class" && !accessor && found === undefined && ctx.methodOf(obj.type.name, attr)?.decorators.length === 0) {
      // `C.m`: the plain function, which takes self (JavaScript keeps it on the prototype).
      const method = ctx.methodOf(obj.type.name, attr)!;
      return { code: `${ctx.rt("unboundMethod")}(${obj.code}.prototype.${safeAttr(attr)}, ${JSON.stringify(method.params[0]?.name ?? "self")})`, type: { k: "func", ret: ANY, async: method.isAsync } };
    } else if (obj.type.k !== "instance" && obj.type.k !== "class" && (ctx.isUserMethodName(attr) || isBuiltinMethod(obj.type, attr) || RUNTIME_OBJECT_METHODS.has(attr))) {
      return { code: `${ctx.rt("boundMethod")}(${obj.code}, ${JSON.stringify(attr)})`, type: { k: "func", ret: ANY, async: false } };
    }
  }
  return { code: `${obj.code}.${safeAttr(attr)}`, type };
}

/** An attribute read that is not called, assigned or deleted: a value. */
const BUILTIN_VALUE_KINDS = new Set(["int", "float", "number", "bool", "str", "none", "list", "tuple", "dict", "set"]);

/** A read of `obj.attr` that is not a store, a delete or the callee of a call. */
function isPlainRead(node: SyntaxNode): boolean {
  const p = node.parent;
  if (!p) return true;
  if (p.type === "call" && p.childForFieldName("function")?.startIndex === node.startIndex) return false;
  if ((p.type === "assignment" || p.type === "augmented_assignment") && p.childForFieldName("left")?.startIndex === node.startIndex) return false;
  return p.type !== "delete_statement" && !isSequenceTargetParent(node);
}

function isSequenceTargetParent(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "assignment" || p.type === "for_statement") return (p.childForFieldName("left")?.startIndex ?? -1) <= node.startIndex && node.endIndex <= (p.childForFieldName("left")?.endIndex ?? -1);
    if (!["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list", "parenthesized_expression"].includes(p.type)) return false;
  }
  return false;
}

/**
 * `super().name` not called at once (`f = super().get`, a property): `super`
 * can only be followed by a call or a member in TypeScript. A function found
 * there is bound to `this`, as Python binds the method.
 */
function superAttribute(node: SyntaxNode, attr: string, ctx: Context): Expr {
  if (ctx.cls && inMultipleInheritance(ctx.cls.name, ctx)) return { code: ctx.unsupported(node, "super().attribute taken as a value under multiple inheritance"), type: ANY };
  const member = `super.${safeAttr(attr)}`;
  if (!isMethodValue(node)) return { code: member, type: ANY };
  return { code: `((v: any) => (typeof v === "function" ? v.bind(this) : v))(${member})`, type: ANY };
}

function isMethodValue(node: SyntaxNode): boolean {
  const p = node.parent;
  if (!p) return false;
  if (p.type === "call" && p.childForFieldName("function")?.startIndex === node.startIndex) return false;
  if ((p.type === "assignment" || p.type === "augmented_assignment") && p.childForFieldName("left")?.startIndex === node.startIndex) return false;
  if (p.type === "attribute" || p.type === "delete_statement") return false;
  return true;
}

/** Methods of the runtime's objects (tasks, futures, queues, locks) that must stay bound when taken as values. */
const RUNTIME_OBJECT_METHODS = new Set(Object.values(MODULES).flatMap((m) => m.methods ?? []));

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
    // `g[0, 0]` indexes with the tuple (0, 0).
    if (subs.some((s) => s.type === "slice")) return { code: ctx.unsupported(node, "a subscript mixing slices and indices is not supported"), type: ANY };
    const key = `${ctx.rt("tuple")}(${subs.map((s) => expr(s, ctx).code).join(", ")})`;
    return { code: `${ctx.rt("getitem")}(${value.code}, ${key})`, type: ANY };
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
  // An index of unknown type may be a slice object (`xs[slice(1, 3)]`): a list then, not an item.
  const byNumber = index.type.k === "int" || index.type.k === "bool";
  if (t.k === "list" && byNumber) type = t.of;
  else if (t.k === "dict") type = t.value;
  else if (t.k === "str") type = STR;
  else if (t.k === "tuple" && byNumber) type = elementType(t);
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
    // Past 2**53 an int is a bigint at run time (runtime/bigints.ts).
    if (Math.abs(Number(text)) > Number.MAX_SAFE_INTEGER) return { code: bigIntLiteral(text), type: INT };
    return { code: text, type: INT };
  },
  float: (n, ctx) => {
    if (/[jJ]$/.test(n.text)) return { code: ctx.unsupported(n, "complex numbers are not supported"), type: ANY };
    // Python allows leading zeros in floats (`031.4`); TypeScript reads them as a (refused) octal literal.
    let text = n.text.replace(/_/g, "").replace(/^0+(?=\d)/, "");
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
