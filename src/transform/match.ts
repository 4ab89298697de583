/**
 * `match` statements become an if/else chain. Each case pattern turns into
 * one condition; captures are assigned inside the condition (comma
 * expressions) so a guard can read them, as in Python.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { cond, expr } from "./expressions.js";
import { RUNTIME_BUILTIN_VALUES, safeName } from "./names.js";
import { block, braces, registerStatements } from "./statements.js";

function bind(name: string, value: string): string {
  return `((${safeName(name)} = ${value}), true)`;
}

function and(parts: string[]): string {
  const kept = parts.filter((p) => p !== "true");
  return kept.length === 0 ? "true" : kept.join(" && ");
}

function literal(node: SyntaxNode, subject: string, ctx: Context): string {
  if (node.type === "none") return `${subject} == null`;
  if (node.type === "true" || node.type === "false") return `${subject} === ${node.type}`;
  return `${ctx.rt("eq")}(${subject}, ${expr(node, ctx).code})`;
}

function sequence(node: SyntaxNode, subject: string, ctx: Context): string {
  const items = node.namedChildren.filter((c) => c.type === "case_pattern");
  const starAt = items.findIndex((c) => c.namedChildren[0]?.type === "splat_pattern");
  const parts = [`Array.isArray(${subject})`];
  if (starAt < 0) parts.push(`${subject}.length === ${items.length}`);
  else parts.push(`${subject}.length >= ${items.length - 1}`);
  items.forEach((item, i) => {
    if (i === starAt) {
      const name = item.namedChildren[0]!.namedChildren[0]?.text;
      const after = items.length - 1 - i;
      if (name && name !== "_") parts.push(bind(name, `${subject}.slice(${i}, ${subject}.length - ${after})`));
      return;
    }
    const at = starAt >= 0 && i > starAt ? `${subject}[${subject}.length - ${items.length - i}]` : `${subject}[${i}]`;
    parts.push(casePattern(item, at, ctx));
  });
  return and(parts);
}

function mapping(node: SyntaxNode, subject: string, ctx: Context): string {
  const parts = [`${subject} instanceof Map`];
  const keys: string[] = [];
  const children = node.namedChildren;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === "splat_pattern") {
      const name = c.namedChildren[0]?.text;
      if (name && name !== "_") parts.push(bind(name, `new Map([...${subject}].filter(([k]) => ![${keys.join(", ")}].includes(k)))`));
      continue;
    }
    if (c.type === "case_pattern") continue;
    const key = expr(c, ctx).code;
    keys.push(key);
    const valuePattern = children[i + 1];
    // A str key is found by identity; 1 must also find True or 1.0, which only the runtime's lookup does.
    const native = c.type === "string";
    parts.push(native ? `${subject}.has(${key})` : `${ctx.rt("contains")}(${subject}, ${key})`);
    if (valuePattern?.type === "case_pattern") parts.push(casePattern(valuePattern, native ? `${subject}.get(${key})` : `${ctx.rt("getitem")}(${subject}, ${key})`, ctx));
  }
  return and(parts);
}

function classPattern(node: SyntaxNode, subject: string, ctx: Context): string {
  const [nameNode, ...args] = node.namedChildren;
  const className = nameNode!.text;
  const isBuiltin = RUNTIME_BUILTIN_VALUES.has(className) && !ctx.ownerScope(className);
  const cls = isBuiltin ? ctx.rt(className) : className;
  const parts = [`${ctx.rt("isinstance")}(${subject}, ${cls})`];
  const info = ctx.classNamed(className);
  const fields = info ? ctx.dataclassFields(info).map((f) => f.name) : [];
  args.forEach((a, i) => {
    const inner = a.namedChildren[0];
    if (inner?.type === "keyword_pattern") {
      const [attr, pat] = inner.namedChildren;
      parts.push(patternNode(pat!, `${subject}.${attr!.text}`, ctx));
    } else if (isBuiltin && i === 0) {
      parts.push(casePattern(a, subject, ctx));
    } else if (fields[i]) {
      parts.push(casePattern(a, `${subject}.${fields[i]}`, ctx));
    } else {
      parts.push(ctx.unsupported(a, "positional sub-patterns need __match_args__, which is only known for dataclasses"));
    }
  });
  return and(parts);
}

function patternNode(p: SyntaxNode, subject: string, ctx: Context): string {
  switch (p.type) {
    case "case_pattern":
      return casePattern(p, subject, ctx);
    case "dotted_name":
      if (p.namedChildCount === 1) return p.text === "_" ? "true" : bind(p.text, subject);
      // A value pattern: its first name is an ordinary name (`cls.SHORT` in a classmethod is `this.SHORT`).
      return `${ctx.rt("eq")}(${subject}, ${[expr(p.namedChildren[0]!, ctx).code, ...p.namedChildren.slice(1).map((c) => c.text)].join(".")})`;
    case "union_pattern":
      return `(${p.namedChildren.map((c) => `(${patternNode(c, subject, ctx)})`).join(" || ")})`;
    case "as_pattern": {
      const [inner, alias] = p.namedChildren;
      return and([patternNode(inner!, subject, ctx), bind(alias!.text, subject)]);
    }
    case "tuple_pattern":
    case "list_pattern":
      return sequence(p, subject, ctx);
    case "dict_pattern":
      return mapping(p, subject, ctx);
    case "class_pattern":
      return classPattern(p, subject, ctx);
    case "integer":
    case "float":
    case "string":
    case "concatenated_string":
    case "none":
    case "true":
    case "false":
      return literal(p, subject, ctx);
    default:
      return ctx.unsupported(p, `the match pattern ${p.type} is not supported`);
  }
}

function casePattern(p: SyntaxNode, subject: string, ctx: Context): string {
  const inner = p.namedChildren[0];
  if (!inner) return "true";
  if (p.namedChildCount === 1) return patternNode(inner, subject, ctx);
  return patternNode(inner, subject, ctx);
}

function matchStatement(node: SyntaxNode, ctx: Context): string[] {
  const subject = ctx.tmp("subject").replace("$", "_");
  const subjectNode = node.childForFieldName("subject")!;
  const lines = [`const ${subject}: any = ${expr(subjectNode, ctx).code};`];
  let chain = "";
  const cases = node.childForFieldName("body")!.namedChildren.filter((c) => c.type === "case_clause");
  for (const c of cases) {
    const pat = c.namedChildren.find((x) => x.type === "case_pattern")!;
    const guard = c.childForFieldName("guard");
    let test = casePattern(pat, subject, ctx);
    if (guard) test = and([test, cond(guard.namedChildren[0]!, ctx)]);
    const body = braces(block(c.childForFieldName("consequence"), ctx));
    if (test === "true") {
      chain += chain ? ` else ${body}` : body;
      break;
    }
    chain += `${chain ? " else " : ""}if (${test}) ${body}`;
  }
  lines.push(chain);
  return [braces(lines)];
}

registerStatements({ match_statement: matchStatement });
