/**
 * TypeScript annotations from what is stored (src/transform/assigned-types.ts):
 * variables declared before their stores, parameters of functions only ever
 * called directly, and generators' Generator<Y, R, N>. They only annotate:
 * the samples check behaviour, test/typecheck.test.ts that tsc accepts them.
 */
import { describe, expect, test } from "vitest";
import { ts } from "./support/translate.js";

describe("types from stores", () => {
  test("a variable stored in branches is declared with the union of what they store", async () => {
    const code = await ts("def f(xs):\n    if xs:\n        best = 1\n    else:\n        best = 'none'\n    print(best)\n\nf([1])\n");
    expect(code).toContain("let best!: number | string;");
  });

  test("a store of unknown type keeps any", async () => {
    const code = await ts("import json\n\ndef f(s):\n    if s:\n        v = json.loads(s)\n    else:\n        v = 0\n    print(v)\n\nf('1')\n");
    expect(code).toContain("let v: any;");
  });

  test("a parameter takes the union of what every call passes, its default included", async () => {
    expect(await ts("def f(a, b=None):\n    print(a, b)\n\nf('x')\nf('y', 2.5)\n")).toContain("function f(a: string, b: null | number = null)");
    // A call that raises TypeError is not a type the parameter has.
    expect(await ts("def f(a):\n    print(a)\n\nf('x')\ng = f\n")).toContain("function f(a: any)");
  });

  test("a generator yields the union of its yields; returns void and reads nothing sent unless it does", async () => {
    const code = await ts("def gen(n):\n    for i in range(n):\n        yield i * 2\n\ndef echo():\n    x = yield 1\n    return x\n\nprint(list(gen(3)))\n");
    expect(code).toContain("function* gen(n: number): Generator<number, void, unknown>");
    expect(code).toContain("function* echo(): Generator<number, any, any>");
  });

  test("a bare yield, which yields undefined, leaves the yield type any", async () => {
    expect(await ts("def g():\n    yield\n    yield 1\n\nprint(list(g()))\n")).toContain("function* g(): Generator<any, void, unknown>");
  });

  test("attributes stored by unpacking are declared (a type only), and reads still check they exist", async () => {
    const code = await ts("class P:\n    def __init__(self, x: int, y):\n        self.x, self.y = x, y\n\np = P(1, 2)\nprint(p.x)\n");
    expect(code).toContain("declare x: number;");
    expect(code).toContain("declare y: any;");
    expect(code).toContain('getattr(p, "x")');
  });
});
