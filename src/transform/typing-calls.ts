/**
 * Calls of `typing` names whose arguments are types, not values: the
 * transform reads them as annotations. `cast(T, v)` is `v` typed as T.
 */
import { annotationType } from "../analyze/annotations.js";
import { ANY, tsType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { expr } from "./expressions.js";

/** The translation of a `transform: true` typing call, or null when `path` is not one. */
export function typingCall(path: string, node: SyntaxNode, ctx: Context): Expr | null {
  if (!/(^|\.)typing\.cast$/.test(path)) return null;
  const [typeNode, valueNode] = node.childForFieldName("arguments")?.namedChildren ?? [];
  if (!typeNode || !valueNode || typeNode.type === "keyword_argument" || valueNode.type === "keyword_argument") return null;
  const value = expr(valueNode, ctx);
  const inner = typeNode.type === "string" ? null : typeNode;
  const t = inner ? annotationType(inner, ctx.analysis.classNames) : ANY;
  if (t.k === "any") return { code: `(${value.code} as any)`, type: ANY };
  const target = tsType(t);
  if (value.type.k !== "any" && tsType(value.type) === target) return value;
  // Python's cast never checks; TypeScript refuses a cast between unrelated types unless it goes through unknown.
  return { code: value.type.k === "any" ? `(${value.code} as ${target})` : `(${value.code} as unknown as ${target})`, type: t };
}
