/**
 * The real `tsyncio` binary (dist/cli/main.js, built by `npm test`): exit
 * statuses, diagnostics format, bad input, and that nothing is written when
 * translation fails.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "tsyncio-cli-"));

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string | Buffer): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

describe("tsyncio CLI", () => {
  test("--help and --version", () => {
    const help = cli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("convert <file>");
    expect(help.stdout).toContain("run [file]");
    const version = cli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test("no command is a usage error (exit 2)", () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("convert or run");
  });

  test("convert prints TypeScript to stdout", () => {
    const p = file("hello.py", 'name = "world"\nprint(f"hello {name}")\n');
    const r = cli(["convert", p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("console.log(`hello ${name}`)");
  });

  test("convert -o - writes to stdout, not to a file named -", () => {
    const p = file("dash.py", "print(1 + 2)\n");
    const r = cli(["convert", p, "-o", "-"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 + 2");
    expect(existsSync(join(work, "-"))).toBe(false);
  });

  test("convert reads stdin with -", () => {
    const r = cli(["convert", "-"], "print(1 + 2)\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 + 2");
  });

  test("convert -o writes the file", () => {
    const p = file("out_ok.py", "x = 3\nprint(x * 2)\n");
    const out = join(work, "out_ok.ts");
    const r = cli(["convert", p, "-o", out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("x * 2");
  });

  test("a syntax error: tsc-style diagnostic with code frame, exit 1, no output file", () => {
    const p = file("broken.py", "def f(:\n    return 1\n");
    const out = join(work, "broken.ts");
    const r = cli(["convert", p, "-o", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.py:1:\d+ - error TSY1001: /);
    expect(r.stderr).toContain("def f(:");
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  test("a missing file is an I/O error (exit 2)", () => {
    const r = cli(["convert", join(work, "nope.py")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("TSY2001");
    expect(r.stderr).toContain("no such file");
  });

  test("a directory is an I/O error (exit 2)", () => {
    const r = cli(["convert", work]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("is a directory");
  });

  test("a file that is not UTF-8 is rejected (exit 1)", () => {
    const p = file("latin1.py", Buffer.from([0x70, 0x72, 0x69, 0x6e, 0x74, 0x28, 0x22, 0xe9, 0x22, 0x29, 0x0a]));
    const r = cli(["convert", p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("TSY1002");
  });

  test("a binary file is rejected (exit 1)", () => {
    const p = file("binary.py", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]));
    const r = cli(["convert", p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("TSY1002");
  });

  test("an empty file is rejected (exit 1)", () => {
    const p = file("empty.py", "");
    const r = cli(["convert", p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("TSY1003");
  });

  test("--json gives diagnostics as objects", () => {
    const p = file("json_bad.py", "x = (1,\n");
    const r = cli(["convert", p, "--json"]);
    expect(r.status).toBe(1);
    const data = JSON.parse(r.stdout) as { diagnostics: { code: string; line: number; column: number; severity: string }[] };
    expect(data.diagnostics[0]).toMatchObject({ code: "TSY1001", severity: "error" });
    expect(data.diagnostics[0]!.line).toBeGreaterThan(0);
  });

  test("--strict turns warnings into failure", () => {
    const p = file("warn.py", "import time\nasync def f():\n    time.sleep(0.01)\n");
    expect(cli(["convert", p]).status).toBe(0);
    const strict = cli(["convert", p, "--strict"]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("warning TSY1301");
  });

  test("an untranslatable construct is reported with position and marked in the output", () => {
    const p = file("todo.py", "x = 1\ny = 2j\nprint(y)\n");
    const r = cli(["convert", p]);
    expect(r.stderr).toMatch(/todo\.py:2:5 - error TSY1100/);
    expect(r.status).toBe(1);
  });

  test("run passes stdout and the exit status through", () => {
    const ok = file("run_ok.py", "print('hi', 10 / 5)\n");
    const r = cli(["run", ok]);
    expect(r.stdout).toBe("hi 2.0\n");
    expect(r.status).toBe(0);
    const bad = file("run_bad.py", "print('before')\nraise ValueError('boom')\n");
    const b = cli(["run", bad]);
    expect(b.stdout).toBe("before\n");
    expect(b.status).toBe(1);
    expect(b.stderr).toContain("ValueError: boom");
  });
});
