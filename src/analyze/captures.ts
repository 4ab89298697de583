/**
 * Closures that capture a loop variable. Python closures see a variable, not
 * a value: `[lambda: i for i in range(3)]` gives three functions that all see
 * the last `i`. A JavaScript `for (const i of …)` makes a fresh binding per
 * turn, so such loops must declare their variable once, outside the loop.
 */
import type { SyntaxNode } from "../parse/parser.js";
import { paramNames } from "./scopes.js";

const FUNCTIONS = new Set(["lambda", "function_definition"]);

/** Whether a lambda or def inside `node` reads `name` from an enclosing scope. */
export function capturedWithin(node: SyntaxNode, name: string): boolean {
  const visit = (n: SyntaxNode, inFunction: boolean): boolean => {
    if (FUNCTIONS.has(n.type)) {
      if (paramNames(n).some((p) => p.name === name)) {
        // Its defaults are evaluated outside it, where the loop variable is the enclosing one.
        const params = n.childForFieldName("parameters");
        return params ? params.namedChildren.some((p) => defaultsOf(p).some((d) => visit(d, inFunction))) : false;
      }
      const body = n.childForFieldName("body");
      return body ? visit(body, true) : false;
    }
    if (n.type === "identifier") return inFunction && n.text === name && !isAttributeName(n);
    return n.namedChildren.some((c) => visit(c, inFunction));
  };
  return visit(node, false);
}

function defaultsOf(param: SyntaxNode): SyntaxNode[] {
  const v = param.childForFieldName("value");
  return v ? [v] : [];
}

function isAttributeName(id: SyntaxNode): boolean {
  const p = id.parent;
  return (p?.type === "attribute" && p.childForFieldName("attribute")?.startIndex === id.startIndex) || (p?.type === "keyword_argument" && p.childForFieldName("name")?.startIndex === id.startIndex);
}
