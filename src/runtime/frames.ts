/**
 * Python frames from JavaScript stacks, for CPython-shaped tracebacks.
 *
 * A JavaScript error's stack lists the frames it was created in, async
 * callers included (V8 follows `await` chains). Each frame of translated
 * code is mapped back through the source map next to its file (for
 * `tsyncio run`, straight to the `.py`; for a migrated project compiled by
 * tsc, through the `.js.map` to the `.ts` and its `.ts.map` to the `.py`).
 * Frames that do not map to Python (the runtime, Node itself) are left out,
 * as CPython leaves out C code. The frame's name is the Python function the
 * line belongs to, recorded in the map: `<module>` for top-level code.
 *
 * Where an exception crosses a boundary V8 does not follow (a task run by
 * the event loop, awaited by `asyncio.run`), the boundary adds the caller's
 * frames with `addOuterFrames`, as CPython's traceback grows while the
 * exception propagates through them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MapIndex, type SourceMapV3 } from "./source-maps.js";

export interface PyFrame {
  /** The Python file as CPython names it in tracebacks (an absolute path). */
  file: string;
  line: number;
  /** The function (code object) name: `main`, `<module>`, `<lambda>`. */
  name: string;
  /** The source line, stripped, when known. */
  text?: string;
}

interface LoadedMap {
  index: MapIndex;
  dir: string;
}

const maps = new Map<string, LoadedMap | null>();

function readMap(path: string): LoadedMap | null {
  if (maps.has(path)) return maps.get(path)!;
  let loaded: LoadedMap | null = null;
  try {
    if (existsSync(path)) loaded = { index: new MapIndex(JSON.parse(readFileSync(path, "utf8")) as SourceMapV3), dir: dirname(path) };
  } catch {
    loaded = null;
  }
  maps.set(path, loaded);
  return loaded;
}

/** The map of a generated file: the one its sourceMappingURL names, else `<file>.map`. */
function mapFor(file: string): LoadedMap | null {
  const key = `file:${file}`;
  if (maps.has(key)) return maps.get(key)!;
  let found: LoadedMap | null = null;
  try {
    const text = readFileSync(file, "utf8");
    const m = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
    if (m && m[1]!.startsWith("data:")) {
      const comma = m[1]!.indexOf(",");
      const json = m[1]!.slice(0, comma).endsWith(";base64") ? Buffer.from(m[1]!.slice(comma + 1), "base64").toString("utf8") : decodeURIComponent(m[1]!.slice(comma + 1));
      found = { index: new MapIndex(JSON.parse(json) as SourceMapV3), dir: dirname(file) };
    } else {
      found = readMap(m ? resolve(dirname(file), m[1]!) : `${file}.map`);
    }
  } catch {
    found = null;
  }
  maps.set(key, found);
  return found;
}

interface Mapped {
  file: string;
  line: number;
  column: number;
  name?: string;
  text?: string;
}

function lookup(map: LoadedMap, line: number, column: number): Mapped | null {
  const seg = map.index.find(line - 1, column - 1);
  if (!seg || seg.source === undefined) return null;
  const raw = map.index.map.sources[seg.source]!;
  const root = map.index.map.sourceRoot ?? "";
  const file = isAbsolute(raw) ? raw : resolve(map.dir, root, raw);
  const content = map.index.map.sourcesContent?.[seg.source];
  const text = content ? content.split("\n")[seg.line!]?.trim() : undefined;
  const name = seg.name !== undefined ? map.index.map.names[seg.name] : undefined;
  return { file, line: seg.line! + 1, column: seg.column! + 1, ...(name !== undefined ? { name } : {}), ...(text !== undefined ? { text } : {}) };
}

/** One JavaScript stack position as a Python frame; null when it is not translated Python. */
export function pythonFrame(jsFile: string, line: number, column: number): PyFrame | null {
  let path = jsFile;
  if (path.startsWith("file://")) {
    try {
      path = fileURLToPath(path);
    } catch {
      return null;
    }
  }
  if (!isAbsolute(path)) return null;
  const first = mapFor(path);
  let at = first ? lookup(first, line, column) : null;
  // tsc's map leads to the .ts; the .ts's own map leads on to the .py.
  if (at && !at.file.endsWith(".py")) {
    const next = readMap(`${at.file}.map`);
    at = next ? lookup(next, at.line, at.column) : null;
  }
  if (!at || !at.file.endsWith(".py")) return null;
  let text = at.text;
  if (text === undefined) {
    try {
      text = readFileSync(at.file, "utf8").split("\n")[at.line - 1]?.trim();
    } catch {
      text = undefined;
    }
  }
  return { file: at.file, line: at.line, name: at.name ?? "<module>", ...(text ? { text } : {}) };
}

/** Whether the JavaScript function named `js` (`main`, `Box.check`, `new Box`, `delete_`) is the Python function `py`. */
function namesPythonFunction(js: string, py: string): boolean {
  if (js.startsWith("new ")) return py === "__init__";
  // A class body's statements are the class's static fields; the map names the class.
  if (js === "<static_initializer>") return true;
  const last = js.replace(/^async /, "").split(".").pop()!.replace(/^[gs]et /, "");
  return last === py || last === `${py}_` || last === `${py}$rt`;
}

const FRAME_LINE = /^\s*at (?:async )?(?:(.*?) \()?((?:file:\/\/|\/)[^()]*?):(\d+):(\d+)\)?$/;

/**
 * The Python frames of a V8 stack string, outermost first (CPython's order).
 * An anonymous JavaScript function may be a Python function's own body (a
 * coroutine's body is an async arrow handed to the runtime) or the module's
 * code; one that maps to the same line and function as the frame calling it
 * is a helper inside that statement's translation, and is left out rather
 * than shown twice. Lambdas and comprehensions are marked in the map with
 * their own frame names (`<lambda>`, `<listcomp>`), so they are kept. A
 * named function whose code belongs to another Python function is left out
 * too.
 */
export function framesOfStack(stack: string): PyFrame[] {
  const found: { frame: PyFrame; anonymous: boolean }[] = [];
  let classStatement: PyFrame | null = null;
  for (const line of stack.split("\n")) {
    const m = FRAME_LINE.exec(line);
    if (!m) continue;
    if (classStatement) {
      // V8 gives the frame running a class definition the position of its last statement before the class.
      found.push({ frame: classStatement, anonymous: false });
      classStatement = null;
      continue;
    }
    const f = pythonFrame(m[2]!, Number(m[3]), Number(m[4]));
    if (!f) continue;
    if (m[1] === "<static_initializer>") classStatement = classStatementOf(m[2]!, Number(m[3]));
    const anonymous = m[1] === undefined || m[1] === "<anonymous>";
    // A lambda's or comprehension's code is marked in the map (`<lambda>`): V8 may name its arrow after a variable.
    const expressionFrame = f.name.startsWith("<") && f.name !== "<module>";
    if (!anonymous && !expressionFrame && !namesPythonFunction(m[1]!, f.name)) continue;
    found.push({ frame: f, anonymous });
  }
  found.reverse();
  const kept = found;
  return kept.filter((f, i) => !(f.anonymous && i > 0 && same(kept[i - 1]!.frame, f.frame))).map((f) => f.frame);
}

const CLASS_LINE = /^(\s*)(?:export\s+)?(?:default\s+)?class\b/;

/** The Python frame of the class statement whose static field at `line` of `jsFile` is running. */
function classStatementOf(jsFile: string, line: number): PyFrame | null {
  let text: string[];
  try {
    text = readFileSync(jsFile.startsWith("file://") ? fileURLToPath(jsFile) : jsFile, "utf8").split("\n");
  } catch {
    return null;
  }
  const indent = /^\s*/.exec(text[line - 1] ?? "")![0].length;
  for (let i = line - 2; i >= 0; i--) {
    const m = CLASS_LINE.exec(text[i]!);
    if (m && m[1]!.length < indent) return pythonFrame(jsFile, i + 1, m[1]!.length + 1);
  }
  return null;
}

const OUTER = Symbol("tsyncio.outerFrames");

/** The stack of the current call, to be added to exceptions that later escape it (see addOuterFrames). */
export function callerStack(): string {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, callerStack);
  return holder.stack ?? "";
}

/** A stack captured now and turned into text only if it is read (V8 formats `stack` on first access, the costly part). */
interface LazyStack {
  stack?: string;
}

function lazyCallerStack(): LazyStack {
  const holder: LazyStack = {};
  Error.captureStackTrace(holder, lazyCallerStack);
  return holder;
}

type OuterStack = string | LazyStack;

function stackText(s: OuterStack): string {
  return typeof s === "string" ? s : (s.stack ?? "");
}

/** `e` propagated out through the calls of `stack`: its traceback starts with their frames. */
export function addOuterFrames(e: unknown, stack: OuterStack): void {
  if (typeof e !== "object" || e === null) return;
  const holder = e as { [OUTER]?: OuterStack[] };
  if (!Object.hasOwn(holder, OUTER)) Object.defineProperty(holder, OUTER, { value: [], configurable: true });
  holder[OUTER]!.unshift(stack);
}

/** Every Python frame an exception passed through, outermost first. */
export function framesOf(e: unknown): PyFrame[] {
  if (typeof e !== "object" || e === null) return [];
  const js = (e as { jsError?: unknown }).jsError;
  const own = js instanceof Error ? js.stack : (e as { stack?: unknown }).stack;
  // A JavaScript error converted to a Python one may have gathered outer frames before and after.
  const outer = [...((e as { [OUTER]?: OuterStack[] })[OUTER] ?? []), ...(js instanceof Error ? ((js as { [OUTER]?: OuterStack[] })[OUTER] ?? []) : [])];
  let frames: PyFrame[] = [];
  for (const stack of [...outer.map(stackText), typeof own === "string" ? own : ""]) frames = joinFrames(frames, framesOfStack(stack));
  return frames;
}

/**
 * `outer` then `inner`, the frames both hold once: a stack taken further out
 * on a synchronous path still shows the calls the inner one starts with.
 */
function joinFrames(outer: PyFrame[], inner: PyFrame[]): PyFrame[] {
  if (outer.length === 0) return inner;
  const start = inner.length > 0 ? outer.findIndex((f) => same(f, inner[0]!)) : -1;
  if (start >= 0 && outer.slice(start).every((f, i) => i < inner.length && same(f, inner[i]!))) return [...outer.slice(0, start), ...inner];
  return [...outer, ...inner];
}

/** Whether `f` is one of the resolving functions V8 gives a thenable's `then` for an `await`. */
function isResolvingFunction(f: unknown): f is (v: unknown) => void {
  return typeof f === "function" && f.name === "" && Function.prototype.toString.call(f) === "function () { [native code] }";
}

/**
 * Settles an `await` of a runtime awaitable (a Future or Task, a coroutine
 * object) that failed with `e`: `resolve` and `reject` are what V8 handed
 * the awaitable's `then`. The exception comes from another task, so V8's
 * stack for it lacks the awaiting function; CPython adds that frame (`await
 * t` in main) as the exception passes. Rejecting through one more native
 * promise whose reaction leads to `resolve` lets V8 see the suspended async
 * functions, whose frames are added to `e`. Only failures take this path
 * (a microtask later); `then` called by other code gets `reject(e)` as before.
 */
export function rejectAwait(resolve: unknown, reject: (e: unknown) => unknown, e: unknown): unknown {
  if (!isResolvingFunction(resolve) || typeof e !== "object" || e === null) return reject(e);
  const relay = Promise.reject(e).then(undefined, (x: unknown) => {
    addOuterFrames(x, lazyCallerStack());
    throw x;
  });
  relay.then(resolve, reject);
  return undefined;
}

/**
 * The frames of an exception caught and being handled in the Python function
 * that took `here` (a `callerStack()` from inside the handler), as
 * `traceback.format_exc()` shows them: from the catching frame down to the
 * raise, without the callers above the handler.
 */
export function caughtFrames(e: unknown, here: string): PyFrame[] {
  const frames = framesOf(e);
  // The innermost frame of `here` the exception passed through: the handler may call a helper that logs it.
  const callers = framesOfStack(here);
  for (let j = callers.length - 1; j >= 0; j--) {
    const handler = callers[j]!;
    for (let i = frames.length - 1; i >= 0; i--) {
      if (frames[i]!.file === handler.file && frames[i]!.name === handler.name) return frames.slice(i);
    }
  }
  return frames;
}

const handling = new WeakMap<object, string>();

/** `e` is reported from a handler whose stack is `here` (a `callerStack()`): its traceback starts at that handler. */
export function noteHandled(e: unknown, here: string): void {
  if (typeof e === "object" && e !== null) handling.set(e, here);
}

/** The frames of `e` from where it was caught when noteHandled said so, else all it passed through. */
export function handledFrames(e: unknown): PyFrame[] {
  const here = typeof e === "object" && e !== null ? handling.get(e) : undefined;
  return here === undefined ? framesOf(e) : caughtFrames(e, here);
}

function same(a: PyFrame, b: PyFrame): boolean {
  return a.file === b.file && a.line === b.line && a.name === b.name;
}

/** CPython's two lines per frame: `  File "app.py", line 3, in main` and the stripped source line. */
export function formatFrames(frames: readonly PyFrame[]): string[] {
  const out: string[] = [];
  for (const f of frames) {
    out.push(`  File "${f.file}", line ${f.line}, in ${f.name}`);
    if (f.text) out.push(`    ${f.text}`);
  }
  return out;
}

const pythonFiles = new Map<string, string>();

/**
 * The Python file a translated module came from, as CPython names it: its
 * source map's source when there is one (under `tsyncio run` the original
 * script; for a tsc-compiled project through the `.ts` map), else the
 * module's own path with the `.py` extension, as `__file__` is.
 */
export function pythonFileOf(moduleUrl: string): string {
  const known = pythonFiles.get(moduleUrl);
  if (known !== undefined) return known;
  let path = moduleUrl;
  try {
    if (path.startsWith("file://")) path = fileURLToPath(path);
  } catch {
    path = moduleUrl;
  }
  let file = path.replace(/\.(m?[jt]s)$/, ".py");
  const first = isAbsolute(path) ? mapFor(path) : null;
  let source = first ? sourceOf(first) : null;
  if (source !== null && !source.endsWith(".py")) {
    const next = readMap(`${source}.map`);
    source = next ? sourceOf(next) : null;
  }
  if (source !== null && source.endsWith(".py")) file = source;
  pythonFiles.set(moduleUrl, file);
  return file;
}

function sourceOf(map: LoadedMap): string | null {
  const raw = map.index.map.sources[0];
  if (raw === undefined) return null;
  return isAbsolute(raw) ? raw : resolve(map.dir, map.index.map.sourceRoot ?? "", raw);
}
