/**
 * Assignment and loop targets: names, tuples to destructure, attributes and
 * subscripts to store into.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { elementType, expr, safeAttr } from "./expressions.js";
import { ANY, type PyType } from "../analyze/types.js";
import { safeName } from "./names.js";

const SEQUENCE_TARGETS = new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"]);

export function isSequenceTarget(node: SyntaxNode): boolean {
  return SEQUENCE_TARGETS.has(node.type) || (node.type === "parenthesized_expression" && isSequenceTarget(node.namedChildren[0]!));
}

/**
 * A destructuring pattern for `const [a, [b, c]] = …`. Returns null when JS
 * destructuring cannot express it (a starred name that is not last).
 */
export function pattern(node: SyntaxNode, ctx: Context): string | null {
  // `_` inside a tuple target is a throwaway, often repeated: a hole in the JS pattern.
  if (node.type === "identifier" && node.text === "_" && isSequenceTarget(node.parent!)) return "";
  if (node.type === "identifier") return safeName(node.text);
  if (node.type === "parenthesized_expression") return pattern(node.namedChildren[0]!, ctx);
  if (node.type === "list_splat_pattern" || node.type === "list_splat") {
    const inner = pattern(node.namedChildren[0]!, ctx);
    return inner === null ? null : `...${inner}`;
  }
  if (isSequenceTarget(node)) {
    const items = node.namedChildren.filter((c) => c.type !== "comment");
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const p = pattern(items[i]!, ctx);
      if (p === null) return null;
      if (p.startsWith("...") && i !== items.length - 1) return null;
      parts.push(p);
    }
    return `[${parts.join(", ")}]`;
  }
  return null;
}

/** Whether a sequence pattern has a starred item before the end. */
export function needsRuntimeUnpack(node: SyntaxNode): boolean {
  if (!isSequenceTarget(node)) return false;
  const items = node.namedChildren.filter((c) => c.type !== "comment");
  return items.some((c, i) => ((c.type === "list_splat_pattern" || c.type === "list_splat") && i !== items.length - 1) || needsRuntimeUnpack(c));
}

/** The store side of `target = value` for attributes and subscripts. */
export function storeInto(target: SyntaxNode, value: string, ctx: Context): string {
  if (target.type === "attribute") {
    const obj = expr(target.childForFieldName("object")!, ctx);
    return `${obj.code}.${safeAttr(target.childForFieldName("attribute")!.text)} = ${value}`;
  }
  if (target.type === "subscript") {
    const obj = expr(target.childForFieldName("value")!, ctx);
    const sub = target.childForFieldName("subscript")!;
    if (sub.type === "slice") return `${ctx.rt("setslice")}(${obj.code}, ${sliceParts(sub, ctx).join(", ")}, ${value})`;
    const key = expr(sub, ctx);
    if (obj.type.k === "dict") return `${obj.code}.set(${key.code}, ${value})`;
    return `${ctx.rt("setitem")}(${obj.code}, ${key.code}, ${value})`;
  }
  return ctx.unsupported(target, `cannot assign to ${target.type}`);
}

/** start, stop and step of a slice as TS expressions, `null` where omitted. */
export function sliceParts(slice: SyntaxNode, ctx: Context): string[] {
  const parts = ["null", "null", "null"];
  let i = 0;
  for (const c of slice.children) {
    if (c.type === ":") i += 1;
    else if (c.isNamed) parts[i] = expr(c, ctx).code;
  }
  return parts;
}

/**
 * The iterable of a `for` or comprehension. `d.items()`, `d.keys()` and
 * `d.values()` on a dict iterate the Map directly, as a person would write.
 */
export function loopIterable(node: SyntaxNode, ctx: Context): { code: string; elem: PyType } {
  if (node.type === "call" && node.childForFieldName("arguments")?.namedChildCount === 0) {
    const fn = node.childForFieldName("function")!;
    if (fn.type === "attribute") {
      const method = fn.childForFieldName("attribute")!.text;
      if (["items", "keys", "values"].includes(method)) {
        const recv = expr(fn.childForFieldName("object")!, ctx);
        if (recv.type.k === "dict") {
          const { key, value } = recv.type;
          if (method === "items") return { code: recv.code, elem: { k: "tuple", items: [key, value] } };
          return { code: `${recv.code}.${method}()`, elem: method === "keys" ? key : value };
        }
      }
    }
  }
  const e = expr(node, ctx);
  return { code: iterable(e, ctx, isHeld(node)), elem: elementType(e.type) };
}

function isHeld(node: SyntaxNode): boolean {
  return node.type === "identifier" || node.type === "attribute" || node.type === "subscript";
}

/** The same for `async for`: a held async generator is not closed by leaving the loop. */
export function asyncLoopIterable(node: SyntaxNode, ctx: Context): { code: string; elem: PyType } {
  const e = expr(node, ctx);
  const elem = e.type.k === "named" ? (e.type.of ?? ANY) : ANY;
  if (isHeld(node)) return { code: `${ctx.rt("keepOpen")}(${e.code})`, elem };
  return { code: node.type === "call" ? `${ctx.rt("closeWhenDropped")}(${e.code})` : e.code, elem };
}

/** Iterating a value the way Python's `for` does: dicts yield their keys. */
export function iterable(e: Expr, ctx: Context, held = false): string {
  // A generator held by a name outlives a `break` in Python (nothing closes it
  // until its last reference goes), where for…of would call its return().
  const generic = held ? "pyIterable" : "iterate";
  switch (e.type.k) {
    case "list":
    case "tuple":
    case "str":
    case "set":
      return e.code;
    case "dict":
      return `${e.code}.keys()`;
    case "named":
      if (e.type.ts === "range" || e.type.ts.startsWith("Iterable<")) return e.code;
      return `${ctx.rt(generic)}(${e.code})`;
    default:
      return `${ctx.rt(generic)}(${e.code})`;
  }
}
