/**
 * Translates one module: loads every transform family, plans the module's
 * declarations and returns its statements and the runtime names they use.
 */
import type { PositionMarks } from "../emit/positions.js";
import { analyze } from "../analyze/analysis.js";
import type { PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { ModuleId } from "../project/modules.js";
import { ProjectModules } from "../project/resolve.js";
import type { ModuleSummary } from "../project/summary.js";
import { projectImports, ProjectTranslation } from "../project/translate.js";
import { bodyWithDeclarations } from "./bodies.js";
import { Context } from "./context.js";
import { block, braces, docstringOf, jsDoc, marked, pushComment, statement } from "./statements.js";
import { settleSignatures } from "./signatures.js";
import { isProgramStatement, programOnly, usesWorkerProcesses, workerMainCondition, workerRegistration } from "./worker-modules.js";
// Each family registers its node types on import.
import "./strings.js";
import "./operators.js";
import "./calls.js";
import "./comprehensions.js";
import "./functions.js";
import "./classes.js";
import "./exceptions.js";
import "./with.js";
import "./match.js";

export interface ModuleTranslation {
  statements: string[];
  runtimeImports: { name: string; alias?: string }[];
  context: Context;
}

/** The module's place in a project, when it is translated as part of one. */
export interface ProjectOptions extends ModuleId {
  project: Readonly<Record<string, ModuleSummary>>;
}

/**
 * `if __name__ == "__main__":` is always true for a file translated on its
 * own; in a project the module may also be imported, so the test stays.
 */
function isMainGuard(node: SyntaxNode): boolean {
  if (node.type !== "if_statement" || node.childrenForFieldName("alternative").length > 0) return false;
  const test = node.childForFieldName("condition")!.text.replace(/\s+/g, "").replace(/'/g, '"');
  return test === '__name__=="__main__"' || test === '"__main__"==__name__';
}

/** `if TYPE_CHECKING:` (also `typing.TYPE_CHECKING`), without an else. */
function isTypeCheckingBlock(node: SyntaxNode): boolean {
  if (node.type !== "if_statement" || node.childrenForFieldName("alternative").length > 0) return false;
  return /^(typing\.)?TYPE_CHECKING$/.test(node.childForFieldName("condition")!.text);
}

/** Translations of one module at most: each widens variables the previous one read too narrowly (var-types.ts). */
const MAX_PASSES = 4;

export function translateModule(root: SyntaxNode, file: string, source: string, projectOptions?: ProjectOptions, marks?: PositionMarks): ModuleTranslation {
  let widened = new Map<string, PyType>();
  for (let pass = 1; ; pass++) {
    const t = translateOnce(root, file, source, projectOptions, marks, widened);
    const next = pass < MAX_PASSES ? t.context.varTypes.widening() : null;
    if (!next) return t;
    widened = next;
  }
}

function translateOnce(root: SyntaxNode, file: string, source: string, projectOptions: ProjectOptions | undefined, marks: PositionMarks | undefined, widened: ReadonlyMap<string, PyType>): ModuleTranslation {
  const modules = projectOptions ? new ProjectModules(projectOptions.project) : undefined;
  const imported = modules && projectOptions ? projectImports(root, modules, projectOptions) : { names: [], classes: [] };
  const analysis = analyze(root, imported.classes, projectOptions !== undefined);
  const ctx = new Context(analysis, file, source, widened);
  ctx.marks = marks;
  for (const name of imported.names) ctx.reserveName(name);
  const project = modules && projectOptions ? new ProjectTranslation(modules, projectOptions, analysis) : undefined;
  ctx.project = project;
  const workers = usesWorkerProcesses(root);
  // Workers call through the runtime (callPos), which checks arguments by the signatures; pickle's errors name local functions by them.
  if (workers) ctx.workerModule = ctx.runtimePositional = true;
  const statements = bodyWithDeclarations(analysis.module, root, ctx, () => {
    const out: string[] = [];
    const doc = docstringOf(root);
    let codeEndRow = -1;
    for (const c of root.namedChildren) {
      if (doc && c.startIndex === doc.startIndex) continue;
      const before = out.length;
      if (c.type === "comment") pushComment(out, c, codeEndRow);
      else if (project && isTypeCheckingBlock(c)) out.push(...project.typeCheckingBlock(c.childForFieldName("consequence")!));
      // Python never runs it: what it imports serves annotations, which need no import here.
      else if (isTypeCheckingBlock(c)) out.push("// `if TYPE_CHECKING:` imports for type checkers only: not translated, as Python never runs them.");
      else if (isMainGuard(c) && project) out.push(`if (${project.mainCondition(ctx)}) ${braces(block(c.childForFieldName("consequence"), ctx))}`);
      else if (isMainGuard(c) && workers) out.push(`if (${workerMainCondition(ctx)}) ${braces(block(c.childForFieldName("consequence"), ctx))}`);
      else if (isMainGuard(c)) out.push(...block(c.childForFieldName("consequence"), ctx));
      else if (workers && isProgramStatement(c)) out.push(...marked(c, [programOnly(statement(c, ctx), workerMainCondition(ctx))], ctx));
      else out.push(...marked(c, statement(c, ctx), ctx));
      if (c.type !== "comment") codeEndRow = out.length > before ? c.endPosition.row : -1;
    }
    return out;
  });
  if (project) {
    statements.unshift(...project.declarations());
    statements.push(...project.exports());
  }
  if (analysis.threads) {
    // Functions handed to threads may get their arguments by keyword (`Thread(kwargs=...)`): they carry their signatures.
    ctx.runtimeKeywords = true;
    // CPython's end of the main thread: wait for the non-daemon threads, then end even if daemon threads still run.
    statements.push(`await ${ctx.rt("threadingShutdown")}(import.meta);`);
  }
  // A worker imports the module that defines the function it is sent, which need not be the one that starts it.
  if (workers || modules?.startsWorkers()) statements.unshift(workerRegistration(analysis, ctx));
  statements.splice(0, statements.length, ...settleSignatures(statements, ctx));
  // Annotations such as `asyncio.Queue<number>` name the runtime's namespace as a type only.
  if (statements.some((s) => /\basyncio\.[A-Z]/.test(s))) ctx.rt("asyncio");
  statements.unshift(...jsDoc(docstringOf(root)));
  return { statements, runtimeImports: ctx.importSpecifiers(), context: ctx };
}
