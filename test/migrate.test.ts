/**
 * `tsyncio migrate` and migrate(), against the built package (run
 * `npx tsc -p .` first): discovery, safety of the source tree, failure
 * isolation, atomic and byte-identical output, the cache, --check, the
 * report and the CLI's exit statuses, and one end-to-end run of a migrated
 * project compared with CPython.
 *
 * Until cross-module translation lands, fixture files do not import each
 * other; the one that does is a visible known failure.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { migrate, MigrateError, type MigrateOptions, type MigrateReport } from "../dist/index.js";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
const work = mkdtempSync(join(tmpdir(), "tsyncio-migrate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let fixtures = 0;

/** A fresh folder holding `files` (path → content); returns its path. */
function tree(files: Record<string, string | Buffer>): string {
  const root = join(work, `t${++fixtures}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  mkdirSync(root, { recursive: true });
  return root;
}

/** Every file under `root` with its content, paths relative and sorted. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(root)) return out;
  for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out[relative(root, abs)] = readFileSync(abs, "latin1");
  }
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]!]));
}

const run = (src: string, out: string | undefined, more: Partial<MigrateOptions> = {}) => migrate({ src, out, workers: 1, ...more });
const paths = (r: MigrateReport) => r.files.map((f) => f.path);
const file = (r: MigrateReport, path: string) => r.files.find((f) => f.path === path)!;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const HELLO = 'print("hello")\n';
const CALC = "def double(n: int) -> int:\n    return n * 2\n\n\nprint(double(21))\n";

describe("discovery", () => {
  test("skips virtual environments, __pycache__, hidden folders; mirrors the tree", async () => {
    const src = tree({
      "a.py": HELLO,
      "pkg/__init__.py": "",
      "pkg/calc.py": CALC,
      "pkg/deep/more.py": HELLO,
      "env1/pyvenv.cfg": "home = /usr/bin\n",
      "env1/lib/site.py": HELLO,
      "venv/lib/x.py": HELLO,
      ".venv/lib/x.py": HELLO,
      "__pycache__/a.py": HELLO,
      "pkg/__pycache__/calc.py": HELLO,
      ".hidden/x.py": HELLO,
      "pkg/.tox/x.py": HELLO,
      "notes.txt": "not python",
    });
    const out = join(work, "out-discovery");
    const r = await run(src, out);
    expect(paths(r)).toEqual(["a.py", "pkg/__init__.py", "pkg/calc.py", "pkg/deep/more.py"]);
    expect(r.skipped).toEqual(
      expect.arrayContaining([
        { path: "env1/", reason: "virtual environment" },
        { path: "venv/", reason: "virtual environment" },
        { path: ".venv/", reason: "virtual environment" },
        { path: "__pycache__/", reason: "bytecode cache" },
        { path: ".hidden/", reason: "hidden folder" },
        { path: "pkg/.tox/", reason: "hidden folder" },
      ]),
    );
    const written = Object.keys(snapshot(out)).filter((p) => !p.startsWith("runtime/") && !p.startsWith("."));
    expect(written.sort()).toEqual(["a.ts", "package.json", "pkg/__init__.ts", "pkg/calc.ts", "pkg/deep/more.ts", "tsconfig.json"]);
  });

  test("honours .gitignore files, nested ones and negations included", async () => {
    const src = tree({
      ".gitignore": "build/\n*_gen.py\n",
      "main.py": HELLO,
      "a_gen.py": HELLO,
      "build/x.py": HELLO,
      "pkg/.gitignore": "local.py\n!keep_gen.py\n",
      "pkg/local.py": HELLO,
      "pkg/keep_gen.py": HELLO,
      "pkg/other_gen.py": HELLO,
      "other/local.py": HELLO,
    });
    const r = await run(src, undefined, { check: true });
    expect(paths(r)).toEqual(["main.py", "other/local.py", "pkg/keep_gen.py"]);
    expect(r.skipped).toEqual(expect.arrayContaining([{ path: "build/", reason: ".gitignore" }, { path: "a_gen.py", reason: ".gitignore" }, { path: "pkg/local.py", reason: ".gitignore" }, { path: "pkg/other_gen.py", reason: ".gitignore" }]));
  });

  test("--include and --exclude globs", async () => {
    const src = tree({ "top.py": HELLO, "pkg/a.py": HELLO, "pkg/skip_me.py": HELLO, "pkg/sub/b.py": HELLO, "tests/t.py": HELLO });
    const r = await run(src, undefined, { check: true, include: ["pkg/**"], exclude: ["**/skip_*.py"] });
    expect(paths(r)).toEqual(["pkg/a.py", "pkg/sub/b.py"]);
    const folders = await run(src, undefined, { check: true, exclude: ["tests", "pkg/sub"] });
    expect(paths(folders)).toEqual(["pkg/a.py", "pkg/skip_me.py", "top.py"]);
    expect(folders.skipped).toEqual(expect.arrayContaining([{ path: "tests/", reason: "--exclude" }]));
  });
});

describe("the source tree is never written", () => {
  test("an output folder inside the sources, or equal to them, is refused", async () => {
    const src = tree({ "a.py": HELLO });
    const before = snapshot(src);
    await expect(run(src, join(src, "ts"))).rejects.toThrow(MigrateError);
    await expect(run(src, join(src, "ts"))).rejects.toThrow(/inside the source folder/);
    await expect(run(src, src)).rejects.toThrow(/is the source folder/);
    expect(snapshot(src)).toEqual(before);
  });

  test("with allowOutInSrc the output folder is written and not migrated itself", async () => {
    const src = tree({ "a.py": HELLO, "lib/b.py": HELLO });
    const out = join(src, "ts");
    const first = await run(src, out, { allowOutInSrc: true });
    expect(first.exitCode).toBe(0);
    writeFileSync(join(out, "stray.py"), HELLO); // a .py file in the output folder must not be picked up
    const second = await run(src, out, { allowOutInSrc: true });
    expect(paths(second)).toEqual(["a.py", "lib/b.py"]);
    expect(existsSync(join(out, "lib", "b.ts"))).toBe(true);
  });

  test("a runtime/ package in the sources is refused with the copied runtime, accepted with --runtime package", async () => {
    const src = tree({ "runtime/__init__.py": "", "runtime/index.py": HELLO, "a.py": HELLO });
    await expect(run(src, join(work, "out-runtime-clash"))).rejects.toThrow(/runtime.*--runtime package/);
    expect(existsSync(join(work, "out-runtime-clash", "a.ts"))).toBe(false);
    expect((await run(src, join(work, "out-runtime-clash"), { runtime: "package" })).exitCode).toBe(0);
    expect(existsSync(join(work, "out-runtime-clash", "runtime", "index.ts"))).toBe(true);
  });

  test("a migration leaves the sources byte for byte as they were", async () => {
    const src = tree({ "a.py": HELLO, "pkg/__init__.py": "", "pkg/calc.py": CALC, "bad.py": "def f(:\n" });
    const before = snapshot(src);
    await run(src, join(work, "out-untouched"));
    expect(snapshot(src)).toEqual(before);
  });
});

describe("failures", () => {
  test("one failing file does not stop the others; failures are listed and not written", async () => {
    const src = tree({
      "good.py": CALC,
      "syntax.py": "def f(:\n    return 1\n",
      "latin1.py": Buffer.from("print('caf\xe9')\n", "latin1"),
      "complex.py": "x = 3j\nprint(x)\n",
      "zz_last.py": HELLO,
    });
    const out = join(work, "out-failures");
    const r = await run(src, out);
    expect(r.exitCode).toBe(1);
    expect(r.totals).toMatchObject({ files: 5, ok: 2, failed: 3 });
    expect(file(r, "syntax.py")).toMatchObject({ status: "failed", diagnostics: { TSY1001: expect.any(Array) } });
    expect(file(r, "latin1.py")).toMatchObject({ status: "failed", diagnostics: { TSY1002: expect.any(Array) } });
    expect(file(r, "complex.py")).toMatchObject({ status: "failed", diagnostics: { TSY1100: [expect.objectContaining({ severity: "error", line: 1 })] } });
    expect(file(r, "complex.py").note).toMatch(/not written/);
    expect(existsSync(join(out, "good.ts"))).toBe(true);
    expect(existsSync(join(out, "zz_last.ts"))).toBe(true);
    for (const bad of ["syntax.ts", "latin1.ts", "complex.ts"]) expect(existsSync(join(out, bad))).toBe(false);
  });

  test("--strict fails a file with warnings only", async () => {
    // A blocking call in a coroutine is translated (as an await) with a warning.
    const src = tree({ "blocking.py": "import time\n\nasync def f():\n    time.sleep(0)\n" });
    const lax = await run(src, undefined, { check: true });
    expect(file(lax, "blocking.py").status).toBe("ok");
    expect(file(lax, "blocking.py").diagnostics["TSY1301"]?.[0]?.severity).toBe("warning");
    const strict = await run(src, undefined, { check: true, strict: true });
    expect(file(strict, "blocking.py").status).toBe("failed");
    expect(strict.exitCode).toBe(1);
  });

  test("writes are atomic: no temporary files remain, and a file that starts failing loses its old output", async () => {
    const src = tree({ "a.py": HELLO, "b.py": CALC, "pkg/c.py": HELLO });
    const out = join(work, "out-atomic");
    await run(src, out);
    expect(existsSync(join(out, "b.ts"))).toBe(true);
    writeFileSync(join(src, "b.py"), "def double(:\n");
    const r = await run(src, out);
    expect(file(r, "b.py").status).toBe("failed");
    expect(existsSync(join(out, "b.ts"))).toBe(false);
    expect(r.removed).toContain("b.ts");
    expect(Object.keys(snapshot(out)).filter((p) => /tmp/.test(p))).toEqual([]);
  });
});

describe("reruns and the cache", () => {
  const files = { "main.py": CALC, "pkg/__init__.py": "", "pkg/a.py": HELLO, "pkg/b.py": CALC, "pkg/sub/c.py": HELLO, "bad.py": "x = 3j\n" };

  test("the output is byte-identical across reruns and worker counts", async () => {
    const src = tree(files);
    const one = join(work, "out-w1");
    const two = join(work, "out-w2");
    await migrate({ src, out: one, workers: 1 });
    await migrate({ src, out: two, workers: 2 });
    const first = snapshot(one);
    expect(Object.keys(first)).toContain("pkg/sub/c.ts");
    expect(snapshot(two)).toEqual(first);
    await migrate({ src, out: one, workers: 2, force: true });
    expect(snapshot(one)).toEqual(first);
  });

  test("the project's summaries reach worker threads intact, decoded once per project", async () => {
    const { shareProject, projectOf } = await import("../dist/migrate/worker.js");
    const project = { "pkg.a": { module: "pkg.a", isPackage: false, hasMainGuard: true, names: { f: { kind: "function" } } }, pkg: { module: "pkg", isPackage: true, hasMainGuard: false, names: {} } };
    const shared = structuredClone(shareProject("1", project as never));
    const decoded = projectOf(shared);
    expect(decoded).toEqual(project);
    expect(projectOf(shared)).toBe(decoded);
    expect(projectOf(shareProject("2", {}))).toEqual({});
  });

  test("unchanged files are not retranslated; a changed one is; --force redoes all", async () => {
    const src = tree(files);
    const out = join(work, "out-incremental");
    const first = await run(src, out);
    expect(first.totals.translated).toBe(6);
    const second = await run(src, out);
    expect(second.totals).toMatchObject({ translated: 0, cached: 6, failed: 1 });
    expect(file(second, "bad.py").diagnostics["TSY1100"]).toHaveLength(1); // cached failures are still reported
    // A new modification time with the same content is not a change.
    utimesSync(join(src, "pkg", "a.py"), new Date(), new Date(Date.now() + 5000));
    expect((await run(src, out)).totals.translated).toBe(0);
    writeFileSync(join(src, "pkg", "a.py"), 'print("changed")\n');
    const third = await run(src, out);
    expect(third.files.filter((f) => !f.cached).map((f) => f.path)).toEqual(["pkg/a.py"]);
    expect(readFileSync(join(out, "pkg", "a.ts"), "utf8")).toContain("changed");
    const forced = await run(src, out, { force: true });
    expect(forced.totals.translated).toBe(6);
  });

  test("a change in a module's summary, in the options, or a deleted output retranslates", async () => {
    const src = tree(files);
    const out = join(work, "out-keys");
    await run(src, out);
    // Adding a main guard changes pkg/a's summary, which every file's translation may depend on.
    writeFileSync(join(src, "pkg", "a.py"), 'if __name__ == "__main__":\n    print("hello")\n');
    expect((await run(src, out)).totals.translated).toBe(6);
    expect((await run(src, out, { runtime: "package" })).totals.translated).toBe(6);
    expect(readFileSync(join(out, "main.ts"), "utf8")).toContain('"tsyncio/runtime"');
    rmSync(join(out, "pkg", "b.ts"));
    const r = await run(src, out, { runtime: "package" });
    expect(r.files.filter((f) => !f.cached).map((f) => f.path)).toEqual(["pkg/b.py"]);
    expect(existsSync(join(out, "pkg", "b.ts"))).toBe(true);
  });

  test("outputs whose source is gone are removed; the runtime folder goes with --runtime package", async () => {
    const src = tree({ "a.py": HELLO, "b.py": HELLO, "gone/deep/c.py": HELLO, "kept/d.py": HELLO });
    const out = join(work, "out-stale");
    await run(src, out);
    expect(existsSync(join(out, "runtime", "index.js"))).toBe(true);
    writeFileSync(join(out, "kept", "notes.md"), "mine\n");
    rmSync(join(src, "b.py"));
    rmSync(join(src, "gone"), { recursive: true });
    rmSync(join(src, "kept"), { recursive: true });
    const r = await run(src, out, { runtime: "package" });
    expect(r.removed).toContain("b.ts");
    expect(existsSync(join(out, "b.ts"))).toBe(false);
    expect(existsSync(join(out, "gone"))).toBe(false); // folders emptied by removals go too
    expect(readFileSync(join(out, "kept", "notes.md"), "utf8")).toBe("mine\n");
    expect(existsSync(join(out, "kept", "d.ts"))).toBe(false);
    expect(existsSync(join(out, "runtime"))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8")).dependencies).toEqual({ tsyncio: expect.stringMatching(/^\^\d+\.\d+\.\d+$/) });
  });

  test("files tsyncio did not write are left alone unless overwrite is asked for", async () => {
    const src = tree({ "a.py": HELLO, "b.py": CALC });
    const out = tree({ "package.json": '{"name": "mine"}\n', "a.ts": "// my own file\n", "notes.md": "mine\n" });
    const r = await run(src, out);
    expect(file(r, "a.py")).toMatchObject({ status: "conflict" });
    expect(r.exitCode).toBe(1);
    expect(readFileSync(join(out, "a.ts"), "utf8")).toBe("// my own file\n");
    expect(readFileSync(join(out, "package.json"), "utf8")).toBe('{"name": "mine"}\n');
    expect(r.project).toContainEqual({ path: "package.json", status: "kept" });
    expect(readFileSync(join(out, "notes.md"), "utf8")).toBe("mine\n");
    // An output of ours edited by hand is the user's now.
    writeFileSync(join(out, "b.ts"), "// edited\n");
    expect(file(await run(src, out), "b.py").status).toBe("conflict");
    expect(readFileSync(join(out, "b.ts"), "utf8")).toBe("// edited\n");
    const forced = await run(src, out, { overwrite: true });
    expect(forced.exitCode).toBe(0);
    expect(readFileSync(join(out, "a.ts"), "utf8")).toContain("Translated from a.py");
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8")).type).toBe("module");
    expect(readFileSync(join(out, "notes.md"), "utf8")).toBe("mine\n");
  });
});

describe("check and progress", () => {
  test("--check writes nothing and reports what would fail", async () => {
    const src = tree({ "a.py": HELLO, "bad.py": "def f(:\n" });
    const out = join(work, "out-check");
    const r = await run(src, out, { check: true });
    expect(r.exitCode).toBe(1);
    expect(file(r, "bad.py").status).toBe("failed");
    expect(existsSync(out)).toBe(false);
    rmSync(join(src, "bad.py"));
    expect((await run(src, out, { check: true })).exitCode).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  test("onProgress reports both phases, file by file", async () => {
    const src = tree({ "a.py": HELLO, "b.py": CALC, "c.py": "def f(:\n" });
    const events: { phase: string; done: number; total: number; failed: number }[] = [];
    await run(src, undefined, { check: true, onProgress: (e) => events.push(e) });
    expect(events.filter((e) => e.phase === "summarize").map((e) => e.done)).toEqual([1, 2, 3]);
    const translate = events.filter((e) => e.phase === "translate");
    expect(translate.map((e) => e.done)).toEqual([1, 2, 3]);
    expect(translate.at(-1)).toMatchObject({ total: 3, failed: 1 });
  });
});

describe("tsyncio migrate (CLI)", () => {
  test("exit statuses: 0 all translated, 1 a file failed, 2 usage errors", () => {
    const good = tree({ "a.py": HELLO });
    const ok = cli(["migrate", good, "--out", join(work, "cli-ok")]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/1 files, 1 ok, 0 failed/);
    expect(ok.stderr).toMatch(/translated 1\/1 files, 0 failed, [\d,]+ lines\/s/); // plain progress lines: stderr is not a terminal

    const bad = tree({ "a.py": HELLO, "bad.py": "def f(:\n" });
    const failed = cli(["migrate", bad, "--out", join(work, "cli-bad")]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/bad\.py:1:\d+ - error TSY1001/);
    expect(failed.stderr).toMatch(/bad\.py: not written/);

    const inside = cli(["migrate", good, "--out", join(good, "ts")]);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toMatch(/inside the source folder.*--allow-out-in-src/);
    expect(existsSync(join(good, "ts"))).toBe(false);
    expect(cli(["migrate", good, "--out", join(good, "ts"), "--allow-out-in-src", "--no-progress"]).status).toBe(0);

    expect(cli(["migrate", good, "--out", join(work, "cli-w"), "--workers", "0"]).status).toBe(2);
    const missing = cli(["migrate", join(work, "nope"), "--out", join(work, "cli-x")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/not a folder/);
    expect(cli(["migrate", good]).status).toBe(2); // no --out
    expect(cli(["migrate", bad, "--check"]).status).toBe(1);
    expect(cli(["migrate", good, "--check"]).status).toBe(0);
  });

  test("--json prints the report: per file status, lines, time and diagnostics by code", () => {
    const src = tree({ "a.py": CALC, "bad.py": "x = 3j\nprint(x)\n" });
    const r = cli(["migrate", src, "--out", join(work, "cli-json"), "--json", "--workers", "2", "--no-progress"]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as MigrateReport;
    expect(report.totals).toMatchObject({ files: 2, ok: 1, failed: 1, translated: 2, cached: 0, lines: 7 });
    expect(report.workers).toBe(2);
    expect(Object.keys(report.totals.timings).sort()).toEqual(["emit", "format", "parse", "transform"]);
    expect(report.files[0]).toEqual({ path: "a.py", output: "a.ts", status: "ok", cached: false, lines: 5, ms: expect.any(Number), diagnostics: {} });
    expect(report.files[1]).toMatchObject({ path: "bad.py", status: "failed", lines: 2, note: expect.stringMatching(/not written/) });
    expect(report.files[1]!.diagnostics).toEqual({ TSY1100: [{ severity: "error", message: expect.stringMatching(/complex/), line: 1, column: 5 }] });
    expect(report.project.map((p) => p.path)).toEqual(["runtime/", "package.json", "tsconfig.json"]);
  });

  test("--help lists migrate and its options", () => {
    const r = cli(["migrate", "--help"]);
    expect(r.status).toBe(0);
    for (const option of ["--out", "--include", "--exclude", "--workers", "--runtime", "--force", "--check", "--overwrite", "--allow-out-in-src"]) expect(r.stdout).toContain(option);
  });
});

describe("the migrated project runs", () => {
  const ENTRY = `import asyncio


async def worker(name: str, delay: float, log: list[str]) -> int:
    await asyncio.sleep(delay)
    log.append(name)
    return len(name)


async def main() -> None:
    log: list[str] = []
    sizes = await asyncio.gather(worker("slow", 0.03, log), worker("quick", 0.01, log))
    print("order:", log)
    print("sizes:", sizes, "total", sum(sizes) / 2)


if __name__ == "__main__":
    asyncio.run(main())
`;

  function python(src: string, entry: string): string {
    const r = spawnSync("python3", [entry], { cwd: src, encoding: "utf8" });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  function linkModules(out: string, packages: Record<string, string>): void {
    mkdirSync(join(out, "node_modules"), { recursive: true });
    for (const [name, target] of Object.entries(packages)) symlinkSync(target, join(out, "node_modules", name), "dir");
  }

  test("tsc --noEmit passes and the entry module prints what CPython prints", async () => {
    const src = tree({ "app/main.py": ENTRY, "app/__init__.py": "", "tools/calc.py": CALC });
    const out = join(work, "e2e-copy");
    const r = await run(src, out);
    expect(r.exitCode).toBe(0);
    expect(r.entries).toEqual(["app/main.py"]);
    const pkg = JSON.parse(readFileSync(join(out, "package.json"), "utf8"));
    expect(pkg.type).toBe("module");
    expect(pkg.scripts.start).toBe("tsc -p . && node app/main.js");
    expect(JSON.parse(readFileSync(join(out, "tsconfig.json"), "utf8")).compilerOptions.strict).toBe(true);
    // Stands in for `npm install`: the generated package's only dependencies are typescript and @types/node.
    linkModules(out, { "@types": join(ROOT, "node_modules", "@types") });
    const check = spawnSync(process.execPath, [TSC, "--noEmit", "-p", "."], { cwd: out, encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
    expect(check.status).toBe(0);
    const build = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: out, encoding: "utf8" });
    expect(build.status).toBe(0);
    const node = spawnSync(process.execPath, ["app/main.js"], { cwd: out, encoding: "utf8" });
    expect(node.stderr).toBe("");
    expect(node.stdout).toBe(python(src, "app/main.py"));
    expect(node.stdout).toContain("order: ['quick', 'slow']");
  });

  test("with --runtime package the project imports tsyncio/runtime", async () => {
    const src = tree({ "main.py": ENTRY });
    const out = join(work, "e2e-package");
    await run(src, out, { runtime: "package" });
    expect(existsSync(join(out, "runtime"))).toBe(false);
    linkModules(out, { "@types": join(ROOT, "node_modules", "@types"), tsyncio: ROOT });
    const check = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: out, encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
    const node = spawnSync(process.execPath, ["main.js"], { cwd: out, encoding: "utf8" });
    expect(node.stdout).toBe(python(src, "main.py"));
  });

  test("a module importing a sibling is translated and runs", async () => {
    const src = tree({ "helper.py": "def greet(name: str) -> str:\n    return f\"hi {name}\"\n", "main.py": 'from helper import greet\n\nif __name__ == "__main__":\n    print(greet("there"))\n' });
    const out = join(work, "e2e-imports");
    const r = await run(src, out);
    expect(file(r, "main.py").status).toBe("ok");
    linkModules(out, { "@types": join(ROOT, "node_modules", "@types") });
    expect(spawnSync(process.execPath, [TSC, "-p", "."], { cwd: out, encoding: "utf8" }).status).toBe(0);
    const node = spawnSync(process.execPath, ["main.js"], { cwd: out, encoding: "utf8" });
    expect(node.stdout).toBe(python(src, "main.py"));
  });

  test("the shipped sample repository migrates, passes tsc --strict and prints what CPython prints", async () => {
    const src = join(ROOT, "samples", "repos", "shop");
    const before = snapshot(src);
    const out = join(work, "e2e-shop");
    const r = await migrate({ src, out });
    expect(r.files.filter((f) => f.status !== "ok").map((f) => f.path)).toEqual([]);
    expect(r.exitCode).toBe(0);
    expect(r.entries).toContain("main.py");
    expect(snapshot(src)).toEqual(before);
    linkModules(out, { "@types": join(ROOT, "node_modules", "@types") });
    const check = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: out, encoding: "utf8" });
    expect(check.stdout + check.stderr).toBe("");
    const node = spawnSync(process.execPath, ["main.js"], { cwd: out, encoding: "utf8" });
    expect(node.stderr).toBe("");
    expect(node.stdout).toBe(python(src, "main.py"));
  });
});
