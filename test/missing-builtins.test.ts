/**
 * A Python builtin the runtime lacks is refused at translation (TSY1101,
 * with its position), not left to fail with a NameError at run time; a
 * program's own binding of the same name is untouched.
 */
import builtinsMissing from "../grammar-mappings/builtins-missing.json" with { type: "json" };
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";

async function diagnostics(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);
}

describe("builtins the runtime lacks", () => {
  const names = Object.keys(builtinsMissing).filter((n) => n !== "$comment");

  test.each(names)("%s called or read is TSY1101 at its position", async (name) => {
    expect(await diagnostics(`x = 1\nvalue = ${name}\n`)).toEqual(["2:9 TSY1101"]);
    expect(await diagnostics(`print(${name}())\n`)).toEqual(["1:7 TSY1101"]);
  });

  test("the program's own binding of such a name is not refused", async () => {
    expect(await diagnostics("dir = 'up'\nprint(dir)\ndef help(x):\n    return x\nprint(help(2))\n")).toEqual([]);
    expect(await diagnostics("def f(eval=1):\n    return eval\nprint(f(eval=2))\n")).toEqual([]);
  });
});
