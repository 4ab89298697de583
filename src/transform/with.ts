/**
 * `with` and `async with`, by Python's protocol: __enter__ (or __aenter__)
 * gives the `as` value; __exit__ gets the exception and may suppress it by
 * returning true; on a normal exit it gets three Nones.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { expr } from "./expressions.js";
import { block, braces, registerStatements } from "./statements.js";
import { storeInto } from "./targets.js";
import { safeName } from "./names.js";

function target(alias: SyntaxNode, value: string, ctx: Context): string {
  const t = alias.type === "as_pattern_target" ? alias.namedChildren[0]! : alias;
  if (t.type === "identifier") return `${safeName(t.text)} = ${value};`;
  if (t.type === "attribute" || t.type === "subscript") return `${storeInto(t, value, ctx)};`;
  return `${ctx.unsupported(t, "this `with ... as` target is not supported")};`;
}

function withItems(items: SyntaxNode[], body: SyntaxNode, isAsync: boolean, ctx: Context): string[] {
  if (items.length === 0) return block(body, ctx);
  const [item, ...rest] = items;
  const valueNode = item!.childForFieldName("value")!;
  const managerNode = valueNode.type === "as_pattern" ? valueNode.namedChildren[0]! : valueNode;
  const alias = valueNode.type === "as_pattern" ? valueNode.childForFieldName("alias") : null;
  const cm = ctx.tmp("cm").replace("$", "_");
  const ok = ctx.tmp("ok").replace("$", "_");
  const raw = ctx.tmp("err").replace("$", "_");
  const aw = isAsync ? "await " : "";
  const enter = isAsync ? "__aenter__" : "__enter__";
  const exit = isAsync ? "__aexit__" : "__exit__";
  const manager = expr(managerNode, ctx);
  const lines = [`const ${cm}: any = ${manager.code};`];
  const entered = `${aw}${cm}.${enter}()`;
  lines.push(alias ? target(alias, entered, ctx) : `${entered};`);
  lines.push(`let ${ok} = true;`);
  const inner = withItems(rest, body, isAsync, ctx);
  const exc = ctx.tmp("exc").replace("$", "_");
  lines.push(
    `try ${braces(inner)} catch (${raw}) {\n${ok} = false;\nconst ${exc} = ${ctx.rt("toPyException")}(${raw});\nif (!(${aw}${cm}.${exit}(${exc}.constructor, ${exc}, null))) throw ${exc};\n} finally {\nif (${ok}) ${aw}${cm}.${exit}(null, null, null);\n}`,
  );
  return [braces(lines)];
}

function withStatement(node: SyntaxNode, ctx: Context): string[] {
  const isAsync = node.children.some((c) => c.type === "async");
  const clause = node.namedChildren.find((c) => c.type === "with_clause")!;
  const items = clause.namedChildren.filter((c) => c.type === "with_item");
  return withItems(items, node.childForFieldName("body")!, isAsync, ctx);
}

registerStatements({ with_statement: withStatement });
