/** Coroutine: a lazy call of an async function (the Python coroutine object), and its "never awaited" report. */
import { RuntimeError } from "../exceptions.js";
import { entryModuleUrl } from "../entry.js";
import { pythonFileOf } from "../frames.js";
import { addressSuffix, registerBuiltinType } from "../repr.js";
import { effectiveCurrentTask } from "./events.js";
import { failAwait } from "./handles.js";
import { RESOLVED, isThenable, writeStderr } from "./helpers.js";
import { IntrusiveList, type Linked } from "./intrusive-list.js";

const unawaited = new IntrusiveList<Coroutine<any>>();
let exitHookInstalled = false;
let warningSource: string | null = null;

/** Where "coroutine ... was never awaited" warnings say they come from. */
export function setWarningSource(file: string | null): void {
  warningSource = file;
}

function installExitHook(): void {
  exitHookInstalled = true;
  if (typeof process === "undefined" || typeof process.on !== "function") return;
  process.on("exit", () => _reportUnawaitedCoroutines());
}

/**
 * Prints CPython's "coroutine ... was never awaited" warning for every
 * coroutine object that was never started (run at process exit).
 */
export function _reportUnawaitedCoroutines(): void {
  if (unawaited.size === 0) return;
  // Reported at exit, as CPython does for a coroutine still alive at shutdown: it names no file ("sys:1").
  const file = warningSource ?? "sys:1";
  let text = "";
  for (const c of unawaited) text += `${file}: RuntimeWarning: coroutine '${c.__qualname__}' was never awaited\n`;
  unawaited.clear();
  writeStderr(text);
}

const CORO_CREATED = 0;
const CORO_RUNNING = 1;
const CORO_CLOSED = 2;

/**
 * A coroutine object: the call `work(1)` in Python, which runs nothing until
 * it is awaited or wrapped in a task. Generated code writes
 * `coro(() => work(1), "work")` for a call that is not awaited on the spot.
 */
export class Coroutine<T = any> implements PromiseLike<T> {
  /** `type(c).__name__` */
  static readonly __name__ = "coroutine";
  /** @internal */ _name: string;
  /** @internal the body: called as `_fn.call(_self, _arg)` (runtime methods avoid a closure) */
  _fn: ((this: any, arg: any) => T | PromiseLike<T>) | null;
  /** @internal */ _self: any;
  /** @internal */ _arg: any;
  /** @internal */ _cstate = CORO_CREATED;
  /** @internal gather()'s duplicate detection */ _gmark = 0;
  /** @internal */ _lprev: Linked | null = null;
  /** @internal */ _lnext: Linked | null = null;
  /** @internal the `async def`'s first line (its first decorator's, as co_firstlineno), 0 when unknown */ _defLine = 0;
  /** @internal the URL of the translated module that defines it, when known */ _defModule: string | null = null;

  constructor(fn: (this: any, arg: any) => T | PromiseLike<T>, name?: string, self?: unknown, arg?: unknown) {
    this._fn = fn;
    this._self = self;
    this._arg = arg;
    this._name = name ?? (fn.name || "coroutine");
    if (!exitHookInstalled) installExitHook();
    unawaited.add(this);
  }

  get __name__(): string {
    const dot = this._name.lastIndexOf(".");
    return dot < 0 ? this._name : this._name.slice(dot + 1);
  }

  get __qualname__(): string {
    return this._name;
  }

  get cr_running(): boolean {
    return this._cstate === CORO_RUNNING;
  }

  /**
   * Records where the `async def` is (its line, and the module's
   * `import.meta.url`) so that repr(task) can say `running at file:line`.
   * Chained on the `coro(…)` call: a third argument would make prettier unfold the hugged body.
   */
  _definedAt(line: number, moduleUrl: string): this {
    this._defLine = line;
    this._defModule = moduleUrl;
    return this;
  }

  /**
   * @internal Where a task's repr says the coroutine is: CPython's
   * `running at file:line` (the def line before it starts) or `done, defined
   * at file:line`. Once started, the line of the await it is suspended at is
   * not knowable here (a suspended JS async function exposes no position), so
   * a started coroutine says only `running` rather than a wrong line.
   */
  _reprState(done: boolean): string {
    const module = this._defModule ?? (this._defLine > 0 ? entryModuleUrl() : null);
    const at = module !== null && this._defLine > 0 ? `${pythonFileOf(module)}:${this._defLine}` : null;
    if (done) return at !== null ? ` done, defined at ${at}` : " done";
    return at !== null && this._cstate === CORO_CREATED ? ` running at ${at}` : " running";
  }

  /** @internal Starts the body; a coroutine runs at most once. */
  _start(): T | PromiseLike<T> {
    const fn = this._fn;
    if (fn === null) throw new RuntimeError("cannot reuse already awaited coroutine");
    this._fn = null;
    this._cstate = CORO_RUNNING;
    unawaited.delete(this);
    const self = this._self;
    const arg = this._arg;
    this._self = this._arg = undefined;
    return fn.call(self, arg);
  }

  /** @internal A task took charge of this coroutine: it will run or be closed. */
  _claim(): void {
    unawaited.delete(this);
  }

  close(): void {
    if (this._cstate === CORO_CREATED) {
      this._fn = null;
      this._self = this._arg = undefined;
      this._cstate = CORO_CLOSED;
      unawaited.delete(this);
    }
  }

  /**
   * `await f(x)` of a translated `async def`: starts the body now, inline in
   * the awaiting task as in Python, and returns what to await. Awaiting the
   * body's own promise (rather than this thenable) keeps V8's async stack, so
   * a traceback shows the awaiting frame, and saves a microtask hop.
   */
  __await__(): T | PromiseLike<T> {
    const r = this._start();
    return (r as unknown) === IMMEDIATE ? (takeImmediate() as T) : r;
  }

  /** `await coro` runs the body inline in the awaiting task, as in Python. */
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    let r: T | PromiseLike<T>;
    try {
      r = this._start();
    } catch (e) {
      return Promise.reject(e).then(onfulfilled, onrejected);
    }
    if ((r as unknown) === IMMEDIATE) r = takeImmediate() as T;
    else if (isThenable(r)) {
      // A runtime awaitable resumes a task through settleAwaiter, which adds the frames itself: no wrapper (and its context) to keep alive while the task waits.
      const framed = (r as { _framesOnReject?: boolean })._framesOnReject === true && effectiveCurrentTask() !== null;
      return r.then(onfulfilled, typeof onrejected === "function" && !framed ? (e) => failAwait(onfulfilled, onrejected, e) as R2 : onrejected);
    }
    // Finished without suspending (a runtime fast path): no extra promise hop.
    let out: unknown;
    try {
      out = typeof onfulfilled === "function" ? onfulfilled(r as T) : r;
    } catch (e) {
      return Promise.reject(e);
    }
    // `await` passes resolving functions that return undefined: share one promise.
    return (out === undefined ? RESOLVED : Promise.resolve(out)) as unknown as PromiseLike<R1 | R2>;
  }

  __repr__(): string {
    return `<coroutine object ${this.__qualname__}${addressSuffix(this)}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/**
 * @internal A runtime fast path finished without suspending: its body returns
 * `_immediate(value)` so the value is delivered as is, even when it is itself
 * awaitable (a queue of tasks: `create_task(q.get())` must give the task).
 */
export const IMMEDIATE: unique symbol = Symbol("tsyncio.immediate");
let immediateValue: unknown = undefined;

export function _immediate<T>(value: T): T {
  immediateValue = value;
  return IMMEDIATE as unknown as T;
}

/** @internal */
export function takeImmediate(): unknown {
  const v = immediateValue;
  immediateValue = undefined;
  return v;
}

/** @internal A runtime coroutine method: lazy like Python's, without a closure. */
export function _lazy<T, S, A = undefined>(name: string, fn: (this: S, arg: A) => T | PromiseLike<T>, self: S, arg?: A): Coroutine<Awaited<T>> {
  return new Coroutine<Awaited<T>>(fn as (this: any, arg: any) => Awaited<T> | PromiseLike<Awaited<T>>, name, self, arg);
}

/**
 * Wraps a not-yet-made call of an async function as a lazy Coroutine. A
 * translated `async def` writes `return coro("f", 7, async () => {…})`: its
 * qualified name and its first line (for repr(task)'s `running at
 * file:line`; the file is the program's entry module unless `_definedAt`
 * says otherwise). `coro(fn, name)` is the older form, kept for code
 * translated before.
 */
export function coro<T>(name: string, line: number, fn: () => T | PromiseLike<T>): Coroutine<Awaited<T>>;
export function coro<T>(fn: () => T | PromiseLike<T>, name?: string): Coroutine<Awaited<T>>;
export function coro<T>(a: string | (() => T | PromiseLike<T>), b?: string | number, c?: () => T | PromiseLike<T>): Coroutine<Awaited<T>> {
  if (typeof a === "function") return new Coroutine<Awaited<T>>(a as () => Awaited<T> | PromiseLike<Awaited<T>>, b as string | undefined);
  const co = new Coroutine<Awaited<T>>(c as () => Awaited<T> | PromiseLike<Awaited<T>>, a);
  co._defLine = b as number;
  return co;
}

/**
 * A translated `async def` is a plain function whose whole body is
 * `return coro(async () => …)` (so its arguments are evaluated at the call):
 * it is recognised by that shape, which needs no marker statement per def.
 */
const LAZY_DEF = /^[^{]*\{\s*return\s+[\w$]*coro[\w$]*\(\s*(?:"(?:[^"\\]|\\.)*",\s*\d+,\s*)?async\b/;

export function iscoroutinefunction(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  const marked = (fn as { _is_coroutine?: unknown })._is_coroutine;
  if (marked !== undefined) return marked === true;
  return fn.constructor?.name === "AsyncFunction" || LAZY_DEF.test(Function.prototype.toString.call(fn));
}

/** Test helper: names of coroutines created and never awaited so far. */
export function _unawaitedCoroutines(): string[] {
  return [...unawaited].map((c) => c.__qualname__);
}

registerBuiltinType(Coroutine, "coroutine");
