/**
 * A function or module body with its declarations: hoisted `let`s at the
 * top, then the statements. Saves and restores the per-body state so nested
 * functions do not disturb their parent.
 */
import type { Scope } from "../analyze/scopes.js";
import { tsType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";
import { planDeclarations } from "./declarations.js";
import { safeName } from "./names.js";
import { block } from "./statements.js";
import { annotationType } from "../analyze/annotations.js";

export function bodyWithDeclarations(scope: Scope, body: SyntaxNode, ctx: Context, statements?: () => string[]): string[] {
  const savedPlan = ctx.plan;
  const savedTemps = ctx.temps;
  ctx.plan = planDeclarations(scope, body, ctx.analysis.classNames);
  ctx.temps = [];
  try {
    const lines = statements ? statements() : block(body, ctx);
    const decls = ctx.plan.hoisted.map((b) => {
      const annotated = b.sites.map((s) => s.parent?.type === "assignment" ? s.parent.childForFieldName("type") : null).find((t) => t);
      const t = annotated ? tsType(annotationType(annotated, ctx.analysis.classNames)) : "any";
      return `let ${safeName(b.name)}: ${t};`;
    });
    const temps = ctx.temps.length > 0 ? [`let ${ctx.temps.join(", ")}: any;`] : [];
    return [...decls, ...temps, ...lines];
  } finally {
    ctx.plan = savedPlan;
    ctx.temps = savedTemps;
  }
}
