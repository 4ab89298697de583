/**
 * Typed int arithmetic and Python's unbounded ints. JavaScript's `+`, `-`,
 * `*` on numbers silently round past 2**53, and throw when one side is a
 * bigint (the runtime's form of an int past 2**53). So int arithmetic
 * stays a plain operator only where both operands are provably small
 * (below 2**31 in magnitude: the result of + - * of two of them is exact);
 * otherwise it calls the runtime's checked operator (bigints.ts), whose fast
 * path is the same JavaScript operator behind a type and range test.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";

const SMALL = 2 ** 31;
/** Builtins whose int result is an index or a code point. */
const SMALL_RESULT_CALLS = new Set(["len", "ord"]);

/**
 * Is this int operand known to be below 2**31 in magnitude? With the
 * context, a name also counts when its only binding is an assignment of a
 * small value or a loop over `range()` of small bounds (`x = 3`, `for i in range(10)`).
 */
export function provablySmall(node: SyntaxNode | null, ctx?: Context, depth = 0): boolean {
  if (!node) return false;
  switch (node.type) {
    case "identifier":
      return ctx !== undefined && depth < 4 && smallName(node, ctx, depth + 1);
    case "integer": {
      const text = node.text.replace(/_/g, "");
      return /^(0[xob])?[\da-f]+$/i.test(text) && Math.abs(Number(text)) < SMALL;
    }
    case "true":
    case "false":
      return true;
    case "parenthesized_expression":
      return node.namedChildCount === 1 && provablySmall(node.namedChildren[0]!, ctx, depth);
    case "unary_operator":
      return node.childForFieldName("operator")!.type === "-" && provablySmall(node.childForFieldName("argument"), ctx, depth);
    case "call": {
      const fn = node.childForFieldName("function");
      return fn?.type === "identifier" && SMALL_RESULT_CALLS.has(fn.text);
    }
    default:
      return false;
  }
}

function smallName(node: SyntaxNode, ctx: Context, depth: number): boolean {
  const b = ctx.binding(node.text);
  if (!b || b.sites.length !== 1 || b.kinds.size !== 1) return false;
  const site = b.sites[0]!;
  const parent = site.parent;
  if (!parent) return false;
  if (b.kinds.has("assign") && parent.type === "assignment" && parent.childForFieldName("left")?.startIndex === site.startIndex && !parent.childForFieldName("type"))
    return provablySmall(parent.childForFieldName("right"), ctx, depth);
  if (b.kinds.has("for") && parent.type === "for_statement" && parent.childForFieldName("left")?.startIndex === site.startIndex) {
    const it = parent.childForFieldName("right");
    if (it?.type !== "call" || it.childForFieldName("function")?.text !== "range" || ctx.binding("range")) return false;
    const args = it.childForFieldName("arguments")?.namedChildren ?? [];
    return args.length > 0 && args.every((a) => provablySmall(a, ctx, depth));
  }
  return false;
}

const CHECKED = { "+": "intAdd", "-": "intSub", "*": "intMul" } as const;

/**
 * `left op right` on two ints: the plain operator when both are small,
 * else the runtime's exact one. `plain` is what the caller would emit
 * natively (it may add `+ 0` against -0).
 */
export function intArith(op: "+" | "-" | "*", l: Expr, r: Expr, leftNode: SyntaxNode | null, rightNode: SyntaxNode | null, ctx: Context, plain: string): string {
  if (provablySmall(leftNode, ctx) && provablySmall(rightNode, ctx)) return plain;
  return `${ctx.rt(CHECKED[op])}(${l.code}, ${r.code})`;
}

/** A literal past 2**53: a bigint literal, typed as the number the rest of the typed code expects. */
export function bigIntLiteral(text: string): string {
  return `(${text.toLowerCase().replace(/^0([xob])/, "0$1")}n as unknown as number)`;
}
