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
import { fillTypeSlots, storedTsType } from "./assigned-types.js";

export function bodyWithDeclarations(scope: Scope, body: SyntaxNode, ctx: Context, statements?: () => string[]): string[] {
  const savedPlan = ctx.plan;
  const savedTemps = ctx.temps;
  ctx.plan = planDeclarations(scope, body, ctx.analysis.classNames);
  ctx.temps = [];
  try {
    const lines = statements ? statements() : block(body, ctx);
    const decls = ctx.plan.hoisted.map((b) => {
      const annotated = b.sites.map((s) => s.parent?.type === "assignment" ? s.parent.childForFieldName("type") : null).find((t) => t);
      if (annotated) return `let ${safeName(b.name)}: ${tsType(annotationType(annotated, ctx.analysis.classNames))};`;
      // Stored in branches or loops: TypeScript cannot always see a store before each read, which Python checks at run time.
      const t = storedTsType(ctx, b);
      return t === "any" ? `let ${safeName(b.name)}: any;` : `let ${safeName(b.name)}!: ${t};`;
    });
    const temps = ctx.temps.length > 0 ? [`let ${ctx.temps.join(", ")}: any;`] : [];
    return fillTypeSlots(ctx, [...decls, ...temps, ...lines]);
  } finally {
    ctx.plan = savedPlan;
    ctx.temps = savedTemps;
  }
}
