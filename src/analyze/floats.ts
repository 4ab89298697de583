/**
 * Which `-> float` functions really return floats. An annotation does not
 * convert: `def area(self) -> float: return self.w * self.h` returns an int
 * for int sides, and Python prints it without `.0`. Only a function whose
 * every return value is float by construction (a `/`, a float literal,
 * float(), math.*) can be shown as a float at its call sites.
 */
import type { SyntaxNode } from "../parse/parser.js";
import { FLOAT, NUMBER, type PyType } from "./types.js";

const FLOAT_CALLS = /^(float|math\.\w+|statistics\.(mean|fmean|median|stdev|pstdev|variance))$/;

/** Whether an expression's value is a float whatever its operands' runtime types. */
export function floatByConstruction(node: SyntaxNode): boolean {
  switch (node.type) {
    case "float":
      return true;
    case "parenthesized_expression":
      return node.namedChildren.length === 1 && floatByConstruction(node.namedChildren[0]!);
    case "unary_operator":
      return floatByConstruction(node.childForFieldName("argument")!);
    case "binary_operator": {
      const op = node.childForFieldName("operator")!.type;
      if (op === "/") return true;
      if (!["+", "-", "*", "%", "//", "**"].includes(op)) return false;
      return floatByConstruction(node.childForFieldName("left")!) || floatByConstruction(node.childForFieldName("right")!);
    }
    case "conditional_expression":
      return node.namedChildren.length >= 3 && floatByConstruction(node.namedChildren[0]!) && floatByConstruction(node.namedChildren[2]!);
    case "call":
      return FLOAT_CALLS.test(node.childForFieldName("function")!.text);
    default:
      return false;
  }
}

function returnValues(body: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const visit = (n: SyntaxNode): void => {
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return;
    if (n.type === "return_statement") {
      const v = n.namedChildren[0];
      if (v) out.push(v);
      return;
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(body);
  return out;
}

/** The result type a `-> float` def can promise its callers. */
export function floatReturn(def: SyntaxNode, annotated: PyType): PyType {
  if (annotated.k !== "float") return annotated;
  const values = returnValues(def.childForFieldName("body")!);
  return values.length > 0 && values.every(floatByConstruction) ? FLOAT : NUMBER;
}
