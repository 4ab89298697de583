/**
 * CPython's indentation rules, which tree-sitter does not enforce: it
 * recovers from `def f():` followed by an unindented `return 1` without an
 * ERROR node, and the program would be translated into something else. This
 * is a small line scanner doing what CPython's tokenizer does with
 * indentation (INDENT/DEDENT, tabs to multiples of 8 checked against tabs of
 * width 1, form feeds resetting the column) plus the parser's one rule about
 * it: a compound statement's header ending in `:` needs an indented block.
 * Messages are CPython's own.
 *
 * It reads the text once, line by line, tracking only what decides where a
 * logical line ends: strings (including triple-quoted ones over several
 * lines), brackets, comments and backslash continuations.
 */

export interface IndentationProblem {
  message: string;
  /** 1-based. */
  line: number;
  column: number;
}

/** CPython's tokenizer limits (Parser/tokenizer.h: MAXINDENT, MAXLEVEL). */
const MAX_INDENT = 100;
const MAX_LEVEL = 200;

const HEADER = /^(?:async[ \t\f]+)?(def|class|if|elif|else|for|while|try|except|finally|with|match|case)(?![\w])[ \t\f]*(\*)?/;

/** How CPython names the statement in "expected an indented block after …". */
function headerName(keyword: string, star: boolean): string {
  if (keyword === "def") return "function definition";
  if (keyword === "class") return "class definition";
  if (keyword === "except" && star) return "'except*' statement";
  return `'${keyword}' statement`;
}

interface Scan {
  depth: number;
  /** The open string's quote (`'`, `"`, `'''` or `"""`), or "". */
  quote: string;
  /** Inside an f-string: how deep in `{…}` replacement fields, which are code; -1 in other strings. */
  field?: number;
  /** The logical line goes on (a backslash at the end, an open bracket or a triple-quoted string). */
  continues: boolean;
  /** The last character that is not space or comment on this physical line, or "". */
  last: string;
  tooDeep: boolean;
  /** The first character outside strings and comments that CPython refuses as non-printable. */
  unprintable?: { code: number; column: number };
}

/** What Python's str.isprintable() says no to (controls, format characters, separators other than the space). */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** The string prefix (`rb`, `f`, …) right before a quote at `i`, or "" when the letters end a longer name. */
function stringPrefix(line: string, i: number): string {
  let j = i;
  while (j > 0 && i - j < 2 && /[a-zA-Z]/.test(line[j - 1]!)) j--;
  return j > 0 && /\w/.test(line[j - 1]!) ? "" : line.slice(j, i);
}

/**
 * Scan one physical line from `start`, updating the string and bracket
 * state. Backslashes escape the next character in every string, raw ones
 * included, as far as finding the closing quote goes.
 */
function scanLine(line: string, start: number, s: Scan): void {
  let i = start;
  s.last = "";
  s.continues = false;
  const n = line.length;
  while (i < n) {
    if (s.quote) {
      const q = s.quote;
      const c = line[i]!;
      if (c === "\\") {
        if (i + 1 >= n) {
          s.continues = true;
          return;
        }
        i += 2;
        continue;
      }
      if (line.startsWith(q, i)) {
        s.quote = "";
        i += q.length;
        s.last = c;
        continue;
      }
      if (s.field !== undefined && s.field >= 0) {
        if (c === "{" && s.field === 0 && line[i + 1] === "{") {
          i += 2;
          continue;
        }
        if (c === "{") s.field++;
        else if (c === "}" && s.field > 0) s.field--;
        else if (s.field > 0 && s.unprintable === undefined && c !== "\t" && c !== "\f" && NON_PRINTABLE.test(c) && c !== " ") s.unprintable = { code: c.charCodeAt(0), column: i + 1 };
      }
      i++;
      continue;
    }
    const c = line[i]!;
    if (c === "#") break;
    if (c === " " || c === "\t" || c === "\f") {
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if ((code < 0x20 || code >= 0x7f) && s.unprintable === undefined && NON_PRINTABLE.test(c)) s.unprintable = { code, column: i + 1 };
    if (c === "\\" && i + 1 >= n) {
      s.continues = true;
      return;
    }
    if (c === "'" || c === '"') {
      s.field = /[fF]/.test(stringPrefix(line, i)) ? 0 : -1;
      s.quote = line.startsWith(c + c + c, i) ? c + c + c : c;
      i += s.quote.length;
      s.last = c;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") {
      s.depth++;
      if (s.depth > MAX_LEVEL) s.tooDeep = true;
    } else if (c === ")" || c === "]" || c === "}") {
      if (s.depth > 0) s.depth--;
    }
    s.last = c;
    i++;
  }
  // A one-quote string does not go past its line (tree-sitter reports the missing quote).
  if (s.quote.length === 1) s.quote = "";
  if (s.quote || s.depth > 0) s.continues = true;
}

/**
 * The first indentation problem of `source` (line ends already `\n`), or
 * null. `breaks` receives the offset of every newline that ends a logical
 * line (none inside brackets, strings or after a backslash), in order.
 */
export function checkIndentation(source: string, breaks: number[] = []): IndentationProblem | null {
  const lines = source.split("\n");
  const cols = [0];
  const alts = [0];
  const s: Scan = { depth: 0, quote: "", continues: false, last: "", tooDeep: false };
  /** A header ending in `:` waiting for its block: what CPython calls it, its first line, and where it ends. */
  let pending: { name: string; line: number; endLine: number; endColumn: number } | null = null;
  let header: { name: string; line: number } | null = null;
  let inLogical = false;
  /** Offset in `source` of the current line's start. */
  let offset = 0;

  for (let row = 0; row < lines.length; row++) {
    const line = lines[row]!;
    if (inLogical) {
      scanLine(line, 0, s);
    } else {
      let col = 0;
      let alt = 0;
      let i = 0;
      for (; i < line.length; i++) {
        const c = line[i];
        if (c === " ") {
          col++;
          alt++;
        } else if (c === "\t") {
          col = (Math.floor(col / 8) + 1) * 8;
          alt++;
        } else if (c === "\f") {
          col = alt = 0;
        } else break;
      }
      // Blank and comment-only lines take no part in indentation.
      if (i === line.length || line[i] === "#") {
        offset += line.length + 1;
        continue;
      }
      const lineNo = row + 1;
      const top = cols[cols.length - 1]!;
      const altTop = alts[alts.length - 1]!;
      const tab = { message: "TabError: inconsistent use of tabs and spaces in indentation", line: lineNo, column: 1 };
      if (col === top) {
        if (alt !== altTop) return tab;
      } else if (col > top) {
        if (alt <= altTop) return tab;
        if (!pending) return { message: "IndentationError: unexpected indent", line: lineNo, column: i + 1 };
        if (cols.length >= MAX_INDENT) return { message: "IndentationError: too many levels of indentation", line: lineNo, column: i + 1 };
        cols.push(col);
        alts.push(alt);
        pending = null;
      } else {
        while (cols.length > 1 && col < cols[cols.length - 1]!) {
          cols.pop();
          alts.pop();
        }
        if (col !== cols[cols.length - 1]) return { message: "IndentationError: unindent does not match any outer indentation level", line: lineNo, column: i + 1 };
        if (alt !== alts[alts.length - 1]) return tab;
      }
      if (pending) return { message: `IndentationError: expected an indented block after ${pending.name} on line ${pending.line}`, line: lineNo, column: i + 1 };
      const m = HEADER.exec(line.slice(i));
      header = m ? { name: headerName(m[1]!, m[2] === "*"), line: lineNo } : null;
      scanLine(line, i, s);
    }
    if (s.tooDeep) return { message: "SyntaxError: too many nested parentheses", line: row + 1, column: 1 };
    if (s.unprintable) return { message: `SyntaxError: invalid non-printable character U+${s.unprintable.code.toString(16).toUpperCase().padStart(4, "0")}`, line: row + 1, column: s.unprintable.column };
    if (!s.continues) breaks.push(offset + line.length);
    offset += line.length + 1;
    inLogical = s.continues;
    if (!inLogical) {
      if (header && s.last === ":") pending = { ...header, endLine: row + 1, endColumn: line.replace(/[ \t\f]*(#.*)?$/, "").length + 1 };
      header = null;
    }
  }
  if (pending) return { message: `IndentationError: expected an indented block after ${pending.name} on line ${pending.line}`, line: pending.endLine, column: pending.endColumn };
  return null;
}
