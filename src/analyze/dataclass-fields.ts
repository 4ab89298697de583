/**
 * What `@dataclass` makes of a class body, read from the syntax: each
 * field's options from `field(...)` (`default`, `default_factory`, `init`,
 * `repr`, `compare`, `kw_only`), `InitVar[...]` pseudo-fields (parameters of
 * __init__ handed to __post_init__, never stored), the `_: KW_ONLY` marker,
 * and the decorator's own options. Both the constructor's signature (for
 * calls) and the generated members come from here.
 */
import type { ClassInfo, FieldInfo, ParamInfo } from "./analysis.js";
import type { SyntaxNode } from "../parse/parser.js";

export interface DataclassField {
  info: FieldInfo;
  name: string;
  initVar: boolean;
  init: boolean;
  repr: boolean;
  compare: boolean;
  kwOnly: boolean;
  /** The default value's node (`= 1` or `field(default=1)`), or null. */
  defaultNode: SyntaxNode | null;
  /** `field(default_factory=list)`: the factory's node. */
  factoryNode: SyntaxNode | null;
  /** Inherited from a dataclass of another module: its default is that module's business. */
  foreignDefault: boolean;
}

export interface DataclassOptions {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  frozen: boolean;
  kwOnly: boolean;
}

const FIELD_CALL = /^(dataclasses\.)?field$/;

function keywordArgs(call: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a.type === "keyword_argument") out.set(a.childForFieldName("name")!.text, a.childForFieldName("value")!);
  }
  return out;
}

function flag(node: SyntaxNode | undefined, dflt: boolean): boolean {
  if (!node) return dflt;
  return node.text === "True" ? true : node.text === "False" ? false : dflt;
}

export function dataclassOptions(cls: ClassInfo): DataclassOptions {
  const deco = cls.decorators.find((d) => /^(dataclasses\.)?dataclass\b/.test(d.text));
  const call = deco?.type === "call" ? deco : null;
  const kw = call ? keywordArgs(call) : new Map<string, SyntaxNode>();
  return {
    init: flag(kw.get("init"), true),
    repr: flag(kw.get("repr"), true),
    eq: flag(kw.get("eq"), true),
    order: flag(kw.get("order"), false),
    frozen: flag(kw.get("frozen"), false),
    kwOnly: flag(kw.get("kw_only"), false),
  };
}

export function isKwOnlyMarker(f: FieldInfo): boolean {
  return f.annotation !== null && /^(dataclasses\.)?KW_ONLY$/.test(f.annotation.text);
}

/** The class's own fields as @dataclass reads them (the KW_ONLY marker dropped). */
export function ownDataclassFields(cls: ClassInfo): DataclassField[] {
  const options = dataclassOptions(cls);
  let kwOnly = options.kwOnly;
  const out: DataclassField[] = [];
  for (const info of cls.fields) {
    if (isKwOnlyMarker(info)) {
      kwOnly = true;
      continue;
    }
    const v = info.value;
    const foreignDefault = v?.type === "module";
    const call = v && v.type === "call" && FIELD_CALL.test(v.childForFieldName("function")!.text) ? v : null;
    const kw = call ? keywordArgs(call) : new Map<string, SyntaxNode>();
    out.push({
      info,
      name: info.name,
      initVar: info.annotation !== null && /^(dataclasses\.)?InitVar\b/.test(info.annotation.text),
      init: flag(kw.get("init"), true),
      repr: flag(kw.get("repr"), true),
      compare: flag(kw.get("compare"), true),
      kwOnly: flag(kw.get("kw_only"), kwOnly),
      defaultNode: foreignDefault ? null : call ? (kw.get("default") ?? null) : v,
      factoryNode: call ? (kw.get("default_factory") ?? null) : null,
      foreignDefault,
    });
  }
  return out;
}

/** All fields, base classes' first, a redefined field keeping its first place (as Python orders them). */
export function mergeFields(inherited: DataclassField[], own: DataclassField[]): DataclassField[] {
  const byName = new Map(own.map((f) => [f.name, f]));
  const merged = inherited.map((f) => byName.get(f.name) ?? f);
  const seen = new Set(inherited.map((f) => f.name));
  return [...merged, ...own.filter((f) => !seen.has(f.name))];
}

/** The parameters of the generated __init__, in Python's order: positional ones, then keyword-only. */
export function initParams(fields: DataclassField[]): ParamInfo[] {
  const init = fields.filter((f) => f.init);
  const param = (f: DataclassField, kind: ParamInfo["kind"]): ParamInfo => ({
    name: f.name,
    kind,
    defaultNode: f.defaultNode ?? f.factoryNode ?? (f.foreignDefault ? f.info.value : null),
    type: f.info.type,
    annotated: true,
  });
  return [...init.filter((f) => !f.kwOnly).map((f) => param(f, "positional")), ...init.filter((f) => f.kwOnly).map((f) => param(f, "kwonly"))];
}
