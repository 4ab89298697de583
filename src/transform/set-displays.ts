/**
 * Set displays (`{3, 1, 2}`) and set comprehensions. Python sets become the
 * runtime's PySet, which iterates in CPython's order; how CPython builds the
 * set matters for that order, so the three ways it does are kept apart:
 * elements added one by one, a constant display folded into a frozenset and
 * copied, and elements that JavaScript compares differently (True and 1,
 * equal tuples) going through set(), which keys by Python equality.
 */
import type { PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";

/**
 * Whether keys of these types are equal in Python exactly when they are
 * identical in JavaScript: strings, numbers, None, or bools on their own.
 */
export function identityKeys(types: PyType[]): boolean {
  // 1 and a boxed 1.0 are one key to Python but two to a Set, as are two boxes of 2.0: only ints go native.
  const numeric = types.every((t) => t.k === "int");
  const same = types.every((t) => t.k === types[0]!.k);
  return numeric || (same && (types[0]!.k === "str" || types[0]!.k === "bool" || types[0]!.k === "none"));
}

const CONSTANT_LEAVES = new Set(["integer", "float", "string", "concatenated_string", "true", "false", "none", "ellipsis"]);
const FOLDED_OPERATORS = new Set(["unary_operator", "binary_operator", "parenthesized_expression", "tuple"]);

const hasInterpolation = (n: SyntaxNode): boolean => n.type === "interpolation" || n.namedChildren.some(hasInterpolation);

/** What CPython's AST optimizer folds into a constant: literals, tuples of them, arithmetic on them. */
function isConstant(node: SyntaxNode): boolean {
  if (CONSTANT_LEAVES.has(node.type)) return !hasInterpolation(node);
  if (!FOLDED_OPERATORS.has(node.type)) return false;
  const parts = node.namedChildren.filter((c) => c.type !== "comment");
  return parts.length > 0 && parts.every(isConstant);
}

/** An integer literal's value (0x10 and 16 are one constant), other codes as they are. */
function literalValue(code: string): string {
  return /^(0[xob])?[0-9a-f_]+$/i.test(code) && Number.isSafeInteger(Number(code.replace(/_/g, ""))) ? String(Number(code.replace(/_/g, ""))) : code;
}

/** The code of a set display with these element codes. */
export function setDisplayCode(node: SyntaxNode, codes: string[], types: PyType[], ctx: Context): string {
  const items = `[${codes.join(", ")}]`;
  const spread = codes.some((c) => c.startsWith("..."));
  // More than two constants: a frozenset constant copied into a new set (compile.c, starunpack_helper).
  const elements = node.namedChildren.filter((c) => c.type !== "comment");
  if (!spread && elements.length > 2 && elements.every(isConstant)) {
    // Equal constants are one object per module: a later {0, 21, 8} copies the frozenset an earlier
    // {8, 0, 21} built, and so iterates in its order where elements collide in the hash table.
    const key = codes.map((c, i) => `${types[i]?.k ?? "?"}:${literalValue(c)}`).sort().join("\u0000");
    const first = ctx.constantSets.get(key) ?? codes;
    ctx.constantSets.set(key, first);
    return `${ctx.rt("constSet")}([${first.join(", ")}])`;
  }
  return setCode(items, !spread && identityKeys(types), ctx);
}

/** A set of the items an array expression yields, added in order. */
export function setCode(items: string, identity: boolean, ctx: Context): string {
  return identity ? `${ctx.rt("setOf")}(${items})` : `${ctx.rt("set")}(${items})`;
}
