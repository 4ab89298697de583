/**
 * Python's `traceback`: the text CPython prints for an exception (the same
 * formatter as an uncaught exception's, tracebacks.ts), for the exception
 * being handled (format_exc/print_exc) or a given one (format_exception,
 * print_exception, format_exception_only), and the current stack
 * (format_stack/print_stack/extract_stack). Lists come in CPython's pieces:
 * one string per frame (its `File` line and source line together).
 */
import { BaseException, lastCaughtException } from "../exceptions.js";
import { callerStack, framesOfStack, type PyFrame } from "../frames.js";
import { formatExceptionOnly, formatTracebackLimited } from "../tracebacks.js";
import { strRepr } from "../repr.js";
import { sys } from "../main.js";

interface Writer {
  write(s: string): unknown;
}

/** A trailing keywords object (a plain object that is not a file: sys.stdout is a plain object too). */
function isKeywords(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype && typeof (x as Writer).write !== "function";
}

/** The exception a (exc) or (etype, value, tb) call names. */
function exceptionOf(args: unknown[]): unknown {
  return args.length >= 2 && args[1] !== undefined ? args[1] : args[0];
}

/** A traceback's text cut into CPython's pieces: header, one per frame, the chain messages, the exception lines. */
function pieces(text: string): string[] {
  const lines = text.replace(/\n$/, "").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(\| )?\s*File "/.test(line)) {
      let piece = line + "\n";
      while (i + 1 < lines.length && /^\s*(\| )?\s{4}/.test(lines[i + 1]!) && !/^\s*(\| )?\s*File "/.test(lines[i + 1]!)) piece += lines[++i] + "\n";
      out.push(piece);
    } else if (line === "" && i + 2 < lines.length && lines[i + 2] === "" && /^(The above exception|During handling)/.test(lines[i + 1]!)) {
      out.push(`\n${lines[i + 1]}\n\n`);
      i += 2;
    } else out.push(line + "\n");
  }
  return out;
}

function limitOf(x: unknown): number | null {
  return typeof x === "number" ? x : null;
}

function formatException(exc: unknown, limit: number | null, here: string): string[] {
  if (exc === null || exc === undefined) return ["NoneType: None\n"];
  return pieces(formatTracebackLimited(exc, here, limit));
}

function target(file: unknown): Writer {
  return file && typeof (file as Writer).write === "function" ? (file as Writer) : sys.stderr;
}

/** `traceback.FrameSummary`: one frame of a stack or traceback. */
export class FrameSummary {
  constructor(
    readonly filename: string,
    readonly lineno: number | null,
    readonly name: string,
    readonly line: string | null = null,
  ) {}

  __repr__(): string {
    return `<FrameSummary file ${this.filename}, line ${this.lineno} in ${this.name}>`;
  }

  *[Symbol.iterator](): Generator<unknown> {
    yield this.filename;
    yield this.lineno;
    yield this.name;
    yield this.line;
  }

  __len__(): number {
    return 4;
  }
}

function frameText(f: { filename: string; lineno: number | null; name: string; line: string | null }): string {
  let s = `  File ${strRepr(f.filename).replace(/^'(.*)'$/, '"$1"')}, line ${f.lineno}, in ${f.name}\n`;
  if (f.line) s += `    ${f.line.trim()}\n`;
  return s;
}

/** `traceback.StackSummary`: a list of FrameSummary objects. */
export class StackSummary extends Array<FrameSummary> {
  static from_list(frames: Iterable<FrameSummary | readonly unknown[]>): StackSummary {
    const out = new StackSummary();
    for (const f of frames) out.push(f instanceof FrameSummary ? f : new FrameSummary(...(f as [string, number, string, string | null])));
    return out;
  }

  format(): string[] {
    return [...this].map(frameText);
  }
}

function stackOf(here: string, limit: number | null): StackSummary {
  let frames: PyFrame[] = framesOfStack(here);
  if (limit !== null) frames = limit >= 0 ? frames.slice(Math.max(0, frames.length - limit)) : frames.slice(0, -limit);
  return StackSummary.from_list(frames.map((f) => new FrameSummary(f.file, f.line, f.name, f.text ?? null)));
}

function formatList(list: Iterable<FrameSummary | readonly unknown[]>): string[] {
  return StackSummary.from_list(list).format();
}

/** Python's `traceback` module. */
export const traceback = {
  FrameSummary,
  StackSummary,
  /** `format_exc(limit=None, chain=True)`: the exception being handled. */
  format_exc(limit?: unknown): string {
    return formatException(lastCaughtException(), limitOf(limit), callerStack()).join("");
  },
  /** `print_exc(limit=None, file=None, chain=True)` */
  print_exc(limit?: unknown, file?: unknown): void {
    if (isKeywords(limit)) [limit, file] = [limit.limit, limit.file];
    else if (isKeywords(file)) file = file.file;
    target(file).write(formatException(lastCaughtException(), limitOf(limit), callerStack()).join(""));
  },
  /** `format_exception(exc, /, value=, tb=, limit=None, chain=True)` */
  format_exception(...args: unknown[]): string[] {
    const kw = args.length > 1 && isKeywords(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
    return formatException(exceptionOf(args), limitOf(args[3] ?? kw.limit), callerStack());
  },
  /** `print_exception(exc, /, value=, tb=, limit=None, file=None, chain=True)` */
  print_exception(...args: unknown[]): void {
    const kw = args.length > 1 && isKeywords(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
    target(args[4] ?? kw.file).write(formatException(exceptionOf(args), limitOf(args[3] ?? kw.limit), callerStack()).join(""));
  },
  /** `format_exception_only(exc, /, value=)` */
  format_exception_only(...args: unknown[]): string[] {
    const e = exceptionOf(args);
    if (!(e instanceof BaseException)) return [`${e === null || e === undefined ? "NoneType" : typeof e}: ${e === null || e === undefined ? "None" : String(e)}\n`];
    return formatExceptionOnly(e).map((l) => l + "\n");
  },
  /** `extract_stack(f=None, limit=None)`: the calls leading here, outermost first. */
  extract_stack(_f?: unknown, limit?: unknown): StackSummary {
    return stackOf(callerStack(), limitOf(isKeywords(_f) ? _f.limit : limit));
  },
  /** `format_stack(f=None, limit=None)` */
  format_stack(_f?: unknown, limit?: unknown): string[] {
    return stackOf(callerStack(), limitOf(isKeywords(_f) ? _f.limit : limit)).format();
  },
  /** `print_stack(f=None, limit=None, file=None)` */
  print_stack(_f?: unknown, limit?: unknown, file?: unknown): void {
    const kw = isKeywords(_f) ? _f : isKeywords(limit) ? limit : isKeywords(file) ? file : {};
    target(kw.file ?? (isKeywords(file) ? undefined : file)).write(stackOf(callerStack(), limitOf(kw.limit ?? (isKeywords(limit) ? undefined : limit))).format().join(""));
  },
  format_list: formatList,
  print_list(list: Iterable<FrameSummary>, file?: unknown): void {
    target(file).write(formatList(list).join(""));
  },
};
