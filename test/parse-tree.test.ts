/**
 * The parser hands later stages a JavaScript copy of tree-sitter's tree
 * (src/parse/tree.ts). These tests compare the copy with the native nodes,
 * property by property, on every sample and on some broken input, so a
 * tree-sitter upgrade that changes what the copy must answer is noticed.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { copyTree, grammarFacts, type NativeTree, type SyntaxNode } from "../src/parse/tree.js";
import { listSamples, SAMPLES } from "./support/samples.js";

const require = createRequire(import.meta.url);
const Parser = require("tree-sitter") as new () => { setLanguage(l: unknown): void; parse(s: string, old?: unknown, o?: { bufferSize: number }): NativeTree };
const Python = require("tree-sitter-python") as { nodeTypeInfo: Parameters<typeof grammarFacts>[0] };
const parser = new Parser();
parser.setLanguage(Python);
const facts = grammarFacts(Python.nodeTypeInfo);
const FIELDS = [...new Set(Python.nodeTypeInfo.flatMap((t) => Object.keys((t as { fields?: object }).fields ?? {})))];

const key = (n: SyntaxNode | null) => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : "null");

/** Every difference between a native node and its copy, recursively, as readable lines. */
function differences(native: SyntaxNode, copy: SyntaxNode, out: string[] = []): string[] {
  const at = `${native.type}@${native.startPosition.row + 1}:${native.startPosition.column + 1}`;
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${at} ${what}: native ${JSON.stringify(a)}, copy ${JSON.stringify(b)}`);
  };
  for (const k of ["type", "text", "isNamed", "isMissing", "hasError", "startIndex", "endIndex", "startPosition", "endPosition", "childCount", "namedChildCount"] as const) same(k, native[k], copy[k]);
  for (const k of ["parent", "firstChild", "firstNamedChild", "previousSibling"] as const) same(k, key(native[k]), key(copy[k]));
  same("children", native.children.map(key), copy.children.map(key));
  same("namedChildren", native.namedChildren.map(key), copy.namedChildren.map(key));
  for (const f of FIELDS) {
    same(`childrenForFieldName(${f})`, native.childrenForFieldName(f).map(key), copy.childrenForFieldName(f).map(key));
    // tree-sitter quirk: the case clauses of `match` sit in a block aliased
    // from a hidden rule, and the native childForFieldName("alternative") on
    // the match statement reaches through it (childrenForFieldName does not).
    // The copy answers with direct children only; nothing asks this.
    if (!(native.type === "match_statement" && f === "alternative")) same(`childForFieldName(${f})`, key(native.childForFieldName(f)), key(copy.childForFieldName(f)));
  }
  // The native nextSibling steps over a zero-width sibling (an empty block
  // after `if x:`) that children lists; the copy follows the children list.
  const next = copy.nextSibling;
  if (!(next && next.startIndex === next.endIndex)) same("nextSibling", key(native.nextSibling), key(next));
  native.children.forEach((c, i) => copy.children[i] && differences(c, copy.children[i]!, out));
  return out;
}

function compare(source: string): string[] {
  const tree = parser.parse(source, undefined, { bufferSize: Math.max(32 * 1024, source.length * 4 + 16) });
  const broken = tree.rootNode.hasError;
  return differences(tree.rootNode, copyTree(tree, source, broken, facts));
}

describe("the JavaScript copy of the tree answers like tree-sitter", () => {
  test.each(listSamples())("%s", (name) => {
    expect(compare(readFileSync(join(SAMPLES, name), "utf8"))).toEqual([]);
  });

  test("an empty block (zero-width node) after `if x:`", () => {
    expect(compare("if x:\nprint(1)\n")).toEqual([]);
  });

  test("non-ASCII text, tabs, comments and CRLF line ends keep their positions", () => {
    expect(compare("x = 'é😀' + f(a, b=2)  # ü\n\tif x:\n\t\ty = {'k': [1, *z]}\n")).toEqual([]);
    expect(compare("a = 1\r\nif a:\r\n    b = 'x'\r\n")).toEqual([]);
  });

  test("broken input: ERROR and MISSING nodes are copied with their error flags", () => {
    expect(compare("def f(:\n  x = (1,\n")).toEqual([]);
    expect(compare("a = [\n")).toEqual([]);
  });

  test("child arrays are shared, so they are frozen against edits", () => {
    const tree = parser.parse("f(a, b)\n");
    const root = copyTree(tree, "f(a, b)\n", false, facts);
    expect(Object.isFrozen(root.children)).toBe(true);
    expect(() => (root.namedChildren as SyntaxNode[]).push(root)).toThrow(TypeError);
  });
});
