/**
 * The shape of the output: plain TypeScript where it behaves the same, the
 * runtime only where it does not. These complement the conformance suite,
 * which is the proof of behaviour; here we check the translation reads like
 * code a person would write.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { ts } from "./support/translate.js";


describe("idiomatic output", () => {
  test("an awaited coroutine call stays a plain await", async () => {
    const code = await ts("async def f(x: int) -> int:\n    return x\n\nasync def main():\n    y = await f(1)\n    print(y)\n");
    expect(code).toContain('function f(x: number): asyncio.Coroutine<number> {\n  return coro("f", 1, async (): Promise<number> => {');
    expect(code).toContain("const y = await f(1).__await__();");
  });

  test("a coroutine function is lazy where it is defined; a call evaluates its arguments at once", async () => {
    const code = await ts("async def f(x):\n    return x\n\nasync def main():\n    c = f(1)\n    print('made')\n    await c\n");
    expect(code).toMatch(/function f\(x: number\)[^{]*\{\n\s*return coro\("f", 1, async \(\)[^=]*=> \{[\s\S]*\}\);/);
    expect(code).toContain("const c = f(1);");
  });

  test("keywords are bound to the callee's parameters", async () => {
    const code = await ts("def connect(host, port=80, *, timeout=1.5):\n    return host\n\nconnect('h', timeout=3)\n");
    expect(code).toContain('connect("h", undefined, 3)');
  });

  test("a callee known only at run time binds keywords by its own signature; no signatures without such a call", async () => {
    const dynamic = await transpile("def make():\n    def f(x, y=0):\n        return x + y\n    return f\n\nprint(make()(1, y=2))\n", { file: "t.py" });
    expect(dynamic.diagnostics).toEqual([]);
    expect(dynamic.code).toContain('setSignature(f, "make.<locals>.f(x, y=)")');
    expect(dynamic.code).toContain('callKw(make(), [1], [["y", 2]])');
    const plain = await ts("def f(x, y=0):\n    return x + y\n\nprint(f(1, y=2))\n");
    expect(plain).not.toContain("setSignature");
  });

  test("a call Python rejects raises the same TypeError", async () => {
    const r = await transpile("def f(a):\n    return a\n\nf(1, 2)\n", { file: "t.py" });
    expect(r.code).toContain('raiseTypeError("f() takes 1 positional argument but 2 were given")');
    expect(r.diagnostics[0]).toMatchObject({ code: "TSY1201", severity: "warning", line: 4, column: 1 });
  });

  test("`**mapping` to a library function fills its keyword-only parameters, and is bound at run time where a key could name a positional one", async () => {
    const ok = await transpile("import json\nkw = {'indent': 2}\nprint(json.dumps([1], **kw))\n", { file: "t.py" });
    expect(ok.diagnostics).toEqual([]);
    expect(ok.code).toContain("...Object.fromEntries(kwargsEntries(kw))");
    const late = await transpile("import math\nkw = {'b': 1}\nprint(math.isclose(1, **kw))\n", { file: "t.py" });
    expect(late.diagnostics).toEqual([]);
    expect(late.code).toMatch(/math\.isclose\(\s*\.\.\.bindStdlibArgs\(/);
  });

  test("range loops become counting loops", async () => {
    const code = await ts("for i in range(3):\n    print(i)\n");
    expect(code).toContain("for (let i = 0; i < 3; i++)");
  });

  test("f-strings become template literals and string-only prints console.log", async () => {
    const code = await ts('name = "x"\nprint(f"hi {name}!")\n');
    expect(code).toContain("console.log(`hi ${name}!`)");
  });

  test("annotations become TypeScript types", async () => {
    const code = await ts("def f(xs: list[int], m: dict[str, float], o: int | None = None) -> tuple[int, str]:\n    return (1, 'a')\n");
    expect(code).toContain("xs: number[]");
    expect(code).toContain("m: Map<string, number>");
    expect(code).toContain("o: number | null = null");
    expect(code).toContain("readonly [number, string]");
  });

  test("docstrings become JSDoc", async () => {
    const code = await ts('def f():\n    """Say hi."""\n    return 1\n');
    expect(code).toContain("/** Say hi. */");
  });

  test("for/else uses a labelled block that break leaves", async () => {
    const code = await ts("for x in [1, 2]:\n    if x == 3:\n        break\nelse:\n    print('none')\n");
    expect(code).toMatch(/loop_\d+: \{/);
    expect(code).toMatch(/break loop_\d+;/);
  });

  test("except Exception is an instanceof test that rethrows the rest", async () => {
    const code = await ts("try:\n    x = 1\nexcept ValueError as e:\n    print(e)\n");
    expect(code).toMatch(/const e = toPyException\(err_\d+\);/);
    expect(code).toMatch(/if \(!\(e instanceof ValueError\)\) throw e;/);
  });

  test("a handler of the program's own class tests the caught value as it is", async () => {
    const code = await ts("class AppError(Exception):\n    pass\ntry:\n    x = 1\nexcept AppError as e:\n    print(e)\n");
    expect(code).not.toContain("toPyException");
    expect(code).toMatch(/catch \(e\) \{\s*if \(!\(e instanceof AppError\)\) throw e;/);
  });

  test("a handler that could match a converted JavaScript error keeps the conversion", async () => {
    for (const cls of ["TypeError", "Exception", "(AppError, AttributeError)", "dataclasses.FrozenInstanceError"]) {
      const code = await ts(`import dataclasses\nclass AppError(Exception):\n    pass\ntry:\n    x = 1\nexcept ${cls}:\n    print("caught")\n`);
      expect(code, cls).toContain("toPyException");
    }
    for (const cls of ["KeyError", "asyncio.CancelledError", "asyncio.TimeoutError", "socket.error", "json.JSONDecodeError"]) {
      const code = await ts(`import asyncio, socket, json\ntry:\n    x = 1\nexcept ${cls}:\n    print("caught")\n`);
      expect(code, cls).not.toContain("toPyException");
    }
  });

  test("a def only ever called directly carries no signature; one passed as a value does", async () => {
    const code = await ts("def direct(a, b=2):\n    return a + b\ndef passed(a, b=2):\n    return a * b\ndef call(fn, **kw):\n    return fn(1, **kw)\nprint(direct(1, b=3), call(passed, b=4))\n");
    expect(code).toContain("setSignature(passed, ");
    expect(code).not.toContain("setSignature(direct");
  });

  test("a module that reads the handled exception implicitly converts in every handler", async () => {
    const code = await ts("import logging\nclass AppError(Exception):\n    pass\ndef report():\n    logging.exception('failed')\ntry:\n    x = 1\nexcept AppError:\n    report()\n");
    expect(code).toContain("toPyException");
  });

  test("time.sleep in a coroutine warns and becomes asyncio.sleep", async () => {
    const r = await transpile("import time\nasync def f():\n    time.sleep(0.5)\n", { file: "t.py" });
    expect(r.code).toContain("await asyncio.sleep(0.5)");
    expect(r.diagnostics.map((d) => d.code)).toContain("TSY1301");
  });

  test("an unknown module is an error with a TODO marker in the output", async () => {
    const r = await transpile("import numpy\n", { file: "t.py" });
    expect(r.diagnostics[0]).toMatchObject({ code: "TSY1102", line: 1, column: 1 });
    expect(r.code).toContain("TODO(tsyncio)");
  });

  test("syntax errors give positions and no code", async () => {
    const r = await transpile("def f(:\n  pass\n", { file: "bad.py" });
    expect(r.code).toBe("");
    expect(r.diagnostics[0]).toMatchObject({ code: "TSY1001", file: "bad.py", line: 1 });
  });
});
