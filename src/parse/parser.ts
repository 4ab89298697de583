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
import { copyTree, grammarFacts, type GrammarFacts, type NativeTree } from "./tree.js";

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
}

export function parsePython(source: string, file: string): ParseResult {
  // The native binding reads through a fixed buffer; size it to the input so
  // large files are not cut.
  const tree = parser().parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 4 + 16) });
  const diagnostics: Diagnostic[] = [];
  const broken = tree.rootNode.hasError;
  if (broken) collectErrors(tree.rootNode, file, diagnostics);
  facts ??= grammarFacts(Python.nodeTypeInfo);
  return { root: copyTree(tree, source, broken, facts), diagnostics };
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
