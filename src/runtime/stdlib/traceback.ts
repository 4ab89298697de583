/**
 * Python's `traceback`: the text CPython prints for an exception (the same
 * formatter as an uncaught exception's, tracebacks.ts), for the exception
 * being handled (format_exc/print_exc) or a given one (format_exception,
 * print_exception, format_exception_only), and the current stack
 * (format_stack/print_stack/extract_stack). Lists come in CPython's pieces:
 * one string per frame (its `File` line and source line together).
 */
import { BaseException, lastCaughtException, setTracebackReader, toPyException } from "../exceptions.js";
import { callerStack, caughtFrames, framesOfStack, type PyFrame } from "../frames.js";
import { pyTypeName, tuple } from "../repr.js";
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

/**
 * A traceback object (`e.__traceback__`, `sys.exc_info()[2]`): the frames the
 * exception passed through, from the function that reads it (the handler)
 * down to the raise, linked by `tb_next` as CPython's are.
 */
export class TracebackType {
  constructor(
    readonly frames: readonly PyFrame[],
    private readonly at: number,
  ) {}
  get tb_lineno(): number {
    return this.frames[this.at]!.line;
  }
  get tb_next(): TracebackType | null {
    return this.at + 1 < this.frames.length ? new TracebackType(this.frames, this.at + 1) : null;
  }
  get tb_frame(): { f_code: { co_name: string; co_filename: string }; f_lineno: number } {
    const f = this.frames[this.at]!;
    return { f_code: { co_name: f.name, co_filename: f.file }, f_lineno: f.line };
  }
  get rest(): readonly PyFrame[] {
    return this.frames.slice(this.at);
  }
  __repr__(): string {
    return "<traceback object>";
  }
}

setTracebackReader((e) => {
  const frames = caughtFrames(e, callerStack());
  return frames.length === 0 ? null : new TracebackType(frames, 0);
});

function framesOfTb(tb: unknown): readonly PyFrame[] {
  if (tb instanceof TracebackType) return tb.rest;
  if (tb instanceof BaseException) return framesOfTb(tb.__traceback__);
  return [];
}

function summaryOf(frames: readonly PyFrame[], limit: unknown): StackSummary {
  let fs = [...frames];
  const n = limitOf(limit);
  if (n !== null) fs = n >= 0 ? fs.slice(0, n) : fs.slice(n);
  return StackSummary.from_list(fs.map((f) => new FrameSummary(f.file, f.line, f.name, f.text ?? null)));
}

function keywordArg(args: unknown[], index: number, name: string): unknown {
  const last = args[args.length - 1];
  if (args.length > index + 1 && isKeywords(last)) return last[name];
  if (isKeywords(args[index])) return (args[index] as Record<string, unknown>)[name];
  return args[index];
}

/** `traceback.TracebackException`: an exception captured for formatting later. */
export class TracebackException {
  readonly exc_type: unknown;
  readonly stack: StackSummary;
  readonly __cause__: TracebackException | null;
  readonly __context__: TracebackException | null;
  private readonly exc: unknown;

  /** `TracebackException(exc_type, exc_value, exc_traceback, *, limit=None, ...)`. */
  constructor(excType: unknown, value: unknown, tb?: unknown, opts?: Record<string, unknown>) {
    this.exc = value;
    this.exc_type = excType;
    this.stack = summaryOf(framesOfTb(tb ?? null), opts?.limit);
    const e = value instanceof BaseException ? value : null;
    this.__cause__ = e?.__cause__ ? TracebackException.from_exception(e.__cause__) : null;
    this.__context__ = e?.__context__ && !e.__suppress_context__ ? TracebackException.from_exception(e.__context__) : null;
  }

  static from_exception(exc: unknown, opts?: Record<string, unknown>): TracebackException {
    const e = toPyException(exc);
    return new TracebackException(e.constructor, e, e.__traceback__, opts);
  }

  get exc_type_str(): string {
    return pyTypeName(this.exc);
  }

  /** `format(*, chain=True)`: the lines format_exception gives. */
  format(opts?: Record<string, unknown>): string[] {
    const chain = opts?.chain ?? true;
    return formatException(chain ? this.exc : withoutChain(this.exc), null, callerStack());
  }

  format_exception_only(): string[] {
    return traceback.format_exception_only(this.exc);
  }

  print(opts?: Record<string, unknown>): void {
    target(opts?.file).write(this.format(opts).join(""));
  }

  __str__(): string {
    return this.exc instanceof BaseException ? this.exc.__str__() : String(this.exc);
  }
}

function withoutChain(e: unknown): unknown {
  if (!(e instanceof BaseException)) return e;
  const copy = Object.create(Object.getPrototypeOf(e), Object.getOwnPropertyDescriptors(e));
  copy.__cause__ = null;
  copy.__context__ = null;
  return copy;
}

/** Python's `traceback` module. */
export const traceback = {
  TracebackException,
  /** `extract_tb(tb, limit=None)`: the traceback's frames, outermost first. */
  extract_tb: (tb: unknown, ...rest: unknown[]): StackSummary => summaryOf(framesOfTb(tb), keywordArg([tb, ...rest], 1, "limit")),
  /** `format_tb(tb, limit=None)`: one string per frame. */
  format_tb: (tb: unknown, ...rest: unknown[]): string[] => summaryOf(framesOfTb(tb), keywordArg([tb, ...rest], 1, "limit")).format(),
  /** `print_tb(tb, limit=None, file=None)`. */
  print_tb(tb: unknown, ...rest: unknown[]): void {
    const args = [tb, ...rest];
    target(keywordArg(args, 2, "file")).write(summaryOf(framesOfTb(tb), keywordArg(args, 1, "limit")).format().join(""));
  },
  /** `walk_tb(tb)`: (frame, lineno) pairs, outermost first. */
  *walk_tb(tb: unknown): Generator<readonly unknown[]> {
    for (let t = tb instanceof TracebackType ? tb : null; t; t = t.tb_next) yield tuple(t.tb_frame, t.tb_lineno);
  },
  /** `clear_frames(tb)`: there are no frame locals to clear. */
  clear_frames(_tb: unknown): void {},
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
