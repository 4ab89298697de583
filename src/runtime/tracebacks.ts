/**
 * CPython's traceback text for an exception: chained causes and contexts,
 * one `File …` frame per Python frame with its source line, and the boxed
 * layout of exception groups. The layout follows 3.11's
 * `traceback.TracebackException.format` step by step (margins, the
 * `+-+---- n ----` separators, one closing line per box, width and depth
 * limits), so that `traceback.print_exc()`, `logging.exception` and an
 * uncaught exception print the same thing. Frames come from frames.ts.
 */
import { BaseException, BaseExceptionGroup, toPyException } from "./exceptions.js";
import { caughtFrames, formatFrames, framesOf, handledFrames, type PyFrame } from "./frames.js";
import { str } from "./repr.js";

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

/** Shown when no frame of an uncaught exception maps back to Python (code run without its source maps). */
const FRAME = '  File "<translated>", line ?, in <module>';

/** traceback.py's limits on how much of a group is shown. */
const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

const CAUSE = ["", "The above exception was the direct cause of the following exception:", ""];
const CONTEXT = ["", "During handling of the above exception, another exception occurred:", ""];

/** Which frames a traceback shows for an exception: all it passed through, or those below a handler. */
type FrameSource = (e: BaseException) => PyFrame[];

/** traceback.py's `_ExceptionPrintContext`: the group depth gives the margin, and one box closes at a time. */
class Printer {
  depth = 0;
  needClose = false;
  readonly out: string[] = [];

  /** `fallback`: an exception with no known frame still gets a placeholder frame (an uncaught one always had some). */
  constructor(
    readonly frames: FrameSource,
    readonly fallback = true,
  ) {}

  indent(): string {
    return " ".repeat(2 * this.depth);
  }

  emit(lines: readonly string[], margin = "|"): void {
    const pad = this.depth > 0 ? `${this.indent()}${margin} ` : "";
    for (const line of lines) this.out.push(pad + line);
  }
}

/**
 * The frames a sub-exception of a group shows: its traceback starts where it
 * was caught, so the calls it shares with the group (the frames above the
 * handler) are left out; one made in the statement that raised the group was
 * never raised itself and shows none, as in CPython.
 */
function ownFrames(frames: PyFrame[], group: PyFrame[]): PyFrame[] {
  let i = 0;
  while (i < frames.length && i < group.length && same(frames[i]!, group[i]!)) i++;
  return frames.slice(i);
}

function same(a: PyFrame, b: PyFrame): boolean {
  return a.file === b.file && a.line === b.line && a.name === b.name;
}

/** One exception with its chain, as `TracebackException.format` writes it; `parent` is the enclosing group's frames. */
function formatChain(p: Printer, top: BaseException, seen: Set<BaseException>, parent: PyFrame[] | null): void {
  const chain: { message: string[] | null; e: BaseException }[] = [];
  for (let e: BaseException | null = top; e; ) {
    seen.add(e);
    const cause: BaseException | null | undefined = e.__cause__;
    const context: BaseException | null | undefined = e.__context__;
    let next: BaseException | null = null;
    let message: string[] | null = null;
    if (cause && !seen.has(cause)) {
      next = cause;
      message = CAUSE;
    } else if (!e.__suppress_context__ && context && !seen.has(context)) {
      next = context;
      message = CONTEXT;
    }
    chain.push({ message, e });
    e = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const { message, e } = chain[i]!;
    // The message links this exception to the one printed just before it (its cause or context).
    if (message) p.emit(message);
    const all = p.frames(e);
    const frames = parent && e === top ? ownFrames(all, parent) : all;
    const lines = formatFrames(frames);
    if (!(e instanceof BaseExceptionGroup)) {
      if (lines.length > 0) p.emit(["Traceback (most recent call last):", ...lines]);
      else if (p.depth === 0 && p.fallback) p.emit(["Traceback (most recent call last):", FRAME]);
      p.emit(formatExceptionOnly(e));
    } else if (p.depth > MAX_GROUP_DEPTH) {
      p.emit([`... (max_group_depth is ${MAX_GROUP_DEPTH})`]);
    } else {
      formatGroup(p, e, lines, all, seen);
    }
  }
}

function formatGroup(p: Printer, g: BaseExceptionGroup, lines: string[], frames: PyFrame[], seen: Set<BaseException>): void {
  const topLevel = p.depth === 0;
  if (topLevel) p.depth++;
  const placeholder = topLevel && p.fallback && lines.length === 0;
  if (lines.length > 0 || placeholder) p.emit(["Exception Group Traceback (most recent call last):"], topLevel ? "+" : "|");
  p.emit(placeholder ? [FRAME] : lines);
  p.emit(formatExceptionOnly(g));
  const count = g.exceptions.length;
  const shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
  p.needClose = false;
  for (let i = 0; i < shown; i++) {
    const last = i === shown - 1;
    if (last) p.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    p.out.push(`${p.indent()}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------`);
    p.depth++;
    if (!truncated) formatChain(p, g.exceptions[i]!, seen, frames);
    else {
      const remaining = count - MAX_GROUP_WIDTH;
      p.emit([`and ${remaining} more exception${remaining > 1 ? "s" : ""}`]);
    }
    if (last && p.needClose) {
      p.out.push(`${p.indent()}+------------------------------------`);
      p.needClose = false;
    }
    p.depth--;
  }
  if (topLevel) p.depth = 0;
}

function format(e: unknown, frames: FrameSource): string {
  const py = toPyException(e);
  const p = new Printer(frames);
  formatChain(p, py, new Set(), null);
  let text = p.out.join("\n") + "\n";
  const js = (py as { __jserror__?: unknown; jsError?: unknown }).__jserror__ ?? (py as { jsError?: unknown }).jsError;
  if (process.env.TSYNCIO_DEBUG && js instanceof Error && js.stack) text += `\n[tsyncio] JavaScript error:\n${js.stack}\n`;
  else if (process.env.TSYNCIO_DEBUG && e instanceof Error && e.stack) text += `\n[tsyncio] JavaScript stack:\n${e.stack}\n`;
  return text;
}

/**
 * The traceback of `e` with its frames (and those of its chain) cut to
 * `limit` as traceback.format_exception(limit=) cuts them: the outermost
 * `limit` frames, or the innermost `-limit` when negative.
 */
export function formatTracebackLimited(e: unknown, here: string, limit: number | null): string {
  const py = toPyException(e);
  const cut = (frames: PyFrame[]): PyFrame[] => (limit === null ? frames : limit >= 0 ? frames.slice(0, limit) : frames.slice(limit));
  return format(py, (x) => cut(x === py ? caughtFrames(x, here) : framesOf(x)));
}

/** The whole traceback CPython would print for an uncaught `e`, ending in a newline. */
export function formatTraceback(e: unknown): string {
  return format(e, framesOf);
}

/**
 * The traceback of an exception being handled, as `traceback.format_exc()`
 * prints it: `here` is a `callerStack()` taken in the handler, whose frame
 * starts the traceback (chained exceptions keep all their frames).
 */
export function formatCaughtTraceback(e: unknown, here: string): string {
  const py = toPyException(e);
  return format(py, (x) => (x === py ? caughtFrames(x, here) : framesOf(x)));
}

/**
 * The traceback of an exception reported while it is handled (`logging`'s
 * `exc_info`): from the handler noted with `noteHandled` down to the raise,
 * as its `__traceback__` would be in CPython.
 */
export function formatHandledTraceback(e: unknown): string {
  const py = toPyException(e);
  return format(py, (x) => (x === py ? handledFrames(x) : framesOf(x)));
}

/**
 * An exception asyncio reports without raising it ("Task exception was never
 * retrieved", "Exception in callback"): its traceback when its frames are
 * known, then the exception, no trailing newline.
 */
export function formatReportedException(e: BaseException): string {
  const p = new Printer(framesOf, false);
  formatChain(p, e, new Set(), null);
  return p.out.join("\n");
}
