/**
 * Where the output's lines come from (issue #15, the TS/Python line ratio).
 * Every non-blank output line is put in one category, read on the
 * TypeScript syntax tree; the Python source's lines are counted the same
 * way where a category has a Python counterpart (comments, continuation
 * lines of a statement broken over several lines), so each row shows how
 * many lines the translation adds for that reason.
 *
 * Output categories, first match wins:
 * - header: the `// Translated from ...` line;
 * - imports: lines of import declarations;
 * - comments: lines holding only a comment (docstrings as JSDoc included);
 * - closers: lines holding only closing brackets (`}`, `});`, `]);`);
 * - async wrappers: the `return coro(async (...) => {` line and the
 *   `}, "name")._definedAt(...)` line around an async def's body;
 * - hoisted declarations: `let x: T;` without a value;
 * - class fields: property declarations without a value;
 * - continuations: every line after the first of a statement that is not
 *   a block, split by what the statement does (`console.log(...)`, a call
 *   of a runtime helper, a declaration ...);
 * - code: the first line of every other statement.
 */
import ts from "typescript";

const CLOSERS = /^[\s)}\];,]+$/;

/** 0-based line of a position. */
const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line;

function isBlockLike(node) {
  return ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseBlock(node) || ts.isSourceFile(node);
}

/** What a multi-line statement is, for the continuation rows. */
function statementKind(st) {
  let e = st;
  if (ts.isExpressionStatement(st)) e = st.expression;
  else if (ts.isReturnStatement(st) || ts.isThrowStatement(st)) e = st.expression ?? st;
  else if (ts.isVariableStatement(st)) {
    const d = st.declarationList.declarations[0];
    e = d?.initializer ?? st;
    if (e === st) return "declaration";
  } else if (ts.isIfStatement(st) || ts.isWhileStatement(st) || ts.isForOfStatement(st) || ts.isForStatement(st)) return "if/loop head";
  else if (ts.isFunctionDeclaration(st) || ts.isMethodDeclaration(st) || ts.isConstructorDeclaration(st)) return "function head";
  else if (ts.isClassDeclaration(st)) return "class head";
  else if (ts.isPropertyDeclaration(st)) e = st.initializer ?? st;
  while (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) e = e.right;
  while (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isCallExpression(e) || ts.isNewExpression(e)) {
    const callee = e.expression.getText();
    if (callee === "console.log") return "console.log(...)";
    if (ts.isIdentifier(e.expression)) return `${callee}(...)`;
    return ts.isNewExpression(e) ? "new ...(...)" : "method call";
  }
  if (ts.isArrayLiteralExpression(e)) return "array literal";
  if (ts.isObjectLiteralExpression(e)) return "object literal";
  if (ts.isTemplateExpression(e) || ts.isStringLiteral(e)) return "string";
  if (ts.isConditionalExpression(e)) return "conditional";
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return "function value";
  return "other expression";
}

/** Categories of the output's non-blank lines: { category: count }, and continuation kinds. */
export function tsLineBreakdown(code) {
  const sf = ts.createSourceFile("out.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const lines = code.split("\n");
  const category = new Array(lines.length).fill(null);
  const kinds = new Map();
  const mark = (line, name) => {
    if (category[line] === null) category[line] = name;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].trim();
    if (text === "") category[i] = "blank";
    else if (i === 0 && text.startsWith("// Translated from")) category[i] = "header";
    // prettier ends a line at a binary operator, so no code line starts with `*`.
    else if (/^(\/\/|\/\*|\*)/.test(text) && !/\*\/.*\S/.test(text)) category[i] = "comments";
    else if (CLOSERS.test(text)) category[i] = "closers";
  }
  // First the lines of whole constructs (imports, async wrappers, declarations without a value) ...
  const wholes = (node) => {
    if (ts.isImportDeclaration(node)) {
      for (let l = lineOf(sf, node.getStart(sf)); l <= lineOf(sf, node.end); l++) mark(l, "imports");
      return;
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "coro") {
      const fn = node.arguments[0];
      if (fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
        mark(lineOf(sf, node.getStart(sf)), "async wrappers");
        mark(lineOf(sf, fn.body.end), "async wrappers");
      }
    }
    if (ts.isVariableStatement(node) && node.declarationList.declarations.every((d) => !d.initializer)) {
      mark(lineOf(sf, node.getStart(sf)), "hoisted declarations");
    }
    if (ts.isPropertyDeclaration(node) && !node.initializer) mark(lineOf(sf, node.getStart(sf)), "class fields");
    ts.forEachChild(node, wholes);
  };
  wholes(sf);
  // ... then each statement's first line, and the continuation lines of one broken over several.
  const visit = (node) => {
    if ((ts.isStatement(node) || ts.isClassElement(node)) && !isBlockLike(node)) {
      const first = lineOf(sf, node.getStart(sf));
      // The lines up to the first nested block (or to the end) are this statement's own.
      let own = ts.isClassDeclaration(node) ? first : lineOf(sf, node.end);
      const findBlock = (n) => {
        if (ts.isBlock(n) || ts.isClassLike(n)) own = Math.min(own, lineOf(sf, n.getStart(sf)));
        else ts.forEachChild(n, findBlock);
      };
      ts.forEachChild(node, findBlock);
      mark(first, "code");
      for (let l = first + 1; l <= own; l++) {
        if (category[l] === null) {
          const kind = statementKind(node);
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          category[l] = "continuations";
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const counts = new Map();
  for (const c of category) {
    if (c === "blank") continue;
    const name = c ?? "code";
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return { counts, kinds };
}

/**
 * The Python counterparts: comment lines, docstring lines, continuation
 * lines (a line that starts inside brackets, a string or after a backslash),
 * and the rest (code). A small scanner: the sources are valid Python.
 */
export function pyLineBreakdown(source) {
  const lines = source.split("\n");
  const counts = new Map();
  const add = (k) => counts.set(k, (counts.get(k) ?? 0) + 1);
  let depth = 0;
  let inString = null; // the closing quote of an open triple-quoted string
  let docstring = false;
  let continued = false;
  for (const line of lines) {
    const text = line.trim();
    const startsInside = depth > 0 || inString !== null || continued;
    if (text === "") {
      if (inString !== null) add(docstring ? "docstrings" : "continuations");
      continue;
    }
    if (!startsInside && text.startsWith("#")) {
      add("comments");
      continue;
    }
    const opensDocstring = !startsInside && /^[rRuUbB]?("""|''')/.test(text);
    if (startsInside) add(inString !== null && docstring ? "docstrings" : "continuations");
    else if (opensDocstring) add("docstrings");
    else add("code");
    if (opensDocstring) docstring = true;
    else if (!startsInside) docstring = false;
    continued = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (inString !== null) {
        if (c === "\\") i++;
        else if (line.startsWith(inString, i)) {
          i += inString.length - 1;
          inString = null;
        }
        continue;
      }
      if (c === "#") break;
      if (c === '"' || c === "'") {
        const triple = line.startsWith(c.repeat(3), i);
        if (triple) {
          inString = c.repeat(3);
          i += 2;
        } else {
          // A one-line string: skip to its end.
          for (i++; i < line.length && line[i] !== c; i++) if (line[i] === "\\") i++;
        }
        continue;
      }
      if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    }
    if (inString === null && line.trimEnd().endsWith("\\")) continued = true;
  }
  return counts;
}
