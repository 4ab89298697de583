/**
 * raise, try/except/else/finally and except*. A caught value is first turned
 * into a Python exception (JavaScript's own errors become TypeError and the
 * like), then each handler tests it with instanceof, and an unmatched one is
 * rethrown — so `except Exception` lets CancelledError, a BaseException,
 * through as Python does.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
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

function handlerBody(h: Handler, value: string, ctx: Context): string {
  ctx.caught.push(value);
  try {
    const lines = block(h.body, ctx);
    if (h.alias) lines.unshift(`const ${safeName(h.alias)} = ${value};`);
    return braces(lines);
  } finally {
    ctx.caught.pop();
  }
}

function catchClause(handlers: Handler[], ctx: Context, flag: string | null): string {
  const raw = ctx.tmp("err").replace("$", "_");
  const exc = ctx.tmp("exc").replace("$", "_");
  const lines: string[] = [];
  if (flag) lines.push(`${flag} = false;`);
  lines.push(`const ${exc} = ${ctx.rt("toPyException")}(${raw});`);
  if (handlers.some((h) => h.star)) return starHandlers(handlers, raw, exc, lines, ctx);
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
