/**
 * How a translated program ends, the way CPython's would: an uncaught
 * exception prints a Python-style traceback to stderr and exits with status 1
 * once stdout has been flushed; `SystemExit` (from `sys.exit`) exits quietly
 * with its code. Also the `sys` module object.
 *
 * NOTE for parallel helpers: this file was written by the helper keeping
 * format.ts and numbers.ts (see the note there); please edit it in place.
 */
import { BaseException, BaseExceptionGroup, KeyboardInterrupt, SystemExit, toPyException } from "./exceptions.js";
import { caughtFrames, formatFrames, framesOf, type PyFrame } from "./frames.js";
import { str } from "./repr.js";
import { stdin } from "./stdin.js";

// ---------------------------------------------------------------------------
// Tracebacks

/** The exception's class as a traceback names it: `ValueError`, `json.decoder.JSONDecodeError`. */
function exceptionClassName(e: BaseException): string {
  const cls = e.constructor as Function & { __module__?: unknown; __qualname__?: unknown };
  const own = (key: string): unknown => (Object.hasOwn(cls, key) ? (cls as unknown as Record<string, unknown>)[key] : undefined);
  const qual = own("__qualname__");
  const name = typeof qual === "string" ? qual : cls.name || "Exception";
  const mod = own("__module__");
  return typeof mod === "string" && mod !== "builtins" && mod !== "__main__" ? `${mod}.${name}` : name;
}

function safeStr(e: BaseException): string {
  try {
    return str(e);
  } catch {
    return "<exception str() failed>";
  }
}

/** `ClassName: message`, or just `ClassName` when str(e) is empty, then any notes. */
export function formatExceptionOnly(e: BaseException): string[] {
  const text = safeStr(e);
  const lines = [text ? `${exceptionClassName(e)}: ${text}` : exceptionClassName(e)];
  for (const note of e.__notes__ ?? []) lines.push(String(note));
  return lines;
}

/** Shown when no frame of an exception maps back to Python (code run without its source maps). */
const FRAME = '  File "<translated>", line ?, in <module>';

/** Which frames a traceback shows for an exception: all it passed through, or those below a handler. */
type FrameSource = (e: BaseException) => PyFrame[];

let frameSource: FrameSource = framesOf;

function frameLines(e: BaseException): string[] {
  const frames = formatFrames(frameSource(e));
  return frames.length > 0 ? frames : [FRAME];
}

/** CPython's boxed layout for exception groups, nested groups indented inside. */
function groupLines(g: BaseExceptionGroup, pad: string, withHeader: boolean, seen: Set<BaseException>): string[] {
  const out: string[] = [];
  if (withHeader) {
    out.push(`${pad}+ Exception Group Traceback (most recent call last):`);
    for (const line of frameLines(g)) out.push(`${pad}| ${line}`);
  }
  for (const line of formatExceptionOnly(g)) out.push(`${pad}| ${line}`);
  const inner = pad + "  ";
  g.exceptions.forEach((sub, i) => {
    const label = `---------------- ${i + 1} ----------------`;
    out.push(i === 0 ? `${pad}+-+${label}` : `${inner}+${label}`);
    if (sub instanceof BaseExceptionGroup && !seen.has(sub)) {
      seen.add(sub);
      out.push(...groupLines(sub, inner, false, seen));
    } else {
      for (const line of formatExceptionOnly(sub)) out.push(`${inner}| ${line}`);
    }
  });
  out.push(`${inner}+------------------------------------`);
  return out;
}

function chainBlocks(e: BaseException, seen: Set<BaseException>): string[] {
  seen.add(e);
  const lines: string[] = [];
  const cause = e.__cause__;
  const context = e.__context__;
  if (cause && !seen.has(cause)) {
    lines.push(...chainBlocks(cause, seen), "", "The above exception was the direct cause of the following exception:", "");
  } else if (!e.__suppress_context__ && context && !seen.has(context)) {
    lines.push(...chainBlocks(context, seen), "", "During handling of the above exception, another exception occurred:", "");
  }
  if (e instanceof BaseExceptionGroup) {
    lines.push(...groupLines(e, "  ", true, seen));
  } else {
    lines.push("Traceback (most recent call last):", ...frameLines(e), ...formatExceptionOnly(e));
  }
  return lines;
}

/**
 * The traceback of an exception being handled, as `traceback.format_exc()`
 * prints it: `here` is a `callerStack()` taken in the handler, whose frame
 * starts the traceback (chained exceptions keep all their frames).
 */
export function formatCaughtTraceback(e: unknown, here: string): string {
  const py = toPyException(e);
  const saved = frameSource;
  frameSource = (x) => (x === py ? caughtFrames(x, here) : framesOf(x));
  try {
    return formatTraceback(py);
  } finally {
    frameSource = saved;
  }
}

/** The whole traceback CPython would print for an uncaught `e`, ending in a newline. */
export function formatTraceback(e: unknown): string {
  const py = toPyException(e);
  let text = chainBlocks(py, new Set()).join("\n") + "\n";
  const js = (py as { __jserror__?: unknown; jsError?: unknown }).__jserror__ ?? (py as { jsError?: unknown }).jsError;
  if (process.env.TSYNCIO_DEBUG && js instanceof Error && js.stack) text += `\n[tsyncio] JavaScript error:\n${js.stack}\n`;
  else if (process.env.TSYNCIO_DEBUG && e instanceof Error && e.stack) text += `\n[tsyncio] JavaScript stack:\n${e.stack}\n`;
  return text;
}

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
    exitAfterFlush(status);
    return;
  }
  process.stderr.write(formatTraceback(e));
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
      if (typeof s !== "string") throw new globalThis.TypeError(`write() argument must be str, not ${typeof s}`);
      target.write(s);
      return codePointLength(s);
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
