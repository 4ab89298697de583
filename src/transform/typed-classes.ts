/**
 * Classes declared with typing's class syntax for run-time structures:
 * `class Point(NamedTuple)` is a namedtuple whose fields are the class's
 * annotated names (with their defaults), and whose methods are the class's
 * own; `class Movie(TypedDict)` makes dicts, so it becomes a constructor
 * of Maps (and a TypeScript type of the same name for annotations).
 */
import type { ClassInfo } from "../analyze/analysis.js";
import { tsType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { safeName } from "./names.js";

export type TypedClassKind = "NamedTuple" | "TypedDict";

/** The typing name a base stands for, if it is imported from typing. */
function typingName(base: SyntaxNode, ctx: Context): string | null {
  if (base.type === "identifier") {
    const imp = ctx.imports.names.get(base.text);
    const owner = ctx.ownerScope(base.text);
    const shadowed = owner !== null && !owner.bindings.get(base.text)?.kinds.has("import");
    return imp?.module === "typing" && !shadowed ? imp.name : null;
  }
  if (base.type === "attribute") {
    const obj = base.childForFieldName("object");
    if (obj?.type === "identifier" && ctx.imports.modules.get(obj.text) === "typing") return base.childForFieldName("attribute")!.text;
  }
  return null;
}

export function typedClassKind(cls: ClassInfo, ctx: Context): TypedClassKind | null {
  for (const b of cls.bases) {
    if (b.type === "keyword_argument") continue;
    const name = typingName(b, ctx);
    if (name === "NamedTuple" || name === "TypedDict") return name;
  }
  return null;
}

/** Whether a class-body statement declares a field (`x: int` or `x: int = 0`), which these classes take over. */
export function isFieldDeclaration(a: SyntaxNode): boolean {
  return a.type === "assignment" && a.childForFieldName("type") !== null;
}

/** The parent of a NamedTuple class: the runtime's namedtuple with the declared fields and defaults. */
export function namedTupleBase(cls: ClassInfo, ctx: Context): string {
  const names = cls.fields.map((f) => JSON.stringify(f.name));
  const firstDefault = cls.fields.findIndex((f) => f.value !== null);
  if (firstDefault >= 0) {
    const late = cls.fields.slice(firstDefault).find((f) => f.value === null);
    if (late) ctx.diag(late.annotation ?? cls.node, "TSY1001", `Non-default namedtuple field ${late.name} cannot follow default field ${cls.fields[firstDefault]!.name}`);
  }
  const defaults = firstDefault < 0 ? [] : cls.fields.slice(firstDefault).map((f) => (f.value ? ctx.within(cls.scope, undefined, () => expr(f.value!, ctx).code) : "undefined"));
  return `(${ctx.rt("typing")}.namedTuple(${JSON.stringify(cls.name)}, [${names.join(", ")}], [${defaults.join(", ")}]) as any)`;
}

/** What TypeScript must know of a NamedTuple instance: its fields, and that it is a tuple. */
export function namedTupleMembers(cls: ClassInfo): string[] {
  // Not readonly: assigning a field is Python's AttributeError at run time, which a program may catch.
  return [
    ...cls.fields.map((f) => `declare ${safeName(f.name)}: ${tsType(f.type)};`),
    "readonly [index: number]: any;",
    "declare readonly length: number;",
    "declare [Symbol.iterator]: () => Iterator<any>;",
    ...(cls.methods.has("__init__") ? [] : ["constructor(...args: any[]) {\nsuper(...args);\n}"]),
  ];
}

/** A TypedDict class: a constructor of dicts, and a type of the same name. */
export function typedDictClass(cls: ClassInfo, ctx: Context): string[] {
  const name = safeName(cls.name);
  return [`type ${name} = Map<string, any>;`, `const ${name} = ${ctx.rt("typing")}.typedDict(${JSON.stringify(cls.name)});`];
}
