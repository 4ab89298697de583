/**
 * Statements tree-sitter's grammar accepts but CPython refuses: a `try`
 * with neither `except` nor `finally`, and statements outside the block
 * they belong in (`return` and `yield` outside a function, `await` outside
 * an async function, `break`/`continue` outside a loop, `nonlocal` at
 * module level). Translated, each would run and do something else (or not
 * parse as TypeScript), so each is a syntax error with CPython's message.
 *
 * Like CPython, only the first problem is reported, a parser error (the
 * `try`) before a compiler one. The walk uses an explicit stack: valid
 * input can nest deeply.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import type { SyntaxNode } from "./tree.js";
import { declarationAfterUse } from "./declarations.js";

interface Where {
  /** The innermost function: none (module or class body), a plain function, or a coroutine. */
  fn: "none" | "sync" | "async";
  loop: boolean;
  module: boolean;
}

const HANDLERS = new Set(["except_clause", "except_group_clause", "finally_clause"]);

function isAsync(def: SyntaxNode): boolean {
  return def.children.some((c) => c.type === "async");
}

/** What a child node runs in, given what its parent runs in. */
function inner(parent: SyntaxNode, child: SyntaxNode, where: Where): Where {
  const isBody = parent.childForFieldName("body") === child;
  switch (parent.type) {
    case "function_definition":
      return isBody ? { fn: isAsync(parent) ? "async" : "sync", loop: false, module: false } : where;
    case "lambda":
      return isBody ? { fn: "sync", loop: false, module: false } : where;
    case "generator_expression":
      // `await` makes a generator expression asynchronous, which any scope may create (3.7+).
      return { ...where, fn: "async" };
    case "class_definition":
      return isBody ? { fn: "none", loop: false, module: false } : where;
    case "for_statement":
    case "while_statement":
      return isBody ? { ...where, loop: true } : where;
    default:
      return where;
  }
}

function problem(node: SyntaxNode, where: Where): string | null {
  switch (node.type) {
    case "return_statement":
      return where.fn === "none" ? "'return' outside function" : null;
    case "yield":
      return where.fn === "none" ? "'yield' outside function" : null;
    case "await":
      return where.fn === "none" ? "'await' outside function" : where.fn === "sync" ? "'await' outside async function" : null;
    case "break_statement":
      return where.loop ? null : "'break' outside loop";
    case "continue_statement":
      return where.loop ? null : "'continue' not properly in loop";
    case "nonlocal_statement":
      return where.module ? "nonlocal declaration not allowed at module level" : null;
    case "future_import_statement":
      return futureInPlace(node) ? null : "from __future__ imports must occur at the beginning of the file";
    case "parameters":
    case "lambda_parameters": {
      const seen = new Set<string>();
      for (const p of node.namedChildren) {
        const id = p.type === "identifier" ? p : (p.childForFieldName("name") ?? p.namedChildren.find((c) => c.type === "identifier"));
        if (!id || id.type !== "identifier") continue;
        if (seen.has(id.text)) return `duplicate argument '${id.text}' in function definition`;
        seen.add(id.text);
      }
      return null;
    }
    default:
      return null;
  }
}

/** A future import may follow only the module docstring, comments and other future imports. */
function futureInPlace(node: SyntaxNode): boolean {
  if (node.parent?.type !== "module") return false;
  let first = true;
  for (const sibling of node.parent.namedChildren) {
    if (sibling.startIndex >= node.startIndex) return true;
    if (sibling.type === "comment") continue;
    const docstring = first && sibling.type === "expression_statement" && sibling.namedChildCount === 1 && sibling.namedChildren[0]!.type === "string";
    if (!docstring && sibling.type !== "future_import_statement") return false;
    first = false;
  }
  return true;
}

/** Where an assignment expression needs parentheses around it (CPython: "invalid syntax"). */
const BARE_WALRUS_PARENTS = new Set(["expression_statement", "expression_list", "assignment", "augmented_assignment", "return_statement", "yield", "assert_statement"]);

/** Operands `await` cannot take without parentheses. */
const AWAIT_NOT_PRIMARY = new Set(["unary_operator", "not_operator", "await", "lambda", "conditional_expression", "boolean_operator", "comparison_operator"]);

function at(node: SyntaxNode, message: string, file: string): Diagnostic {
  const p = node.startPosition;
  return { code: "TSY1001", severity: "error", message: `SyntaxError: ${message}`, file, line: p.row + 1, column: p.column + 1 };
}

/**
 * tree-sitter takes `await q.put(None) None` or `pass(x)` as two statements
 * on one line; Python needs a newline or a `;` between them. Returns the
 * second statement of the first such pair.
 */
function gluedStatement(body: SyntaxNode, source: string, breaks: number[]): SyntaxNode | null {
  let prev: SyntaxNode | null = null;
  for (const child of body.namedChildren) {
    if (child.type === "comment" || child.type === "line_continuation") continue;
    // The other way round: one simple statement over two logical lines (`g = f(4) >>` then a new line).
    if (SIMPLE.has(child.type) && spansBreak(child, breaks)) return child;
    if (prev) {
      // A backslash before the line end joins the lines (but not at the end of a comment): no separation.
      const gap = source.slice(prev.endIndex, child.startIndex).replace(/#[^\n]*/g, "");
      if (!gap.includes(";") && !gap.replace(/\\\n/g, "").includes("\n")) return child;
    }
    prev = child;
  }
  return null;
}

/**
 * Python 2 forms the grammar still accepts and Python 3 does not: `print x`,
 * `exec code`, backquotes, `<>`, `0777` and `1L`. Translated, they would run
 * as something else (`0777` as 777).
 */
function python2Form(node: SyntaxNode): string | null {
  switch (node.type) {
    case "print_statement":
      // `print >>f, x` is valid Python 3 (a tuple holding a shift); tsyncio does not translate it either way.
      return node.children.some((c) => c.type === "chevron") ? null : "Missing parentheses in call to 'print'. Did you mean print(...)?";
    case "exec_statement":
      return "Missing parentheses in call to 'exec'. Did you mean exec(...)?";
    case "string":
      return node.startIndex < node.endIndex && node.text.startsWith("`") ? "invalid syntax" : null;
    case "comparison_operator":
      return node.children.some((c) => c.type === "<>") ? "invalid syntax" : null;
    case "integer": {
      const text = node.text;
      if (/[lL]$/.test(text)) return "invalid decimal literal";
      if (/^0[\d_]*[1-9]/.test(text) && !/[jJ]$/.test(text)) return "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
      return null;
    }
    default:
      return null;
  }
}

/** Statements that must fit on one logical line (compound ones hold blocks that span lines). */
const SIMPLE = new Set(["expression_statement", "return_statement", "pass_statement", "break_statement", "continue_statement", "raise_statement", "assert_statement", "delete_statement", "global_statement", "nonlocal_statement", "import_statement", "import_from_statement", "future_import_statement", "type_alias_statement"]);

/** Whether a logical line ends strictly inside `node`. */
function spansBreak(node: SyntaxNode, breaks: number[]): boolean {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < node.startIndex) lo = mid + 1;
    else hi = mid;
  }
  // A statement may end with the newline itself, so only a break before its last character counts.
  return lo < breaks.length && breaks[lo]! < node.endIndex - 1;
}

const FUTURE_FEATURES = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]);

/**
 * Python 3 forms the grammar is looser about than CPython: `async` and
 * `await` are keywords, never names; an annotated assignment cannot be
 * chained (`x = y: int = 1`, which also swallows `inside = []:` followed by
 * the next line).
 */
function grammarSlip(node: SyntaxNode): string | null {
  if ((node.type === "identifier" || node.type === "keyword_identifier") && (node.text === "async" || node.text === "await")) return "invalid syntax";
  if (node.type === "assignment" && node.parent?.type === "assignment" && node.childForFieldName("type")) return "invalid syntax";
  // `p := f()` needs parentheses as a statement.
  if (node.type === "named_expression" && node.parent) {
    if (BARE_WALRUS_PARENTS.has(node.parent.type)) return "invalid syntax";
    // CPython names the lambda only when the lambda is the whole statement.
    if (node.parent.type === "lambda") return node.parent.parent?.type === "expression_statement" ? "cannot use assignment expressions with lambda" : "invalid syntax";
  }
  // `await` takes a primary: `await ~x` or `await not x` need parentheses.
  if (node.type === "await" && node.namedChildren.some((c) => AWAIT_NOT_PRIMARY.has(c.type))) return "invalid syntax";
  // `except A, B:` is Python 2; Python 3 needs a tuple.
  if ((node.type === "except_clause" || node.type === "except_group_clause") && node.childrenForFieldName("value").length > 1) return "multiple exception types must be parenthesized";
  if (node.type === "string" && /^[a-zA-Z]*[bB]/.test(node.text) && /[^\x00-\x7f]/.test(node.text)) return "bytes can only contain ASCII literal characters";
  if (node.type === "concatenated_string") {
    const kinds = new Set(node.namedChildren.filter((c) => c.type === "string").map((c) => /^[a-zA-Z]*[bB]/.test(c.text)));
    if (kinds.size > 1) return "cannot mix bytes and nonbytes literals";
  }
  if (node.type === "future_import_statement") {
    for (const n of node.childrenForFieldName("name")) {
      const name = n.type === "aliased_import" ? n.childForFieldName("name")?.text : n.text;
      if (name === "braces") return "not a chance";
      if (name && !FUTURE_FEATURES.has(name)) return `future feature ${name} is not defined`;
    }
  }
  return null;
}

export function checkStatements(root: SyntaxNode, file: string, source: string, breaks: number[]): Diagnostic[] {
  let compileError: Diagnostic | null = null;
  const nodes: SyntaxNode[] = [root];
  const wheres: Where[] = [{ fn: "none", loop: false, module: true }];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const where = wheres.pop()!;
    if (node.type === "try_statement" && !node.children.some((c) => HANDLERS.has(c.type))) {
      // CPython points at what follows the try block.
      const next = node.nextSibling;
      const d = at(next ?? node, "expected 'except' or 'finally' block", file);
      if (!next) {
        const end = node.endPosition;
        d.line = end.row + 1;
        d.column = end.column + 1;
      }
      return [d];
    }
    const refused = python2Form(node) ?? grammarSlip(node);
    if (refused) return [at(node, refused, file)];
    if (node.type === "module" || node.type === "block") {
      const glued = gluedStatement(node, source, breaks);
      if (glued) return [at(glued, "invalid syntax", file)];
    }
    if (!compileError) {
      const message = problem(node, where);
      if (message) compileError = at(node, message, file);
    }
    const kids = node.namedChildren;
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i]!;
      nodes.push(child);
      wheres.push(inner(node, child, where));
    }
  }
  if (compileError) return [compileError];
  const late = declarationAfterUse(root);
  return late ? [at(late.node, late.message, file)] : [];
}
