/**
 * Positions and entry points outside `run`: `convert --source-map`,
 * `convert` of a file importing its siblings, and a migrated project
 * (`migrate --source-map`, compiled by tsc) whose entry runs its
 * `__main__` block however it is started and whose tracebacks map through
 * the JavaScript and the TypeScript to the Python.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { MapIndex, type SourceMapV3 } from "../src/runtime/source-maps.js";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const work = mkdtempSync(join(tmpdir(), "tsyncio-run-project-"));

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(work, ".cache") };
  for (const k of Object.keys(e)) if (k.startsWith("VITEST")) delete e[k];
  return e;
}

function exec(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: env(), timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function files(dir: string, tree: Record<string, string>): string {
  const root = join(work, dir);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function frames(stderr: string, prefix: string): string[] {
  return [...stderr.matchAll(/^ {2}File "([^"]+)", line (\d+), in (\S+)$/gm)].filter((m) => m[1]!.startsWith(prefix)).map((m) => `${m[1]!.slice(prefix.length + 1)}:${m[2]} ${m[3]}`);
}

const PROGRAM = {
  "main.py": [
    "import asyncio",
    "import tool",
    "from util import delay",
    "",
    "async def main():",
    "    print('main', __name__, tool.describe())",
    "    await delay(-1)",
    "",
    "if __name__ == '__main__':",
    "    asyncio.run(main())",
    "",
  ].join("\n"),
  "tool.py": "def describe():\n    return 'tool as ' + __name__\n\nif __name__ == '__main__':\n    print('tool main block: must not run when imported')\n",
  "util.py": "import asyncio\n\nasync def delay(x):\n    await asyncio.sleep(0)\n    if x < 0:\n        raise ValueError(f'negative delay {x}')\n    return x\n",
};

describe("convert", () => {
  test("--source-map writes <out>.map naming the .py, and the code links to it", () => {
    const dir = files("convert", { "app.py": "x = 1\n\ndef f(y):\n    print('in f')\n    return y\n\nprint(f(2))\n" });
    const r = exec(process.execPath, [BIN, "convert", "app.py", "-o", "out/app.ts", "--source-map"], dir);
    expect(r.status).toBe(0);
    const code = readFileSync(join(dir, "out", "app.ts"), "utf8");
    expect(code.trimEnd().endsWith("//# sourceMappingURL=app.ts.map")).toBe(true);
    const map = JSON.parse(readFileSync(join(dir, "out", "app.ts.map"), "utf8")) as SourceMapV3;
    expect(map.sources).toEqual(["../app.py"]);
    const index = new MapIndex(map);
    const line = (needle: string) => index.find(code.split("\n").findIndex((l) => l.includes(needle)), 999)!.line! + 1;
    expect(line("console.log(\"in f\")")).toBe(4);
    expect(line("return y")).toBe(5);
    expect(line("console.log(`${f(2)}`)")).toBe(7);
    // Without -o the map is inline.
    const inline = exec(process.execPath, [BIN, "convert", "app.py", "--source-map"], dir);
    expect(inline.stdout).toMatch(/\/\/# sourceMappingURL=data:application\/json;base64,\S+\n$/);
    // Without --source-map, no map.
    const plain = exec(process.execPath, [BIN, "convert", "app.py", "-o", "plain/app.ts"], dir);
    expect(plain.status).toBe(0);
    expect(existsSync(join(dir, "plain", "app.ts.map"))).toBe(false);
  });

  test("a file importing its siblings gets ES imports of their translations", () => {
    const dir = files("siblings", PROGRAM);
    const r = exec(process.execPath, [BIN, "convert", "main.py"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('from "./util.js"');
    expect(r.stdout).toContain('from "./tool.js"');
  });
});

describe("a migrated project", () => {
  let out = "";
  let src = "";
  beforeAll(() => {
    src = files("project/src", PROGRAM);
    out = join(work, "project", "out");
    const m = exec(process.execPath, [BIN, "migrate", src, "-o", out, "--source-map", "--no-progress", "--workers", "1"], work);
    expect(m.status, m.stderr).toBe(0);
    symlinkSync(join(ROOT, "node_modules"), join(out, "node_modules"));
    const t = exec(process.execPath, [TSC, "-p", "."], out);
    expect(t.stdout + t.stderr).toBe("");
  }, 180_000);

  test("writes a .ts.map per module and compiles with maps", () => {
    for (const f of ["main.ts.map", "tool.ts.map", "util.ts.map", "main.js.map"]) expect(existsSync(join(out, f)), f).toBe(true);
    expect(JSON.parse(readFileSync(join(out, "tsconfig.json"), "utf8")).compilerOptions.sourceMap).toBe(true);
  });

  test("the entry runs its __main__ block however it is started, and only the entry", () => {
    const py = exec("python3", ["main.py"], src);
    const starts: [string[], string][] = [
      [["main.js"], out],
      [[join(out, "main.js")], work],
      [["main"], out],
      [["../main.js"], join(out, "runtime")],
    ];
    for (const [args, cwd] of starts) {
      const r = exec(process.execPath, args, cwd);
      expect(r.stdout, args.join(" ")).toBe(py.stdout);
      expect(r.status).toBe(py.status);
    }
    const tool = exec(process.execPath, ["tool.js"], out);
    expect(tool.stdout).toBe(exec("python3", ["tool.py"], src).stdout);
  });

  test("a traceback maps through the JavaScript and the TypeScript to the Python", () => {
    const py = exec("python3", ["main.py"], src);
    const r = exec(process.execPath, ["main.js"], out);
    expect(frames(r.stderr, src)).toEqual(frames(py.stderr, src));
    expect(frames(r.stderr, src)).toEqual(["main.py:10 <module>", "main.py:7 main", "util.py:6 delay"]);
    expect(r.stderr.trimEnd().split("\n").pop()).toBe("ValueError: negative delay -1");
  });
});
