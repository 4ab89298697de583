/**
 * How a translated program ends, the way CPython's would: an uncaught
 * exception prints a Python-style traceback to stderr and exits with status 1
 * once stdout has been flushed; `SystemExit` (from `sys.exit`) exits quietly
 * with its code. Also the `sys` module object.
 *
 * NOTE for parallel helpers: this file was written by the helper keeping
 * format.ts and numbers.ts (see the note there); please edit it in place.
 */
import { KeyboardInterrupt, SystemExit, TypeError, toPyException } from "./exceptions.js";
import { pyTypeName, str } from "./repr.js";
import { needBuffer } from "./bytes/buffer.js";
import { stdin } from "./stdin.js";
import { formatTraceback } from "./tracebacks.js";
import { runExitHooks } from "./exit-hooks.js";

// Tracebacks are formatted in tracebacks.ts; they are exported from here too, where the runtime's other modules look for them.
export { formatCaughtTraceback, formatExceptionOnly, formatHandledTraceback, formatTraceback } from "./tracebacks.js";

// ---------------------------------------------------------------------------
// Exiting

let exiting = false;

/**
 * Exit with `code` once stdout and stderr have flushed what was written. For
 * KeyboardInterrupt, CPython ends by SIGINT, so that whoever started it
 * knows it was interrupted: so does this.
 */
function exitAfterFlush(code: number, signal?: NodeJS.Signals): void {
  process.exitCode = code;
  const finish = (): never => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    }
    return process.exit(code);
  };
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) finish();
  process.stdout.write("", () => {
    if (process.stderr.writableLength === 0) finish();
    process.stderr.write("", finish);
  });
}

/** The exit status and message for `SystemExit(code)`, as CPython computes them. */
export function systemExitStatus(code: unknown): { status: number; message: string | null } {
  if (code === null || code === undefined) return { status: 0, message: null };
  if (typeof code === "boolean") return { status: code ? 1 : 0, message: null };
  if (typeof code === "number" && Number.isInteger(code)) return { status: code & 0xff, message: null };
  return { status: 1, message: str(code) };
}

/** What happens to an exception nobody caught: a traceback and status 1, or SystemExit's code. */
export function handleUncaught(err: unknown): void {
  if (exiting) return;
  exiting = true;
  const e = toPyException(err);
  if (e instanceof SystemExit) {
    const { status, message } = systemExitStatus(e.code);
    if (message !== null) process.stderr.write(message + "\n");
    runExitHooks();
    exitAfterFlush(status);
    return;
  }
  process.stderr.write(formatTraceback(e));
  runExitHooks();
  if (e instanceof KeyboardInterrupt) exitAfterFlush(130, "SIGINT");
  else exitAfterFlush(1);
}

let installed = false;

/**
 * Route uncaught exceptions and unhandled rejections through Python's
 * ending: a traceback on stderr and status 1, or SystemExit's status.
 * Safe to call more than once.
 */
export function installPythonExit(): void {
  if (installed) return;
  installed = true;
  process.on("uncaughtException", (err) => handleUncaught(err));
  process.on("unhandledRejection", (reason) => handleUncaught(reason));
  process.on("SIGINT", interrupt);
  // Deep enough for real programs' tracebacks; V8's default of 10 cuts them.
  Error.stackTraceLimit = 100;
}

// ---------------------------------------------------------------------------
// Ctrl-C

/** Handlers for SIGINT, innermost last; each returns false when it does not take this one. */
const interruptHandlers: (() => boolean)[] = [];

/** While `handler` is registered, SIGINT goes to it first (asyncio's runner cancels its main task). Returns the unregistration. */
export function onInterrupt(handler: () => boolean): () => void {
  interruptHandlers.push(handler);
  return () => {
    const i = interruptHandlers.lastIndexOf(handler);
    if (i >= 0) interruptHandlers.splice(i, 1);
  };
}

/** SIGINT: Python's default handler raises KeyboardInterrupt; here, where nothing catches it, it ends the program. */
function interrupt(): void {
  const handler = interruptHandlers[interruptHandlers.length - 1];
  if (handler && handler()) return;
  handleUncaught(new KeyboardInterrupt());
}

// ---------------------------------------------------------------------------
// sys

function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function stream(target: NodeJS.WriteStream) {
  return {
    write(s: unknown): number {
      if (typeof s !== "string") throw new TypeError(`write() argument must be str, not ${pyTypeName(s)}`);
      target.write(s);
      return codePointLength(s);
    },
    /** `sys.stdout.buffer`: bytes written as they are, in order with the text. */
    buffer: {
      write(b: unknown): number {
        const data = needBuffer(b);
        target.write(Buffer.from(data));
        return data.length;
      },
      flush(): null {
        return null;
      },
    },
    flush(): void {},
    isatty(): boolean {
      return Boolean(target.isTTY);
    },
    fileno(): number {
      return target === process.stdout ? 1 : 2;
    },
    writelines(lines: Iterable<string>): void {
      for (const line of lines) target.write(line);
    },
  };
}

/** The script as the user named it (`tsyncio run` passes it); the variable is not left for the program's own environment. */
function argv0(): string {
  const given = process.env.TSYNCIO_ARGV0;
  delete process.env.TSYNCIO_ARGV0;
  return given ?? process.argv[1] ?? "script.py";
}

const versionInfo = Object.freeze(Object.assign([3, 11, 0], { major: 3, minor: 11, micro: 0, releaselevel: "final", serial: 0 }));

/** Python's `sys` module, as far as translated programs use it. */
export const sys = {
  /** `sys.argv`: the script name, then the program's arguments. */
  argv: [argv0(), ...process.argv.slice(2)],
  /** `sys.exit(code)`: raises SystemExit, which ends the program unless caught. */
  exit(code?: unknown): never {
    throw code === undefined ? new SystemExit() : new SystemExit(code);
  },
  stdin,
  stdout: stream(process.stdout),
  stderr: stream(process.stderr),
  /** 2**63 - 1 (a JavaScript number rounds it to 2**63). */
  maxsize: 2 ** 63 - 1,
  version_info: versionInfo as unknown as readonly [number, number, number] & { major: number; minor: number; micro: number },
  version: "3.11.0 (tsyncio)",
  platform: process.platform === "win32" ? "win32" : process.platform,
  byteorder: "little" as const,
  executable: process.execPath,
  path: [] as string[],
  getrecursionlimit(): number {
    return 1000;
  },
  setrecursionlimit(_limit: number): void {},
  intern(s: string): string {
    return s;
  },
};
