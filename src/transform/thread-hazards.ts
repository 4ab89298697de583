/**
 * The diagnostics of src/analyze/thread-hazards.ts in the output: a loop
 * that would spin forever under cooperative threads is refused (TSY1303, its
 * condition a TODO marker that raises), a racy read-modify-write is flagged
 * (TSY1304, a warning and a TODO comment).
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";

/** A `while` that waits for another thread without blocking (thread-hazards.ts): its condition becomes a TODO marker that raises, never a hang. */
export function spinCondition(node: SyntaxNode, ctx: Context): string | null {
  const why = ctx.analysis.threadHazards?.spins.get(node.startIndex);
  return why ? ctx.unsupported(node, why, "TSY1303") : null;
}

/** A write of shared state read before a blocking call without a lock: a warning and a TODO comment above the statement. */
export function raceNote(node: SyntaxNode, ctx: Context): string[] {
  const why = ctx.analysis.threadHazards?.races.get(node.startIndex);
  if (!why) return [];
  ctx.diag(node, "TSY1304", why, "warning");
  return [`// TODO(tsyncio): ${why}`];
}
