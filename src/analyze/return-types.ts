/**
 * Return types of unannotated functions, from their `return` statements: a
 * plain function (or a coroutine, for `await f()`) whose every return gives an
 * int, a str or a bool, and that cannot fall off its end (which returns
 * None), is typed so. Calls of it then carry the type (`print(f())` prints
 * with console.log, `f() + 1` is JavaScript's `+`). Methods are left out (a
 * subclass may override them with another type), as are generators and
 * decorated functions. Recursion is a widening fixed point, as for
 * parameters (call-site-types.ts).
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Analysis, FunctionInfo } from "./analysis.js";
import type { Typer } from "./call-site-types.js";

const SIMPLE = new Set(["int", "str", "bool"]);
const NESTED = new Set(["function_definition", "lambda", "class_definition"]);

export function inferReturnTypes(a: Analysis, typer: Typer): void {
  const candidates = [...a.functions.values()].filter((fn) => !fn.owner && !fn.isGenerator && !fn.returnAnnotated && fn.decorators.length === 0 && !fn.runsLoop && alwaysReturns(fn.node.childForFieldName("body")!));
  if (candidates.length === 0) return;
  const returns = new Map(candidates.map((fn) => [fn, returnStatements(fn.node.childForFieldName("body")!)]));
  for (const fn of candidates) typer.returns.set(fn, undefined);
  let stable = false;
  for (let round = 0; round < 20 && !stable; round++) {
    stable = true;
    for (const fn of candidates) {
      let t = typer.returns.get(fn);
      for (const r of returns.get(fn)!) {
        const value = r.namedChildren.find((c) => c.type !== "comment");
        const rt = value ? typer.type(value, fn.scope) : { k: "none" as const };
        t = t === undefined ? rt : rt === undefined ? t : t.k === rt.k && SIMPLE.has(t.k) ? t : { k: "any" };
      }
      const before = typer.returns.get(fn);
      if ((before === undefined) !== (t === undefined) || (before && t && before.k !== t.k)) {
        typer.returns.set(fn, t);
        stable = false;
      }
    }
  }
  for (const fn of candidates) {
    const t = typer.returns.get(fn);
    typer.returns.delete(fn);
    if (!stable || !t || !SIMPLE.has(t.k)) continue;
    fn.returnType = t;
    fn.returnAnnotated = true;
  }
}

function returnStatements(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  if (NESTED.has(node.type)) return out;
  if (node.type === "return_statement") out.push(node);
  for (const c of node.namedChildren) returnStatements(c, out);
  return out;
}

/** Whether a block always ends in `return` or `raise`: it never falls off its end (returning None). */
function alwaysReturns(block: SyntaxNode | null): boolean {
  const stmts = (block?.namedChildren ?? []).filter((c) => c.type !== "comment");
  const last = stmts[stmts.length - 1];
  if (!last) return false;
  if (last.type === "return_statement" || last.type === "raise_statement") return true;
  if (last.type === "if_statement") {
    const alternatives = last.childrenForFieldName("alternative");
    if (!alternatives.some((c) => c.type === "else_clause")) return false;
    return alwaysReturns(last.childForFieldName("consequence")) && alternatives.every((c) => alwaysReturns(c.childForFieldName(c.type === "else_clause" ? "body" : "consequence")));
  }
  return false;
}
