/**
 * Project mode: a file translated as one module of a Python project.
 * The shop repository (samples/repos/shop) is translated module by module
 * from the summaries of all its modules, compiled, and run with Node; its
 * output must equal CPython's. Smaller tests pin the summaries and the
 * shape of translated imports.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pathToFileURL } from "node:url";
import { toJavaScript } from "../src/cli/execute.js";
import { transpile, type Diagnostic } from "../src/index.js";
import { moduleNameFor, outputPathFor } from "../src/project/layout.js";
import { summarizeModule, type ModuleSummary } from "../src/project/summary.js";
import { OUT, ROOT, SAMPLES } from "./support/samples.js";

const run = promisify(execFile);
/** The built runtime, as `tsyncio run` imports it (RUNTIME_URL in src/cli/execute.ts, resolved from dist/). */
const RUNTIME_URL = pathToFileURL(join(ROOT, "dist", "runtime", "index.js")).href;
const SHOP = join(SAMPLES, "repos", "shop");

function pythonFiles(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "__pycache__") out.push(...pythonFiles(full, root));
    } else if (name.endsWith(".py")) out.push(relative(root, full).split("\\").join("/"));
  }
  return out;
}

/** Summaries of every module of an in-memory project (path → source). */
function summaries(files: Record<string, string>): Record<string, ModuleSummary> {
  const project: Record<string, ModuleSummary> = {};
  for (const [path, source] of Object.entries(files)) {
    const id = moduleNameFor(path);
    const s = summarizeModule(source, id);
    if (!s) throw new Error(`${path} does not parse`);
    project[id.module] = s;
  }
  return project;
}

/** Translate every file of a project; returns output path → result. */
async function translateProject(files: Record<string, string>, runtime: string): Promise<Map<string, { code: string; diagnostics: Diagnostic[] }>> {
  const project = summaries(files);
  const out = new Map<string, { code: string; diagnostics: Diagnostic[] }>();
  for (const [path, source] of Object.entries(files)) {
    const id = moduleNameFor(path);
    const r = await transpile(source, { file: path, module: id.module, isPackage: id.isPackage, project, runtime });
    out.set(outputPathFor(path), r);
  }
  return out;
}

async function capture(cmd: string, args: string[], cwd: string): Promise<{ stdout: string; status: number; stderr: string }> {
  try {
    const r = await run(cmd, args, { cwd, timeout: 30_000, env: { ...process.env, PYTHONHASHSEED: "0", PYTHONDONTWRITEBYTECODE: "1" } });
    return { stdout: r.stdout, stderr: r.stderr, status: 0 };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; code?: number | string };
    return { stdout: err.stdout ?? "", stderr: err.stderr ?? String(e), status: typeof err.code === "number" ? err.code : 1 };
  }
}

/**
 * tsc's complaints about a project's translations (empty when none). The
 * files go inside the package, where `tsyncio/runtime` resolves to the built
 * runtime by self-reference, as in test/typecheck.test.ts.
 */
async function typecheck(files: Record<string, string>, name: string): Promise<string> {
  const check = join(OUT, "project", name);
  rmSync(check, { recursive: true, force: true });
  for (const [path, r] of await translateProject(files, "tsyncio/runtime")) {
    const file = join(check, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, r.code);
  }
  writeFileSync(
    join(check, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2023"], types: ["node"], skipLibCheck: true },
      include: ["**/*.ts"],
    }),
  );
  try {
    await run(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", check], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return "";
  } catch (e) {
    return (e as { stdout?: string }).stdout ?? String(e);
  }
}

const shopFiles = Object.fromEntries(pythonFiles(SHOP).map((f) => [f, readFileSync(join(SHOP, f), "utf8")]));

describe("the shop repository, translated module by module", () => {
  let dir: string;
  let translated: Map<string, { code: string; diagnostics: Diagnostic[] }>;

  beforeAll(async () => {
    translated = await translateProject(shopFiles, RUNTIME_URL);
    dir = mkdtempSync(join(tmpdir(), "tsyncio-project-"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    for (const [path, r] of translated) {
      const js = join(dir, path.replace(/\.ts$/, ".js"));
      mkdirSync(dirname(js), { recursive: true });
      writeFileSync(js, toJavaScript(r.code));
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every module translates without errors", () => {
    expect(translated.size).toBe(Object.keys(shopFiles).length);
    const errors = [...translated.values()].flatMap((r) => r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`));
    expect(errors).toEqual([]);
  });

  test("main.py prints what CPython prints", async () => {
    const expected = await capture("python3", ["main.py"], SHOP);
    expect(expected.status).toBe(0);
    const actual = await capture(process.execPath, ["main.js"], dir);
    expect(actual.stderr).toBe("");
    expect(actual.stdout).toBe(expected.stdout);
    expect(actual.status).toBe(expected.status);
  }, 60_000);

  test("a module imported, not run, skips its __main__ block", async () => {
    // Importing main.js from another entry must not start the program.
    writeFileSync(join(dir, "probe.js"), `import "./main.js";\nconsole.log("probe done");\n`);
    const r = await capture(process.execPath, ["probe.js"], dir);
    expect(r.stdout).toBe("plugin registered: discount (by shop.plugins)\nprobe done\n");
  }, 30_000);

  test("the translations pass tsc --strict", async () => {
    expect(await typecheck(shopFiles, "shop")).toBe("");
  }, 120_000);
});

describe("a small project: star imports, re-exported library names, module-qualified bases, a tolerated cycle, dataclass inheritance", () => {
  const files: Record<string, string> = {
    "pkg/__init__.py": "from .models import *\nfrom .compat import sleep\n",
    "pkg/models.py": [
      "__all__ = ['Item', 'fetch']",
      "class Item:",
      "    def __init__(self, name, *, qty=1):",
      "        self.name = name",
      "        self.qty = qty",
      "async def fetch(url, *, timeout=1):",
      "    print('fetching', url, timeout)",
      "    return url.upper()",
      "_hidden = 1",
    ].join("\n"),
    "pkg/compat.py": "from asyncio import sleep\n",
    "pkg/ext.py": [
      "from . import models",
      "class Big(models.Item):",
      "    def __init__(self, name):",
      "        super().__init__(name, qty=10)",
      "def late():",
      "    from .models import fetch",
      "    return fetch",
    ].join("\n"),
    "pkg/tools/__init__.py": "",
    "pkg/records.py": "from dataclasses import dataclass, field\n@dataclass\nclass Base:\n    name: str\n    size: int = 1\n    tags: list = field(default_factory=list)\n",
    // A cycle Python tolerates: a defines f before importing b, which imports f back.
    "cyc/__init__.py": "",
    "cyc/a.py": "def f():\n    return 'f from a'\nfrom .b import g\ndef h():\n    return g() + '!'\n",
    "cyc/b.py": "from .a import f\nprint('b sees', f())\ndef g():\n    return f().upper()\n",
    "pkg/tools/calc.py": "def double(x, *, times=2):\n    return x * times\n",
    "main.py": [
      "import asyncio",
      "import pkg.tools.calc",
      "from pkg import *",
      "from pkg import sleep",
      "from pkg.ext import Big, late",
      "from cyc.a import h",
      "from dataclasses import dataclass",
      "from pkg.records import Base",
      "import pkg.records as rec",
      "@dataclass",
      "class Child(Base):",
      "    extra: str = 'x'",
      "async def main():",
      "    it = Item('a', qty=2)",
      "    c = fetch('u', timeout=3)",
      "    print('made', it.name, it.qty)",
      "    await sleep(0.01)",
      "    print(await c, Big('b').qty, pkg.tools.calc.double(4, times=3))",
      "    print(await late()('v'))",
      "    print(h())",
      "    print(Child('a'), Child('b', 3, extra='y'), Child(name='c', tags=['t']), rec.Base('d', size=2))",
      "if __name__ == '__main__':",
      "    asyncio.run(main())",
    ].join("\n"),
  };

  test("runs like CPython", async () => {
    const src = mkdtempSync(join(tmpdir(), "tsyncio-project-src-"));
    const dir = mkdtempSync(join(tmpdir(), "tsyncio-project-"));
    try {
      for (const [path, source] of Object.entries(files)) {
        mkdirSync(dirname(join(src, path)), { recursive: true });
        writeFileSync(join(src, path), source + "\n");
      }
      writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
      for (const [path, r] of await translateProject(files, RUNTIME_URL)) {
        expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path.replace(/\.ts$/, ".js")), toJavaScript(r.code));
      }
      const expected = await capture("python3", ["main.py"], src);
      expect(expected.status).toBe(0);
      const actual = await capture(process.execPath, ["main.js"], dir);
      expect(actual.stdout).toBe(expected.stdout);
      expect(actual.status).toBe(0);
    } finally {
      rmSync(src, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  test("the translations pass tsc --strict", async () => {
    expect(await typecheck(files, "small")).toBe("");
  }, 120_000);
});

describe("module summaries", () => {
  const source = [
    "import asyncio",
    "from . import state",
    "from ..core import helpers as h",
    "from dataclasses import dataclass",
    "__all__ = ['fetch', 'Point']",
    "LIMIT = 3",
    "count = 0",
    "def bump():",
    "    global count",
    "    count += 1",
    "async def fetch(url, retries=2, *, timeout=1.0, **extra) -> str:",
    "    await asyncio.sleep(0)",
    "    return url",
    "def numbers():",
    "    yield 1",
    "@dataclass",
    "class Point:",
    "    x: int",
    "    y: int = 0",
    "class Client(h.Base):",
    "    def __init__(self, name, port=80):",
    "        self.name = name",
    "    async def get(self, path):",
    "        return path",
    "state.total += 1",
    "if __name__ == '__main__':",
    "    asyncio.run(fetch('x'))",
  ].join("\n");
  const s = summarizeModule(source, { module: "app.api.client", isPackage: false })!;

  test("functions: coroutine, generator, parameters with kinds and defaults", () => {
    expect(s.names["fetch"]!.kind).toBe("function");
    const fetch = s.names["fetch"]!.function!;
    expect(fetch.isAsync).toBe(true);
    expect(fetch.params.map((p) => [p.name, p.kind, p.hasDefault])).toEqual([
      ["url", "positional", false],
      ["retries", "positional", true],
      ["timeout", "kwonly", true],
      ["extra", "kwargs", false],
    ]);
    expect(fetch.returnType).toEqual({ k: "str" });
    expect(s.names["numbers"]!.function!.isGenerator).toBe(true);
    expect(s.names["bump"]!.function!.isAsync).toBe(false);
  });

  test("classes: dataclass fields, constructor and async methods, bases as written", () => {
    const point = s.names["Point"]!.class!;
    expect(point.isDataclass).toBe(true);
    expect(point.fields.map((f) => [f.name, f.hasDefault])).toEqual([["x", false], ["y", true]]);
    const client = s.names["Client"]!.class!;
    expect(client.bases).toEqual(["h.Base"]);
    expect(client.methods["__init__"]!.params.map((p) => p.name)).toEqual(["self", "name", "port"]);
    expect(client.methods["get"]!.isAsync).toBe(true);
  });

  test("variables, imports resolved to absolute modules, __all__, writes, main guard", () => {
    expect(s.names["LIMIT"]).toEqual({ kind: "variable", rebound: false });
    expect(s.names["count"]).toEqual({ kind: "variable", rebound: true });
    expect(s.names["state"]).toEqual({ kind: "import", import: { module: "app.api", name: "state" } });
    expect(s.names["h"]).toEqual({ kind: "import", import: { module: "app.core", name: "helpers" } });
    expect(s.names["asyncio"]).toEqual({ kind: "import", import: { module: "asyncio" } });
    expect(s.all).toEqual(["fetch", "Point"]);
    expect(s.writes).toEqual([{ object: "state", attr: "total" }]);
    expect(s.hasMainGuard).toBe(true);
    expect(summarizeModule("x = 1\n", { module: "m", isPackage: false })!.hasMainGuard).toBe(false);
  });

  test("a package's relative imports start from the package itself; summaries are plain JSON", () => {
    const pkg = summarizeModule("from .store import Store\n", { module: "app", isPackage: true })!;
    expect(pkg.names["Store"]).toEqual({ kind: "import", import: { module: "app.store", name: "Store" } });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(summarizeModule("def f(:\n", { module: "m", isPackage: false })).toBeNull();
  });
});

describe("imports in project mode", () => {
  const files: Record<string, string> = {
    "app/__init__.py": "from .store import Store\n",
    "app/store.py": "class Store:\n    def __init__(self, name, *, size=1):\n        self.name = name\n",
    "app/net.py": "async def fetch(url, retries=3, *, timeout=1.0):\n    return url\n",
    "app/plugins.py": "print('plugins loaded')\n",
    "app/sub/__init__.py": "",
    "app/sub/mod.py": "from ..net import fetch\nfrom .. import store\nimport app.plugins\n\nasync def go():\n    c = fetch('u', timeout=2)\n    s = store.Store('n', size=2)\n    return await c\n",
    "core.py": "counter = 0\nLIMIT = 5\n",
    "main.py": "import core\nimport app.sub.mod as m\nfrom core import LIMIT\n\ncore.counter += 1\nprint(LIMIT, m.go)\n\nif __name__ == '__main__':\n    print(__name__)\n",
  };
  let out: Map<string, { code: string; diagnostics: Diagnostic[] }>;
  beforeAll(async () => {
    out = await translateProject(files, "tsyncio/runtime");
  }, 60_000);

  test("relative imports become ES imports with .js paths; packages load first; side-effect imports stay bare", () => {
    const mod = out.get("app/sub/mod.ts")!.code;
    expect(mod).toContain(`import "../__init__.js";`);
    expect(mod).toContain(`import { fetch } from "../net.js";`);
    expect(mod).toContain(`import * as store from "../store.js";`);
    expect(mod).toContain(`import "../plugins.js";`);
    expect(mod.indexOf(`"../__init__.js"`)).toBeLessThan(mod.indexOf(`"../net.js"`));
  });

  test("an imported coroutine stays lazy and keywords reach their parameters", () => {
    const mod = out.get("app/sub/mod.ts")!.code;
    expect(mod).toMatch(/= fetch\("u", undefined, 2\)/);
    expect(mod).toContain(`new store.Store("n", 2)`);
  });

  test("module attributes are assigned through the owning module's setter", () => {
    expect(out.get("main.ts")!.code).toMatch(/core\.set\$counter\(iadd\(core\.counter, 1\)\)/);
    expect(out.get("core.ts")!.code).toMatch(/export function set\$counter\(value: typeof counter\): void/);
    expect(out.get("core.ts")!.code).toMatch(/let counter = 0;/);
  });

  test("every top-level binding is exported, re-exports included", () => {
    expect(out.get("core.ts")!.code).toMatch(/export \{ counter, LIMIT \};/);
    expect(out.get("app/__init__.ts")!.code).toMatch(/import \{ Store \} from "\.\/store\.js";[\s\S]*export \{ Store \};/);
  });

  test("the __main__ block runs only for the entry; __name__ is the module's name otherwise", () => {
    const main = out.get("main.ts")!.code;
    expect(main).toMatch(/if \(isEntryModule\(import\.meta\)\) \{/);
    expect(main).toContain(`moduleName(import.meta, "main")`);
    expect(main).toContain(`import * as m from "./app/sub/mod.js";`);
  });

  test("an import the project cannot resolve is reported with its position", async () => {
    const project = summaries({ "app/__init__.py": "", "app/a.py": "from .missing import x\nfrom . import nothing\n" });
    const r = await transpile("from .missing import x\nfrom . import nothing\n", { file: "app/a.py", module: "app.a", project });
    const found = r.diagnostics.map((d) => [d.code, d.line, d.column, d.message]);
    expect(found).toEqual([
      ["TSY1102", 1, 6, "no module named 'app.missing' in the project"],
      ["TSY1102", 2, 15, "cannot import name 'nothing' from 'app'"],
    ]);
    expect(r.code).toContain("TODO(tsyncio)");
  });

  test("rebinding another module's function is reported, its variables go through the setter", async () => {
    const project = summaries({ "core.py": "def helper():\n    return 1\nlevel = 0\n", "main.py": "import core\ncore.helper = None\ncore.level = 2\n" });
    const r = await transpile("import core\ncore.helper = None\ncore.level = 2\n", { file: "main.py", module: "main", project });
    expect(r.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[2, 1, "assigning 'helper' of the module 'core' from another module is only supported for its variables"]]);
    expect(r.code).toContain("core.set$level(2);");
    const core = await transpile("def helper():\n    return 1\nlevel = 0\n", { file: "core.py", module: "core", project });
    expect(core.code).toContain("export function set$level(value: typeof level): void");
    expect(core.code).not.toContain("set$helper");
  });

  test("imports under `if TYPE_CHECKING:` serve annotations only", async () => {
    const files = { "models.py": "class Order:\n    pass\n", "svc.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from models import Order\ndef total(o: 'Order') -> int:\n    return 1\n" };
    const r = (await translateProject(files, "tsyncio/runtime")).get("svc.ts")!;
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain(`import type { Order } from "./models.js";`);
    expect(r.code).toContain("function total(o: Order): number");
    expect(r.code).not.toContain("TYPE_CHECKING");
  });

  test("without a project, a file is a program on its own as before", async () => {
    const r = await transpile("import asyncio\nasync def main():\n    print(__name__)\nif __name__ == '__main__':\n    asyncio.run(main())\n");
    expect(r.code).not.toContain("export");
    expect(r.code).not.toContain("isEntryModule");
    expect(r.code).toContain(`console.log("__main__")`);
  });
});
