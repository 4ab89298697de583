/**
 * Method decorators tsyncio cannot apply faithfully are refused with a
 * TSY1100 error, never translated to code that runs differently.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";

async function errors(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe("decorated __init__", () => {
  test("@singledispatchmethod on __init__ is a TSY1100 error (a JavaScript constructor cannot be replaced)", async () => {
    const src = [
      "from functools import singledispatchmethod",
      "class C:",
      "    @singledispatchmethod",
      "    def __init__(self, value):",
      "        self.kind = 'other'",
      "    @__init__.register",
      "    def _(self, value: int):",
      "        self.kind = 'int'",
      "",
    ].join("\n");
    expect(await errors(src)).toContainEqual("3:6 TSY1100 decorator @singledispatchmethod on __init__ is not supported");
  });

  test("the same method without the decorator on __init__ translates cleanly", async () => {
    const src = ["from functools import singledispatchmethod", "class C:", "    @singledispatchmethod", "    def make(self, value):", "        return 'other'", "    @make.register", "    def _(self, value: int):", "        return 'int'", ""].join("\n");
    expect(await errors(src)).toEqual([]);
  });
});
