/**
 * Classes: methods, class attributes (static members, read through the
 * instance's constructor so subclasses can override them), properties,
 * static and class methods, and @dataclass with its generated __init__,
 * __repr__ and __eq__.
 */
import type { ClassInfo, FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import { annotationType } from "../analyze/annotations.js";
import { ANY, tsType, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { functionBody, isLazyCoroutine, lazyBody, paramList, returnAnnotation, type DefaultHoister } from "./functions.js";
import { hoistedDefaults } from "./defaults.js";
import { isFieldDeclaration, namedTupleBase, namedTupleMembers, typedClassKind, typedDictClass } from "./typed-classes.js";
import { runtimeDoc } from "./runtime-docs.js";
import { memberName, safeName } from "./names.js";
import { classSignature } from "./signatures.js";
import { translatedBase, translatedBases } from "./bases.js";
import { decorateStatement, isAbstract, isCachedProperty, isReplacedByDecorator } from "./method-decorators.js";
import { docstringOf, jsDoc, marked, registerStatements } from "./statements.js";
import { dataclassMembers } from "./dataclasses.js";
import { classHookDeclarations, classHookStatements, hasClassHook, isClassDecoratorApplied } from "./class-hooks.js";
import { isPartialMethodCall, partialMethodMembers } from "./partial-methods.js";
import { initParams } from "../analyze/dataclass-fields.js";

function isDecorator(fn: FunctionInfo, name: string): boolean {
  return fn.decorators.some((d) => d.text === name);
}

/** `self.x = …` anywhere in the class's methods: the instance fields to declare. */
function instanceFields(cls: ClassInfo, ctx: Context): Map<string, PyType> {
  const fields = new Map<string, PyType>();
  for (const m of cls.methods.values()) {
    const self = m.params[0]?.name;
    const body = m.node.childForFieldName("body");
    // Methods of classes imported from other modules come with their signature only.
    if (!self || !body || isDecorator(m, "staticmethod") || isDecorator(m, "classmethod")) continue;
    visitAssignments(body, (target, typeNode) => {
      if (target.type !== "attribute" || target.childForFieldName("object")?.text !== self) return;
      const name = target.childForFieldName("attribute")!.text;
      const t = typeNode ? annotationType(typeNode, ctx.analysis.classNames) : undefined;
      if (!fields.has(name) || t) fields.set(name, t ?? paramTypeFor(m, target));
    });
  }
  return fields;
}

const PATTERNS = new Set(["pattern_list", "tuple_pattern", "list_pattern"]);

/**
 * `self.a, self.b = a, b`: attributes only ever stored by unpacking, with
 * their type where the value is an annotated parameter. TypeScript needs
 * them declared; reads keep going through getattr (they are not added to
 * the fields reads trust), so an annotated receiver that is something else
 * at run time still raises AttributeError.
 */
function unpackedFields(cls: ClassInfo, plain: ReadonlyMap<string, PyType>): Map<string, PyType> {
  const out = new Map<string, PyType>();
  for (const m of cls.methods.values()) {
    const self = m.params[0]?.name;
    const body = m.node.childForFieldName("body");
    if (!self || !body || isDecorator(m, "staticmethod") || isDecorator(m, "classmethod")) continue;
    visitAssignments(body, (target) => {
      if (!PATTERNS.has(target.type)) return;
      const right = target.parent?.childForFieldName("right");
      const values = right && (right.type === "expression_list" || right.type === "tuple") ? right.namedChildren : [];
      target.namedChildren.forEach((item, i) => {
        if (item.type !== "attribute" || item.childForFieldName("object")?.text !== self) return;
        const name = item.childForFieldName("attribute")!.text;
        if (plain.has(name)) return;
        const value = values.length === target.namedChildren.length ? values[i] : undefined;
        const p = value?.type === "identifier" ? m.params.find((q) => q.name === value.text && q.annotated) : undefined;
        const t = p ? p.type : ANY;
        const before = out.get(name);
        out.set(name, before === undefined || tsType(before) === tsType(t) ? t : ANY);
      });
    });
  }
  return out;
}

/** `self.name = name` with an annotated parameter gives the field its type. */
function paramTypeFor(m: FunctionInfo, target: SyntaxNode): PyType {
  const right = target.parent?.childForFieldName("right");
  if (right?.type === "identifier") {
    const p = m.params.find((q) => q.name === right.text);
    if (p?.annotated) return p.type;
  }
  return ANY;
}

function visitAssignments(node: SyntaxNode, fn: (target: SyntaxNode, type: SyntaxNode | null) => void): void {
  if (node.type === "function_definition" || node.type === "class_definition") return;
  if (node.type === "assignment" || node.type === "augmented_assignment") {
    const left = node.childForFieldName("left");
    if (left) fn(left, node.childForFieldName("type"));
  }
  for (const c of node.namedChildren) visitAssignments(c, fn);
}

function baseAssigns(cls: ClassInfo, ctx: Context, name: string): boolean {
  const base = cls.bases[0] ? ctx.classNamed(cls.bases[0].text) : undefined;
  if (!base) return false;
  return instanceFields(base, ctx).has(name) || unpackedFields(base, new Map()).has(name) || base.fields.some((f) => f.name === name) || ctx.instanceFieldNames.has(`${base.name}.${name}`) || baseAssigns(base, ctx, name);
}

function method(fn: FunctionInfo, cls: ClassInfo, ctx: Context, statics: string[], after: string[]): string {
  // Enum's `_generate_next_value_(name, start, count, last_values)` is a staticmethod without saying so (EnumType makes it one).
  const isStatic = isDecorator(fn, "staticmethod") || fn.name === "_generate_next_value_";
  const isClassMethod = isDecorator(fn, "classmethod");
  const params = isStatic ? fn.params : fn.params.slice(1);
  const view: FunctionInfo = { ...fn, params };
  ctx.selfAliasNeeded = false;
  let body = functionBody(fn, ctx);
  if (isLazyCoroutine(fn)) body = lazyBody(fn, body, ctx);
  if (fn.name === "__init__" && translatedBase(cls) && !body.some((l) => /^super\(/.test(l.trim()))) body.unshift(...skippedBaseInit(fn, cls, ctx));
  const cached = fn.decorators.some(isCachedProperty);
  if (cached) body = [`return ${ctx.rt("cachedProperty")}(this, ${JSON.stringify(fn.name)}, () => {`, ...body, "});"];
  if (ctx.selfAliasNeeded && !isStatic) body.unshift(fn.name === "__init__" && cls.bases.length > 0 ? "" : "const self = this;");
  if (ctx.selfAliasNeeded && fn.name === "__init__" && cls.bases.length > 0) {
    // In a derived constructor `this` exists only after super(): alias it right after that call.
    const at = body.findIndex((l) => /^super\(/.test(l.trim()));
    body.splice(at + 1, 0, "const self = this;");
  }
  ctx.selfAliasNeeded = false;
  // A default that is not a literal is evaluated once, when the class body runs: a static holds it.
  const hoist: DefaultHoister = (p, def) => {
    const name = ctx.tmp(`${fn.name}_${p.name}`);
    statics.push(`static ${name}${p.annotated ? `: ${tsType(p.type)}` : ""} = ${def.code};`);
    hoistedDefaults.set(p, `${safeName(cls.name)}.${name}`);
    return `${safeName(cls.name)}.${name}`;
  };
  const paramCode = ctx.within(fn.scope, fn, () => paramList(params, ctx, hoist));
  const setter = fn.decorators.find((d) => /\.setter$/.test(d.text));
  let head: string;
  const star = fn.isGenerator ? "*" : "";
  // A regular method that drives the event loop blocks in Python: here it is async and its callers await it.
  const asyncKw = (fn.isAsync && !isLazyCoroutine(fn)) || (fn.runsLoop && fn.name !== "__init__") ? "async " : "";
  if (fn.runsLoop && (fn.name === "__init__" || fn.decorators.some((d) => d.text === "property"))) {
    ctx.diag(fn.node.childForFieldName("name")!, "TSY1100", `${fn.name} runs an event loop; a JavaScript constructor or getter cannot wait for it`);
  }
  if (fn.name === "__init__") head = `constructor(${paramCode})`;
  else if (isDecorator(fn, "property") || cached) head = `get ${fn.name}()${returnAnnotation(view)}`;
  else if (setter) head = `set ${fn.name}(${paramCode})`;
  else head = `${isStatic || isClassMethod ? "static " : ""}${asyncKw}${star}${memberName(fn.name)}(${paramCode})${fn.name === "__init__" ? "" : returnAnnotation(view)}`;
  after.push(...decorateStatement(fn, cls, ctx));
  const doc = jsDoc(docstringOf(fn.node.childForFieldName("body")));
  // A cached_property is an instance attribute once set: assigning it stores the value, as in Python.
  const store = cached ? [`set ${fn.name}(value: any) {\n${ctx.rt("cachedProperty")}(this, ${JSON.stringify(fn.name)}, () => value);\n}`] : [];
  return [...doc, `${head} {\n${body.join("\n")}\n}`, ...store].join("\n");
}


/**
 * An __init__ that never calls the base's: JavaScript still needs super()
 * before `this`. Harmless when no base of the program has an __init__ (the
 * base's constructor then sets nothing); otherwise the base's __init__ would
 * run where Python skips it, so that is refused.
 */
function skippedBaseInit(fn: FunctionInfo, cls: ClassInfo, ctx: Context): string[] {
  const base = translatedBase(cls)!;
  const baseCls = base.type === "identifier" ? ctx.classNamed(base.text) : undefined;
  if (baseCls && ctx.constructorOf(baseCls)) {
    ctx.diag(fn.node.childForFieldName("name")!, "TSY1100", `${cls.name}.__init__ does not call ${base.text}.__init__, which JavaScript cannot skip`);
    return [];
  }
  return ["super();"];
}

/**
 * A class declaring abstract methods checks, when constructed, that the
 * class being instantiated (`new.target`, maybe a subclass) overrides them.
 */
function checkAbstractInConstructor(members: string[], cls: ClassInfo, ctx: Context): void {
  const check = `${ctx.rt("checkAbstract")}(new.target);`;
  const at = members.findIndex((m) => /^constructor\(/m.test(m) && m.split("\n").some((l) => l.startsWith("constructor(")));
  const hasBase = translatedBase(cls) !== undefined;
  if (at < 0) {
    members.push(hasBase ? `constructor(...args: any[]) {\nsuper(...args);\n${check}\n}` : `constructor() {\n${check}\n}`);
    return;
  }
  const lines = members[at]!.split("\n");
  const open = lines.findIndex((l) => l.startsWith("constructor("));
  const superAt = lines.findIndex((l, i) => i > open && /^super\(/.test(l.trim()));
  lines.splice(superAt >= 0 ? superAt + 1 : open + 1, 0, check);
  members[at] = lines.join("\n");
}

/** What a call of the class passes to its constructor: its own __init__'s parameters, or a dataclass's fields; null when inherited. */
function constructorParams(cls: ClassInfo, ctx: Context): ParamInfo[] | null {
  const init = cls.methods.get("__init__");
  if (init) return init.params.slice(1);
  if (!cls.isDataclass) return null;
  return initParams(ctx.allDataclassFields(cls));
}

function classAttributes(cls: ClassInfo, ctx: Context, fieldsTaken = false): string[] {
  const hooked = hasClassHook(cls, ctx);
  const out: string[] = [];
  for (const stmt of cls.node.childForFieldName("body")!.namedChildren) {
    const a = stmt.type === "expression_statement" ? stmt.firstNamedChild : null;
    if (a?.type !== "assignment") continue;
    // A NamedTuple's annotated names are its fields, not class attributes.
    if (fieldsTaken && isFieldDeclaration(a)) continue;
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (left?.type !== "identifier" || !right) continue;
    if (cls.isDataclass && a.childForFieldName("type")) continue;
    if (right.type === "identifier" && cls.methods.has(right.text)) {
      // `__rmul__ = __mul__`: the same function under a second name.
      out.push(...marked(stmt, [`${memberName(left.text)}(...args: any[]): any {\nreturn (this.${memberName(right.text)} as any)(...args);\n}`], ctx, true));
      continue;
    }
    if (isPartialMethodCall(right, ctx)) {
      out.push(...marked(stmt, partialMethodMembers(left.text, right, cls, ctx), ctx, true));
      continue;
    }
    const value = ctx.within(cls.scope, undefined, () => expr(right, ctx));
    // Attributes a class hook replaces (enum members) are not what their values' type says.
    const typed = hooked ? ": any" : "";
    out.push(...marked(stmt, [`static ${memberName(left.text)}${typed} = ${value.code};`], ctx, true));
    ctx.classAttributes.add(`${cls.name}.${left.text}`);
  }
  return out;
}

/** Docstrings of plain methods, for inspect.getdoc at run time (runtime-docs.ts). */
function methodDocs(cls: ClassInfo, ctx: Context): string[] {
  const out: string[] = [];
  for (const m of cls.methods.values()) {
    if (m.decorators.length > 0 || m.name === "__init__") continue;
    out.push(...runtimeDoc(`${safeName(cls.name)}.prototype.${memberName(m.name)}`, m.node, ctx));
  }
  return out;
}

function classDefinition(node: SyntaxNode, ctx: Context): string[] {
  const cls = ctx.analysis.classes.get(node.startIndex)!;
  const typed = typedClassKind(cls, ctx);
  if (typed === "TypedDict") return typedDictClass(cls, ctx);
  const bases = typed === "NamedTuple" ? [] : translatedBases(cls);
  // Several bases: one JavaScript parent built in MRO order (see runtime/inheritance.ts).
  // Only methods are copied into that chain: a base's __init__ would not run.
  if (bases.length > 1) {
    const withInit = bases.find((b) => ctx.classNamed(b.text) && ctx.methodOf(b.text, "__init__"));
    if (withInit) ctx.diag(withInit, "TSY1100", "multiple inheritance: the base classes' __init__ is not run");
  }
  const base = typed === "NamedTuple" ? namedTupleBase(cls, ctx) : bases.length > 1 ? `${ctx.rt("multiBase")}(${bases.map((b) => expr(b, ctx).code).join(", ")})` : bases[0] ? expr(bases[0], ctx).code : null;
  return ctx.withClass(cls, () => {
    const members: string[] = [...classHookDeclarations(cls, ctx), ...(typed === "NamedTuple" ? namedTupleMembers(cls) : []), ...classAttributes(cls, ctx, typed !== null)];
    const fields = typed === "NamedTuple" ? new Map<string, PyType>() : instanceFields(cls, ctx);
    for (const name of fields.keys()) ctx.instanceFieldNames.add(`${cls.name}.${name}`);
    for (const [name, t] of fields) {
      if (cls.isDataclass && cls.fields.some((f) => f.name === name)) continue;
      if (baseAssigns(cls, ctx, name) || ctx.classAttributes.has(`${cls.name}.${name}`)) continue;
      if (cls.methods.get(name) && cls.methods.get(name)!.decorators.length > 0) continue;
      ctx.instanceAttrTypes.set(`${cls.name}.${name}`, t);
      members.push(`${memberName(name)}!: ${tsType(t)};`);
    }
    const unpacked = typed === "NamedTuple" ? new Map<string, PyType>() : unpackedFields(cls, fields);
    for (const [name, t] of unpacked) {
      if (cls.isDataclass && cls.fields.some((f) => f.name === name)) continue;
      if (baseAssigns(cls, ctx, name) || ctx.classAttributes.has(`${cls.name}.${name}`) || cls.methods.has(name)) continue;
      // `declare`: a type only; a class field would define the attribute (as undefined) before __init__ stores it.
      members.push(`declare ${memberName(name)}: ${tsType(t)};`);
    }
    if (cls.isDataclass) members.push(...dataclassMembers(cls, ctx));
    const statics: string[] = [];
    const decorated: string[] = [];
    for (const m of cls.methods.values()) members.push(...marked(m.node.parent?.type === "decorated_definition" ? m.node.parent : m.node, [method(m, cls, ctx, statics, decorated)], ctx, true));
    members.unshift(...statics);
    const abstract = [...cls.methods.values()].filter((m) => m.decorators.some(isAbstract)).map((m) => m.name);
    if (abstract.length > 0) {
      checkAbstractInConstructor(members, cls, ctx);
      decorated.push(`${ctx.rt("abstractMethods")}(${safeName(cls.name)}, ${JSON.stringify(abstract)});`);
    }
    // Python iteration protocols, so the class also works with for…of and for await…of.
    if (cls.methods.has("__iter__")) members.push(`[Symbol.iterator](): Iterator<any> {\nreturn ${ctx.rt("iteratorOf")}(this.__iter__());\n}`);
    if (cls.methods.has("__aiter__")) members.push(`[Symbol.asyncIterator](): AsyncIterator<any> {\nreturn ${ctx.rt("asyncIteratorOf")}(this.__aiter__());\n}`);
    else if (cls.methods.has("__anext__")) members.push(`[Symbol.asyncIterator](): AsyncIterator<any> {\nreturn ${ctx.rt("asyncIteratorOf")}(this);\n}`);
    if (cls.methods.has("__next__") && !cls.methods.has("__iter__")) members.push(`[Symbol.iterator](): Iterator<any> {\nreturn ${ctx.rt("iteratorOf")}(this);\n}`);
    for (const stmt of node.childForFieldName("body")!.namedChildren) {
      const inner = stmt.type === "decorated_definition" ? stmt.childForFieldName("definition") : stmt;
      if (!inner || ["function_definition", "expression_statement", "pass_statement", "comment", "class_definition"].includes(inner.type)) continue;
      ctx.diag(stmt, "TSY1100", `a ${stmt.type} in a class body is not supported`);
    }
    const decorators = cls.decorators.filter((d) => !/^(dataclasses\.)?dataclass\b/.test(d.text));
    // @total_ordering fills in the missing comparisons on the class itself, so it runs after the declaration.
    const ordering = decorators.filter((d) => /^(functools\.)?total_ordering$/.test(d.text));
    const others = decorators.filter((d) => !ordering.includes(d) && !isClassDecoratorApplied(d, ctx));
    if (others.length > 0) ctx.diag(others[0]!, "TSY1100", `class decorator @${others[0]!.text} is not applied`);
    const after = ordering.length > 0 ? [`${ctx.rt("totalOrdering")}(${safeName(cls.name)});`] : [];
    return [...jsDoc(docstringOf(node.childForFieldName("body"))), `class ${safeName(cls.name)}${base ? ` extends ${base}` : ""} {\n${members.join("\n")}\n}`, ...after, ...decorated, ...runtimeDoc(safeName(cls.name), node, ctx), ...methodDocs(cls, ctx), ...classHookStatements(cls, ctx, (call) => expr(call, ctx).code), ...classSignature(cls, constructorParams(cls, ctx), [...cls.methods.values()].filter((m) => !isReplacedByDecorator(m)), ctx)];
  });
}

registerStatements({ class_definition: classDefinition });
