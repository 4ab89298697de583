/**
 * Reads Python with tree-sitter and reports what the grammar could not
 * parse. tree-sitter recovers from errors, so the tree of a broken file is
 * still walked here to find every ERROR and MISSING node.
 */
import { createRequire } from "node:module";
import type { Diagnostic } from "../diagnostics/diagnostic.js";

const require = createRequire(import.meta.url);
// Both packages are CommonJS native addons; require keeps their typing simple.
const Parser = require("tree-sitter") as TreeSitterParserCtor;
const Python = require("tree-sitter-python") as unknown;

export interface SyntaxNode {
  type: string;
  text: string;
  isNamed: boolean;
  isMissing: boolean;
  hasError: boolean;
  startIndex: number;
  endIndex: number;
  startPosition: { row: number; column: number };
  endPosition: { row: number; column: number };
  parent: SyntaxNode | null;
  children: SyntaxNode[];
  namedChildren: SyntaxNode[];
  childCount: number;
  namedChildCount: number;
  firstChild: SyntaxNode | null;
  firstNamedChild: SyntaxNode | null;
  nextSibling: SyntaxNode | null;
  previousSibling: SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): SyntaxNode[];
}

interface Tree {
  rootNode: SyntaxNode;
}
interface TreeSitterParser {
  setLanguage(lang: unknown): void;
  parse(input: string, oldTree?: unknown, options?: { bufferSize?: number }): Tree;
}
type TreeSitterParserCtor = new () => TreeSitterParser;

let shared: TreeSitterParser | undefined;
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
}

export function parsePython(source: string, file: string): ParseResult {
  // The native binding reads through a fixed buffer; size it to the input so
  // large files are not cut.
  const tree = parser().parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 4 + 16) });
  const diagnostics: Diagnostic[] = [];
  if (tree.rootNode.hasError) collectErrors(tree.rootNode, file, diagnostics);
  return { root: tree.rootNode, diagnostics };
}

function collectErrors(node: SyntaxNode, file: string, out: Diagnostic[]): void {
  if (node.type === "ERROR" || node.isMissing) {
    const what = node.isMissing
      ? `expected ${JSON.stringify(node.type)}`
      : `invalid syntax near ${JSON.stringify(node.text.split("\n")[0]!.slice(0, 40))}`;
    out.push({
      code: "TSY1001",
      severity: "error",
      message: what,
      file,
      line: node.startPosition.row + 1,
      column: node.startPosition.column + 1,
    });
    if (node.type === "ERROR") return;
  }
  for (const child of node.children) {
    if (child.hasError || child.isMissing || child.type === "ERROR") collectErrors(child, file, out);
  }
}
