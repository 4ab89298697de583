/**
 * The threads model's blocking calls (see src/analyze/threads.ts): a
 * blocking method of a thread object is awaited through the runtime's
 * `blockOn`, which runs its waiting form; `sorted(pool.map(...))` collects
 * the results one wait at a time.
 */
import type { SyntaxNode } from "../parse/parser.js";
import { ANY } from "../analyze/types.js";
import { keywordList, positionalList, readArgs } from "./arguments.js";
import type { Context, Expr } from "./context.js";
import { expr } from "./expressions.js";

/** Whether the innermost def or lambda around `node` is a lambda the analysis made async. */
export function inAsyncLambda(node: SyntaxNode, ctx: Context): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "function_definition") return false;
    if (p.type === "lambda") return !!ctx.analysis.threads?.lambdas.has(p.startIndex);
  }
  return false;
}

export function threadCall(node: SyntaxNode, ctx: Context): Expr | null {
  const threads = ctx.analysis.threads;
  if (!threads) return null;
  const fn = node.childForFieldName("function")!;
  if (threads.methodCalls.has(node.startIndex) && fn.type === "attribute") {
    const recv = expr(fn.childForFieldName("object")!, ctx);
    const args = readArgs(node.childForFieldName("arguments"), ctx);
    const name = JSON.stringify(fn.childForFieldName("attribute")!.text);
    const kws = args.keywords.length > 0 || args.kwSplat.length > 0 ? `, ${keywordList(args, ctx)}` : "";
    return { code: `(await ${ctx.rt("blockOn")}(${recv.code}, ${name}, ${positionalList(args)}${kws}))`, type: ANY };
  }
  return null;
}

/** `pool.map(...)` / `as_completed(...)` outside a loop header: its items collected into a list, one wait at a time. */
export function collectIfWaiting(node: SyntaxNode, e: Expr, ctx: Context): Expr {
  if (!ctx.analysis.threads?.collects.has(node.startIndex)) return e;
  return { code: `(await ${ctx.rt("collectBlocking")}(${e.code}))`, type: ANY };
}

