/**
 * A module that starts worker "processes" (`multiprocessing`,
 * `ProcessPoolExecutor`) is imported again by each worker, which finds the
 * functions and classes it is sent by name (runtime procs/registry.ts). Two
 * things follow for its translation:
 * - it registers its module-level functions and classes (lazily, so classes
 *   declared further down are read when a call needs them);
 * - its `if __name__ == "__main__":` block stays a test, false in a worker,
 *   even when the file is translated on its own, so the workers do not start
 *   the program again; nor do its other top-level statements that run the
 *   program (isProgramStatement: `asyncio.run(main())` without a guard): on
 *   Linux CPython forks its workers, which never run the module's
 *   statements again, while the assignments, imports and definitions a
 *   worker needs still run.
 */
import type { Analysis } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { resolveModuleName } from "./imports.js";
import { safeName } from "./names.js";

/** Whether the module imports `multiprocessing` or uses `ProcessPoolExecutor`. */
export function usesWorkerProcesses(root: SyntaxNode): boolean {
  const text = root.text;
  return /^\s*(import|from)\s+multiprocessing\b/m.test(text) || (/\bProcessPoolExecutor\b/.test(text) && /^\s*(import|from)\s+concurrent\b/m.test(text));
}

function isTopLevel(def: SyntaxNode | null): boolean {
  const stmt = def?.parent?.type === "decorated_definition" ? def.parent : def;
  return stmt?.parent?.type === "module";
}

/** `registerPicklable(import.meta.url, () => ({ f, C }))` for the module's top-level functions and classes. */
export function workerRegistration(analysis: Analysis, ctx: Context): string {
  const names: string[] = [];
  for (const b of analysis.module.bindings.values()) {
    if (analysis.classNames.get(b.name) === "alias") continue;
    if (!(b.kinds.has("def") || b.kinds.has("class")) || !b.sites.some((s) => isTopLevel(s.parent))) continue;
    const ts = safeName(b.name);
    names.push(ts === b.name ? ts : `${JSON.stringify(b.name)}: ${ts}`);
  }
  return `${ctx.rt("registerPicklable")}(import.meta.url, () => ({ ${names.join(", ")} }));`;
}

/** The condition that keeps the main block out of the workers. */
export function workerMainCondition(ctx: Context): string {
  return `${ctx.rt("isEntryModule")}(import.meta)`;
}

/** A call that starts or drives workers: `Pool(…)`, `ex.map(…)`, `p.start()`, `q.get()`. */
const DRIVES_WORKERS = /\b(ProcessPoolExecutor|Pool|Process|Queue|SimpleQueue|JoinableQueue)\s*\(|\.(map|submit|starmap|imap|imap_unordered|apply|apply_async|map_async|starmap_async|result|get|join|start|put)\s*\(/;

/**
 * A top-level statement that runs the program rather than defining what it
 * needs, which the workers skip: a call statement, a `for`/`while`/`with`,
 * or an assignment whose value starts or drives workers
 * (`ex = ProcessPoolExecutor()`, `results = ex.map(…)` without a guard).
 * Definitions, imports, other assignments, `if` and `try` still run.
 */
export function isProgramStatement(node: SyntaxNode): boolean {
  if (node.type === "for_statement" || node.type === "while_statement" || node.type === "with_statement") return true;
  if (node.type !== "expression_statement") return false;
  return node.namedChildren.every((c) => {
    if (c.type === "string" || c.type === "comment") return false;
    if (c.type === "assignment" || c.type === "augmented_assignment") {
      const value = c.childForFieldName("right");
      return value !== null && DRIVES_WORKERS.test(value.text);
    }
    return true;
  });
}

/** `main.<locals>.<lambda>` for a lambda inside a function; null at module level (pickle's other error). */
export function lambdaQualname(node: SyntaxNode): string | null {
  const parts = ["<lambda>"];
  let local = false;
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "class_definition") parts.unshift(n.childForFieldName("name")!.text);
    else if (n.type === "function_definition") {
      parts.unshift(`${n.childForFieldName("name")!.text}.<locals>`);
      local = true;
    } else if (n.type === "lambda") {
      parts.unshift("<lambda>.<locals>");
      local = true;
    }
  }
  return local ? parts.join(".") : null;
}

/**
 * Statements only the program runs, not its workers. A declaration keeps its
 * name at module level (functions may read it): `const ex: any = cond ?
 * value : undefined`; anything else goes in `if (cond) { … }`.
 */
export function programOnly(lines: string[], cond: string): string {
  const code = lines.join("\n");
  const decl = /^(const|let) ([A-Za-z_$][\w$]*)(?:: [^=]+)? = ([\s\S]*);$/.exec(code.trim());
  if (decl && lines.length === 1) return `${decl[1]} ${decl[2]}: any = ${cond} ? ${decl[3]} : undefined;`;
  return `if (${cond}) {\n${code}\n}`;
}

/** A call that sends a function or values to a worker process: `ex.submit(f, …)`, `Process(target=f, args=(…))`, `pool.map(f, …)`. */
const SENDS_TO_WORKERS = /(?:\bProcessPoolExecutor|\bPool|\bProcess|\.(?:submit|map|starmap|imap|imap_unordered|apply|apply_async|map_async|starmap_async))$/;

/** The standard streams: CPython's forked worker shares the parent's file, which tsyncio's workers cannot receive. */
const STREAMS = new Set(["sys.stdout", "sys.stderr", "sys.stdin", "sys.__stdout__", "sys.__stderr__", "sys.__stdin__"]);

/** The call `node` is an argument of (directly, by keyword, or inside an `args=(…)` tuple or list), if any. */
function receivingCall(node: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode = node;
  for (let p = n.parent; p; n = p, p = p.parent) {
    if (p.type === "argument_list") return p.parent?.type === "call" ? p.parent : null;
    if (p.type === "keyword_argument") {
      if (p.childForFieldName("value")?.startIndex !== n.startIndex) return null;
      continue;
    }
    if (p.type !== "tuple" && p.type !== "list" && p.type !== "parenthesized_expression") return null;
  }
  return null;
}

/**
 * A standard-library function or stream sent to a worker process
 * (`ex.submit(os.getpid)`, `Process(target=w, args=(lock, sys.stdout))`):
 * refused with a TODO marker. CPython pickles a function by module and name
 * and its forked worker is another process with its own pid and a shared
 * stdout; tsyncio's workers are threads of one process that find only the
 * program's own functions, so the call would fail or (`os.getpid`, then
 * `os.kill`) act on the program itself.
 */
export function workerArgumentRefusal(node: SyntaxNode, dotted: { module: string; name: string }, ctx: Context): string | null {
  const call = receivingCall(node);
  const callee = call?.childForFieldName("function")?.text;
  if (!callee || !SENDS_TO_WORKERS.test(callee)) return null;
  const full = `${dotted.module}.${dotted.name}`;
  if (STREAMS.has(full)) {
    return ctx.unsupported(node, `'${full}' sent to a worker process is not supported by tsyncio: its workers cannot receive a stream (CPython's forked child shares it); write to '${full}' in the worker instead`);
  }
  const found = resolveModuleName(dotted.module, dotted.name);
  const isFunction = found !== null && !("error" in found) && (found.stub?.kind === "function" || found.stub?.kind === "class" || (!found.stub && found.spec !== undefined));
  if (!isFunction) return null;
  return ctx.unsupported(node, `the standard-library function '${full}' sent to a worker process is not supported by tsyncio: its workers are threads of one process, which run only the program's own functions`);
}
