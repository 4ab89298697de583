/** Shared by the output-shape tests: translate a snippet, requiring that it has no errors. */
import { expect } from "vitest";
import { transpile } from "../../src/index.js";

export async function ts(src: string): Promise<string> {
  const r = await transpile(src, { file: "t.py" });
  expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return r.code;
}
