/**
 * runtime/frames.ts on V8 stack text: frames mapped through the source map
 * beside a compiled module, runtime frames and anonymous helpers left out,
 * outer frames added once, and the frames of a caught exception cut at the
 * handler (what `traceback.format_exc()` shows).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { compileModule } from "../src/cli/execute.js";
import { transpile } from "../src/index.js";
import { addOuterFrames, caughtFrames, formatFrames, framesOf, framesOfStack } from "../src/runtime/frames.js";

const PY = ["def inner(x):", "    raise ValueError(x)", "", "def outer():", "    inner(1)", "", "def handler():", "    try:", "        outer()", "    except ValueError:", "        pass", "", "handler()", ""].join("\n");

let url = "";
let js: string[] = [];
/** The 1-based line of the compiled JavaScript holding `needle`. */
const at = (needle: string) => js.findIndex((l) => l.trim() === needle) + 1;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "tsyncio-frames-"));
  const py = join(dir, "app.py");
  writeFileSync(py, PY);
  const r = await transpile(PY, { file: "app.py", sourceMapSource: py });
  const compiled = compileModule(r.code, "app.ts", r.map);
  const file = join(dir, "app.js");
  writeFileSync(file, `${compiled.js}//# sourceMappingURL=app.js.map\n`);
  writeFileSync(`${file}.map`, JSON.stringify(compiled.map));
  url = pathToFileURL(file).href;
  js = compiled.js.split("\n");
});

describe("frames", () => {
  const stack = () =>
    [
      "ValueError: 1",
      "    at inner$rt (file:///somewhere/runtime/builtins.js:10:5)",
      `    at inner (${url}:${at("throw new ValueError(x);")}:11)`,
      `    at outer (${url}:${at("inner(1);")}:5)`,
      `    at ${url}:${at("outer();")}:7`,
      `    at handler (${url}:${at("outer();")}:7)`,
      `    at ${url}:${at("handler();")}:1`,
      "    at ModuleJob.run (node:internal/modules/esm/module_job:234:25)",
    ].join("\n");

  test("map each frame to the Python file, line, function and source line", () => {
    const frames = framesOfStack(stack());
    expect(frames.map((f) => `${f.line} ${f.name}`)).toEqual(["13 <module>", "9 handler", "5 outer", "2 inner"]);
    expect(formatFrames(frames.slice(-1))).toEqual([`  File "${frames[0]!.file}", line 2, in inner`, "    raise ValueError(x)"]);
    expect(frames[0]!.file.endsWith("app.py")).toBe(true);
  });

  test("outer frames are added once, before the exception's own", () => {
    const e = Object.assign(new Error("x"), { stack: stack().split("\n").slice(0, 4).join("\n") });
    addOuterFrames(e, `Error\n    at ${url}:${at("handler();")}:1`);
    expect(framesOf(e).map((f) => f.name)).toEqual(["<module>", "outer", "inner"]);
    const same = Object.assign(new Error("y"), { stack: stack() });
    addOuterFrames(same, `Error\n    at ${url}:${at("handler();")}:1`);
    expect(framesOf(same).map((f) => f.name)).toEqual(["<module>", "handler", "outer", "inner"]);
  });

  test("a caught exception's frames start at the handler's function", () => {
    const e = Object.assign(new Error("x"), { stack: stack() });
    const here = `Error\n    at handler (${url}:${at("outer();")}:7)\n    at ${url}:${at("handler();")}:1`;
    expect(caughtFrames(e, here).map((f) => `${f.line} ${f.name}`)).toEqual(["9 handler", "5 outer", "2 inner"]);
  });
});
