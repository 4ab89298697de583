/**
 * Functions and classes of other modules in the shapes the transform
 * reasons with (FunctionInfo, ClassInfo), built from their summaries. Only
 * signatures are known: the importing module's root node stands in for the
 * definitions, which the transform never reads for imported names (a
 * parameter's default is only tested for presence, a decorator only by its
 * text, and a field default standing in as a module node tells the class
 * transform to leave it to the base class's constructor).
 */
import type { ClassInfo, FieldInfo, FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import type { Scope } from "../analyze/scopes.js";
import { ANY } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "../transform/context.js";
import type { FlatClass } from "./resolve.js";
import type { FunctionSummary } from "./summary.js";

export function importedFunction(name: string, f: FunctionSummary, scope: Scope, owner?: ClassInfo): FunctionInfo {
  const site = scope.node;
  return {
    name,
    node: site,
    isAsync: f.isAsync,
    isGenerator: f.isGenerator,
    params: f.params.map((p): ParamInfo => ({ name: p.name, kind: p.kind, defaultNode: p.hasDefault ? site : null, type: p.type, annotated: p.type.k !== "any" })),
    returnType: f.returnType ?? ANY,
    returnAnnotated: f.returnType !== undefined,
    decorators: f.decorators.map((text) => ({ text }) as SyntaxNode),
    scope,
    runsLoop: f.runsLoop,
    ...(owner ? { owner } : {}),
  };
}

/** A class of another module, known here as `localName`; its bases are merged into it already. */
export function importedClass(flat: FlatClass, localName: string, scope: Scope, ctx: Context): ClassInfo {
  const site = scope.node;
  const fields: FieldInfo[] = flat.fields.map((f) => ({ name: f.name, type: f.type, annotation: null, value: f.hasDefault ? site : null }));
  const cls: ClassInfo = { name: localName, node: site, bases: [], decorators: [], methods: new Map(), isDataclass: flat.isDataclass, fields, scope };
  for (const [m, f] of Object.entries(flat.methods)) cls.methods.set(m, importedFunction(m, f, scope, cls));
  // What the class transform records for the classes it translates, so instances and subclasses here treat both alike.
  for (const a of flat.attributes) ctx.classAttributes.add(`${localName}.${a}`);
  for (const f of flat.instanceFields) ctx.instanceFieldNames.add(`${localName}.${f}`);
  return cls;
}
