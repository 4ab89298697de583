/**
 * Docstrings kept at run time. `f.__doc__` written in the program is read
 * at translation time (expressions.ts), but `inspect.getdoc(f)` reads it at
 * run time, and `functools.wraps` copies it: in a module that imports
 * `inspect` or `functools`, each undecorated def, class and method with a
 * docstring gets it as `__doc__` after its declaration.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { docstringOf } from "./docstrings.js";
import { expr } from "./expressions.js";

/** Modules that read `__doc__` at run time: inspect (getdoc) and functools (wraps copies it). */
const READERS = ["inspect", "functools"];

function importsInspect(ctx: Context): boolean {
  if ([...ctx.imports.modules.values()].some((m) => READERS.includes(m))) return true;
  return [...ctx.imports.names.values()].some((n) => READERS.includes(n.module));
}

/** `setDoc(target, "…")` for a def's or class's docstring, when the module may read it at run time. */
export function runtimeDoc(target: string, definition: SyntaxNode, ctx: Context): string[] {
  if (!importsInspect(ctx)) return [];
  const doc = docstringOf(definition.childForFieldName("body"));
  if (!doc) return [];
  return [`${ctx.rt("setDoc")}(${target}, ${expr(doc.namedChildren[0]!, ctx).code});`];
}
