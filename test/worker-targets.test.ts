/**
 * What a worker "process" is sent. A standard-library function or stream
 * is refused at translation time (position, TSY1100, TODO marker): the
 * workers are threads of one process, so `os.getpid` then `os.kill` would
 * act on the program itself and a stream cannot be shared as fork shares it.
 *
 * In a program of several modules: a process target or
 * pool function defined in a module that does not itself import
 * multiprocessing is found by the worker (its module registers its
 * functions because another module of the program starts workers), as
 * CPython's pickle finds it by module and name. Output compared with python3.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "tsyncio-procs-modules-"));

function exec(cmd: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(work, ".cache") };
  for (const k of Object.keys(env)) if (k.startsWith("VITEST")) delete env[k];
  const r = spawnSync(cmd, args, { cwd: work, encoding: "utf8", env, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("a Process target and a pool function from a module that does not import multiprocessing", () => {
  writeFileSync(join(work, "helpers.py"), ["def greet(n):", "    print('worker', n)", "", "def square(x):", "    return x * x", ""].join("\n"));
  writeFileSync(
    join(work, "main.py"),
    [
      "import multiprocessing",
      "import helpers",
      "from helpers import square",
      "",
      "if __name__ == '__main__':",
      "    for i in range(3):",
      "        p = multiprocessing.Process(target=helpers.greet, args=(i,))",
      "        p.start()",
      "        p.join()",
      "    with multiprocessing.Pool(2) as pool:",
      "        print(pool.map(square, range(5)))",
      "",
    ].join("\n"),
  );
  const py = exec("python3", ["main.py"]);
  expect(py.stdout).toBe("worker 0\nworker 1\nworker 2\n[0, 1, 4, 9, 16]\n");
  const ts = exec("node", [BIN, "run", "main.py"]);
  expect(ts.stderr).toBe("");
  expect(ts.stdout).toBe(py.stdout);
  expect(ts.status).toBe(0);
}, 120_000);

async function diagnostics(src: string) {
  return (await transpile(src, { file: "t.py" })).diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message.split(" ").slice(0, 4).join(" ")}`);
}

describe("standard-library functions and streams sent to workers are refused", () => {
  const pool = (line: string, imports = "import os\nimport sys\nimport math") =>
    `${imports}\nfrom concurrent import futures\nimport multiprocessing\n\ndef w(*a):\n    pass\n\nif __name__ == '__main__':\n    ${line}\n`;

  test.each([
    ["with futures.ProcessPoolExecutor() as ex: ex.submit(os.getpid)", "the standard-library function 'os.getpid'"],
    ["multiprocessing.Process(target=os.getpid).start()", "the standard-library function 'os.getpid'"],
    ["multiprocessing.Pool(2).map(math.sqrt, [1, 4])", "the standard-library function 'math.sqrt'"],
    ["multiprocessing.Process(target=w, args=(1, sys.stdout)).start()", "'sys.stdout' sent to a"],
    ["multiprocessing.Process(target=w, kwargs={'s': 1}, args=[sys.stderr]).start()", "'sys.stderr' sent to a"],
  ])("%s", async (line, what) => {
    const src = pool(line);
    const d = await diagnostics(src);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatch(/^11:\d+ TSY1100 /);
    expect((await transpile(src, { file: "t.py" })).diagnostics[0]!.message).toContain(what);
    expect((await transpile(src)).code).toContain("TODO(tsyncio)");
  });

  test("a name imported from the standard library is refused too", async () => {
    const d = await diagnostics(pool("multiprocessing.Process(target=getpid).start()", "from os import getpid"));
    expect(d).toEqual([expect.stringMatching(/^9:36 TSY1100 the standard-library function/)]);
  });

  test("the program's own functions and plain values are not", async () => {
    expect(await diagnostics(pool("multiprocessing.Process(target=w, args=(sys.argv, os.sep, math.pi)).start()"))).toEqual([]);
    expect(await diagnostics(pool("print(os.getpid(), file=sys.stdout)"))).toEqual([]);
    expect(await diagnostics(pool("sys.stdout.write(str(list(map(math.sqrt, [4]))))"))).toEqual([]);
  });
});
