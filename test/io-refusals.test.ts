/**
 * I/O that tsyncio does not translate is refused at translation time, with
 * a position and a TODO marker, never run in a way that differs (TLS).
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";

async function diagnostics(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
}

const wrap = (line: string) => `import asyncio\nasync def main():\n    ${line}\n`;

describe("TLS is refused, not run in clear text", () => {
  test("import ssl is a TSY1102 error", async () => {
    const d = await diagnostics("import ssl\nctx = ssl.create_default_context()\n");
    expect(d[0]).toMatch(/^1:1 error TSY1102 TLS is not translated yet/);
  });

  test.each([
    'await asyncio.open_connection("example.org", 443, ssl=True)',
    "await asyncio.start_server(cb, '127.0.0.1', 0, ssl=ctx)",
    "await asyncio.open_unix_connection('/tmp/s', ssl=True)",
  ])("%s is a TSY1100 error with a TODO", async (line) => {
    const src = wrap(line);
    expect(await diagnostics(src)).toEqual([expect.stringMatching(/^3:\d+ error TSY1100 TLS \(ssl=\) is not translated yet$/)]);
    expect((await transpile(src)).code).toContain("TODO(tsyncio)");
  });

  test("ssl=None and ssl=False are plain connections", async () => {
    expect(await diagnostics(wrap('await asyncio.open_connection("h", 80, ssl=None)'))).toEqual([]);
    expect(await diagnostics(wrap('await asyncio.open_connection("h", 80, ssl=False, limit=10)'))).toEqual([]);
  });
});
