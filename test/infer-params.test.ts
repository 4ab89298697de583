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

  // A parameter left wide reads through the runtime (`print(v)`); its TypeScript annotation may still be the
  // union of what the calls pass (transform/assigned-types.ts), which only annotates.
  const wide = (code: string) => expect(code).toMatch(/^\s*print\(v\);$/m);

  test("calls that disagree, a function used as a value, *args at a call, a rebound parameter: wide", async () => {
    const disagree = await ts("def f(v):\n    print(v)\n\nf(1)\nf('a')\n");
    wide(disagree);
    expect(disagree).toContain("function f(v: number | string)");
    expect(await ts("def f(v):\n    print(v)\n\nf(1)\ng = f\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    print(v)\n\nargs = [1]\nf(1)\nf(*args)\n")).toContain("function f(v: any)");
    expect(await ts("def f(v):\n    v = str(v)\n    print(v)\n\nf(1)\n")).toContain("function f(v: any)");
    const boolAndInt = await ts("def f(v):\n    print(v)\n\nf(True)\nf(1)\n");
    wide(boolAndInt);
    expect(boolAndInt).toContain("function f(v: boolean | number)");
    wide(await ts("def f(v):\n    print(v)\n\nf(1.5)\n"));
    const optional = await ts("def f(v=None):\n    print(v)\n\nf(1)\nf()\n");
    wide(optional);
    expect(optional).toContain("function f(v: number | null = null)");
  });

  test("a variable that changes type through its own assignments stays wide", async () => {
    wide(await ts("def f(v):\n    print(v)\n\nx = 0\nx = x * 'ab'\nf(x)\n"));
    expect(await ts("def f(v):\n    print(v)\n\nx = 1\nx += 2\nf(x)\n")).toContain("function f(v: number)");
  });

  test("a comprehension variable is not the enclosing variable of the same name", async () => {
    wide(await ts("def f(v):\n    print(v)\n\nx = 1\nprint([f(x) for x in ['a']])\n"));
  });

  test("in a project, module-level functions may have callers elsewhere: only nested ones are typed", async () => {
    const src = "def f(v):\n    def g(w):\n        return w\n    return g(1)\n\nf(1)\n";
    const r = await transpile(src, { file: "m.py", project: {}, module: "m" });
    expect(r.code).toContain("function f(v: any)");
    expect(r.code).toContain("function g(w: number)");
  });
});

describe("return types from return statements", () => {
  test("every return an int (recursion included), or a str from str methods: typed", async () => {
    const code = await ts("def depth(n):\n    if n <= 0:\n        return 0\n    return 1 + depth(n - 2)\n\ndef loud(s):\n    return s.upper() + '!'\n\nprint(depth(4), loud('a'))\n");
    expect(code).toContain("function depth(n: number): number");
    expect(code).toContain("function loud(s: string): string");
    expect(code).toContain("console.log(`${depth(4)} ${loud(\"a\")}`)");
  });

  test("a function that may fall off its end, returns mixed types, or divides stays untyped", async () => {
    expect(await ts("def f(n):\n    if n:\n        return 1\n\nprint(f(1))\n")).toMatch(/function f\(n: number\) \{/);
    expect(await ts("def f(n):\n    if n:\n        return 1\n    return 'a'\n\nprint(f(1))\n")).toMatch(/function f\(n: number\) \{/);
    expect(await ts("def f(n):\n    return n / 2\n\nprint(f(1))\n")).toMatch(/function f\(n: number\) \{/);
  });

  test("an awaited coroutine's result", async () => {
    const code = await ts("import asyncio\n\nasync def f(n):\n    return n + 1\n\nasync def main():\n    print(await f(1))\n\nasyncio.run(main())\n");
    expect(code).toContain("function f(n: number): asyncio.Coroutine<number>");
  });
});
