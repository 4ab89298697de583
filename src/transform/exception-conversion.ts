/**
 * Whether a `catch` must turn what it caught into a Python exception
 * (`toPyException`) before its handlers test it. Two things need it:
 *
 * - a handled class that a converted JavaScript error could belong to
 *   (`except Exception`, `except TypeError`: a JS TypeError becomes one);
 *   the program's own classes and runtime classes like KeyError or
 *   CancelledError never match a JavaScript error, which stays a JS error
 *   until a handler that could match it converts it (the same object each
 *   time: exceptions.ts keeps the conversion);
 * - code that reads "the exception being handled" without being handed it
 *   (`sys.exc_info()`, `logger.exception()`, `traceback.print_exc()`,
 *   `exc_info=True`): conversion is where the runtime records it. Such a
 *   read may sit in any function the handler calls, so one anywhere in the
 *   module keeps every conversion; so does being one module of a larger
 *   project, whose other modules this one cannot see.
 */
import { resolveModuleName } from "./imports.js";
import { RUNTIME_BUILTIN_VALUES } from "./names.js";
import { NATIVE_ERROR_CLASSES } from "../runtime/native-error-classes.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context } from "./context.js";

const NATIVE = new Set(NATIVE_ERROR_CLASSES);

/** Names whose use reads the handled exception implicitly (sys, traceback, logging). */
const IMPLICIT_READERS = new Set(["exc_info", "print_exc", "format_exc", "exception"]);

const readsCache = new WeakMap<SyntaxNode, boolean>();

function readsHandledException(module: SyntaxNode): boolean {
  let found = readsCache.get(module);
  if (found !== undefined) return found;
  found = false;
  const visit = (n: SyntaxNode): void => {
    if (found) return;
    if (n.type === "keyword_argument" && n.childForFieldName("name")?.text === "exc_info") found = true;
    else if (n.type === "attribute" && IMPLICIT_READERS.has(n.childForFieldName("attribute")!.text)) {
      // `task.exception()` takes nothing and reads the task; `logger.exception(msg)` and `sys.exception()` read the handled one.
      const call = n.parent?.type === "call" && n.parent.childForFieldName("function")?.startIndex === n.startIndex ? n.parent : null;
      const obj = n.childForFieldName("object")!;
      const hasArgs = (call?.childForFieldName("arguments")?.namedChildCount ?? 0) > 0;
      if (n.childForFieldName("attribute")!.text !== "exception" || hasArgs || obj.text === "sys" || obj.text === "logging") found = true;
    } else if (n.type === "dotted_name" && n.parent?.type === "import_from_statement" && IMPLICIT_READERS.has(n.text)) found = true;
    for (const c of n.namedChildren) visit(c);
  };
  visit(module);
  readsCache.set(module, found);
  return found;
}

/** Whether `module.attr` (a runtime name) is, or is an alias of, a class a JavaScript error can become. */
function moduleClassMatchesNative(module: string, attr: string, depth = 0): boolean {
  if (NATIVE.has(`${module}.${attr}`)) return true;
  const found = resolveModuleName(module, attr);
  if (!found || "error" in found || !found.stub || depth > 4) return true;
  if (found.stub.kind === "class") return false;
  if (found.stub.kind !== "alias") return true;
  const of = found.stub.of;
  const dot = of.lastIndexOf(".");
  if (dot < 0 || of.startsWith("builtins.")) return builtinMatchesNative(of.replace(/^builtins\./, ""));
  return moduleClassMatchesNative(of.slice(0, dot), of.slice(dot + 1), depth + 1);
}

function builtinMatchesNative(name: string): boolean {
  return NATIVE.has(name) || !RUNTIME_BUILTIN_VALUES.has(name);
}

/** Whether an except clause's class (or tuple of classes) could match a converted JavaScript error; true when unsure. */
function classMatchesNative(node: SyntaxNode, ctx: Context): boolean {
  if (node.type === "parenthesized_expression") return classMatchesNative(node.namedChildren[0]!, ctx);
  if (node.type === "tuple") return node.namedChildren.some((c) => classMatchesNative(c, ctx));
  if (node.type === "identifier") {
    const name = node.text;
    if (ctx.definitionOf(name).cls) return false;
    const b = ctx.binding(name);
    if (!b) return ctx.project?.definition(name, ctx).cls ? false : builtinMatchesNative(name);
    const imp = b.kinds.size === 1 && b.kinds.has("import") ? ctx.imports.names.get(name) : undefined;
    return imp ? moduleClassMatchesNative(imp.module, imp.name) : true;
  }
  if (node.type === "attribute") {
    const obj = node.childForFieldName("object")!;
    const b = obj.type === "identifier" ? ctx.binding(obj.text) : undefined;
    const module = b && b.kinds.size === 1 && b.kinds.has("import") ? ctx.imports.modules.get(obj.text) : undefined;
    return module ? moduleClassMatchesNative(module, node.childForFieldName("attribute")!.text) : true;
  }
  return true;
}

/** Whether a try statement's handlers need the caught value converted first (see the file comment). */
export function needsConversion(typeNodes: (SyntaxNode | null)[], ctx: Context): boolean {
  if (ctx.project && Object.keys(ctx.project.modules.summaries).length > 1) return true;
  if (readsHandledException(ctx.analysis.module.node)) return true;
  // A bare `except:` hands its body nothing but what `raise` rethrows, which may stay a JavaScript error.
  return typeNodes.some((t) => t !== null && classMatchesNative(t, ctx));
}
