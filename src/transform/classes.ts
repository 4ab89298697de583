/**
 * Classes: methods, class attributes (static members, read through the
 * instance's constructor so subclasses can override them), properties,
 * static and class methods, and @dataclass with its generated __init__,
 * __repr__ and __eq__.
 */
import type { ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import { annotationType } from "../analyze/annotations.js";
import { ANY, tsType, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { functionBody, paramList, returnAnnotation, type DefaultHoister } from "./functions.js";
import { hoistedDefaults } from "./defaults.js";
import { safeName } from "./names.js";
import { docstringOf, jsDoc, registerStatements } from "./statements.js";

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
  return instanceFields(base, ctx).has(name) || base.fields.some((f) => f.name === name) || ctx.instanceFieldNames.has(`${base.name}.${name}`) || baseAssigns(base, ctx, name);
}

function method(fn: FunctionInfo, cls: ClassInfo, ctx: Context, statics: string[]): string {
  const isStatic = isDecorator(fn, "staticmethod");
  const isClassMethod = isDecorator(fn, "classmethod");
  const params = isStatic ? fn.params : fn.params.slice(1);
  const view: FunctionInfo = { ...fn, params };
  ctx.selfAliasNeeded = false;
  const body = functionBody(fn, ctx);
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
  const asyncKw = fn.isAsync ? "async " : "";
  if (fn.name === "__init__") head = `constructor(${paramCode})`;
  else if (isDecorator(fn, "property")) head = `get ${fn.name}()${returnAnnotation(view)}`;
  else if (setter) head = `set ${fn.name}(${paramCode})`;
  else head = `${isStatic || isClassMethod ? "static " : ""}${asyncKw}${star}${safeName(fn.name)}(${paramCode})${fn.name === "__init__" ? "" : returnAnnotation(view)}`;
  const other = fn.decorators.filter((d) => !["staticmethod", "classmethod", "property"].includes(d.text) && !/\.setter$/.test(d.text));
  if (other.length > 0) ctx.diag(other[0]!, "TSY1100", `decorator @${other[0]!.text} on a method is not applied`);
  const doc = jsDoc(docstringOf(fn.node.childForFieldName("body")));
  return [...doc, `${head} {\n${body.join("\n")}\n}`].join("\n");
}

function dataclassMembers(cls: ClassInfo, ctx: Context): string[] {
  const fields = ctx.dataclassFields(cls);
  const own = cls.fields;
  const base = cls.bases[0] ? ctx.classNamed(cls.bases[0].text) : undefined;
  const inherited = fields.filter((f) => !own.includes(f));
  const members: string[] = own.map((f) => `${safeName(f.name)}: ${tsType(f.type)};`);
  members.unshift(`static __dataclass_fields__: readonly string[] = ${JSON.stringify(fields.map((f) => f.name))};`);
  const params = fields.map((f) => {
    // A field inherited from another module's dataclass: only that class knows its default, which its constructor applies to undefined.
    if (f.value?.type === "module") return `${safeName(f.name)}?: ${tsType(f.type)}`;
    let def = "";
    if (f.value) {
      const factory = f.value.type === "call" && /^(dataclasses\.)?field$/.test(f.value.childForFieldName("function")!.text) ? f.value : null;
      if (factory) {
        const kw = factory.childForFieldName("arguments")!.namedChildren.filter((a) => a.type === "keyword_argument");
        const df = kw.find((k) => k.childForFieldName("name")!.text === "default_factory");
        const dv = kw.find((k) => k.childForFieldName("name")!.text === "default");
        if (df) def = ` = ${expr(df.childForFieldName("value")!, ctx).code}()`;
        else if (dv) def = ` = ${expr(dv.childForFieldName("value")!, ctx).code}`;
      } else def = ` = ${expr(f.value, ctx).code}`;
    }
    const t = tsType(f.type);
    return `${safeName(f.name)}: ${t}${def && f.value?.type === "none" && !t.includes("null") ? " | null" : ""}${def}`;
  });
  const superCall = base?.isDataclass ? [`super(${inherited.map((f) => safeName(f.name)).join(", ")});`] : base ? ["super();"] : [];
  const assigns = own.map((f) => `this.${safeName(f.name)} = ${safeName(f.name)};`);
  const post = cls.methods.has("__post_init__") ? ["this.__post_init__();"] : [];
  if (!cls.methods.has("__init__")) members.push(`constructor(${params.join(", ")}) {\n${[...superCall, ...assigns, ...post].join("\n")}\n}`);
  if (!cls.methods.has("__repr__")) {
    // field(repr=False) leaves a field out of the generated repr.
    const shown = fields.filter((f) => !(f.value?.type === "call" && /^(dataclasses\.)?field$/.test(f.value.childForFieldName("function")!.text) && /\brepr\s*=\s*False\b/.test(f.value.childForFieldName("arguments")!.text)));
    const parts = shown.map((f) => {
      const value = `this.${safeName(f.name)}`;
      // A float field holds whatever was passed (Point(y=2) keeps an int); floats carry their own mark.
      return `${f.name}=\${${ctx.rt("repr")}(${value})}`;
    });
    members.push(`__repr__(): string {\nreturn \`${cls.name}(${parts.join(", ")})\`;\n}`);
  }
  const options = cls.decorators.find((d) => /^(dataclasses\.)?dataclass\b/.test(d.text))?.text ?? "";
  if (/order\s*=\s*True/.test(options)) {
    // order=True compares the fields as a tuple, like CPython's generated methods.
    const mine = `${ctx.rt("tuple")}(${fields.map((f) => `this.${safeName(f.name)}`).join(", ")})`;
    const theirs = `${ctx.rt("tuple")}(${fields.map((f) => `other.${safeName(f.name)}`).join(", ")})`;
    for (const [name, op] of [["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="]] as const) {
      if (!cls.methods.has(name)) members.push(`${name}(other: any): boolean {\nreturn ${ctx.rt("compare")}(${mine}, ${theirs}) ${op} 0;\n}`);
    }
  }
  if (/frozen\s*=\s*True/.test(options) && !cls.methods.has("__init__")) {
    const ctor = members.findIndex((m) => m.startsWith("constructor("));
    if (ctor >= 0) members[ctor] = members[ctor]!.replace(/\n}$/, "\nObject.freeze(this);\n}");
    // eq and frozen: instances hash by their fields, so equal points are one set member or dict key.
    if (!cls.methods.has("__hash__")) members.push(`__hash__(): number {\nreturn ${ctx.rt("hash")}(${ctx.rt("tuple")}(${fields.map((f) => `this.${safeName(f.name)}`).join(", ")}));\n}`);
  }
  if (!cls.methods.has("__eq__")) {
    const tests = fields.map((f) => `${ctx.rt("eq")}(this.${safeName(f.name)}, other.${safeName(f.name)})`);
    members.push(`__eq__(other: any): boolean {\nreturn other?.constructor === this.constructor${tests.map((t) => ` && ${t}`).join("")};\n}`);
  }
  return members;
}

function classAttributes(cls: ClassInfo, ctx: Context): string[] {
  const out: string[] = [];
  for (const stmt of cls.node.childForFieldName("body")!.namedChildren) {
    const a = stmt.type === "expression_statement" ? stmt.firstNamedChild : null;
    if (a?.type !== "assignment") continue;
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (left?.type !== "identifier" || !right) continue;
    if (cls.isDataclass && a.childForFieldName("type")) continue;
    if (right.type === "identifier" && cls.methods.has(right.text)) {
      // `__rmul__ = __mul__`: the same function under a second name.
      out.push(`${safeName(left.text)}(...args: any[]): any {\nreturn (this.${safeName(right.text)} as any)(...args);\n}`);
      continue;
    }
    const value = ctx.within(cls.scope, undefined, () => expr(right, ctx));
    out.push(`static ${safeName(left.text)} = ${value.code};`);
    ctx.classAttributes.add(`${cls.name}.${left.text}`);
  }
  return out;
}

function classDefinition(node: SyntaxNode, ctx: Context): string[] {
  const cls = ctx.analysis.classes.get(node.startIndex)!;
  const bases = cls.bases.filter((b) => b.type !== "keyword_argument" && !/^(object|ABC|Generic\b|typing\.)/.test(b.text));
  // Several bases: one JavaScript parent built in MRO order (see runtime/inheritance.ts).
  // Only methods are copied into that chain: a base's __init__ would not run.
  if (bases.length > 1) {
    const withInit = bases.find((b) => ctx.classNamed(b.text) && ctx.methodOf(b.text, "__init__"));
    if (withInit) ctx.diag(withInit, "TSY1100", "multiple inheritance: the base classes' __init__ is not run");
  }
  const base = bases.length > 1 ? `${ctx.rt("multiBase")}(${bases.map((b) => expr(b, ctx).code).join(", ")})` : bases[0] ? expr(bases[0], ctx).code : null;
  return ctx.withClass(cls, () => {
    const members: string[] = classAttributes(cls, ctx);
    const fields = instanceFields(cls, ctx);
    for (const name of fields.keys()) ctx.instanceFieldNames.add(`${cls.name}.${name}`);
    for (const [name, t] of fields) {
      if (cls.isDataclass && cls.fields.some((f) => f.name === name)) continue;
      if (baseAssigns(cls, ctx, name) || ctx.classAttributes.has(`${cls.name}.${name}`)) continue;
      if (cls.methods.get(name) && cls.methods.get(name)!.decorators.length > 0) continue;
      ctx.instanceAttrTypes.set(`${cls.name}.${name}`, t);
      members.push(`${safeName(name)}!: ${tsType(t)};`);
    }
    if (cls.isDataclass) members.push(...dataclassMembers(cls, ctx));
    const statics: string[] = [];
    for (const m of cls.methods.values()) members.push(method(m, cls, ctx, statics));
    members.unshift(...statics);
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
    const others = decorators.filter((d) => !ordering.includes(d));
    if (others.length > 0) ctx.diag(others[0]!, "TSY1100", `class decorator @${others[0]!.text} is not applied`);
    const after = ordering.length > 0 ? [`${ctx.rt("totalOrdering")}(${safeName(cls.name)});`] : [];
    return [...jsDoc(docstringOf(node.childForFieldName("body"))), `class ${safeName(cls.name)}${base ? ` extends ${base}` : ""} {\n${members.join("\n")}\n}`, ...after];
  });
}

registerStatements({ class_definition: classDefinition });
