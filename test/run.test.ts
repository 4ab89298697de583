/**
 * `tsyncio run` against `python3`: the same program, arguments, stdin and
 * environment given to both; stdout, exit status (or signal) and the
 * traceback's frames compared. Runs the built CLI (dist/cli/main.js).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "tsyncio-run-"));
const cache = join(work, ".cache");

interface Outcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function files(dir: string, tree: Record<string, string>): string {
  const root = join(work, dir);
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The environment of a program started from a shell: vitest's own variables would switch the runtime's program ending off. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache, ...extra };
  for (const k of Object.keys(env)) if (k.startsWith("VITEST")) delete env[k];
  return env;
}

function exec(cmd: string, args: string[], cwd: string, input?: string, env: Record<string, string> = {}): Outcome {
  const r = spawnSync(cmd, args, { cwd, input, encoding: "utf8", env: environment(env), timeout: 60_000 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** The same command line under python3 and tsyncio run. */
function both(cwd: string, args: string[], input?: string, env?: Record<string, string>): { py: Outcome; ts: Outcome } {
  return { py: exec("python3", args, cwd, input, env), ts: exec(process.execPath, [BIN, "run", ...args], cwd, input, env) };
}

/** `File "…", line N, in name` of the program's own files (CPython also lists asyncio's), outermost first. */
function frames(stderr: string, dir: string): string[] {
  return [...stderr.matchAll(/^ {2}File "([^"]+)", line (\d+), in (\S+)$/gm)].filter((m) => m[1]!.startsWith(dir)).map((m) => `${m[1]!.slice(dir.length + 1)}:${m[2]} ${m[3]}`);
}

function lastLine(stderr: string): string {
  return stderr.trimEnd().split("\n").pop()!;
}

describe("tsyncio run behaves like python3", () => {
  test("__file__ is the Python file, absolute: a program reads its own source", () => {
    const dir = files("own-file", { "main.py": "import os\nwith open(__file__) as f:\n    print(f.readline().strip())\nprint(os.path.isabs(__file__), os.path.basename(__file__))\n" });
    const { py, ts } = both(dir, ["main.py"]);
    expect(py.stdout).toBe("import os\nTrue main.py\n");
    expect(ts.stdout).toBe(py.stdout);
  });

  test("a program split into modules: the script's folder, packages, relative imports, PYTHONPATH", () => {
    const dir = files("multi", {
      "main.py": [
        "import asyncio, sys",
        "from util import delay",
        "import shop.orders",
        "from shop import catalog",
        "from libmod import shout",
        "",
        "async def main():",
        "    total = await shop.orders.total(['tea', 'cake'])",
        "    print(await delay(3), total, catalog.NAME, shout('hi'), __name__)",
        "",
        "if __name__ == '__main__':",
        "    asyncio.run(main())",
        "",
      ].join("\n"),
      "util.py": "import asyncio\n\nasync def delay(x):\n    await asyncio.sleep(0.001)\n    return x * 2\n\nprint('util imported as', __name__)\n",
      "shop/__init__.py": "print('shop package', __name__)\n",
      "shop/catalog.py": "NAME = 'catalog'\nPRICES = {'tea': 3, 'cake': 5}\n",
      "shop/orders.py": "from .catalog import PRICES\nfrom util import delay\n\nasync def total(items):\n    return sum([PRICES[i] for i in items]) + await delay(0)\n",
      "lib/libmod.py": "def shout(s):\n    return s.upper() + '!'\n",
    });
    const { py, ts } = both(dir, ["main.py"], undefined, { PYTHONPATH: join(dir, "lib") });
    expect(py.status).toBe(0);
    expect(ts.stderr).toBe("");
    expect(ts.stdout).toBe(py.stdout);
    expect(ts.status).toBe(py.status);
    // Each module's translation is cached.
    expect(readdirSync(join(cache, "tsyncio", "run")).length).toBeGreaterThan(5);
    const again = exec(process.execPath, [BIN, "run", "main.py"], dir, undefined, { PYTHONPATH: join(dir, "lib") });
    expect(again.stdout).toBe(py.stdout);
  });

  test("-m runs a module or a package's __main__ found from the current folder", () => {
    const dir = files("dashm", {
      "app/__init__.py": "",
      "app/__main__.py": "import sys\nfrom .tools import hello\nprint(hello(), __name__, sys.argv[1:])\n",
      "app/tools.py": "def hello():\n    return 'hello from ' + __name__\n",
    });
    for (const args of [["-m", "app", "x", "--y"], ["-m", "app.__main__", "-m", "z"]]) {
      const { py, ts } = both(dir, args);
      expect(ts.stdout).toBe(py.stdout);
      expect(ts.status).toBe(py.status);
    }
    const missing = both(dir, ["-m", "nosuchmodule"]);
    expect(missing.ts.status).toBe(missing.py.status);
    expect(missing.ts.stderr).toContain("No module named nosuchmodule");
  });

  test("__file__ is the script's own path, so data beside it is found (also for an imported module and under -m)", () => {
    const dir = files("dunderfile", {
      "data.txt": "beside the script\n",
      "app.py": "import os\nimport helper\nprint(__file__)\nprint(helper.where())\nwith open(os.path.join(os.path.dirname(__file__), 'data.txt')) as f:\n    print(f.read().strip())\n",
      "helper.py": "def where():\n    return __file__\n",
    });
    for (const args of [["app.py"], [join(dir, "app.py")], ["-m", "app"]]) {
      const { py, ts } = both(dir, args);
      expect(ts.stdout).toBe(py.stdout);
      expect(ts.status).toBe(0);
    }
  });

  test("everything after the script is the program's; stdin and the exit status pass through", () => {
    const dir = files("argv", {
      "p.py": "import sys\nprint(sys.argv[1:])\nprint(sys.argv[0])\nprint(input('> '))\nsys.exit(int(sys.argv[-1]) if sys.argv[-1].isdigit() else 3)\n",
    });
    for (const args of [["p.py", "--flag", "x", "--", "y"], ["p.py", "--show", "--json", "--strict", "-m", "7"], ["p.py"]]) {
      const { py, ts } = both(dir, args, "typed line\n");
      expect(ts.stdout).toBe(py.stdout);
      expect(ts.status).toBe(py.status);
    }
    // tsyncio's own options go before the script.
    const shown = exec(process.execPath, [BIN, "run", "--show", "p.py", "a"], dir, "z\n");
    expect(shown.stdout).toContain("translated to TypeScript");
    expect(shown.stdout).toContain("['a']");
  });

  test("sys.stdin: read, readline, iteration and buffer, mixed with input()", () => {
    const dir = files("stdin", {
      "s.py": [
        "import sys",
        "print(repr(sys.stdin.readline()))",
        "print(repr(input()))",
        "print(repr(sys.stdin.read(3)))",
        "for line in sys.stdin:",
        "    print('line', repr(line))",
        "print(repr(sys.stdin.read()), repr(sys.stdin.readline()))",
        "",
      ].join("\n"),
    });
    const { py, ts } = both(dir, ["s.py"], "first\nsecond\nabcdef\nzoë\nlast, no newline");
    expect(ts.stdout).toBe(py.stdout);
    expect(ts.status).toBe(0);
    // sys.stdin.buffer gives bytes objects.
    const bin = files("stdinbuf", { "b.py": "import sys\nline = sys.stdin.buffer.readline()\nrest = sys.stdin.buffer.read()\nprint(len(line), len(rest), line, rest, rest.decode('utf-8', 'replace'))\n" });
    const b = both(bin, ["b.py"], "zoë\n\u00ff\u0100 end");
    expect(b.ts.stdout).toBe(b.py.stdout);
  });

  test("sys.exit() inside a coroutine ends quietly with its status", () => {
    const dir = files("exit", { "e.py": "import asyncio, sys\n\nasync def main():\n    print('bye')\n    sys.exit(5)\n\nasyncio.run(main())\n" });
    const { py, ts } = both(dir, ["e.py"]);
    expect(ts.stdout).toBe(py.stdout);
    expect(ts.status).toBe(5);
    expect(ts.stderr).toBe(py.stderr);
  });

  test("an uncaught exception in nested coroutines prints CPython's frames", () => {
    const dir = files("tb", {
      "app.py": [
        "import asyncio",
        "from helpers import parse",
        "",
        "async def middle(text):",
        "    value = await parse(text)",
        "    return value",
        "",
        "async def main():",
        "    print('start')",
        "    await middle('x')",
        "",
        "asyncio.run(main())",
        "",
      ].join("\n"),
      "helpers.py": "import asyncio\n\nasync def parse(text):\n    await asyncio.sleep(0)\n    return int(text)\n",
    });
    const { py, ts } = both(dir, ["app.py"]);
    expect(ts.stdout).toBe(py.stdout);
    expect(ts.status).toBe(1);
    expect(ts.stderr.split("\n")[0]).toBe("Traceback (most recent call last):");
    expect(frames(ts.stderr, dir)).toEqual(frames(py.stderr, dir));
    expect(frames(ts.stderr, dir)).toEqual(["app.py:12 <module>", "app.py:10 main", "app.py:5 middle", "helpers.py:5 parse"]);
    expect(ts.stderr).toContain("    value = await parse(text)\n");
    expect(lastLine(ts.stderr)).toBe(lastLine(py.stderr));
  });

  test("a coroutine raising before it first suspends: every frame, in CPython's order", () => {
    const dir = files("tbeager", {
      "e.py": "import asyncio\n\nasync def inner(x):\n    raise ValueError(f'bad {x}')\n\nasync def middle(x):\n    return await inner(x + 1)\n\nasync def main():\n    await middle(1)\n\nasyncio.run(main())\n",
    });
    const { py, ts } = both(dir, ["e.py"]);
    const ours = frames(ts.stderr, dir);
    expect(ours).toEqual(frames(py.stderr, dir));
    expect(ours[0]).toBe("e.py:12 <module>");
    expect(ours[ours.length - 1]).toBe("e.py:4 inner");
    expect(lastLine(ts.stderr)).toBe(lastLine(py.stderr));
  });

  test("a synchronous traceback through methods and a comprehension", () => {
    const dir = files("tbsync", {
      "s.py": "class Box:\n    def __init__(self, v):\n        self.v = v\n\n    def check(self):\n        if self.v < 0:\n            raise ValueError('negative')\n        return self.v\n\ndef use(b):\n    return [b.check() for _ in range(2)]\n\nprint(use(Box(1)))\nuse(Box(-1))\n",
    });
    const { py, ts } = both(dir, ["s.py"]);
    expect(ts.stdout).toBe(py.stdout);
    // CPython 3.11 shows the comprehension's own frame (<listcomp>): so does the translation.
    expect(frames(ts.stderr, dir)).toEqual(frames(py.stderr, dir));
    expect(frames(ts.stderr, dir)).toContain("s.py:11 <listcomp>");
    expect(lastLine(ts.stderr)).toBe("ValueError: negative");
  });

  test("a constructor's frame is __init__; a lambda's is <lambda>", () => {
    const dir = files("tbnames", {
      "n.py": "class P:\n    def __init__(self, v):\n        self.v = int(v)\n\ninv = lambda x: 1 / x\n\ndef make(s):\n    return P(s)\n\nmake('3')\ntry:\n    make('q')\nexcept ValueError:\n    print('caught')\n\ndef use():\n    return inv(0)\n\nuse()\n",
    });
    const { py, ts } = both(dir, ["n.py"]);
    expect(ts.stdout).toBe(py.stdout);
    expect(frames(ts.stderr, dir)).toEqual(frames(py.stderr, dir));
    expect(frames(ts.stderr, dir)).toEqual(["n.py:19 <module>", "n.py:17 use", "n.py:5 <lambda>"]);
    expect(lastLine(ts.stderr)).toBe(lastLine(py.stderr));
    const ctor = files("tbctor", { "c.py": "class P:\n    def __init__(self, v):\n        self.v = int(v)\n\ndef make():\n    return P('q')\n\nmake()\n" });
    const c = both(ctor, ["c.py"]);
    expect(frames(c.ts.stderr, ctor)).toEqual(frames(c.py.stderr, ctor));
  });

  test("a failing task: its own frames, the `await t` frame and the asyncio.run line, in CPython's order", () => {
    const dir = files("tbtask", {
      "t.py": "import asyncio\n\nasync def leaf():\n    raise KeyError('k')\n\nasync def worker():\n    await leaf()\n\nasync def main():\n    t = asyncio.create_task(worker())\n    await t\n\nasyncio.run(main())\n",
    });
    const { py, ts } = both(dir, ["t.py"]);
    const ours = frames(ts.stderr, dir);
    expect(ours).toEqual(frames(py.stderr, dir));
    expect(ours).toEqual(["t.py:13 <module>", "t.py:11 main", "t.py:7 worker", "t.py:4 leaf"]);
    expect(ours[ours.length - 1]).toBe("t.py:4 leaf");
    expect(lastLine(ts.stderr)).toBe(lastLine(py.stderr));
  });

  test("Ctrl-C: KeyboardInterrupt after the main task unwinds, then death by SIGINT", async () => {
    const dir = files("sigint", {
      "w.py": "import asyncio\n\nasync def main():\n    try:\n        print('ready', flush=True)\n        await asyncio.sleep(30)\n    finally:\n        print('cleanup')\n\nasyncio.run(main())\n",
    });
    const interrupted = (cmd: string, args: string[]) =>
      new Promise<Outcome>((resolve) => {
        const c = spawn(cmd, args, { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"], env: environment() });
        let stdout = "";
        let stderr = "";
        let sent = false;
        c.stdout.on("data", (d: Buffer) => {
          stdout += d.toString();
          if (!sent && stdout.includes("ready")) {
            sent = true;
            // The terminal sends SIGINT to the whole process group.
            setTimeout(() => process.kill(-c.pid!, "SIGINT"), 300);
          }
        });
        c.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
        c.on("exit", (status, signal) => resolve({ status, signal, stdout, stderr }));
      });
    const py = await interrupted("python3", ["w.py"]);
    const ts = await interrupted(process.execPath, [BIN, "run", "w.py"]);
    expect(ts.stdout).toBe(py.stdout);
    expect(ts.signal).toBe("SIGINT");
    expect(ts.signal).toBe(py.signal);
    expect(lastLine(ts.stderr)).toBe("KeyboardInterrupt");
    expect(frames(ts.stderr, dir)).toEqual(["w.py:10 <module>"]);
  }, 60_000);

  test("usage errors", () => {
    const none = exec(process.execPath, [BIN, "run"], work);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("say which program to run");
    const missing = exec(process.execPath, [BIN, "run", "nope.py", "--flag"], work);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
  });
});
