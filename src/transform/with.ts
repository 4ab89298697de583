/**
 * `with` and `async with`, by Python's protocol: __enter__ (or __aenter__)
 * gives the `as` value; __exit__ gets the exception's type, value and
 * traceback and may suppress it by returning true; on a normal exit (return,
 * break and continue included) it gets three Nones.
 *
 * asyncio's locks, whose exit only releases, read as the try/finally a
 * person would write. Managers known never to swallow (asyncio's timeout and
 * TaskGroup, an `__exit__` annotated `-> None`) rethrow unconditionally.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { expr } from "./expressions.js";
import { block, braces, registerStatements } from "./statements.js";
import { storeInto } from "./targets.js";
import { safeName } from "./names.js";

/** asyncio classes whose `async with` is acquire() … release(), nothing else. */
const RELEASING = new Set(["asyncio.Lock", "asyncio.Semaphore", "asyncio.BoundedSemaphore", "asyncio.Condition"]);

function target(alias: SyntaxNode, value: string, ctx: Context): string {
  const t = alias.type === "as_pattern_target" ? alias.namedChildren[0]! : alias;
  if (t.type === "identifier") return `${safeName(t.text)} = ${value};`;
  if (t.type === "attribute" || t.type === "subscript") return `${storeInto(t, value, ctx)};`;
  return `${ctx.unsupported(t, "this `with ... as` target is not supported")};`;
}

/** The asyncio class a name refers to (`asyncio.Lock`), whether written in full or imported. */
function asyncioName(node: SyntaxNode, ctx: Context): string | null {
  if (node.type === "attribute") return node.text.startsWith("asyncio.") ? node.text : null;
  if (node.type === "identifier") {
    const path = ctx.importAlias(node.text)?.code;
    return path?.startsWith("asyncio.") ? path : null;
  }
  return null;
}

/**
 * The runtime class of a manager written as a name: bound once, from a
 * constructor call (`lock = asyncio.Lock()`) or a parameter annotation
 * (`lock: asyncio.Lock`).
 */
function knownClass(node: SyntaxNode, ctx: Context): string | null {
  if (node.type === "attribute") return selfAttributeClass(node, ctx);
  if (node.type !== "identifier") return null;
  const b = ctx.binding(node.text);
  if (!b || b.sites.length !== 1) return null;
  const site = b.sites[0]!.parent;
  if (site?.type === "typed_parameter") {
    const ann = site.childForFieldName("type");
    const t = ann?.type === "type" ? ann.firstNamedChild : ann;
    return t ? asyncioName(t, ctx) : null;
  }
  if (site?.type === "assignment" && site.childForFieldName("left")?.startIndex === b.sites[0]!.startIndex) {
    const value = site.childForFieldName("right");
    if (value?.type === "call") return asyncioName(value.childForFieldName("function")!, ctx);
  }
  return null;
}

/** asyncio managers whose exit may replace the exception (TimeoutError, ExceptionGroup) but never swallows it. */
const NEVER_SUPPRESS = new Set(["asyncio.TaskGroup", "asyncio.timeout", "asyncio.timeout_at", "asyncio.Runner"]);

/** Whether `__exit__` can never return true, so the catch always rethrows (and tsc sees it does). */
function neverSuppresses(managerNode: SyntaxNode, manager: Expr, isAsync: boolean, ctx: Context): boolean {
  const call = managerNode.type === "call" ? asyncioName(managerNode.childForFieldName("function")!, ctx) : knownClass(managerNode, ctx);
  if (call && (NEVER_SUPPRESS.has(call) || RELEASING.has(call))) return true;
  if (manager.type.k !== "instance") return false;
  const exit = ctx.methodOf(manager.type.name, isAsync ? "__aexit__" : "__exit__");
  return !!exit && exit.returnAnnotated && exit.returnType.k === "none";
}

/**
 * `self._lock` inside a method, when every assignment to that attribute in
 * the class is the same asyncio constructor (`self._lock = asyncio.Lock()`).
 */
function selfAttributeClass(node: SyntaxNode, ctx: Context): string | null {
  const obj = node.childForFieldName("object")!;
  const cls = ctx.fn?.owner;
  const self = ctx.fn?.params[0]?.name;
  if (!cls || !self || obj.type !== "identifier" || obj.text !== self) return null;
  const attr = node.childForFieldName("attribute")!.text;
  const found = new Set<string | null>();
  const visit = (n: SyntaxNode): void => {
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = n.childForFieldName("left");
      if (left?.type === "attribute" && left.childForFieldName("attribute")!.text === attr) {
        const value = n.childForFieldName("right");
        found.add(n.type === "assignment" && value?.type === "call" ? asyncioName(value.childForFieldName("function")!, ctx) : null);
      }
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(cls.node);
  return found.size === 1 ? [...found][0]! : null;
}

function releasing(managerNode: SyntaxNode, alias: SyntaxNode | null, isAsync: boolean, body: string[], ctx: Context): string[] | null {
  if (!isAsync || alias) return null;
  const cls = knownClass(managerNode, ctx);
  if (!cls || !RELEASING.has(cls)) return null;
  const name = expr(managerNode, ctx).code;
  return [`await ${name}.acquire();`, `try ${braces(body)} finally {\n${name}.release();\n}`];
}

function withItems(node: SyntaxNode, items: SyntaxNode[], body: SyntaxNode, isAsync: boolean, ctx: Context): string[] {
  if (items.length === 0) return block(body, ctx);
  const [item, ...rest] = items;
  const valueNode = item!.childForFieldName("value")!;
  const managerNode = valueNode.type === "as_pattern" ? valueNode.namedChildren[0]! : valueNode;
  const alias = valueNode.type === "as_pattern" ? valueNode.childForFieldName("alias") : null;
  const manager = expr(managerNode, ctx);
  const inner = withItems(node, rest, body, isAsync, ctx);
  // A thread object's `with` (a lock, a pool) may wait: entered and left with __aenter__/__aexit__ (src/analyze/threads.ts).
  if (!isAsync && ctx.analysis.threads?.withs.has(managerNode.startIndex)) return managed(node, managerNode, alias, manager, inner, true, ctx);
  return managed(node, managerNode, alias, manager, inner, isAsync, ctx);
}

/**
 * `with open(...) as f`: a file's __enter__ returns the new file itself and
 * its __exit__ only closes it and never swallows, so it reads as the
 * try/finally a person would write.
 */
function closing(node: SyntaxNode, managerNode: SyntaxNode, alias: SyntaxNode | null, manager: Expr, inner: string[], isAsync: boolean, ctx: Context): string[] | null {
  const callee = managerNode.type === "call" ? managerNode.childForFieldName("function") : null;
  if (isAsync || callee?.type !== "identifier" || callee.text !== "open" || ctx.binding("open") || !manager.code.startsWith(`${ctx.rt("openFile")}(`)) return null;
  const file = ctx.tmp("file").replace("$", "_");
  const at = ctx.marks ? `${ctx.marks.mark(node)}\n` : "";
  const lines = [`const ${file} = ${manager.code};`];
  if (alias) lines.push(target(alias, file, ctx));
  lines.push(`try ${braces(inner)} finally {\n${at}${file}.close();\n}`);
  return [braces(lines)];
}

function managed(node: SyntaxNode, managerNode: SyntaxNode, alias: SyntaxNode | null, manager: Expr, inner: string[], isAsync: boolean, ctx: Context): string[] {
  const simple = releasing(managerNode, alias, isAsync, inner, ctx) ?? closing(node, managerNode, alias, manager, inner, isAsync, ctx);
  if (simple) return simple;
  const cm = ctx.tmp("cm").replace("$", "_");
  const ok = ctx.tmp("ok").replace("$", "_");
  const raw = ctx.tmp("err").replace("$", "_");
  const info = ctx.tmp("exc").replace("$", "_");
  const aw = isAsync ? "await " : "";
  const enter = isAsync ? "__aenter__" : "__enter__";
  const exit = isAsync ? "__aexit__" : "__exit__";
  const lines = [`const ${cm}: any = ${manager.code};`];
  const entered = `${aw}${cm}.${enter}()`;
  lines.push(alias ? target(alias, entered, ctx) : `${entered};`);
  lines.push(`let ${ok} = true;`);
  // `ok` keeps the finally from calling __exit__ a second time after an exception.
  const handOver = neverSuppresses(managerNode, manager, isAsync, ctx) ? `${aw}${cm}.${exit}(...${info});\nthrow ${info}[1];` : `if (!(${aw}${cm}.${exit}(...${info}))) throw ${info}[1];`;
  // CPython runs __exit__ at the `with` line: a traceback through it shows that line, not the block's last statement.
  const at = ctx.marks ? `${ctx.marks.mark(node)}\n` : "";
  lines.push(`try ${braces(inner)} catch (${raw}) {\n${at}${ok} = false;\nconst ${info} = ${ctx.rt("excInfo")}(${raw});\n${handOver}\n} finally {\n${at}if (${ok}) ${aw}${cm}.${exit}(null, null, null);\n}`);
  return [braces(lines)];
}

function withStatement(node: SyntaxNode, ctx: Context): string[] {
  const isAsync = node.children.some((c) => c.type === "async");
  const clause = node.namedChildren.find((c) => c.type === "with_clause")!;
  const items = clause.namedChildren.filter((c) => c.type === "with_item");
  return withItems(node, items, node.childForFieldName("body")!, isAsync, ctx);
}

registerStatements({ with_statement: withStatement });
