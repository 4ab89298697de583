/**
 * String literals, f-strings and `%` formatting. f-strings become template
 * literals; each field is converted the way Python's str() would, with the
 * runtime's `format` where a format spec is given.
 */
import { ANY, STR } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { expr, registerExpressions } from "./expressions.js";

const SIMPLE_ESCAPES: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "0": "\0",
  "\n": "",
};

/** Decode Python escape sequences in the body of a non-raw literal. */
export function decodeEscapes(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|[\s\S])/g, (whole, esc: string) => {
    if (/^[xuU]/.test(esc)) return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (/^[0-7]+$/.test(esc)) return String.fromCodePoint(parseInt(esc, 8));
    if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc]!;
    return whole; // unknown escapes stay as written, as in Python
  });
}

interface Prefix {
  raw: boolean;
  f: boolean;
  bytes: boolean;
}

function prefixOf(str: SyntaxNode): Prefix {
  const start = str.children.find((c) => c.type === "string_start")?.text ?? "";
  const p = start.replace(/["']/g, "").toLowerCase();
  return { raw: p.includes("r"), f: p.includes("f"), bytes: p.includes("b") };
}

/** Python str() of a value as TypeScript source, keeping floats printing as floats. */
export function strCode(e: Expr, ctx: Context): string {
  switch (e.type.k) {
    case "str":
      return e.code;
    case "int":
      return `String(${e.code})`;
    case "bool":
      if (e.code === "true" || e.code === "false") return e.code === "true" ? '"True"' : '"False"';
      return `(${e.code} ? "True" : "False")`;
    case "none":
      if (e.code === "null") return '"None"';
      return `${ctx.rt("str")}(${hintedCode(e, ctx)})`;
    default:
      return `${ctx.rt("str")}(${hintedCode(e, ctx)})`;
  }
}

/**
 * The value as formatting functions receive it. Floats carry their own mark
 * at run time (an integral float is a PyFloat box, see transform/floats.ts),
 * so no static hint is added: a static type can claim float for a value that
 * is an int at run time (`acc = 0` before a loop that adds floats).
 */
export function hintedCode(e: Expr, _ctx: Context): string {
  return e.code;
}

/**
 * Values joined by `sep` as one template literal, for `print` of strs and
 * ints: string literals and template literals are spliced in, anything else
 * becomes `${value}` (an int shows there as Python's str() shows it).
 */
export function joinedTemplate(values: Expr[], sep: string): string {
  const parts = values.map((v) => {
    const text = literalText(v.code);
    if (text !== null) return escapeTemplate(text).replace(/\n/g, "\\n");
    if (/^`(?:[^`\\]|\\[\s\S])*`$/.test(v.code)) return v.code.slice(1, -1);
    if (/^-?\d+$/.test(v.code) && v.type.k === "int") return v.code;
    return "${" + v.code + "}";
  });
  const joined = parts.join(escapeTemplate(sep).replace(/\n/g, "\\n"));
  // Nothing interpolated: a plain string literal reads better than a template.
  return joined.includes("${") ? "`" + joined + "`" : JSON.stringify(templateText(joined));
}

/** The text of a double-quoted string literal written as JSON writes one, else null. */
export function literalText(code: string): string | null {
  if (!/^"(?:[^"\\\n]|\\.)*"$/.test(code)) return null;
  try {
    return JSON.parse(code) as string;
  } catch {
    return null;
  }
}

/** The text a template literal body without interpolations stands for. */
function templateText(body: string): string {
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|[\s\S])/g, (_, esc: string) => {
    if (esc[0] === "u") return String.fromCodePoint(parseInt(esc.replace(/[u{}]/g, ""), 16));
    return ({ n: "\n", r: "\r", t: "\t" } as Record<string, string>)[esc] ?? esc;
  });
}

function escapeTemplate(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${").replace(/\r/g, "\\r").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

function contentText(node: SyntaxNode, prefix: Prefix): string {
  let text = node.text;
  if (!prefix.raw) text = decodeEscapes(text);
  if (prefix.f) text = text.replace(/\{\{/g, "{").replace(/\}\}/g, "}");
  return text;
}

interface Piece {
  literal?: string;
  code?: string;
}

function interpolation(node: SyntaxNode, ctx: Context): Piece[] {
  const exprNode = node.childForFieldName("expression")!;
  const value = expr(exprNode, ctx);
  const conversion = node.childForFieldName("type_conversion")?.text.slice(1);
  const specNode = node.childForFieldName("format_specifier");
  const selfDocumenting = node.children.some((c) => c.type === "=");
  const pieces: Piece[] = [];
  if (selfDocumenting) {
    // {x=} prints the source text, then repr unless a conversion or spec says otherwise.
    // The text runs to the `=` and the spaces after it: `{x = }` prints "x = ".
    const eq = node.children.find((c) => c.type === "=")!;
    const eqAt = Buffer.from(node.text, "utf8").subarray(0, eq.startIndex - node.startIndex).toString("utf8").length;
    const inner = node.text.slice(1, eqAt + 1) + /^\s*/.exec(node.text.slice(eqAt + 1))![0];
    pieces.push({ literal: inner });
  }
  let shown: Expr = value;
  const conv = conversion ?? (selfDocumenting && !specNode ? "r" : undefined);
  if (conv === "r") shown = { code: `${ctx.rt("repr")}(${hintedCode(value, ctx)})`, type: STR };
  else if (conv === "s") shown = { code: strCode(value, ctx), type: STR };
  else if (conv === "a") shown = { code: `${ctx.rt("ascii")}(${hintedCode(value, ctx)})`, type: STR };
  if (specNode) {
    const spec = formatSpec(specNode, ctx);
    pieces.push({ code: plainIntFormat(shown, spec) ?? `${ctx.rt("format")}(${hintedCode(shown, ctx)}, ${spec})` });
  } else if (conv === undefined && (shown.type.k === "any" || shown.type.k === "instance")) {
    // An f-string field calls format(value, ""), which honours __format__.
    pieces.push({ code: `${ctx.rt("format")}(${hintedCode(shown, ctx)}, "")` });
  } else {
    // An int is what `${}` shows it as, as String() would.
    pieces.push({ code: shown.type.k === "int" ? shown.code : strCode(shown, ctx) });
  }
  return pieces;
}

/**
 * An int under a spec JavaScript spells the same way: a width with `<` or
 * `>` (ints align right by default) and no fill, sign, `0` or grouping,
 * whose digits are ASCII so padding by length is exact; or a base (`x`, `X`,
 * `o`, `b`), which toString writes with the same `-` as Python. Anything
 * else is the runtime's format().
 */
function plainIntFormat(value: Expr, spec: string): string | null {
  if (value.type.k !== "int") return null;
  const text = literalText(spec);
  if (text === null) return null;
  const m = /^([<>]?)([1-9]\d{0,2})?(d?)$/.exec(text);
  // A literal needs no parentheses before `.`; anything else might (a ternary, an `await`).
  const v = /^[\w$.]+$/.test(value.code) && !/^\d/.test(value.code) ? value.code : `(${value.code})`;
  if (m && m[2]) return `String(${value.code}).${m[1] === "<" ? "padEnd" : "padStart"}(${m[2]})`;
  const base = { x: 16, X: 16, o: 8, b: 2 }[text];
  if (base) return `${v}.toString(${base})${text === "X" ? ".toUpperCase()" : ""}`;
  return null;
}

function formatSpec(spec: SyntaxNode, ctx: Context): string {
  const text = spec.text.replace(/^:/, "");
  const nested = spec.namedChildren.filter((c) => c.type === "format_expression");
  if (nested.length === 0) return JSON.stringify(text);
  let out = "";
  let pos = spec.startIndex + (spec.text.startsWith(":") ? 1 : 0);
  for (const n of nested) {
    out += escapeTemplate(ctx.source.slice(pos, n.startIndex));
    out += "${" + strCode(expr(n.childForFieldName("expression")!, ctx), ctx) + "}";
    pos = n.endIndex;
  }
  out += escapeTemplate(ctx.source.slice(pos, spec.endIndex));
  return "`" + out + "`";
}

function stringPieces(str: SyntaxNode, ctx: Context): Piece[] {
  const prefix = prefixOf(str);
  const pieces: Piece[] = [];
  for (const c of str.namedChildren) {
    if (c.type === "string_content") pieces.push({ literal: contentText(c, prefix) });
    else if (c.type === "interpolation") pieces.push(...interpolation(c, ctx));
  }
  return pieces;
}

function render(pieces: Piece[]): string {
  if (pieces.every((p) => p.literal !== undefined)) return JSON.stringify(pieces.map((p) => p.literal).join(""));
  let out = "`";
  for (const p of pieces) {
    if (p.literal !== undefined) out += escapeTemplate(p.literal);
    // A field that is text already (None's "None") is spliced in.
    else if (literalText(p.code!) !== null) out += escapeTemplate(literalText(p.code!)!).replace(/\n/g, "\\n");
    else out += "${" + p.code + "}";
  }
  return out + "`";
}

/** The bytes of a bytes literal's body, one char per byte: `\\u` and `\\N` are not escapes there. */
function bytesText(str: SyntaxNode): string {
  const raw = prefixOf(str).raw;
  let out = "";
  for (const c of str.namedChildren) {
    if (c.type !== "string_content") continue;
    out += raw
      ? c.text
      : c.text.replace(/\\(x[0-9a-fA-F]{2}|[0-7]{1,3}|[\s\S])/g, (whole, esc: string) => {
          if (esc[0] === "x") return String.fromCharCode(parseInt(esc.slice(1), 16));
          if (/^[0-7]+$/.test(esc)) return String.fromCharCode(parseInt(esc, 8) & 0xff);
          return esc in SIMPLE_ESCAPES ? SIMPLE_ESCAPES[esc]! : whole;
        });
  }
  return out;
}

/** `b'...'` (and `b'a' b'b'`) becomes the runtime's bytes object, built from its bytes as a latin-1 string. */
function bytesLiteral(strings: SyntaxNode[], ctx: Context): Expr {
  return { code: `${ctx.rt("bytesLiteral")}(${JSON.stringify(strings.map(bytesText).join(""))})`, type: ANY };
}

function stringLiteral(node: SyntaxNode, ctx: Context): Expr {
  if (prefixOf(node).bytes) return bytesLiteral([node], ctx);
  return { code: render(stringPieces(node, ctx)), type: STR };
}

function concatenated(node: SyntaxNode, ctx: Context): Expr {
  const strings = node.namedChildren.filter((c) => c.type === "string");
  if (strings.some((s) => prefixOf(s).bytes)) return bytesLiteral(strings, ctx);
  const pieces = strings.flatMap((s) => stringPieces(s, ctx));
  return { code: render(pieces), type: STR };
}

/** `"..." % args`: the runtime implements printf-style formatting. */
export function percentFormat(left: Expr, rightNode: SyntaxNode, ctx: Context): Expr {
  const right = expr(rightNode, ctx);
  const args = hintedCode(right, ctx);
  return { code: `${ctx.rt("percentFormat")}(${left.code}, ${args})`, type: left.type.k === "str" ? STR : ANY };
}

registerExpressions({ string: stringLiteral, concatenated_string: concatenated });
