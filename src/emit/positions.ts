/**
 * Where each piece of TypeScript came from in the Python, carried through
 * emit and prettier without changing any transform's return type: the
 * statement lists put a marker before every Python statement's code (line,
 * column, enclosing Python function). In a statement list the marker is a
 * string statement of its own (`"@tsy0 12:4 main";`, which prettier may
 * print in parentheses so it does not read as a directive), which prettier lays
 * out on its own line as cheaply as any statement (comments cost prettier
 * far more: attaching each one to a node searches the tree); among class
 * members, where a statement cannot stand, it is a comment
 * (`/*@tsy0 12:4 main*\/`). Once the text is laid out the markers are read
 * off line by line, removed, and turned into a line table: every TypeScript
 * line maps to the Python statement whose code it is part of.
 *
 * The marker's tag is chosen so that it occurs nowhere in the Python source:
 * no string literal of the program can be mistaken for a marker.
 */
import type { SyntaxNode } from "../parse/parser.js";

export interface PyPosition {
  /** 1-based Python line. */
  line: number;
  /** 0-based Python column. */
  column: number;
  /** The Python function (code object) the statement runs in: `main`, `<module>`, a class name for a class body. */
  scope: string;
}

export interface PositionSegment extends PyPosition {
  /** 0-based line of the TypeScript. */
  genLine: number;
  /** 0-based column of the TypeScript where the statement's code starts (0 for a continuation line). */
  genColumn: number;
}

/** The name CPython's traceback gives the frame a statement runs in. */
export function scopeName(node: SyntaxNode): string {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === "function_definition" || n.type === "class_definition") return n.childForFieldName("name")?.text ?? "<module>";
    if (n.type === "lambda") return "<lambda>";
  }
  return "<module>";
}

/** The frame names CPython gives the code objects of expressions. */
export const EXPRESSION_FRAMES: Readonly<Record<string, string>> = {
  lambda: "<lambda>",
  list_comprehension: "<listcomp>",
  set_comprehension: "<setcomp>",
  dictionary_comprehension: "<dictcomp>",
  generator_expression: "<genexpr>",
};

export class PositionMarks {
  readonly tag: string;
  private readonly pattern: RegExp;

  constructor(source: string) {
    let n = 0;
    while (source.includes(`@tsy${n}`)) n++;
    this.tag = `@tsy${n}`;
    this.pattern = new RegExp(`/\\*${this.tag} (\\d+):(\\d+) (.*?)\\*/ ?|^\\s*\\(?"${this.tag} (\\d+):(\\d+) ([^"]*)"\\)?;\\s*$`, "g");
  }

  /** The marker to put before the code of the statement `node`: a statement, or a comment among class members. */
  mark(node: SyntaxNode, member = false): string {
    const text = `${this.tag} ${node.startPosition.row + 1}:${node.startPosition.column} ${scopeName(node).replace(/[*/"\\]/g, "")}`;
    return member ? `/*${text}*/` : `"${text}";`;
  }

  /**
   * The marker to put at the start of the body of a lambda or comprehension,
   * code that CPython runs in a frame of its own (`<lambda>`, `<listcomp>`,
   * …): a comment with its own tag, taken out before formatting (see
   * expression-frames.ts), so the layout is the same with and without a map.
   */
  frame(body: SyntaxNode, scope: string): string {
    return `/*${this.frameTag} ${body.startPosition.row + 1}:${body.startPosition.column} ${scope.replace(/[*/"\\]/g, "")}*/`;
  }

  /** The tag of `frame` markers. */
  get frameTag(): string {
    return `${this.tag}f`;
  }

  /**
   * The text without its markers, and the table they give: one segment where a
   * statement's code starts, and one at the start of each further line it spans.
   */
  extract(text: string): { code: string; segments: PositionSegment[] } {
    const out: string[] = [];
    const segments: PositionSegment[] = [];
    let current: PyPosition | null = null;
    for (const line of text.split("\n")) {
      if (!line.includes(this.tag)) {
        if (current && line.trim() !== "") segments.push({ ...current, genLine: out.length, genColumn: 0 });
        out.push(line);
        continue;
      }
      const found: { at: number; pos: PyPosition }[] = [];
      let removed = 0;
      const stripped = line.replace(this.pattern, (m: string, l?: string, c?: string, scope?: string, sl?: string, sc?: string, sscope?: string, offset?: number) => {
        found.push({ at: offset! - removed, pos: { line: Number(l ?? sl), column: Number(c ?? sc), scope: (scope ?? sscope)! } });
        removed += m.length;
        return "";
      });
      if (stripped.trim() === "") {
        // A marker on a line of its own: it applies from the next line on.
        current = found[found.length - 1]!.pos;
        continue;
      }
      const genLine = out.length;
      const indent = stripped.length - stripped.trimStart().length;
      if (current && found[0]!.at > indent) segments.push({ ...current, genLine, genColumn: 0 });
      for (const f of found) segments.push({ ...f.pos, genLine, genColumn: f.at <= indent ? 0 : f.at });
      current = found[found.length - 1]!.pos;
      out.push(stripped.trimEnd() === stripped ? stripped : stripped.trimEnd());
    }
    return { code: out.join("\n"), segments };
  }
}
