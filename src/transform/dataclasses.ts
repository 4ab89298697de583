/**
 * The members `@dataclass` generates: fields, __init__ (with `field()`
 * options, keyword-only fields, InitVars handed to __post_init__), __repr__,
 * __eq__, the order methods, frozen instances and their hash. The field
 * model comes from analyze/dataclass-fields.ts; the runtime's `dataclasses`
 * reads the static `__dataclass_fields__` / `__dataclass_params__` written here.
 */
import type { ClassInfo } from "../analyze/analysis.js";
import { dataclassOptions, initParams, type DataclassField } from "../analyze/dataclass-fields.js";
import { tsType } from "../analyze/types.js";
import { tsParamOrder } from "./arguments.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { safeName } from "./names.js";

function defaultCode(f: DataclassField, ctx: Context): string | null {
  if (f.factoryNode) {
    // default_factory=SomeClass: JavaScript needs `new` to call a class.
    const factory = expr(f.factoryNode, ctx);
    return factory.type.k === "class" ? `new ${factory.code}()` : `${factory.code}()`;
  }
  if (f.defaultNode) return expr(f.defaultNode, ctx).code;
  return null;
}

function constructor(cls: ClassInfo, fields: DataclassField[], ctx: Context): string {
  const name = safeName(cls.name);
  const params = tsParamOrder(initParams(fields)).map((p) => {
    const f = fields.find((x) => x.name === p.name)!;
    // A field inherited from another module's dataclass: only that class knows its default, which its constructor applies to undefined.
    if (f.foreignDefault) return `${safeName(f.name)}?: ${tsType(f.info.type)}`;
    const def = defaultCode(f, ctx);
    const t = tsType(f.info.type);
    const orNull = def !== null && f.defaultNode?.type === "none" && !t.includes("null") ? " | null" : "";
    return `${safeName(f.name)}: ${t}${orNull}${def !== null ? ` = ${def}` : ""}`;
  });
  const base = cls.bases[0] ? ctx.classNamed(cls.bases[0].text) : undefined;
  const lines: string[] = [];
  if (base?.isDataclass) {
    // The base's constructor takes its own init parameters, in its TypeScript order.
    const ours = new Set(initParams(fields).map((p) => p.name));
    const baseParams = tsParamOrder(initParams(ctx.allDataclassFields(base)));
    lines.push(`super(${baseParams.map((p) => (ours.has(p.name) ? safeName(p.name) : "undefined")).join(", ")});`);
  } else if (cls.bases.some((b) => b.type !== "keyword_argument")) lines.push("super();");
  for (const f of fields) {
    // Inherited fields are the base constructor's business.
    if (f.initVar || !cls.fields.includes(f.info)) continue;
    if (f.init) lines.push(`this.${safeName(f.name)} = ${safeName(f.name)};`);
    else {
      const def = defaultCode(f, ctx);
      if (def !== null) lines.push(`this.${safeName(f.name)} = ${def};`);
    }
  }
  // Only the constructor of the instance's own dataclass runs __post_init__ and freezes: a base's would do it too early.
  const own = `${ctx.rt("dataclasses")}.isInitOf(new.target, ${name})`;
  if (ctx.methodOf(cls.name, "__post_init__")) {
    const initVars = fields.filter((f) => f.initVar).map((f) => safeName(f.name));
    lines.push(`if (${own}) this.__post_init__(${initVars.join(", ")});`);
  }
  if (dataclassOptions(cls).frozen) lines.push(`if (${own}) Object.freeze(this);`);
  return `constructor(${params.join(", ")}) {\n${lines.join("\n")}\n}`;
}

export function dataclassMembers(cls: ClassInfo, ctx: Context): string[] {
  const all = ctx.allDataclassFields(cls);
  const fields = all.filter((f) => !f.initVar);
  const options = dataclassOptions(cls);
  const members: string[] = [];
  const meta = fields.map((f) => `{ name: ${JSON.stringify(f.name)}, init: ${f.init}, repr: ${f.repr}, compare: ${f.compare}, kw_only: ${f.kwOnly} }`);
  members.push(`static __dataclass_fields__: readonly any[] = [${meta.join(", ")}];`);
  members.push(`static __dataclass_params__: readonly string[] = ${JSON.stringify(tsParamOrder(initParams(all)).map((p) => p.name))};`);
  // replace() must be given these: InitVars without a default.
  const required = all.filter((f) => f.initVar && f.init && !f.defaultNode && !f.factoryNode).map((f) => f.name);
  if (required.length > 0) members.push(`static __dataclass_initvars__: readonly string[] = ${JSON.stringify(required)};`);
  for (const f of fields) {
    if (!cls.fields.includes(f.info)) continue;
    const assigned = f.init || f.defaultNode !== null || f.factoryNode !== null;
    members.push(`${safeName(f.name)}${assigned ? "" : "!"}: ${tsType(f.info.type)};`);
  }
  if (options.init && !cls.methods.has("__init__")) members.push(constructor(cls, all, ctx));
  if (options.repr && !cls.methods.has("__repr__")) {
    const parts = fields
      .filter((f) => f.repr)
      .map((f) => {
        const value = `this.${safeName(f.name)}`;
        // A float field holds whatever was passed (Point(y=2) keeps an int); floats carry their own mark.
        return `${f.name}=\${${ctx.rt("repr")}(${value})}`;
      });
    members.push(`__repr__(): string {\nreturn \`${cls.name}(${parts.join(", ")})\`;\n}`);
  }
  const compared = fields.filter((f) => f.compare);
  const asTuple = (self: string) => `${ctx.rt("tuple")}(${compared.map((f) => `${self}.${safeName(f.name)}`).join(", ")})`;
  if (options.order) {
    // order=True compares the fields as a tuple, like CPython's generated methods.
    for (const [name, op] of [
      ["__lt__", "<"],
      ["__le__", "<="],
      ["__gt__", ">"],
      ["__ge__", ">="],
    ] as const) {
      if (!cls.methods.has(name)) members.push(`${name}(other: any): boolean {\nreturn ${ctx.rt("compare")}(${asTuple("this")}, ${asTuple("other")}) ${op} 0;\n}`);
    }
  }
  // eq and frozen: instances hash by their fields, so equal points are one set member or dict key.
  if (options.frozen && options.eq && !cls.methods.has("__hash__")) members.push(`__hash__(): number {\nreturn ${ctx.rt("hash")}(${asTuple("this")});\n}`);
  if (options.eq && !cls.methods.has("__eq__")) {
    const tests = compared.map((f) => `${ctx.rt("eq")}(this.${safeName(f.name)}, other.${safeName(f.name)})`);
    members.push(`__eq__(other: any): boolean {\nreturn other?.constructor === this.constructor${tests.map((t) => ` && ${t}`).join("")};\n}`);
  }
  return members;
}
