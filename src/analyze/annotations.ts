/**
 * Python type annotations to PyType. Unknown names are taken to be classes
 * of the program (or imported), which is what they nearly always are.
 */
import type { SyntaxNode } from "../parse/parser.js";
import { ANY, BOOL, FLOAT, INT, NONE, STR, tsType as tsOf, type PyType } from "./types.js";

const SIMPLE: Record<string, PyType> = {
  int: INT,
  // `x: float` nearly always holds a float; an int passed in would print with `.0` (a known gap).
  float: FLOAT,
  str: STR,
  bool: BOOL,
  None: NONE,
  // bytes values are PyBytes objects, typed `any` in the output.
  bytes: ANY,
  bytearray: ANY,
  object: ANY,
  Any: ANY,
};

/** Names an annotation may use: classes of the program and its type aliases. */
export type TypeNames = Map<string, "class" | "alias">;

const GENERIC_NAMES = new Set(["Callable", "Union", "Optional", "List", "Dict", "Tuple", "Set", "list", "dict", "tuple", "set", "frozenset", "typing.Callable", "typing.Union", "typing.Optional"]);

/** Whether an expression is a type (`Callable[[int], str]`, `int | None`), as in a type alias. */
export function isTypeExpression(node: SyntaxNode): boolean {
  if (node.type === "subscript") return GENERIC_NAMES.has(node.childForFieldName("value")!.text);
  if (node.type === "generic_type") return true;
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.type === "|") {
    const simple = (n: SyntaxNode | null): boolean => !!n && (["int", "float", "str", "bool", "bytes"].includes(n.text) || n.type === "none" || isTypeExpression(n));
    return simple(node.childForFieldName("left")) && simple(node.childForFieldName("right"));
  }
  return false;
}

export function annotationType(node: SyntaxNode | null, knownClasses: ReadonlyMap<string, "class" | "alias">): PyType {
  if (!node) return ANY;
  const n = node.type === "type" ? node.firstNamedChild : node;
  if (!n) return ANY;
  switch (n.type) {
    case "none":
      return NONE;
    case "identifier":
      return named(n.text, [], knownClasses);
    case "attribute":
      return named(n.text, [], knownClasses);
    case "string":
      return named(n.text.replace(/^["']|["']$/g, ""), [], knownClasses);
    case "generic_type": {
      const base = n.namedChildren[0]!;
      const params = n.namedChildren[1]?.namedChildren ?? [];
      return named(base.text, params, knownClasses);
    }
    case "subscript": {
      const base = n.childForFieldName("value")!;
      const params = n.childrenForFieldName("subscript");
      return named(base.text, params, knownClasses);
    }
    case "binary_operator": {
      const left = annotationType(n.childForFieldName("left"), knownClasses);
      const right = annotationType(n.childForFieldName("right"), knownClasses);
      return union([left, right]);
    }
    default:
      return ANY;
  }
}

function union(parts: PyType[]): PyType {
  const flat = parts.flatMap((p) => (p.k === "union" ? p.of : [p]));
  if (flat.some((p) => p.k === "any")) return ANY;
  return flat.length === 1 ? flat[0]! : { k: "union", of: flat };
}

function named(name: string, params: SyntaxNode[], known: ReadonlyMap<string, "class" | "alias">): PyType {
  const arg = (i: number): PyType => annotationType(params[i] ?? null, known);
  const bare = name.replace(/^typing\./, "");
  switch (bare) {
    case "list":
    case "List":
    case "Sequence":
    case "Iterable":
    case "MutableSequence":
      return bare === "list" || bare === "List" ? { k: "list", of: arg(0) } : ANY;
    case "dict":
    case "Dict":
      return { k: "dict", key: arg(0), value: arg(1) };
    case "set":
    case "Set":
    case "frozenset":
      return { k: "set", of: arg(0) };
    case "tuple":
    case "Tuple": {
      if (params.length === 2 && params[1]!.text === "...") return { k: "tuple", items: null, rest: arg(0) };
      return { k: "tuple", items: params.map((p) => annotationType(p, known)) };
    }
    case "Optional":
      return union([arg(0), NONE]);
    case "Union":
      return union(params.map((p) => annotationType(p, known)));
    case "Callable":
      return { k: "func", ret: arg(1), async: false };
    case "asyncio.Queue":
    case "asyncio.PriorityQueue":
    case "asyncio.LifoQueue":
      return { k: "named", ts: `${bare}<${tsOf(arg(0))}>` };
    case "asyncio.Task":
      return { k: "task", of: arg(0) };
    case "Coroutine":
    case "Awaitable":
      return ANY;
    case "Generator":
    case "Iterator":
    case "AsyncGenerator":
    case "AsyncIterator":
      return { k: "named", ts: `${bare.startsWith("Async") ? "AsyncIterator" : "Iterator"}<${tsOf(arg(0))}>`, of: arg(0) };
  }
  if (SIMPLE[bare]) return SIMPLE[bare]!;
  if (known.get(bare) === "alias") return { k: "named", ts: bare };
  if (known.has(bare)) return { k: "instance", name: bare };
  return ANY;
}

