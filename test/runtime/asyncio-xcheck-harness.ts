/**
 * Shared harness for the asyncio runtime tests: every ordering scenario is a
 * Python program plus a hand translation of it against the runtime. The test
 * runs the Python program under CPython (`python3`) to get the true event
 * order and requires the translation to print the same lines. The CPython
 * output is also written down in the test (`expected`), so the tests still
 * check something where python3 is missing, and a mismatch between the two
 * shows up as its own failure.
 *
 * Each scenario gets a fresh copy of the runtime modules, so global state
 * (task name counter "Task-N", the default loop) starts from zero as it does
 * in a fresh Python process.
 */
import { execFileSync } from "node:child_process";
import { expect, vi } from "vitest";

export type AsyncioModule = typeof import("../../src/runtime/asyncio/index.js");
export type ExceptionsModule = typeof import("../../src/runtime/exceptions.js");
export type Runtime = AsyncioModule & { exc: ExceptionsModule };
export type Print = (...parts: unknown[]) => void;

export async function freshRuntime(): Promise<Runtime> {
  vi.resetModules();
  const mod = await import("../../src/runtime/asyncio/index.js");
  const exc = await import("../../src/runtime/exceptions.js");
  return { ...mod, exc };
}

let python: string | null | undefined;

function pythonCommand(): string | null {
  if (python !== undefined) return python;
  for (const cmd of ["python3", "python"]) {
    try {
      const v = execFileSync(cmd, ["-c", "import sys; print(sys.version_info >= (3, 11))"], { encoding: "utf8" }).trim();
      if (v === "True") return (python = cmd);
    } catch {
      // try the next one
    }
  }
  return (python = null);
}

/** stdout lines of a Python program run under CPython, or null without python3 >= 3.11. */
export function runCPython(source: string): string[] | null {
  const cmd = pythonCommand();
  if (cmd === null) return null;
  const out = execFileSync(cmd, ["-c", source], { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
  return out.split("\n").slice(0, -1);
}

/** Python-ish formatting for the few values scenarios print. */
export function fmt(x: unknown): string {
  if (x === null || x === undefined) return "None";
  if (x === true) return "True";
  if (x === false) return "False";
  if (Array.isArray(x)) {
    const inner = x.map(reprish).join(", ");
    return Object.isFrozen(x) ? (x.length === 1 ? `(${inner},)` : `(${inner})`) : `[${inner}]`;
  }
  return String(x);
}

/** Python's repr() for the values scenarios print: strings, exceptions, lists, tuples. */
export function pyRepr(x: unknown): string {
  return reprish(x);
}

function reprish(x: unknown): string {
  if (typeof x === "string") return `'${x}'`;
  if (x instanceof Error && typeof (x as { __repr__?: unknown }).__repr__ === "function") return (x as unknown as { __repr__(): string }).__repr__();
  return fmt(x);
}

export interface Scenario {
  /** The Python program; its stdout is the reference. */
  py: string;
  /** CPython's output, written down. */
  expected: string[];
  /** The translation: prints through `print`. */
  run: (rt: Runtime, print: Print) => Promise<void>;
}

export async function check(s: Scenario): Promise<void> {
  const cpython = runCPython(s.py);
  if (cpython !== null) expect(cpython, "CPython's output differs from the one written in the test").toEqual(s.expected);
  const lines: string[] = [];
  const print: Print = (...parts) => {
    lines.push(parts.map(fmt).join(" "));
  };
  const rt = await freshRuntime();
  await s.run(rt, print);
  expect(lines).toEqual(s.expected);
}

/** `async with cm:` as the translator writes it (see src/transform/with.ts). */
export async function asyncWith<T>(cm: any, body: (value: any) => Promise<T>, toPy: (e: unknown) => any): Promise<T | undefined> {
  const value = await cm.__aenter__();
  let ok = true;
  try {
    return await body(value);
  } catch (raw) {
    ok = false;
    const exc = toPy(raw);
    if (!(await cm.__aexit__(exc.constructor, exc, null))) throw exc;
    return undefined;
  } finally {
    if (ok) await cm.__aexit__(null, null, null);
  }
}
