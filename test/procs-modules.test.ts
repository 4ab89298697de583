/**
 * Worker "processes" in a program of several modules: a process target or
 * pool function defined in a module that does not itself import
 * multiprocessing is found by the worker (its module registers its
 * functions because another module of the program starts workers), as
 * CPython's pickle finds it by module and name. Output compared with python3.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
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
