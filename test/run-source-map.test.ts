/**
 * Source maps of `transpile()`: every Python statement that produces code is
 * mapped from the TypeScript lines of that code, through prettier's layout,
 * and the map names the Python function each line runs in.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { parsePython, type SyntaxNode } from "../src/parse/parser.js";
import { MapIndex } from "../src/runtime/source-maps.js";
import { listSamples, SAMPLES } from "./support/samples.js";

/** Statements that translate to no code of their own. */
const SILENT = new Set(["case_clause", "pass_statement", "import_statement", "import_from_statement", "future_import_statement", "global_statement", "nonlocal_statement", "comment", "type_alias_statement"]);

/**
 * Statements that are declarations for the type checker only: type variables and aliases,
 * `if TYPE_CHECKING:`, annotated fields of a class body (a dataclass's constructor holds their defaults).
 */
function typeOnly(n: SyntaxNode): boolean {
  if (n.type === "if_statement" && /TYPE_CHECKING$/.test(n.childForFieldName("condition")?.text ?? "")) return true;
  // `@overload` stubs serve type checkers and are dropped.
  if (n.type === "decorated_definition" && n.namedChildren.some((d) => d.type === "decorator" && /^@\s*(typing\.)?overload$/.test(d.text))) return true;
  const a = n.type === "expression_statement" ? n.firstNamedChild : null;
  if (a?.type !== "assignment") return false;
  if (a.childForFieldName("type") && n.parent?.parent?.type === "class_definition") return true;
  return /^(typing\.)?(TypeVar|Union|Optional|Callable|Literal|NewType|ParamSpec|TypeAlias)\b/.test(a.childForFieldName("right")?.text ?? "");
}

/** `if __name__ == "__main__":` on its own is no code in a single file: its body runs unconditionally. */
function isMainGuard(n: SyntaxNode): boolean {
  return n.type === "if_statement" && /^__name__\s*==\s*["']__main__["']$/.test(n.childForFieldName("condition")?.text ?? "");
}

/** `...` as a statement, like `pass`, does nothing and translates to nothing. */
function isEllipsis(n: SyntaxNode): boolean {
  return n.type === "expression_statement" && n.namedChildren.length === 1 && n.namedChildren[0]!.type === "ellipsis";
}

function isDocstring(n: SyntaxNode): boolean {
  return n.type === "expression_statement" && n.namedChildren.length === 1 && n.namedChildren[0]!.type === "string" && n.parent?.namedChildren.find((c) => c.type !== "comment")?.startIndex === n.startIndex;
}

/** Start lines of the statements in statement lists (module, blocks), the ones that produce code. */
function statementLines(root: SyntaxNode): Set<number> {
  const lines = new Set<number>();
  const visit = (list: SyntaxNode): void => {
    for (const c of list.namedChildren) {
      if (typeOnly(c)) continue;
      if (c.type === "block" || c.type === "module") visit(c);
      else if (!SILENT.has(c.type) && !isDocstring(c) && !isMainGuard(c) && !typeOnly(c) && !isEllipsis(c) && (list.type === "block" || list.type === "module")) lines.add(c.startPosition.row + 1);
      for (const d of c.namedChildren) if (d.type !== "block") visitNested(d);
      for (const d of c.namedChildren) if (d.type === "block") visit(d);
    }
  };
  const visitNested = (n: SyntaxNode): void => {
    if (n.type === "block") return visit(n);
    for (const d of n.namedChildren) visitNested(d);
  };
  visit(root);
  return lines;
}

function mappedLines(map: NonNullable<Awaited<ReturnType<typeof transpile>>["map"]>, code: string): Set<number> {
  const index = new MapIndex(map);
  const out = new Set<number>();
  code.split("\n").forEach((_, i) => {
    const s = index.find(i, 1 << 20);
    if (s?.line !== undefined) out.add(s.line + 1);
  });
  return out;
}

describe("source maps", () => {
  test("a small program: lines and function names", async () => {
    const source = ["import asyncio", "", "async def inner(x):", "    if x > 1:", "        raise ValueError(x)", "    return x", "", "async def main():", "    y = await inner(2)", "    print(y)", "", "asyncio.run(main())", ""].join("\n");
    const r = await transpile(source, { file: "app.py" });
    expect(r.map).toBeDefined();
    expect(r.map!.sources).toEqual(["app.py"]);
    expect(r.map!.sourcesContent).toEqual([source]);
    const lines = r.code.split("\n");
    const index = new MapIndex(r.map!);
    const at = (needle: string) => {
      const i = lines.findIndex((l) => l.includes(needle));
      const s = index.find(i, 1000)!;
      return `${s.line! + 1} ${r.map!.names[s.name!]}`;
    };
    expect(at("throw new ValueError")).toBe("5 inner");
    expect(at("return x")).toBe("6 inner");
    expect(at("await inner(2)")).toBe("9 main");
    expect(at("console.log(")).toBe("10 main");
    expect(at("asyncio.run(")).toBe("12 <module>");
    expect(r.code).not.toContain("@tsy");
  });

  test("a marker-like string in the program is left alone", async () => {
    const r = await transpile('print("/*@tsy0 1:0 x*/")\n', { file: "m.py" });
    expect(r.code).toContain("/*@tsy0 1:0 x*/");
  });

  test("sourceMap: false gives the same code and no map", async () => {
    const source = "def f(a):\n    return a * 2\n\nprint(f(3))\n";
    const a = await transpile(source, { file: "f.py" });
    const b = await transpile(source, { file: "f.py", sourceMap: false });
    expect(b.map).toBeUndefined();
    expect(b.code).toBe(a.code);
  });

  const samples = listSamples().filter((s) => !s.startsWith("repos"));
  test.each(samples)("every statement of %s is mapped", async (rel) => {
    const source = readFileSync(join(SAMPLES, rel), "utf8");
    const r = await transpile(source, { file: rel });
    if (!r.code) return;
    const wanted = statementLines(parsePython(source, rel).root);
    const got = mappedLines(r.map!, r.code);
    const missing = [...wanted].filter((l) => !got.has(l));
    expect(missing, `Python lines with no TypeScript mapped to them`).toEqual([]);
  });
});
