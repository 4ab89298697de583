/**
 * Where floats are born at run time. A float whose value is integral (2.0)
 * is the same JavaScript number as the int 2, so the value itself must carry
 * its float-ness wherever it may reach code that does not know its static
 * type: the runtime's `flt()` turns an integral number into an interned
 * PyFloat box and leaves every other number plain.
 *
 * Typed code keeps plain numbers inside an arithmetic expression: only the
 * finished value of a float computation is boxed (`flt(a * b + c)`), once,
 * where it leaves the arithmetic (stored, passed, returned, printed). Ints
 * never pay: an int-typed expression is never boxed.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";

/** Operators whose operands are read as numbers, so a box there is not needed. */
const ARITHMETIC = new Set(["+", "-", "*", "/", "//", "%", "**", "<", ">", "<=", ">=", "==", "!="]);

/** Node types whose float result is a fresh computation that may be a plain integral number. */
const COMPUTED = new Set(["float", "binary_operator", "unary_operator", "call", "await"]);

/** Whether the value of `node` is consumed directly as an operand of a numeric operator. */
function numericOperand(node: SyntaxNode): boolean {
  let n = node;
  while (n.parent?.type === "parenthesized_expression") n = n.parent;
  const p = n.parent;
  if (!p) return false;
  switch (p.type) {
    case "binary_operator": {
      const op = p.childForFieldName("operator")!.type;
      // `s % 3.0` may be printf formatting, which must see the float: only a left operand of % is surely a number.
      if (op === "%") return p.childForFieldName("left")!.startIndex === n.startIndex && p.childForFieldName("left")!.type !== "string";
      return ARITHMETIC.has(op);
    }
    case "unary_operator":
      return p.childForFieldName("operator")!.type !== "~";
    case "comparison_operator":
      return [...p.children].every((c) => c.isNamed || ARITHMETIC.has(c.type));
    default:
      return false;
  }
}

/** A float literal with a fractional part needs no box: 2.5 prints as 2.5 anyway. */
function nonIntegralLiteral(node: SyntaxNode): boolean {
  if (node.type !== "float" || /[jJ]$/.test(node.text)) return false;
  const v = Number(node.text.replace(/_/g, ""));
  return !Number.isInteger(v);
}

/** `/`, `//`, `%` and `**` done by the runtime already give a boxed float. */
function returnsBoxed(node: SyntaxNode, e: Expr): boolean {
  if (node.type !== "binary_operator") return false;
  const op = node.childForFieldName("operator")!.type;
  return ["/", "//", "%", "**"].includes(op) && /^(div|floordiv|mod|pow)(\$rt)?\(/.test(e.code);
}

/** The expression as it must leave its arithmetic: a float computation is boxed when integral. */
export function boxFloat(node: SyntaxNode, e: Expr, ctx: Context): Expr {
  if (e.type.k !== "float" || !COMPUTED.has(node.type) || nonIntegralLiteral(node) || numericOperand(node)) return e;
  if (e.code.startsWith(`${ctx.rt("flt")}(`) || returnsBoxed(node, e)) return e;
  return { code: `${ctx.rt("flt")}(${e.code})`, type: e.type };
}
