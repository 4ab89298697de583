/**
 * The shape of translated generators, loops over them and `with`: native
 * `function*`, `yield*` and try/finally where they behave the same, a runtime
 * helper only where Python and JavaScript part ways. Behaviour itself is
 * proven by the samples in samples/generators/.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { ts } from "./support/translate.js";


describe("generators", () => {
  test("a generator is a function* and yield from is yield*", async () => {
    const code = await ts("def inner():\n    yield 1\n\ndef outer():\n    r = yield from inner()\n    yield r\n");
    expect(code).toContain("function* inner()");
    expect(code).toMatch(/yield\* iterate\(inner\(\)\)/);
  });

  test("a loop over a held generator does not close it on break; over a temporary it does", async () => {
    const code = await ts("def gen():\n    yield 1\n\ng = gen()\nfor x in g:\n    break\nfor y in gen():\n    break\n");
    expect(code).toContain("of pyIterable(g))");
    expect(code).toContain("of iterate(gen()))");
  });

  test("async for over a held async generator keeps it open", async () => {
    const code = await ts("async def gen():\n    yield 1\n\nasync def main():\n    g = gen()\n    async for x in g:\n        break\n");
    expect(code).toContain("for await (const x of keepOpen(g))");
  });

  test("a generator that calls next() converts a leaked StopIteration (PEP 479)", async () => {
    const code = await ts("def firsts(its):\n    for it in its:\n        yield next(it)\n");
    expect(code).toContain("throw leakedStop(");
    const plain = await ts("def nums():\n    yield 1\n");
    expect(plain).not.toContain("leakedStop");
  });

  test("a generator expression evaluates its outermost iterable at once", async () => {
    const code = await ts("xs = [1, 2]\ng = (x * 2 for x in xs)\n");
    expect(code).toMatch(/\(function\* \(src\$: Iterable<any>\) \{[^}]*\}\)\(xs\)/s);
  });

  test("generator introspection is reported, not guessed", async () => {
    const r = await transpile("def g():\n    yield 1\n\nx = g()\nprint(x.gi_frame)\n", { file: "t.py" });
    expect(r.diagnostics[0]).toMatchObject({ code: "TSY1100", severity: "error", line: 5, column: 7 });
    expect(r.code).toContain("TODO(tsyncio)");
  });
});

describe("with", () => {
  test("asyncio.Lock reads as acquire / try / finally release", async () => {
    const code = await ts("import asyncio\n\nasync def main():\n    lock = asyncio.Lock()\n    async with lock:\n        print('held')\n");
    expect(code).toMatch(/await lock\.acquire\(\);\s*try \{\s*console\.log\("held"\);\s*\} finally \{\s*lock\.release\(\);\s*\}/);
  });

  test("a user manager gets the exception type, value and a traceback, and may suppress", async () => {
    const code = await ts("class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, t, v, tb):\n        return True\n\nwith CM() as c:\n    pass\n");
    expect(code).toContain("excInfo(");
    expect(code).toMatch(/if \(!cm_\d+\.__exit__\(\.\.\.exc_\d+\)\) throw exc_\d+\[1\];/);
  });

  test("asyncio.timeout never swallows, so the catch always rethrows", async () => {
    const code = await ts("import asyncio\n\nasync def main() -> int:\n    async with asyncio.timeout(1):\n        return 1\n");
    expect(code).toMatch(/await cm_\d+\.__aexit__\(\.\.\.exc_\d+\);\s*throw exc_\d+\[1\];/);
  });
});
