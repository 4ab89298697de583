/** Where a def's or class's docstring is: both JSDoc and `__doc__` need it. */
import type { SyntaxNode } from "../parse/parser.js";

export function docstringOf(body: SyntaxNode | null): SyntaxNode | null {
  const first = body?.namedChildren.find((c) => c.type !== "comment");
  return first?.type === "expression_statement" && first.namedChildren[0]?.type === "string" && first.namedChildCount === 1 ? first : null;
}

