/**
 * Python imports. Modules tsyncio maps (asyncio, time, json, …) become one
 * import from the runtime; `from asyncio import sleep` makes `sleep` stand
 * for `asyncio.sleep`. Unknown modules get a diagnostic. In a project,
 * imports of the project's own modules are translated by `ctx.project`.
 */
import { MODULES, type ModuleFunctionSpec } from "../mappings/tables.js";
import { moduleStub, starNames, type StubEntry } from "../mappings/typeshed.js";
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
      // `import a.b` binds `a`, the top package; `a.b.f` then resolves through it.
      ctx.imports.modules.set(alias, c.type === "aliased_import" ? moduleName : alias);
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
      const stub = moduleStub(moduleName);
      // Without stub data the module's names are not known: nothing could say what `*` binds.
      if (!stub || spec.erase) {
        out.push(ctx.unsupported(c, `\`from ${moduleName} import *\` is not supported`) + ";");
        continue;
      }
      // Every name Python binds; one tsyncio lacks is reported where the program uses it.
      for (const name of starNames(stub)) ctx.imports.names.set(name, { module: moduleName, name });
      continue;
    }
    const nameNode = c.type === "aliased_import" ? c.childForFieldName("name")! : c;
    const alias = c.type === "aliased_import" ? c.childForFieldName("alias")!.text : nameNode.text;
    // `from asyncio import subprocess`: a mapped submodule binds like `import asyncio.subprocess as subprocess`.
    const submodule = `${moduleName}.${nameNode.text}`;
    if (MODULES[submodule] && !MODULES[submodule]!.unsupported) {
      ctx.imports.modules.set(alias, submodule);
      continue;
    }
    const found = resolveModuleName(moduleName, nameNode.text);
    if (found && "error" in found) {
      // Python fails at the import for an unknown name; a known one tsyncio lacks could not run either.
      out.push(ctx.unsupported(nameNode, found.error, "TSY1101") + ";");
      continue;
    }
    // `from aiohttp import web`: a mapped submodule, used as `web.f` like `import aiohttp.web as web`.
    if (found && found.stub?.kind === "module" && MODULES[found.stub.module]) {
      ctx.imports.modules.set(alias, found.stub.module);
      continue;
    }
    ctx.imports.names.set(alias, { module: moduleName, name: nameNode.text });
  }
  return out;
}

/** A module name as the transforms use it: its runtime path, or the TODO marker that replaces it. */
export interface ModuleTarget {
  path: string;
  spec?: ModuleFunctionSpec;
  stub?: StubEntry;
  /** Set when tsyncio cannot translate the name: the marker code (a TSY1101 was reported). */
  error?: string;
}

/** A name of a mapped module: how it is implemented and what typeshed says of it, or why it cannot be used. */
export type ModuleName = { module: string; name: string; runtime: string; spec?: ModuleFunctionSpec; stub?: StubEntry } | { error: string };

/**
 * Looks up `module.attr` for a module tsyncio maps. Null when the module is
 * not one (a project module, an unknown one) or its names are handled by the
 * transforms (`typing`). A name typeshed lists that the mapping lacks is an
 * error, never a run-time "is not a function".
 */
export function resolveModuleName(module: string, attr: string): ModuleName | null {
  const spec = MODULES[module];
  if (!spec) return null;
  const row = spec.names?.[attr];
  const stub = moduleStub(module);
  const entry = stub?.names[attr];
  if (spec.erase && !row) {
    // An erased module's names serve annotations, but a function of it is only ever a value: lacking a row, it could not run.
    if (entry?.kind === "function") return { error: `'${module}.${attr}' is not implemented by tsyncio yet` };
    return null;
  }
  if (!spec.runtime) return null;
  const found = { module, name: attr, runtime: spec.runtime, spec: row, stub: entry };
  if (row || !stub) return found;
  if (entry?.kind === "module" && MODULES[entry.module]) return found;
  if (entry) return { error: `'${module}.${attr}' is not implemented by tsyncio yet` };
  return { error: `module '${module}' has no attribute '${attr}'` };
}

/** The runtime path of a module name, e.g. `asyncio.sleep`. */
export function runtimePathOf(found: { runtime: string; name: string }, ctx: Context): string {
  // A runtime inside another (`asyncio.exceptions`): import the outer one, reach the inner by property.
  const [head, ...rest] = found.runtime.split(".");
  return [ctx.rt(head!), ...rest, found.name].join(".");
}
