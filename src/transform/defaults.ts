/**
 * Python evaluates a parameter default once, when the def runs. These helpers
 * tell which defaults JavaScript's per-call evaluation gets right, and
 * remember where the others were kept.
 */
import type { FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";

const CONSTANT_DEFAULTS = new Set(["integer", "float", "string", "true", "false", "none", "concatenated_string"]);

/**
 * Python evaluates a default once, when the def runs; JavaScript on every call
 * that omits it. The two agree for literals; anything else (a list that the
 * function mutates, a name that changes later or that a parameter shadows) is
 * evaluated once by the caller of paramList and referred to by name.
 */
export function isConstantDefault(node: SyntaxNode): boolean {
  if (node.type === "unary_operator") return isConstantDefault(node.namedChildren[node.namedChildCount - 1]!);
  if (node.type === "string") return !node.namedChildren.some((c) => c.type === "interpolation");
  return CONSTANT_DEFAULTS.has(node.type);
}

/** The constant each evaluated-once default was given, for `f.__defaults__`. */
export const hoistedDefaults = new WeakMap<ParamInfo, string>();

/**
 * `f.__defaults__` / `f.__kwdefaults__` for a def translated already: the very
 * default objects, so a mutated list default shows its contents.
 */
export function defaultsOf(fn: FunctionInfo, which: "__defaults__" | "__kwdefaults__", ctx: Context): string | null {
  const params = fn.params.filter((p) => p.defaultNode && (which === "__defaults__" ? p.kind === "positional" : p.kind === "kwonly"));
  const codes: string[] = [];
  for (const p of params) {
    const code = isConstantDefault(p.defaultNode!) ? expr(p.defaultNode!, ctx).code : hoistedDefaults.get(p);
    if (code === undefined) return null;
    codes.push(which === "__defaults__" ? code : `[${JSON.stringify(p.name)}, ${code}]`);
  }
  if (params.length === 0) return "null";
  return which === "__defaults__" ? `${ctx.rt("tuple")}(${codes.join(", ")})` : `new Map<string, any>([${codes.join(", ")}])`;
}

