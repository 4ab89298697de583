/**
 * raise, try/except/else/finally and except*. Each handler tests the caught
 * value with instanceof, and an unmatched one is rethrown — so `except
 * Exception` lets CancelledError, a BaseException, through as Python does.
 * Where a handler could match a JavaScript error (`except TypeError`), the
 * value is first turned into a Python exception (exception-conversion.ts).
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { needsConversion } from "./exception-conversion.js";
import { expr } from "./expressions.js";
import { safeName } from "./names.js";
import { block, braces, registerStatements } from "./statements.js";

function exceptionValue(node: SyntaxNode, ctx: Context): string {
  const e = expr(node, ctx);
  // `raise ValueError` raises an instance made with no arguments.
  if (e.type.k === "class" || (node.type === "identifier" && /Error$|Exception$|^StopIteration$|^StopAsyncIteration$|^GeneratorExit$|^KeyboardInterrupt$|^SystemExit$|Exit$/.test(node.text))) {
    if (e.code.startsWith("new ")) return e.code;
    return `new ${e.code}()`;
  }
  // `raise kind(...)` with a class held in a variable: construct it if it is a class.
  if (node.type === "call" && !e.code.startsWith("new ") && node.childForFieldName("function")!.type === "identifier" && !ctx.definitionOf(node.childForFieldName("function")!.text).fn) {
    return `${ctx.rt("instantiate")}(${e.code.replace(/^([\w$.]+)\(/, "$1, ").replace(/, \)$/, ")")}`;
  }
  return e.code;
}

function raiseStatement(node: SyntaxNode, ctx: Context): string[] {
  const [value, cause] = node.namedChildren;
  if (!value) {
    const current = ctx.caught[ctx.caught.length - 1];
    if (!current) return [`throw new ${ctx.rt("RuntimeError")}("No active exception to reraise");`];
    return [`throw ${current};`];
  }
  let code = exceptionValue(value, ctx);
  // Raised while handling another: Python records that one as __context__.
  const handling = ctx.caught[ctx.caught.length - 1];
  if (handling) code = `${code}.withContext(${handling})`;
  if (cause) code = `${code}.withCause(${cause.type === "none" ? "null" : exceptionValue(cause, ctx)})`;
  return [`throw ${code};`];
}

/** The instanceof test for an except clause's type expression. */
function matchTest(typeNode: SyntaxNode, subject: string, ctx: Context): string {
  const inner = typeNode.type === "parenthesized_expression" ? typeNode.namedChildren[0]! : typeNode;
  if (inner.type === "tuple") return inner.namedChildren.map((t) => matchTest(t, subject, ctx)).join(" || ");
  const t = expr(inner, ctx);
  return `${subject} instanceof ${t.code}`;
}

interface Handler {
  typeNode: SyntaxNode | null;
  alias: string | null;
  body: SyntaxNode;
  star: boolean;
}

function handlersOf(node: SyntaxNode): Handler[] {
  return node.namedChildren
    .filter((c) => c.type === "except_clause" || c.type === "except_group_clause")
    .map((c) => {
      const star = c.type === "except_group_clause" || c.children.some((t) => t.type === "*" || t.type === "except*");
      const value = c.namedChildren.find((x) => x.type !== "block" && x.type !== "comment") ?? null;
      let typeNode = value;
      let alias: string | null = null;
      if (value?.type === "as_pattern") {
        typeNode = value.namedChildren[0]!;
        alias = value.childForFieldName("alias")!.text;
      }
      return { typeNode, alias, body: c.namedChildren.find((x) => x.type === "block")!, star };
    });
}

/** Whether a handler's body assigns its exception's name (then the name cannot be the catch binding). */
function rebinds(body: SyntaxNode, name: string): boolean {
  const targetsName = (n: SyntaxNode | null): boolean => !!n && (n.type === "identifier" ? n.text === name : n.namedChildren.some(targetsName));
  const visit = (n: SyntaxNode): boolean => {
    switch (n.type) {
      case "assignment":
      case "augmented_assignment":
      case "for_statement":
        if (targetsName(n.childForFieldName("left"))) return true;
        break;
      case "named_expression":
        if (n.childForFieldName("name")?.text === name) return true;
        break;
      case "as_pattern":
        if (targetsName(n.childForFieldName("alias"))) return true;
        break;
      case "global_statement":
      case "nonlocal_statement":
      case "delete_statement":
        if (n.namedChildren.some(targetsName)) return true;
        break;
    }
    return n.namedChildren.some(visit);
  };
  return visit(body);
}

function handlerLines(h: Handler, value: string, ctx: Context, bindAlias = true): string[] {
  ctx.caught.push(value);
  try {
    const lines = block(h.body, ctx);
    if (h.alias && bindAlias) lines.unshift(aliasBinding(h, value, ctx));
    return lines;
  } finally {
    ctx.caught.pop();
  }
}

/**
 * `except E as name`: the handler's own constant, unless the handler
 * assigns the name; the name is then declared with the function's
 * variables (declarations.ts), and the handler assigns it.
 */
function aliasBinding(h: Handler, value: string, ctx: Context): string {
  const alias = h.alias!;
  const b = ctx.binding(alias);
  const declared = b && (b.declare === "hoist" || b.declare === "inline") && !(b.kinds.size === 1 && b.kinds.has("except"));
  return declared && rebinds(h.body, alias) ? `${safeName(alias)} = ${value};` : `const ${safeName(alias)} = ${value};`;
}

function handlerBody(h: Handler, value: string, ctx: Context): string {
  return braces(handlerLines(h, value, ctx));
}

function hasRaise(n: SyntaxNode): boolean {
  return n.type === "raise_statement" || n.namedChildren.some(hasRaise);
}

/**
 * One handler: the catch binding (or the converted value) takes the
 * handler's name, and a guard rethrows what the clause does not match.
 */
function singleHandler(h: Handler, ctx: Context, lines: string[], convert: boolean): string {
  const name = h.alias && !rebinds(h.body, h.alias) ? safeName(h.alias) : null;
  if (!h.typeNode && !name && !hasRaise(h.body)) return `catch {\n${[...lines, ...block(h.body, ctx)].join("\n")}\n}`;
  const raw = convert || !name ? ctx.tmp("err").replace("$", "_") : name;
  const value = convert ? (name ?? ctx.tmp("exc").replace("$", "_")) : raw;
  if (convert) lines.push(`const ${value} = ${ctx.rt("toPyException")}(${raw});`);
  if (h.typeNode) lines.push(`if (!(${matchTest(h.typeNode, value, ctx)})) throw ${value};`);
  lines.push(...handlerLines(h, value, ctx, !name));
  return `catch (${raw}) {\n${lines.join("\n")}\n}`;
}

function catchClause(handlers: Handler[], ctx: Context, flag: string | null): string {
  const lines: string[] = [];
  if (flag) lines.push(`${flag} = false;`);
  if (handlers.some((h) => h.star)) {
    const raw = ctx.tmp("err").replace("$", "_");
    const exc = ctx.tmp("exc").replace("$", "_");
    lines.push(`const ${exc} = ${ctx.rt("toPyException")}(${raw});`);
    return starHandlers(handlers, raw, exc, lines, ctx);
  }
  const convert = needsConversion(handlers.map((h) => h.typeNode), ctx);
  if (handlers.length === 1) return singleHandler(handlers[0]!, ctx, lines, convert);
  const raw = ctx.tmp("err").replace("$", "_");
  let exc = raw;
  if (convert) {
    exc = ctx.tmp("exc").replace("$", "_");
    lines.push(`const ${exc} = ${ctx.rt("toPyException")}(${raw});`);
  }
  let chain = "";
  for (const h of handlers) {
    const body = handlerBody(h, exc, ctx);
    if (!h.typeNode) {
      chain += chain ? ` else ${body}` : body;
      return `catch (${raw}) {\n${lines.join("\n")}\n${chain}\n}`;
    }
    chain += `${chain ? " else " : ""}if (${matchTest(h.typeNode, exc, ctx)}) ${body}`;
  }
  chain += ` else {\nthrow ${exc};\n}`;
  return `catch (${raw}) {\n${lines.join("\n")}\n${chain}\n}`;
}

/** except*: each handler takes the matching part of the group; what is left is re-raised. */
function starHandlers(handlers: Handler[], raw: string, exc: string, lines: string[], ctx: Context): string {
  const group = ctx.tmp("group").replace("$", "_");
  lines.push(`let ${group}: ${ctx.rt("BaseExceptionGroup")} | null = ${exc} instanceof ${ctx.rt("BaseExceptionGroup")} ? ${exc} : new ${ctx.rt("ExceptionGroup")}("", [${exc}]);`);
  for (const h of handlers) {
    const matched = ctx.tmp("matched").replace("$", "_");
    const test = h.typeNode ? matchTest(h.typeNode, "e", ctx) : "true";
    lines.push(`const [${matched}, rest_${matched}] = ${group} ? ${group}.split((e) => ${test}) : [null, null];`);
    lines.push(`${group} = rest_${matched};`);
    lines.push(`if (${matched}) ${handlerBody(h, matched, ctx)}`);
  }
  lines.push(`if (${group}) throw ${group};`);
  return `catch (${raw}) {\n${lines.join("\n")}\n}`;
}

function tryStatement(node: SyntaxNode, ctx: Context): string[] {
  const body = block(node.childForFieldName("body"), ctx);
  const handlers = handlersOf(node);
  const elseNode = node.namedChildren.find((c) => c.type === "else_clause");
  const finallyNode = node.namedChildren.find((c) => c.type === "finally_clause");
  const finallyCode = finallyNode ? ` finally ${braces(block(finallyNode.namedChildren.find((c) => c.type === "block")!, ctx))}` : "";
  if (!elseNode) {
    const catchCode = handlers.length > 0 ? ` ${catchClause(handlers, ctx, null)}` : "";
    return [`try ${braces(body)}${catchCode}${finallyCode}`];
  }
  // else runs only when the body raised nothing, and outside the handlers' reach.
  const flag = ctx.tmp("ok").replace("$", "_");
  const elseBody = block(elseNode.childForFieldName("body"), ctx);
  const inner = [`let ${flag} = true;`, `try ${braces(body)} ${catchClause(handlers, ctx, flag)}`, `if (${flag}) ${braces(elseBody)}`];
  if (!finallyNode) return [braces(inner)];
  return [`try ${braces(inner)}${finallyCode}`];
}

registerStatements({ raise_statement: raiseStatement, try_statement: tryStatement });
