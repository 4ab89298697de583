/**
 * What tsyncio accepts as Python must be what CPython accepts: each case is
 * judged by CPython's `compile()` and by `transpile()` (the built package, so
 * the deep-input worker is there), and the verdicts must agree. Where CPython
 * refuses, tsyncio gives TSY1001 with CPython's message and no code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cpythonVerdicts } from "./support/cpython.js";
import { ROOT } from "./support/samples.js";

const { transpile } = (await import(join(ROOT, "dist", "index.js"))) as typeof import("../src/index.js");

/** Inputs CPython refuses (the message is checked word for word) or accepts, where tree-sitter alone would say otherwise. */
const CASES: Record<string, string> = {
  "def body not indented": "def f():\nreturn 1\n",
  "def at end of file": "def f():\n",
  "def, comment and blank line, then no indent": "def f():\n# c\n\nreturn 1\n",
  "multi-line def header": "def f(a,\n      b):\nreturn 1\n",
  "decorated def": "@d\ndef f():\nreturn 1\n",
  "async def": "async def f():\nreturn 1\n",
  "async for": "async def f():\n    async for x in y:\n    pass\n",
  "if": "if x:\nreturn 1\n",
  elif: "if x:\n  pass\nelif y:\npass\n",
  else: "if x:\n  pass\nelse:\npass\n",
  try: "try:\npass\n",
  except: "try:\n  pass\nexcept E:\npass\n",
  "except*": "try:\n  pass\nexcept* E:\npass\n",
  finally: "try:\n  pass\nfinally:\npass\n",
  with: "with a:\npass\n",
  while: "while a:\npass\n",
  for: "for a in b:\npass\n",
  class: "class A:\npass\n",
  "class at end of file": "class A:\n",
  match: "match x:\ncase 1:\n  pass\n",
  case: "match x:\n  case 1:\n  pass\n",
  "header after a triple-quoted string": "x = '''\nif y:\n'''\nif x:\npass\n",
  "colon inside a string is no header": "if x: y = ':'\nz = 1\n",
  "unexpected indent": "x = 1\n    y = 2\n",
  "unindent to no level": "if x:\n    a\n  b\n",
  "tabs then spaces": "if x:\n\tif y:\n        pass\n\tpass\n",
  "spaces then tab": "if x:\n        a\n\tb\n",
  "tabs alone": "if x:\n\tif y:\n\t\tpass\n\tz = 1\n",
  "form feed in indentation": "if x:\n\f    a\n",
  "form feed between statements": "a = 1\n\f\nb = 2\n",
  "continuation lines": "x = (1,\n2)\nif x:\n    y = \\\n1\n",
  "body on the header line": "if x: pass\n",
  "100 levels of indentation": Array.from({ length: 100 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(100) + "pass\n",
  "101 levels of indentation": Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(101) + "pass\n",
  "200 nested brackets": "x = " + "(".repeat(200) + "1" + ")".repeat(200) + "\n",
  "201 nested brackets": "x = " + "(".repeat(201) + "1" + ")".repeat(201) + "\n",
  "two statements glued on one line": "x = 1\npass(a == 2, b)\n",
  "a value after an await on the same line": "async def f(q):\n    await q.put(None) None\n",
  "statements joined by a semicolon": "x = 1; y = 2\nprint(x); print(y)\n",
  "statements joined by a backslash": "x = 1 \\\n    + 2\n",
  "a comment ending in a backslash": "ESC = 0x1b  # ^[\nFS = 0x1c  # ^\\\nGS = 0x1d\n",
  "await in a generator expression in a plain function": "def f(n):\n    return (i for i in range(n) if await g(i))\n",
  "await in a generator expression at module level": "x = (i for i in range(3) if await g(i))\n",
  "async alone": "async\n",
  "async as a name": "x = async + 1\n",
  "await as a name": "def f():\n    await = 1\n",
  "chained annotated assignment": "x = y: int = 1\n",
  "an assignment ending in a colon": "inside = []:\npeak = 0\n",
  "a colon inside a dotted call": "x = a.b:c(1)\n",
  "chained plain assignment": "x = y = 1\n",
  "a vertical tab between tokens": "x = 1\x0b+ 2\n",
  "a zero-width space between tokens": "x = 1 +\u200b2\n",
  "a no-break space in a string is fine": "x = '\u00a0\u200b'\nprint(x)  # \u200b\n",
  "non-ASCII in a bytes literal": "x = b'\u00e9'\n",
  "non-ASCII in a str literal": "x = '\u00e9'\n",
  "an unknown future feature": "from __future__ import anotations\n",
  "future braces": "from __future__ import braces\n",
  "a known future feature": "from __future__ import annotations\n",
  "an operator at the end of a line": "def f(n):\n    return n\ng = f(4)>>\nprint(g)\n",
  "a bar at the end of a line": "x = 1 |\ny = 2\n",
  "walrus as a statement": "p := 1\n",
  "walrus in parentheses": "(p := 1)\nprint(p)\n",
  "a line continuation then a blank line": "x = 1 * 2\\\n \f\n",
  "a statement over bracketed lines": "x = (1 +\n     2)\ny = [\n    3,\n]\n",
  "print statement": 'print "hi"\n',
  "exec statement": 'exec "x = 1"\n',
  "print chevron is a valid shift": "f = 1\nx = 2\nprint >>f, x\n",
  backquotes: "x = `y`\n",
  "not-equal as <>": "x = 1 <> 2\n",
  "long integer suffix": "x = 1L\n",
  "octal without 0o": "x = 0777\n",
  "zeros and prefixed integers": "x = 00 + 0_0 + 0x1F + 0o7 + 0b1 + 100 + 031.4\n",
  "try without except or finally": "try:\n    x = 1\nprint(x)\n",
  "try without except at end of file": "try:\n    x = 1\n",
  "return at module level": "return 1\n",
  "return in a class body": "class A:\n    return 1\n",
  "yield at module level": "yield 1\n",
  "await at module level": "await x\n",
  "await in a plain function": "def f():\n    await x\n",
  "await in a lambda inside a coroutine": "async def f():\n    g = lambda: await x\n",
  "break at module level": "break\n",
  "break in a def inside a loop": "for x in y:\n    def f():\n        break\n",
  "break in a loop's else": "for x in y:\n    pass\nelse:\n    break\n",
  "continue outside a loop": "if x:\n    continue\n",
  "nonlocal at module level": "nonlocal x\n",
  "break inside a loop": "while x:\n    if y:\n        break\n    continue\n",
  "yield in a lambda": "f = lambda: (yield)\n",
  "await in an async comprehension": "async def f():\n    return [await x for x in y]\n",
  // Found by fuzz:inputs seed 31 (inputs 905, 919, 8071).
  "a future import after another statement": "import os\nfrom __future__ import annotations\n",
  "a future import after the docstring and comments": '"""doc"""\n# c\nfrom __future__ import annotations\nprint(1)\n',
  "a future import after two strings": '"""d"""\n"""e"""\nfrom __future__ import annotations\n',
  "a future import inside a function": "def f():\n    from __future__ import annotations\n",
  "except with an unparenthesized list": "try:\n    pass\nexcept A, B as e:\n    pass\n",
  "except with a tuple": "try:\n    pass\nexcept (A, B) as e:\n    pass\n",
  "a bare walrus in a tuple on the right of =": "p1, p2 = P := f(1), f(1)\n",
  "a bare walrus after return": "def f():\n    return x := 1\n",
  "a bare walrus after assert": "assert x := 1\n",
  "a walrus in a lambda body": "f = lambda: x := 1\n",
  "a walrus in a lambda statement": "lambda: x := 1\n",
  // Found by fuzz:inputs seed 31 (input 2460).
  "nonlocal after a use": "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n    g()\n",
  "global after an assignment": "x = 1\ndef f():\n    x = 2\n    global x\n",
  "global of a parameter": "def f(x):\n    global x\n",
  "global after an attribute and a keyword of that name": "def f():\n    y.x = 1\n    f(x=2)\n    global x\n    x = 3\n",
  "global after an annotated assignment": "x: int = 1\nglobal x\n",
  "global after a def of that name": "def f():\n    def x(): pass\n    global x\n",
  "global after a comprehension variable": "def f():\n    [x for x in range(3)]\n    global x\n",
  "global after an augmented assignment": "def f():\n    x += 1\n    global x\n",
  "global before its uses": "def f():\n    global x\n    x = 1\n    print(x)\n",
  // Found by fuzz:inputs seed 47 (inputs 5814, 7010).
  "await of a unary operation": "async def f():\n    await ~g()\n",
  "await of parenthesized and primary operands": "async def f():\n    await (~g())\n    await g()[0]\n",
  "a duplicate parameter": "def f(a, *, b, **b): pass\n",
  "a duplicate lambda parameter": "f = lambda a, *a: 1\n",
  "distinct parameters of every kind": "def f(a, b=1, *args, c, d=2, **kw): pass\ng = lambda x, y=1: x\n",
  // Found by fuzz:inputs seed 31 (input 3959): a replacement field of an f-string is code.
  "a control character in an f-string's replacement field": 'x = 1\nprint(f"{x\u000b}")\n',
  "control characters in the literal parts of strings": 'x = 1\nprint(f"a\u000bb {x} {{lit\u000b}}", rf"{x!r}", "{\u000b}", F"""{x}""", f"{ {1: 2}[1] }")\n',
  "parenthesized walruses": "f = lambda: (x := 1)\nwhile (n := 3) > 5:\n    pass\nprint([y := 1, 2], g(z := 3))\n",
};

const sampleFiles = ["samples/quickstart.py", ...readdirSync(join(ROOT, "samples", "asyncio")).filter((f) => f.endsWith(".py")).slice(0, 6).map((f) => `samples/asyncio/${f}`)];

describe("tsyncio accepts what CPython accepts, and refuses what it refuses", () => {
  const names = Object.keys(CASES);
  const verdicts = cpythonVerdicts(names.map((n) => CASES[n]!));
  names.forEach((name, i) => {
    test(name, async () => {
      const v = verdicts[i]!;
      const r = await transpile(CASES[name]!, { file: "t.py", format: false });
      const syntax = r.diagnostics.filter((d) => d.code === "TSY1001");
      if (v.ok) {
        expect(syntax).toEqual([]);
      } else {
        expect(r.code).toBe("");
        const last = syntax.at(-1)!;
        expect(last).toMatchObject({ line: v.line });
        // tree-sitter's own errors say "invalid syntax near …"; the checks that cover its gaps speak CPython's words.
        if (!last.message.startsWith("invalid syntax near")) expect(last.message).toBe(v.message);
      }
    });
  });
});

describe("line ends, byte order marks, form feeds, tabs", () => {
  const variants: Record<string, (s: string) => string> = {
    "CR only": (s) => s.replace(/\n/g, "\r"),
    CRLF: (s) => s.replace(/\n/g, "\r\n"),
    "mixed CR, LF and CRLF": (s) => s.split("\n").map((line, i) => line + ["\n", "\r", "\r\n"][i % 3]).join(""),
    "a byte order mark": (s) => "\uFEFF" + s,
    "form feeds before statements": (s) => s.replace(/\n(?=\S)/g, "\n\f"),
    "tabs for indentation": (s) => s.replace(/^((?: {4})+)/gm, (m) => "\t".repeat(m.length / 4)),
  };
  for (const sample of sampleFiles) {
    const source = readFileSync(join(ROOT, sample), "utf8");
    for (const [variant, change] of Object.entries(variants)) {
      test(`${sample} with ${variant}: CPython accepts it and the translation is the same`, async () => {
        const changed = change(source);
        // A sample may itself not suit the variant (tabs beside spaces): CPython decides.
        const [before, after] = cpythonVerdicts([source, changed]);
        expect(before!.ok).toBe(true);
        const base = await transpile(source, { file: "t.py" });
        const r = await transpile(changed, { file: "t.py" });
        if (after!.ok) {
          expect(r.diagnostics.filter((d) => d.code === "TSY1001")).toEqual([]);
          if (variant !== "form feeds before statements") expect(r.code).toBe(base.code);
        } else {
          expect(r.code).toBe("");
        }
      });
    }
  }
});

describe("deep input CPython compiles is translated, without a stack overflow", () => {
  const deep: Record<string, string> = {
    "2,000 + terms": `x = ${Array(2000).fill("1").join(" + ")}\nprint(x)\n`,
    "1,500 nested conditional expressions": `x = 1 if True else ${Array(1500).fill("2 if False else").join(" ")} 3\nprint(x)\n`,
    "2,000 chained calls": `def f():\n    return f\nx = f${"()".repeat(2000)}\nprint(x is f)\n`,
    "99 nested ifs": Array.from({ length: 99 }, (_, i) => " ".repeat(i) + `if ${i} < 1000:\n`).join("") + " ".repeat(99) + "print('deep')\n",
  };
  const names = Object.keys(deep);
  const verdicts = cpythonVerdicts(names.map((n) => deep[n]!));
  names.forEach((name, i) => {
    test(name, async () => {
      expect(verdicts[i]!.ok).toBe(true);
      const r = await transpile(deep[name]!, { file: "deep.py" });
      expect(r.diagnostics).toEqual([]);
      expect(r.code).toMatch(/print\(|console\.log\(/);
    });
  });
});
