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
    const stored = ctx.project?.store(target, value, ctx);
    if (stored) return stored;
    const obj = expr(target.childForFieldName("object")!, ctx);
    const attr = target.childForFieldName("attribute")!.text;
    // A class attribute set on one instance is that instance's own: TypeScript knows it only as static.
    if (obj.type.k === "instance" && ctx.classAttributeOwner(obj.type.name, attr)) return `(${obj.code} as any).${safeAttr(attr)} = ${value}`;
    return `${obj.code}.${safeAttr(attr)} = ${value}`;
  }
  if (target.type === "subscript") {
    const obj = expr(target.childForFieldName("value")!, ctx);
    const subs = target.childrenForFieldName("subscript");
    // `g[1, 3] = v` stores under the tuple (1, 3).
    if (subs.length > 1) return `${ctx.rt("setitem")}(${obj.code}, ${ctx.rt("tuple")}(${subs.map((s) => expr(s, ctx).code).join(", ")}), ${value})`;
    const sub = subs[0]!;
    if (sub.type === "slice") return `${ctx.rt("setslice")}(${obj.code}, ${sliceParts(sub, ctx).join(", ")}, ${value})`;
    const key = expr(sub, ctx);
    // A Map finds str keys by identity as Python finds them by ==. Numbers go through the runtime: a dict typed
    // for int keys may hold True or a boxed 1.0 that an untyped path stored, which the int 1 must replace the value of.
    if (obj.type.k === "dict" && (key.type.k === "str" || key.type.k === "none")) return `${obj.code}.set(${key.code}, ${value})`;
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
 * When `body` may change the dict's or set's size, the loop goes through
 * `sizeChecked` instead: Python raises RuntimeError there, where a Map
 * iteration would go on (and never end if the loop keeps adding).
 */
export function loopIterable(node: SyntaxNode, ctx: Context, body?: SyntaxNode): { code: string; elem: PyType } {
  if (node.type === "call" && node.childForFieldName("arguments")?.namedChildCount === 0) {
    const fn = node.childForFieldName("function")!;
    if (fn.type === "attribute") {
      const method = fn.childForFieldName("attribute")!.text;
      if (["items", "keys", "values"].includes(method)) {
        const recvNode = fn.childForFieldName("object")!;
        const recv = expr(recvNode, ctx);
        if (recv.type.k === "dict") {
          const { key, value } = recv.type;
          const elem: PyType = method === "items" ? { k: "tuple", items: [key, value] } : method === "keys" ? key : value;
          if (body && mayResize(body, recvNode.text)) return { code: `${ctx.rt("sizeChecked")}(${recv.code}, "${method}")`, elem };
          if (method === "items") return { code: recv.code, elem };
          return { code: `${recv.code}.${method}()`, elem };
        }
      }
    }
  }
  const e = expr(node, ctx);
  if (body && (e.type.k === "dict" || e.type.k === "set") && mayResize(body, node.text)) {
    return { code: `${ctx.rt("sizeChecked")}(${e.code})`, elem: elementType(e.type) };
  }
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

const RESIZING_METHODS = new Set(["pop", "popitem", "clear", "update", "setdefault", "add", "discard", "remove", "difference_update", "intersection_update", "symmetric_difference_update", "__setitem__", "__delitem__"]);
const READ_ONLY_CALLEES = new Set(["print", "len", "str", "repr", "sorted", "list", "tuple", "dict", "set", "sum", "min", "max", "any", "all", "isinstance", "id", "hash"]);

/**
 * Whether `body` may add to or remove from the collection written `name`:
 * it stores or deletes a subscript of it, calls a resizing method on it, or
 * hands it to a function that is not a known read-only builtin.
 */
export function mayResize(body: SyntaxNode, name: string): boolean {
  const visit = (n: SyntaxNode): boolean => {
    if ((n.type === "assignment" || n.type === "augmented_assignment") && targetsOf(n.childForFieldName("left")!).some((t) => t.type === "subscript" && t.childForFieldName("value")!.text === name)) return true;
    if (n.type === "delete_statement" && n.namedChildren.flatMap(targetsOf).some((t) => t.type === "subscript" && t.childForFieldName("value")!.text === name)) return true;
    if (n.type === "call") {
      const fn = n.childForFieldName("function")!;
      if (fn.type === "attribute" && fn.childForFieldName("object")!.text === name && RESIZING_METHODS.has(fn.childForFieldName("attribute")!.text)) return true;
      const args = n.childForFieldName("arguments");
      if (args && !READ_ONLY_CALLEES.has(fn.text) && args.namedChildren.some((a) => a.text === name)) return true;
    }
    return n.namedChildren.some(visit);
  };
  return visit(body);
}

const READ_ONLY_METHODS = new Set(["get", "keys", "values", "items", "copy", "count", "index", "__len__", "__contains__", "__getitem__", "__repr__"]);
const READ_ONLY_FUNCTIONS = new Set([...READ_ONLY_CALLEES, "json.dumps", "repr", "format", "enumerate", "zip", "reversed", "iter", "type"]);

/**
 * Whether `body` may change what the list or dict written `name` holds: a
 * store or delete through it, an augmented assignment, a method other than a
 * known reading one, or handing it to anything but a known reading builtin.
 *
 * Asked once per assigned name, often with the whole module as `body`: the
 * answer for every name comes from one walk of `body`, kept per body, so a
 * module costs one walk rather than one per name.
 */
export function mayMutate(body: SyntaxNode, name: string): boolean {
  let names = mutatedNames.get(body);
  if (!names) mutatedNames.set(body, (names = collectMutated(body)));
  return names.has(name);
}

const mutatedNames = new WeakMap<SyntaxNode, Set<string>>();
const NOT_ALIASING_PARENTS = new Set(["call", "argument_list", "attribute", "subscript", "for_statement", "for_in_clause", "comparison_operator", "binary_operator", "expression_statement"]);
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** The text of `n` when it is a bare name (names are short: longer nodes are not read). */
function nameOf(n: SyntaxNode | null | undefined): string | undefined {
  if (!n || n.endIndex - n.startIndex > 200) return undefined;
  if (n.type === "identifier") return n.text;
  const text = n.text;
  return NAME.test(text) ? text : undefined;
}

/** Every name `mayMutate` says yes to, in one walk (an explicit stack: bodies can nest deeply). */
function collectMutated(body: SyntaxNode): Set<string> {
  const out = new Set<string>();
  const add = (n: SyntaxNode | null | undefined) => {
    const text = nameOf(n);
    if (text !== undefined) out.add(text);
  };
  const stack: SyntaxNode[] = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case "assignment":
      case "augmented_assignment":
        for (const t of targetsOf(n.childForFieldName("left")!)) {
          if (t.type === "subscript") add(t.childForFieldName("value"));
          else if (n.type === "augmented_assignment") add(t);
        }
        break;
      case "delete_statement":
        for (const t of n.namedChildren.flatMap(targetsOf)) if (t.type === "subscript") add(t.childForFieldName("value"));
        break;
      case "attribute":
        if (!READ_ONLY_METHODS.has(n.childForFieldName("attribute")!.text)) add(n.childForFieldName("object"));
        break;
      case "call": {
        const fn = n.childForFieldName("function")!;
        const args = n.childForFieldName("arguments");
        if (args && !READ_ONLY_FUNCTIONS.has(fn.text)) {
          for (const a of args.namedChildren) {
            add(a);
            if (a.type === "list_splat") add(a.namedChildren[0]);
          }
        }
        break;
      }
      case "identifier": {
        // An alias (`other = name`) or a container holding it could change it behind our back.
        const parent = n.parent;
        if (!NOT_ALIASING_PARENTS.has(parent?.type ?? "") && !(parent?.type === "assignment" && parent.childForFieldName("left")?.startIndex === n.startIndex)) out.add(n.text);
        break;
      }
    }
    const kids = n.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function targetsOf(left: SyntaxNode): SyntaxNode[] {
  return isSequenceTarget(left) || left.type === "expression_list" ? left.namedChildren.flatMap(targetsOf) : [left];
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
      // A dict view iterates itself, with CPython's check that the dict keeps its size.
      if (e.type.ts === "range" || e.type.ts.startsWith("Iterable<") || /^dict_(keys|values|items)\b/.test(e.type.ts)) return e.code;
      return `${ctx.rt(generic)}(${e.code})`;
    default:
      return `${ctx.rt(generic)}(${e.code})`;
  }
}
