/**
 * A module that starts worker "processes" (`multiprocessing`,
 * `ProcessPoolExecutor`) is imported again by each worker, which finds the
 * functions and classes it is sent by name (runtime procs/registry.ts). Two
 * things follow for its translation:
 * - it registers its module-level functions and classes (lazily, so classes
 *   declared further down are read when a call needs them);
 * - its `if __name__ == "__main__":` block stays a test, false in a worker,
 *   even when the file is translated on its own, so the workers do not start
 *   the program again; so do its other top-level expression statements
 *   (`asyncio.run(main())` without a guard): on Linux CPython forks its
 *   workers, which never run the module's statements again, while the
 *   assignments, imports and definitions a worker needs still run.
 */
import type { Analysis } from "../analyze/analysis.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
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

/** A top-level expression statement that does something (a call), not an assignment: the workers skip it. */
export function isProgramStatement(node: SyntaxNode): boolean {
  if (node.type !== "expression_statement") return false;
  return node.namedChildren.every((c) => c.type !== "assignment" && c.type !== "augmented_assignment" && c.type !== "string" && c.type !== "comment");
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
