/**
 * What `inspect.signature` needs beyond the parameter list that keyword
 * binding uses (signatures.ts): the default values and the annotations,
 * evaluated as Python evaluates them at the def. Only a module that imports
 * `inspect` carries them: they are emitted between markers that
 * settleSignatures keeps or drops.
 */
import type { FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { hoistedDefaults, isConstantDefault } from "./defaults.js";
import { expr } from "./expressions.js";
import { safeName } from "./names.js";

export const DETAILS_OPEN = "/*tsyncio:details(*/";
export const DETAILS_CLOSE = "/*tsyncio:details)*/";

/** Builtin types that are run-time values of the runtime (`int` prints `<class 'int'>`). */
const BUILTIN_TYPES = new Set(["int", "str", "float", "bool", "bytes", "list", "dict", "tuple", "set", "frozenset", "object", "type", "bytearray"]);

/** Whether the module imports `inspect`, whose signature() reads what this file emits. */
export function wantsIntrospection(ctx: Context): boolean {
  for (const m of ctx.imports.modules.values()) if (m === "inspect") return true;
  for (const n of ctx.imports.names.values()) if (n.module === "inspect") return true;
  return false;
}

function futureAnnotations(node: SyntaxNode): boolean {
  let root = node;
  while (root.parent) root = root.parent;
  return root.namedChildren.some((c) => c.type === "future_import_statement" && /\bannotations\b/.test(c.text));
}

/** The annotation node of each parameter of a def, by name. */
function annotationNodes(fnNode: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  for (const p of fnNode.childForFieldName("parameters")?.namedChildren ?? []) {
    const type = p.childForFieldName("type");
    if (!type) continue;
    const nameNode = p.type === "typed_default_parameter" ? p.childForFieldName("name") : p.namedChildren[0];
    const name = nameNode?.type === "identifier" ? nameNode.text : nameNode?.namedChildren[0]?.text;
    if (name) out.set(name, type);
  }
  return out;
}

/** The repr CPython gives the annotation's value: `typing.Optional[__main__.C]`, `list[int]`, `int | None`. */
function typeRepr(node: SyntaxNode, ctx: Context): string {
  switch (node.type) {
    case "type":
      return node.namedChildren[0] ? typeRepr(node.namedChildren[0], ctx) : node.text;
    case "none":
      return "None";
    case "ellipsis":
      return "...";
    case "identifier": {
      if (BUILTIN_TYPES.has(node.text)) return node.text;
      if (ctx.imports.names.get(node.text)?.module === "typing") return `typing.${ctx.imports.names.get(node.text)!.name}`;
      if (ctx.classNamed(node.text)) return `__main__.${node.text}`;
      return node.text;
    }
    case "string":
      return `ForwardRef(${node.text.replace(/^"(.*)"$/, "'$1'")})`;
    case "list":
      return `[${node.namedChildren.map((c) => typeRepr(c, ctx)).join(", ")}]`;
    case "binary_operator":
      return `${typeRepr(node.childForFieldName("left")!, ctx)} | ${typeRepr(node.childForFieldName("right")!, ctx)}`;
    case "generic_type":
    case "subscript": {
      const value = node.childForFieldName("value") ?? node.namedChildren[0]!;
      const args = node.type === "subscript" ? node.childrenForFieldName("subscript") : (node.namedChildren[1]?.namedChildren ?? []);
      const head = typeRepr(value, ctx);
      const parts = args.map((a) => typeRepr(a, ctx));
      // typing spells a Union with None as Optional.
      if (head === "typing.Union" && parts.length === 2 && parts[1] === "None") return `typing.Optional[${parts[0]}]`;
      if (head === "typing.Optional" || head === "typing.Union") return `${head}[${parts.join(", ")}]`;
      return `${head}[${parts.join(", ")}]`;
    }
    default:
      return node.text;
  }
}

/** An annotation as a run-time value: the class itself where it is one, else an object printing as CPython's. */
function annotationCode(node: SyntaxNode, ctx: Context, future: boolean): string {
  if (future) return JSON.stringify(node.text);
  const inner = node.type === "type" && node.namedChildren[0] ? node.namedChildren[0] : node;
  if (inner.type === "string" && !inner.namedChildren.some((c) => c.type === "interpolation")) return expr(inner, ctx).code;
  if (inner.type === "none") return "null";
  if (inner.type === "identifier" && (BUILTIN_TYPES.has(inner.text) || (ctx.classNamed(inner.text) && !ctx.imports.names.has(inner.text)))) {
    return BUILTIN_TYPES.has(inner.text) ? expr(inner, ctx).code : safeName(inner.text);
  }
  const repr = typeRepr(inner, ctx);
  // formatannotation: typing's constructs lose their `typing.` prefix; builtin generics and unions print as their repr.
  const shown = repr.startsWith("typing.") ? repr.replace(/typing\./g, "") : repr;
  return `${ctx.rt("typingAnnotation")}(${JSON.stringify(repr)}, ${JSON.stringify(shown)})`;
}

/** A default's value where it can be reached from the registration (which follows the def in the same scope). */
function defaultCode(p: ParamInfo, ctx: Context): string {
  const node = p.defaultNode!;
  if (isConstantDefault(node)) return expr(node, ctx).code;
  const hoisted = hoistedDefaults.get(p);
  if (hoisted !== undefined) return hoisted;
  return `${ctx.rt("unknownDefault")}(${JSON.stringify(node.text)})`;
}

/** `, { defaults, annotations, returns }` between markers, for the registration of `params` (of `fn`, when a def). */
export function signatureDetails(params: ParamInfo[], fn: FunctionInfo | null, ctx: Context): string {
  if (!wantsIntrospection(ctx)) return "";
  const fields: string[] = [];
  const defaults = params.filter((p) => p.defaultNode).map((p) => defaultCode(p, ctx));
  if (defaults.length > 0) fields.push(`defaults: [${defaults.join(", ")}]`);
  if (fn && fn.node.type === "function_definition") {
    const future = futureAnnotations(fn.node);
    const nodes = annotationNodes(fn.node);
    const anns = params.filter((p) => nodes.has(p.name)).map((p) => `${JSON.stringify(p.name)}: ${annotationCode(nodes.get(p.name)!, ctx, future)}`);
    if (anns.length > 0) fields.push(`annotations: { ${anns.join(", ")} }`);
    const ret = fn.node.childForFieldName("return_type");
    if (ret) fields.push(`returns: ${annotationCode(ret, ctx, future)}`);
  }
  return `${DETAILS_OPEN}, { ${fields.join(", ")} }${DETAILS_CLOSE}`;
}
