/**
 * `re` beyond what the conformance samples show: patterns JavaScript cannot
 * express are refused at translation time when they are literals, and at
 * run time (as re.error) otherwise.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { re } from "../src/runtime/stdlib/re/index.js";

async function diagnostics(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
}

describe("re: patterns JavaScript cannot express", () => {
  test("a literal conditional group is a TSY1100 error with a TODO marker", async () => {
    const src = 'import re\nm = re.search(r"(a)?(?(1)b|c)", "ab")\n';
    expect(await diagnostics(src)).toEqual(["2:5 error TSY1100 this regular expression cannot be translated to JavaScript: conditional groups (?(id)yes|no)"]);
    expect((await transpile(src)).code).toContain("TODO(tsyncio)");
  });

  test("literal flags count: (?-i:) is refused only under re.IGNORECASE", async () => {
    expect(await diagnostics('import re\nre.compile("(?-i:a)b", re.I | re.M)\n')).toHaveLength(1);
    expect(await diagnostics('import re\nre.compile("(?-i:a)b")\n')).toEqual([]);
  });

  test("patterns CPython rejects are not translation errors: the program may catch re.error", async () => {
    expect(await diagnostics('import re\nre.compile("a(b")\n')).toEqual([]);
  });

  test("a computed pattern JavaScript cannot express raises re.error at run time", () => {
    expect(() => re.compile("(a)(?(1)b)")).toThrow(re.error);
    try {
      re.compile("(a)(?(1)b)");
    } catch (e) {
      expect(String((e as Error).toString())).toBe("tsyncio cannot translate this pattern to JavaScript: conditional groups (?(id)yes|no)");
    }
  });

  test("a scoped (?i:) with an ASCII range works; beyond ASCII it is refused", () => {
    expect(re.findall("(?i:[a-c]+)x", "ABcx abX")).toEqual(["ABcx"]);
    expect(() => re.compile("(?i:[à-é])")).toThrow(re.error);
  });
});
