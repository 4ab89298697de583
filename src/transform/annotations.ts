/**
 * Parameter annotations kept at run time where a decorator reads them:
 * `@f.register` (functools.singledispatch) without a class takes it from the
 * first parameter's annotation. The function is wrapped in the runtime's
 * withAnnotations with a thunk giving each annotated parameter its class
 * (an array for `A | B`, the source text for anything that is not a plain
 * class name, such as `list[int]`, which the runtime rejects as CPython does).
 */
import type { FunctionInfo } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";

/** Whether a decorator reads the annotations: a bare `<something>.register`. */
function readsAnnotations(d: SyntaxNode): boolean {
  return d.type === "attribute" && d.childForFieldName("attribute")?.text === "register";
}

function paramName(p: SyntaxNode): string | null {
  if (p.type === "typed_parameter") return p.namedChildren[0]?.type === "identifier" ? p.namedChildren[0].text : null;
  if (p.type === "typed_default_parameter") return p.childForFieldName("name")?.text ?? null;
  return null;
}

/** A class-valued annotation as code, or its text (a string literal) when it is not one. */
function annotationValue(node: SyntaxNode, ctx: Context): string {
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "|") {
    const parts = [node.childForFieldName("left")!, node.childForFieldName("right")!].map((n) => annotationValue(n, ctx));
    return parts.some((p) => p.startsWith('"')) ? JSON.stringify(node.text) : `[${parts.join(", ")}]`;
  }
  if (node.type === "identifier" || node.type === "attribute") {
    const imported = node.type === "identifier" ? ctx.imports.names.get(node.text) : undefined;
    // typing's names (Any, Optional…) are not classes and are not translated as values.
    if (imported?.module === "typing") return JSON.stringify(node.text);
    return expr(node, ctx).code;
  }
  return JSON.stringify(node.text);
}

/** `fnCode` wrapped so its annotations are readable at run time, when one of its decorators reads them. */
export function keepAnnotations(fn: FunctionInfo, fnCode: string, ctx: Context): string {
  if (!fn.decorators.some(readsAnnotations)) return fnCode;
  const entries: string[] = [];
  for (const p of fn.node.childForFieldName("parameters")?.namedChildren ?? []) {
    const name = paramName(p);
    const type = p.childForFieldName("type");
    const annotation = type?.namedChildren[0] ?? type;
    if (name && annotation) entries.push(`${JSON.stringify(name)}: ${annotationValue(annotation, ctx)}`);
  }
  if (entries.length === 0) return fnCode;
  return `${ctx.rt("withAnnotations")}(${fnCode}, () => ({ ${entries.join(", ")} }))`;
}
