/**
 * The real binary against bad paths and file systems: every case gets one
 * clear line on stderr, the documented exit status, no stack trace, and no
 * file written or clobbered.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, linkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ROOT } from "./support/samples.js";

const BIN = join(ROOT, "dist", "cli", "main.js");
const work = mkdtempSync(join(tmpdir(), "tsyncio-robust-cli-"));
const asRoot = process.getuid?.() === 0;
const SOURCE = "print('hello')\n";

function cli(args: string[], opts: { input?: string; shell?: string } = {}) {
  const r = opts.shell
    ? spawnSync("/bin/sh", ["-c", opts.shell.replaceAll("$TSYNCIO", `"${process.execPath}" "${BIN}"`)], { cwd: work, encoding: "utf8" })
    : spawnSync(process.execPath, [BIN, ...args], { cwd: work, input: opts.input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string = SOURCE): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

function noTrace(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at .*\(|internal error|node:internal/);
}

interface Case {
  name: string;
  setup: () => string[];
  status: number;
  stderr: RegExp;
  /** Files whose content must be unchanged afterwards. */
  keep?: () => string[];
  skip?: boolean;
}

const cases: Case[] = [
  { name: "a missing input", setup: () => ["convert", join(work, "nope.py")], status: 2, stderr: /TSY2001: cannot read .*no such file/ },
  { name: "an input that is a directory", setup: () => (mkdirSync(join(work, "dir.py"), { recursive: true }), ["convert", join(work, "dir.py")]), status: 2, stderr: /TSY2001: .* is a directory/ },
  { name: "an input that is a device", setup: () => ["convert", "/dev/zero"], status: 2, stderr: /TSY2001: .* is not a regular file/ },
  {
    name: "an input that is a symbolic link loop",
    setup: () => {
      symlinkSync("loop-b.py", join(work, "loop-a.py"));
      symlinkSync("loop-a.py", join(work, "loop-b.py"));
      return ["convert", join(work, "loop-a.py")];
    },
    status: 2,
    stderr: /TSY2001: .*link loop/,
  },
  {
    name: "an unreadable input",
    skip: asRoot,
    setup: () => {
      const p = file("secret.py");
      chmodSync(p, 0o000);
      return ["convert", p];
    },
    status: 2,
    stderr: /TSY2001: .*permission denied/,
  },
  { name: "-o equal to the input", setup: () => ["convert", file("same.py"), "-o", join(work, "same.py")], status: 2, stderr: /TSY2002: .*it is the input file/, keep: () => [join(work, "same.py")] },
  {
    name: "-o equal to the input, spelled differently",
    setup: () => ["convert", file("spelled.py"), "-o", `${work}/./spelled.py`],
    status: 2,
    stderr: /it is the input file/,
    keep: () => [join(work, "spelled.py")],
  },
  {
    name: "-o a symbolic link to the input",
    setup: () => {
      const p = file("linked.py");
      symlinkSync(p, join(work, "linked.ts"));
      return ["convert", p, "-o", join(work, "linked.ts")];
    },
    status: 2,
    stderr: /it is the input file \(through a link\)/,
    keep: () => [join(work, "linked.py")],
  },
  {
    name: "-o a hard link of the input",
    setup: () => {
      const p = file("hard.py");
      linkSync(p, join(work, "hard.ts"));
      return ["convert", p, "-o", join(work, "hard.ts")];
    },
    status: 2,
    stderr: /it is the input file/,
    keep: () => [join(work, "hard.py")],
  },
  { name: "-o a device node", setup: () => ["convert", file("dev.py"), "-o", "/dev/null"], status: 2, stderr: /TSY2002: .*device/ },
  { name: "-o /dev/stdout", setup: () => ["convert", file("devout.py"), "-o", "/dev/stdout"], status: 2, stderr: /leave out -o/ },
  { name: "-o a full disk (/dev/full)", setup: () => ["convert", file("full.py"), "-o", "/dev/full"], status: 2, stderr: /TSY2002: .*device/ },
  { name: "-o a directory", setup: () => (mkdirSync(join(work, "outdir"), { recursive: true }), ["convert", file("todir.py"), "-o", join(work, "outdir")]), status: 2, stderr: /TSY2002: .*is a directory/ },
  {
    name: "-o a symbolic link loop",
    setup: () => {
      symlinkSync("oloop-b.ts", join(work, "oloop-a.ts"));
      symlinkSync("oloop-a.ts", join(work, "oloop-b.ts"));
      return ["convert", file("oloop.py"), "-o", join(work, "oloop-a.ts")];
    },
    status: 2,
    stderr: /TSY2002: .*link loop/,
  },
  {
    name: "-o a dangling symbolic link",
    setup: () => {
      symlinkSync("nowhere.ts", join(work, "dangling.ts"));
      return ["convert", file("dangling.py"), "-o", join(work, "dangling.ts")];
    },
    status: 2,
    stderr: /symbolic link to a file that does not exist/,
  },
  { name: "-o below a file", setup: () => ["convert", file("under.py"), "-o", join(work, "under.py", "x.ts")], status: 2, stderr: /TSY2002: .*not a directory/, keep: () => [join(work, "under.py")] },
  {
    // Root may write anywhere chmod allows nothing; sysfs refuses new files even to root.
    name: "-o in an unwritable folder (sysfs, as root)",
    skip: !asRoot,
    setup: () => ["convert", file("sys.py"), "-o", "/sys/tsyncio-robustness.ts"],
    status: 2,
    stderr: /TSY2002: .*permission denied/,
  },
  {
    name: "-o in an unwritable folder",
    skip: asRoot,
    setup: () => {
      mkdirSync(join(work, "ro"), { recursive: true });
      chmodSync(join(work, "ro"), 0o500);
      return ["convert", file("ro.py"), "-o", join(work, "ro", "x.ts")];
    },
    status: 2,
    stderr: /TSY2002: .*permission denied/,
  },
  { name: "standard output on a full disk", setup: () => [], status: 2, stderr: /cannot write to standard output: no space left/ },
  { name: "standard input that is the output", setup: () => [], status: 2, stderr: /it is the input file/ },
];

describe("CLI: bad paths and file systems", () => {
  for (const c of cases) {
    test.skipIf(c.skip === true)(c.name, () => {
      const args = c.setup();
      const keep = (c.keep?.() ?? []).map((p) => [p, readFileSync(p, "utf8")] as const);
      let r;
      if (c.name === "standard output on a full disk") r = cli([], { shell: `$TSYNCIO convert ${file("stdout-full.py")} > /dev/full` });
      else if (c.name === "standard input that is the output") r = cli([], { shell: `$TSYNCIO convert - -o ${file("stdin-same.py")} < ${join(work, "stdin-same.py")}` });
      else r = cli(args);
      expect(r.status).toBe(c.status);
      expect(r.stderr).toMatch(c.stderr);
      noTrace(r.stderr);
      for (const [p, before] of keep) expect(readFileSync(p, "utf8")).toBe(before);
    });
  }

  test("a symbolic link at the output path is followed: its target is replaced, the link stays", () => {
    const target = file("real-target.ts", "old\n");
    symlinkSync("real-target.ts", join(work, "via-link.ts"));
    const r = cli(["convert", file("follow.py"), "-o", join(work, "via-link.ts")]);
    expect(r.status).toBe(0);
    expect(lstatSync(join(work, "via-link.ts")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(work, "via-link.ts"))).toBe("real-target.ts");
    expect(readFileSync(target, "utf8")).toContain("Translated from follow.py");
  });

  test("a closed pipe on standard output ends quietly with one line", () => {
    const big = file("big.py", "print(1)\n".repeat(5000));
    const r = cli([], { shell: `$TSYNCIO convert ${big} | head -c 10 > /dev/null; exit 0` });
    noTrace(r.stderr);
  });

  test("migrate skips symbolic link loops and says so", () => {
    const src = join(work, "mig-src");
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, "a.py"), SOURCE);
    symlinkSync("lb.py", join(src, "la.py"));
    symlinkSync("la.py", join(src, "lb.py"));
    symlinkSync(".", join(src, "self"));
    const r = cli(["migrate", src, "--out", join(work, "mig-out"), "--json", "--no-progress"]);
    expect(r.status).toBe(0);
    noTrace(r.stderr);
    const report = JSON.parse(r.stdout) as { skipped: { path: string; reason: string }[] };
    expect(report.skipped).toEqual([
      { path: "la.py", reason: "symbolic link loop" },
      { path: "lb.py", reason: "symbolic link loop" },
    ]);
    expect(existsSync(join(work, "mig-out", "a.ts"))).toBe(true);
  });

  test("migrate --workers beyond the cores is clamped with a warning", () => {
    const src = join(work, "mig-src2");
    mkdirSync(src, { recursive: true });
    writeFileSync(join(src, "a.py"), SOURCE);
    const r = cli(["migrate", src, "--check", "--workers", "100000", "--json", "--no-progress"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: --workers 100000 is more than the \d+ cores? of this machine: using \d+/);
    const report = JSON.parse(r.stdout) as { totals: unknown; workers?: number };
    expect(JSON.stringify(report)).not.toContain('"workers":100000');
  });
});
