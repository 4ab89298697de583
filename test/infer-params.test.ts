/**
 * Parameter types learnt from call sites (src/analyze/call-site-types.ts):
 * typed only when every use of the function is a call that proves the type,
 * wide (`any`) on the least doubt. Behaviour is checked by the samples
 * (samples/core/inferred_param_types.py); these check which parameters get a type.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { ts } from "./support/translate.js";

describe("parameter types from call sites", () => {
  test("ints and strs from literals, defaults, keywords, range loops and len", async () => {
    const code = await ts("def f(n, s, k=2):\n    return s * (n + k)\n\nfor i in range(3):\n    f(i, 'a')\nf(len('xy'), s='b', k=4)\n");
    expect(code).toContain("function f(n: number, s: string, k: number = 2)");
  });

  test("a recursive call keeps the type its outside calls give", async () => {
    const code = await ts("def count(n):\n    return 0 if n == 0 else 1 + count(n - 1)\n\nprint(count(5))\n");
    expect(code).toContain("function count(n: number)");
  });

  test("calls that disagree, a function used as a value, *args at a call, a rebound parameter: any", async () => {
    expect(await ts("def f(v):\n    print(v)\n\nf(1)\nf('a')\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nf(1)\ng = f\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nargs = [1]\nf(1)\nf(*args)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    v = str(v)\n    print(v)\n\nf(1)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nf(True)\nf(1)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nf(1.5)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v=None):\n    print(v)\n\nf(1)\nf()\n")).toContain("function f(v: any = null)");
  });

  test("a variable that changes type through its own assignments stays wide", async () => {
    expect(await ts("def f(v):\n    print(v)\n\nx = 0\nx = x * 'ab'\nf(x)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nx = 1\nx += 2\nf(x)\n")).toContain("function f(v: number)");
  });

  test("a comprehension variable is not the enclosing variable of the same name", async () => {
    const code = await ts("def f(v):\n    print(v)\n\nx = 1\nprint([f(x) for x in ['a']])\n");
    expect(code).toContain("function f(v: any)");
  });

  test("in a project, module-level functions may have callers elsewhere: only nested ones are typed", async () => {
    const src = "def f(v):\n    def g(w):\n        return w\n    return g(1)\n\nf(1)\n";
    const r = await transpile(src, { file: "m.py", project: {}, module: "m" });
    expect(r.code).toContain("function f(v: any)");
    expect(r.code).toContain("function g(w: number)");
  });
});
