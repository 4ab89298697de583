/**
 * Checks a standard-library call's arguments by their static types at
 * translation time, for mapping rows with `argTypeCheck`: a value the
 * runtime cannot answer for faithfully is refused where the program names
 * it, not at run time.
 */
import type { PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { CallArgs } from "./arguments.js";

export type ArgTypeProblem = { error: string } | { warning: string } | null;
type ArgTypeCheck = (args: CallArgs, nodes: SyntaxNode[]) => ArgTypeProblem;

const GROWN = new Set(["list", "dict", "set"]);

/** A display or constructor call that makes an empty container: `[]`, `{}`, `set()`, `bytearray()`. */
function isEmptyContainer(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  if (node.type === "list" || node.type === "dictionary") return node.namedChildren.filter((c) => c.type !== "comment").length === 0;
  if (node.type !== "call") return false;
  const fn = node.childForFieldName("function")?.text ?? "";
  return /^(list|dict|set|frozenset|bytearray)$/.test(fn) && (node.childForFieldName("arguments")?.namedChildren.length ?? 1) === 0;
}

/** A literal or a constructor call whose value's size follows from the value: `b"ab"`, `bytes(10)`, `(1, 2)`. */
function isSizedValue(node: SyntaxNode | undefined): boolean {
  if (!node) return false;
  if (["string", "concatenated_string", "integer", "float", "true", "false", "none", "tuple"].includes(node.type)) return true;
  return node.type === "call" && /^(bytes|str|int|float|bool|tuple|range|complex)$/.test(node.childForFieldName("function")?.text ?? "");
}

function grownContainer(t: PyType): string | null {
  if (GROWN.has(t.k)) return t.k;
  if (t.k === "union") return t.of.map(grownContainer).find((k) => k !== null) ?? null;
  return null;
}

/**
 * `sys.getsizeof`: CPython's size of a non-empty list, dict or set includes
 * the spare room it over-allocated while growing (appends grow a list in
 * steps, a literal does not), a history the translation does not keep. Such
 * an argument is refused; one whose type is not known is left to the run
 * time, which answers for scalars, str, bytes, tuples and empty containers
 * and raises NotImplementedError for the rest.
 */
function sizeOf(args: CallArgs, nodes: SyntaxNode[]): ArgTypeProblem {
  const arg = args.positional[0];
  if (!arg || isEmptyContainer(nodes[0])) return null;
  const grown = grownContainer(arg.type);
  if (grown) return { error: `sys.getsizeof() of a ${grown} is not supported by tsyncio: CPython's answer includes the room the ${grown} over-allocated as it grew, which depends on how it was built` };
  if (arg.type.k === "any" && !isSizedValue(nodes[0])) return { warning: "sys.getsizeof() of a value whose type tsyncio cannot see: a non-empty list, dict, set or bytearray raises NotImplementedError at run time (CPython's size depends on its growth history)" };
  return null;
}

export const ARG_TYPE_CHECKS: Record<string, ArgTypeCheck> = { sizeOf };
