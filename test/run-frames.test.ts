/**
 * runtime/frames.ts on V8 stack text: frames mapped through the source map
 * beside a compiled module, runtime frames and anonymous helpers left out,
 * outer frames added once, and the frames of a caught exception cut at the
 * handler (what `traceback.format_exc()` shows).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { compileModule } from "../src/cli/execute.js";
import { transpile } from "../src/index.js";
import { addOuterFrames, caughtFrames, formatFrames, framesOf, framesOfStack } from "../src/runtime/frames.js";
import { ROOT } from "./support/samples.js";

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

/**
 * Uncaught exceptions against CPython: each program of test/tracebacks runs
 * under python3 and under `tsyncio run`, and the two tracebacks must be the
 * same text once CPython's own frames (asyncio's internals, which the
 * translation has no counterpart for) and its 3.11 `^^^^` position markers
 * are taken out and paths are cut to the file name. Stdout and the exit
 * status must match too. The expectations are python3's output at test
 * time. Files starting with `_` are modules the programs import.
 */
const SHAPES = join(ROOT, "test", "tracebacks");
const BIN = join(ROOT, "dist", "cli", "main.js");

/** Shapes whose frames still differ, with why; `test.fails` flips to an error once one starts passing. */
const KNOWN: Record<string, string> = {
  "cancelled_task.py": "a CancelledError gets no frames where it is raised into a coroutine: cancellation skips the stack capture a failed await makes (cost)",
  "wait_for_timeout.py": "a CancelledError gets no frames where it is raised into a coroutine: cancellation skips the stack capture a failed await makes (cost)",
  "callback_error.py": "the handle's repr lacks the callback's arguments and ', at <file>:<line>' (its traceback matches: see below)",
  "implicit_context.py": "an exception raised by a call inside an except block gets no __context__",
};

/** The environment of a program started from a shell: vitest's own variables would switch the runtime's program ending off. */
function environment(cache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache };
  for (const k of Object.keys(env)) if (k.startsWith("VITEST")) delete env[k];
  return env;
}

/**
 * A traceback with only the program's frames: a frame of another file goes
 * with its source line, caret lines go, and paths become file names.
 * Exception-group margins (`  | `) are kept, so the box layout is compared too.
 */
export function programTraceback(stderr: string, dir: string): string {
  const out: string[] = [];
  let skipSource: string | null = null;
  for (const line of stderr.split("\n")) {
    const frame = /^(.*?)File "([^"]+)", line (\d+), in (.*)$/.exec(line);
    if (frame) {
      const [, margin, file, no, name] = frame;
      if (!file!.startsWith(dir + sep)) {
        skipSource = `${margin}  `;
        continue;
      }
      skipSource = null;
      out.push(`${margin}File "${basename(file!)}", line ${no}, in ${name}`);
      continue;
    }
    const content = line.replace(/^[\s|+]*/, "");
    if (content !== "" && /^[\^~ ]+$/.test(content)) continue;
    if (skipSource !== null) {
      const source = line.startsWith(skipSource) && line.length > skipSource.length;
      skipSource = null;
      if (source) continue;
    }
    out.push(line);
  }
  return out.join("\n");
}

describe("tracebacks match CPython's (python3 at test time)", () => {
  const cache = mkdtempSync(join(tmpdir(), "tsyncio-tb-cache-"));
  const shapes = readdirSync(SHAPES).filter((f) => f.endsWith(".py") && !f.startsWith("_")).sort();
  const runBoth = (file: string) => {
    const opts = { cwd: SHAPES, encoding: "utf8" as const, env: environment(cache), timeout: 60_000 };
    const py = spawnSync("python3", [file], opts);
    const ts = spawnSync(process.execPath, [BIN, "run", file], opts);
    return { py, ts };
  };
  for (const file of shapes) {
    const reason = KNOWN[file];
    (reason ? test.fails : test)(`${file}${reason ? ` (known: ${reason})` : ""}`, () => {
      const { py, ts } = runBoth(file);
      expect(py.stderr).toContain("Traceback (most recent call last):");
      expect(programTraceback(ts.stderr, SHAPES)).toBe(programTraceback(py.stderr, SHAPES));
      expect(ts.stdout).toBe(py.stdout);
      expect([ts.status, ts.signal]).toEqual([py.status, py.signal]);
    });
  }

  test.each(["unretrieved_task.py", "callback_error.py"])("what asyncio reports without raising shows the exception's traceback: %s", (file) => {
    const { py, ts } = runBoth(file);
    const traceback = (stderr: string) => programTraceback(stderr, SHAPES).split("\n").slice(2).join("\n");
    expect(traceback(ts.stderr)).toBe(traceback(py.stderr));
    expect(traceback(ts.stderr)).toMatch(/^Traceback \(most recent call last\):\n {2}File "/);
  });
});
