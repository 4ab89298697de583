/**
 * `d.keys()`, `d.values()`, `d.items()` on a dict. Python returns live views;
 * where the view is consumed on the spot (`list(d.keys())`, `len(d.items())`,
 * `k in d.keys()`) a plain Map form behaves the same and is what a person
 * would write. Anywhere else (kept in a variable, printed, passed on, used
 * in a set operation) the runtime's view object keeps Python's meaning.
 * `for` loops and comprehensions over a view never get here: targets.ts
 * iterates the Map directly.
 */
import { tsType, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";

export const VIEW_METHODS = new Set(["keys", "values", "items"]);

/** Builtins that take the whole iterable at once and keep none of it live. */
const CONSUMERS = new Set(["list", "sorted", "tuple", "set", "frozenset", "sum", "min", "max", "any", "all", "len"]);

type Use = "len" | "in" | "consumed" | "view";

function useOf(node: SyntaxNode, ctx: Context): Use {
  const parent = node.parent;
  if (parent?.type === "comparison_operator" && parent.namedChildren.length === 2 && parent.namedChildren[1]!.startIndex === node.startIndex) {
    const op = parent.children.find((c) => !c.isNamed)?.text.replace(/\s+/g, " ");
    if (op === "in" || op === "not in") return "in";
  }
  if (parent?.type === "argument_list" && parent.namedChildren[0]?.startIndex === node.startIndex) {
    const fn = parent.parent?.type === "call" ? parent.parent.childForFieldName("function") : null;
    if (fn?.type === "identifier" && CONSUMERS.has(fn.text) && !ctx.ownerScope(fn.text)) return fn.text === "len" ? "len" : "consumed";
    // `", ".join(d.keys())` reads it all at once too.
    if (fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "join" && parent.namedChildren.length === 1) return "consumed";
  }
  return "view";
}

const VIEW_CLASS: Record<string, string> = { keys: "dict_keys", values: "dict_values", items: "dict_items" };
const VIEW_FACTORY: Record<string, string> = { keys: "keysView", values: "valuesView", items: "itemsView" };

/** `recv.<method>()` where recv is a dict; null when the call is not a view (arguments given). */
export function dictViewCall(recv: Expr, method: string, node: SyntaxNode, ctx: Context): Expr | null {
  if (recv.type.k !== "dict") return null;
  const { key, value } = recv.type;
  const elem: PyType = method === "items" ? { k: "tuple", items: [key, value] } : method === "keys" ? key : value;
  const use = useOf(node, ctx);
  // len() of any view is the dict's size; `k in d.keys()` is `k in d`.
  if (use === "len" || (use === "in" && method === "keys")) return recv;
  if (use === "consumed") {
    if (method === "items") return { code: `${ctx.rt("dictItems")}(${recv.code})`, type: { k: "list", of: elem } };
    return { code: `[...${recv.code}.${method}()]`, type: { k: "list", of: elem } };
  }
  const cls = ctx.rt(VIEW_CLASS[method]!);
  const args = method === "items" ? [key, value] : [elem];
  const ts = `${cls}<${args.map(tsType).join(", ")}>`;
  return { code: `${ctx.rt(VIEW_FACTORY[method]!)}(${recv.code})`, type: { k: "named", ts, of: elem } };
}
