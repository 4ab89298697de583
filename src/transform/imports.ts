/**
 * Python imports. Modules tsyncio maps (asyncio, time, json, …) become one
 * import from the runtime; `from asyncio import sleep` makes `sleep` stand
 * for `asyncio.sleep`. Unknown modules get a diagnostic. In a project,
 * imports of the project's own modules are translated by `ctx.project`.
 */
import { MODULES, type ModuleFunctionSpec } from "../mappings/tables.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";

export interface ImportTable {
  /** Local name → Python module it refers to (`import asyncio as aio`). */
  modules: Map<string, string>;
  /** Local name → module and attribute (`from asyncio import sleep`). */
  names: Map<string, { module: string; name: string }>;
}

export function newImportTable(): ImportTable {
  return { modules: new Map(), names: new Map() };
}

/** Translate an import statement: records names; returns TS statements (none or a TODO). */
export function importStatement(node: SyntaxNode, ctx: Context): string[] {
  const out: string[] = [];
  if (node.type === "import_statement") {
    for (const c of node.namedChildren) {
      const dotted = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
      const alias = c.type === "aliased_import" ? c.childForFieldName("alias")!.text : dotted.text.split(".")[0]!;
      const moduleName = c.type === "aliased_import" ? dotted.text : dotted.text;
      if (ctx.project?.ownsModule(moduleName)) {
        out.push(...ctx.project.importModule(moduleName, c.type === "aliased_import" ? alias : null, c, ctx));
        continue;
      }
      const spec = MODULES[moduleName];
      if (!spec) {
        out.push(ctx.unsupported(node, `no translation for the module '${moduleName}'`, "TSY1102") + ";");
        continue;
      }
      if (spec.unsupported) {
        out.push(ctx.unsupported(node, spec.unsupported, "TSY1102") + ";");
        continue;
      }
      ctx.imports.modules.set(alias, moduleName);
    }
    return out;
  }
  if (node.type === "future_import_statement") return out;
  const moduleNode = node.childForFieldName("module_name")!;
  const moduleName = moduleNode.text;
  // A relative import always names a project module; an absolute one may.
  if (ctx.project && (moduleNode.type === "relative_import" || ctx.project.ownsModule(moduleName))) return ctx.project.importFrom(node, ctx);
  const spec = MODULES[moduleName];
  if (!spec) {
    out.push(ctx.unsupported(node, `no translation for the module '${moduleName}'`, "TSY1102") + ";");
    return out;
  }
  if (spec.unsupported) {
    out.push(ctx.unsupported(node, spec.unsupported, "TSY1102") + ";");
    return out;
  }
  for (const c of node.namedChildren) {
    if (c.startIndex === moduleNode.startIndex) continue;
    if (c.type === "wildcard_import") {
      out.push(ctx.unsupported(c, "`import *` is not supported") + ";");
      continue;
    }
    const nameNode = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
    const alias = c.type === "aliased_import" ? c.childForFieldName("alias")!.text : nameNode.text;
    ctx.imports.names.set(alias, { module: moduleName, name: nameNode.text });
  }
  return out;
}

/** The runtime path for a module attribute, e.g. `asyncio.sleep`. */
export function runtimePath(module: string, attr: string, ctx: Context): string | null {
  const spec = MODULES[module];
  if (!spec || spec.erase || !spec.runtime) return null;
  return `${ctx.rt(spec.runtime)}.${attr}`;
}

export function functionSpec(module: string, attr: string): ModuleFunctionSpec | undefined {
  return MODULES[module]?.functions?.[attr];
}
