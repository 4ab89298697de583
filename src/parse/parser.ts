/**
 * Reads Python with tree-sitter and reports what the grammar could not
 * parse. tree-sitter recovers from errors, so the tree of a broken file is
 * still walked here to find every ERROR and MISSING node.
 *
 * The tree handed to analysis and transform is a plain JavaScript copy
 * (see tree.ts): the native node objects cross into C++ on every property
 * read, and later stages read the same nodes many times.
 */
import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { checkIndentation } from "./indentation.js";
import { checkStatements } from "./statements.js";
import { copyTree, deepest, grammarFacts, type GrammarFacts, type NativeTree } from "./tree.js";

export type { SyntaxNode } from "./tree.js";
import type { SyntaxNode } from "./tree.js";

const require = createRequire(import.meta.url);
// Both packages are CommonJS native addons; require keeps their typing simple.
const Parser = require("tree-sitter") as TreeSitterParserCtor;
const Python = require("tree-sitter-python") as { nodeTypeInfo: Parameters<typeof grammarFacts>[0] };

interface TreeSitterParser {
  setLanguage(lang: unknown): void;
  parse(input: string, oldTree?: unknown, options?: { bufferSize?: number }): NativeTree;
}
type TreeSitterParserCtor = new () => TreeSitterParser;

let shared: TreeSitterParser | undefined;
let facts: GrammarFacts | undefined;
function parser(): TreeSitterParser {
  if (!shared) {
    shared = new Parser();
    shared.setLanguage(Python);
  }
  return shared;
}

export interface ParseResult {
  root: SyntaxNode;
  diagnostics: Diagnostic[];
  /** The text the tree was read from: without a BOM, every line end a "\n". */
  source: string;
  /** How many levels the tree nests. */
  depth: number;
}

/**
 * Python reads `\r\n` and a lone `\r` as line ends (universal newlines);
 * tree-sitter only knows `\n`. Line and column numbers stay those of the
 * original text.
 */
export function normalizeSource(source: string): string {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}

export function parsePython(original: string, file: string): ParseResult {
  const source = normalizeSource(original);
  // The native binding reads through a fixed buffer; size it to the input so
  // large files are not cut.
  const tree = parser().parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 4 + 16) });
  const broken = tree.rootNode.hasError;
  facts ??= grammarFacts(Python.nodeTypeInfo);
  const root = copyTree(tree, source, broken, facts);
  const depth = deepest;
  const diagnostics = broken ? collectErrors(root, file) : [];
  // tree-sitter accepts some programs CPython refuses (a block that is not
  // indented, a `try` without handlers); CPython's verdict is what counts.
  const indentation = checkIndentation(source);
  if (indentation) {
    const before = diagnostics.filter((d) => d.line < indentation.line);
    return { root, source, depth, diagnostics: [...before, { code: "TSY1001", severity: "error", file, ...indentation }] };
  }
  if (diagnostics.length === 0) diagnostics.push(...checkStatements(root, file, source));
  // A MISSING hidden token (a newline between two statements) is in neither copy nor native children: the tree is still wrong.
  if (broken && diagnostics.length === 0) diagnostics.push({ code: "TSY1001", severity: "error", message: "SyntaxError: invalid syntax", file, line: 1, column: 1 });
  return { root, source, depth, diagnostics };
}

/** Every ERROR and MISSING node, outermost first, with an explicit stack: broken input can nest deeply. */
function collectErrors(root: SyntaxNode, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === "ERROR" || node.isMissing) {
      const what = node.isMissing
        ? `expected ${JSON.stringify(node.type)}`
        : `invalid syntax near ${JSON.stringify(node.text.split("\n")[0]!.slice(0, 40))}`;
      const at = node.startPosition;
      out.push({ code: "TSY1001", severity: "error", message: what, file, line: at.row + 1, column: at.column + 1 });
      if (node.type === "ERROR") continue;
    }
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const child = kids[i]!;
      if (child.hasError || child.isMissing || child.type === "ERROR") stack.push(child);
    }
  }
  return out;
}
