/**
 * The heart of the asyncio runtime: the event loop, Future, Task and the lazy
 * Coroutine wrapper. They live in one module because they refer to each other
 * at class-definition time (Task extends Future, the loop creates tasks).
 *
 * How the loop reproduces CPython's scheduling order
 * --------------------------------------------------
 * CPython steps a task by calling `coro.send()`: the coroutine runs until it
 * yields a pending future, then the loop moves on to the next ready callback.
 * A JavaScript async function cannot be stepped, but we can resolve the
 * promise its `await` waits on and then wait until it stops again. So:
 *
 * - The loop owns a FIFO ready queue of handles and a timer heap, and runs in
 *   "iterations" exactly like `BaseEventLoop._run_once`: due timers are moved
 *   to the ready queue, then exactly the handles present at that moment run;
 *   what they schedule runs in the next iteration.
 * - A handle that resumes a task (its first step, a wake-up after a future it
 *   awaited completed, the step after `sleep(0)`) is followed by the task's
 *   JavaScript continuation, which runs in microtasks. The loop does not run
 *   the next handle until that task *signals* that it is suspended again:
 *   it awaited a pending runtime Future (our `then` is called, which also
 *   records what the task waits on, for cancellation), or its body finished.
 *   So task steps never interleave, as in CPython, and the whole run stays on
 *   the microtask queue (fast: no macrotask per step).
 * - If a task awaits something foreign (a plain promise the runtime does not
 *   know) no signal comes; a `setImmediate` watchdog notices that the
 *   microtask queue drained without a signal and lets the loop go on. The
 *   task then continues whenever that promise settles.
 * - The current task is a plain variable set when a handle runs: during a
 *   task step only that task's code runs, so it is exact for code driven by
 *   the runtime (no AsyncLocalStorage: it slows every promise by ~3x).
 * - The loop yields to Node's own event loop every ~20 ms of continuous work
 *   and whenever it is idle (a `setTimeout` for the next timer).
 */
import { type ContextData, contextOf, contextsInUse, copyCurrentContextData, runInContext, setTaskContextProvider } from "../context-state.js";
import { BaseException, KeyboardInterrupt, RuntimeError, SystemExit, TypeError as PyTypeError, ValueError, toPyException } from "../exceptions.js";
import { pythonFileOf, rejectAwait } from "../frames.js";
import { formatReportedException } from "../tracebacks.js";
import { addressSuffix, registerBuiltinType, repr } from "../repr.js";
import { CancelledError, InvalidStateError } from "./errors.js";
import { runInExecutor } from "./threads.js";
import { heapify, heappop, heappush } from "./heapq.js";

// ---------------------------------------------------------------------------
// Small containers

/** A growable ring buffer: O(1) push/shift at both ends. */
export class Deque<T> implements Iterable<T> {
  private _buf: (T | undefined)[];
  private _head = 0;
  private _size = 0;
  private _mask: number;

  constructor(items?: Iterable<T>) {
    this._buf = new Array(16);
    this._mask = 15;
    if (items) for (const x of items) this.push(x);
  }

  get length(): number {
    return this._size;
  }

  push(x: T): void {
    if (this._size > this._mask) this._grow();
    this._buf[(this._head + this._size) & this._mask] = x;
    this._size++;
  }

  unshift(x: T): void {
    if (this._size > this._mask) this._grow();
    this._head = (this._head - 1) & this._mask;
    this._buf[this._head] = x;
    this._size++;
  }

  shift(): T | undefined {
    if (this._size === 0) return undefined;
    const i = this._head;
    const x = this._buf[i];
    this._buf[i] = undefined;
    this._head = (i + 1) & this._mask;
    this._size--;
    return x;
  }

  pop(): T | undefined {
    if (this._size === 0) return undefined;
    const i = (this._head + this._size - 1) & this._mask;
    const x = this._buf[i];
    this._buf[i] = undefined;
    this._size--;
    return x;
  }

  peek(): T | undefined {
    return this._size === 0 ? undefined : this._buf[this._head];
  }

  at(i: number): T | undefined {
    if (i < 0 || i >= this._size) return undefined;
    return this._buf[(this._head + i) & this._mask];
  }

  /** Removes the first occurrence of `x`; false when absent. */
  remove(x: T): boolean {
    // Waiters are woken first-in first-out, so the one removed is nearly always at the front.
    if (this._size > 0 && this._buf[this._head] === x) {
      this.shift();
      return true;
    }
    const n = this._size;
    for (let i = 0; i < n; i++) {
      if (this._buf[(this._head + i) & this._mask] === x) {
        for (let j = i; j < n - 1; j++) {
          this._buf[(this._head + j) & this._mask] = this._buf[(this._head + j + 1) & this._mask];
        }
        this._buf[(this._head + n - 1) & this._mask] = undefined;
        this._size--;
        return true;
      }
    }
    return false;
  }

  clear(): void {
    this._buf = new Array(16);
    this._mask = 15;
    this._head = 0;
    this._size = 0;
  }

  toArray(): T[] {
    const out: T[] = new Array(this._size);
    for (let i = 0; i < this._size; i++) out[i] = this._buf[(this._head + i) & this._mask] as T;
    return out;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this._size; i++) yield this._buf[(this._head + i) & this._mask] as T;
  }

  private _grow(): void {
    const old = this._buf;
    const cap = old.length * 2;
    const buf: (T | undefined)[] = new Array(cap);
    for (let i = 0; i < this._size; i++) buf[i] = old[(this._head + i) & this._mask];
    this._buf = buf;
    this._head = 0;
    this._mask = cap - 1;
  }
}

/** A member of an IntrusiveList. */
interface Linked {
  _lprev: Linked | null;
  _lnext: Linked | null;
}

/**
 * A doubly-linked list through fields of its members: O(1) add/delete, no
 * hashing. A member is in at most one list, so `_lprev` (or being the head)
 * tells membership without a flag field (one field less on every task).
 */
class IntrusiveList<T extends Linked> implements Iterable<T> {
  private _head: T | null = null;
  private _tail: T | null = null;
  size = 0;

  private _has(x: T): boolean {
    return x._lprev !== null || this._head === x;
  }

  add(x: T): void {
    if (this._has(x)) return;
    x._lnext = null;
    x._lprev = this._tail;
    if (this._tail !== null) this._tail._lnext = x;
    else this._head = x;
    this._tail = x;
    this.size++;
  }

  delete(x: T): void {
    if (!this._has(x)) return;
    const p = x._lprev as T | null;
    const n = x._lnext as T | null;
    if (p !== null) p._lnext = n;
    else this._head = n;
    if (n !== null) n._lprev = p;
    else this._tail = p;
    x._lprev = x._lnext = null;
    this.size--;
  }

  clear(): void {
    for (let x = this._head; x !== null; ) {
      const n = x._lnext as T | null;
      x._lprev = x._lnext = null;
      x = n;
    }
    this._head = this._tail = null;
    this.size = 0;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let x = this._head; x !== null; ) {
      const n = x._lnext as T | null;
      yield x;
      x = n;
    }
  }
}

/** The loop's timers: a heapq ordered by deadline only, exactly like CPython's `_scheduled`. */
const timerLess = (a: TimerHandle, b: TimerHandle): boolean => a._when < b._when;

class TimerHeap {
  items: TimerHandle[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  push(h: TimerHandle): void {
    heappush(this.items, h, timerLess);
  }

  pop(): TimerHandle | undefined {
    return heappop(this.items, timerLess);
  }

  /** Drops cancelled handles and re-heapifies (BaseEventLoop._run_once's clean-up). */
  compact(): void {
    const kept: TimerHandle[] = [];
    for (const h of this.items) {
      if (h._cancelled) h._scheduled = false;
      else kept.push(h);
    }
    heapify(kept, timerLess);
    this.items = kept;
  }
}

// ---------------------------------------------------------------------------
// Shared helpers

export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** A trailing keyword-arguments object: a plain object literal that is not awaitable. */
export function isOptions(x: unknown): x is Record<string, any> {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  return typeof (x as { then?: unknown }).then !== "function";
}

function describeException(e: unknown): string {
  if (e instanceof BaseException) return formatReportedException(e);
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

function reprException(e: unknown): string {
  if (e instanceof BaseException) return e.__repr__();
  if (e instanceof Error) return `${e.name}(${JSON.stringify(e.message)})`;
  return safeRepr(e);
}

export function safeRepr(x: unknown): string {
  try {
    return repr(x);
  } catch {
    return String(x);
  }
}

function writeStderr(text: string): void {
  try {
    process.stderr.write(text.endsWith("\n") ? text : text + "\n");
  } catch {
    // nothing sensible to do
  }
}

// ---------------------------------------------------------------------------
// Global state: the running loop, the current task

let runningLoop: EventLoop | null = null;
let defaultLoop: EventLoop | null = null;
let currentTask: Task<any> | null = null;
/** Tasks that stopped on a foreign (non-runtime) promise; see `EventLoop._stall`. */
const foreignTasks = new Set<Task<any>>();
let taskNameCounter = 0;

// A task made before any ContextVar existed got no copy (nothing could be in it): its context is made, empty, on first use.
setTaskContextProvider(() => {
  const t = effectiveCurrentTask();
  return t === null || t === undefined ? null : (t._context ??= new Map());
});

/** A callback of call_soon/call_at runs in a copy of the context current when it was scheduled, as in asyncio. */
function inCopiedContext(callback: (...a: any[]) => unknown): (...a: any[]) => unknown {
  if (!contextsInUse) return callback;
  const data = copyCurrentContextData();
  const run = (...a: any[]) => runInContext(data, () => callback(...a));
  Object.defineProperty(run, "name", { value: callback.name });
  return run;
}

/**
 * The task whose step is running. Outside the loop's own callbacks, when
 * exactly one task is waiting on a foreign promise, the code running is
 * that task's continuation: attribute it there (best effort).
 */
export function effectiveCurrentTask(): Task<any> | null {
  if (currentTask !== null) return currentTask;
  if (foreignTasks.size === 1 && runningLoop !== null && !runningLoop._pumping) {
    const t = foreignTasks.values().next().value as Task<any>;
    if (t._state === PENDING) return t;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Handles

const K_CALL = 0; // fn(...args)
const K_FUTCB = 1; // fn(future)
const K_START = 2; // first step of a task
export const K_WAKE = 3; // a task (or other awaiter) resumes after the future it awaited completed
const K_YIELD = 4; // a task resumes after a bare yield (sleep(0))

/** A scheduled callback, as returned by `call_soon`; `cancel()` prevents it from running. */
export class Handle {
  _cancelled = false;
  /** @internal */
  constructor(
    public _kind: number,
    public _fn: ((...args: any[]) => unknown) | null,
    public _arg: any,
    public _task: Task<any> | null,
  ) {}

  cancel(): void {
    this._cancelled = true;
  }

  cancelled(): boolean {
    return this._cancelled;
  }

  __repr__(): string {
    const name = this._fn?.name || "callback";
    return `<Handle ${name}()${this._cancelled ? " cancelled" : ""}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** A handle scheduled for a point in time (`call_later` / `call_at`). */
export class TimerHandle extends Handle {
  _scheduled = true;
  /** @internal */
  constructor(
    kind: number,
    fn: ((...args: any[]) => unknown) | null,
    arg: any,
    public _loop: EventLoop,
    public _when: number,
  ) {
    super(kind, fn, arg, null);
  }

  when(): number {
    return this._when;
  }

  override cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      if (this._scheduled) this._loop._timerCancelled();
    }
  }

  override __repr__(): string {
    const name = this._fn?.name || "callback";
    return `<TimerHandle when=${this._when} ${name}()${this._cancelled ? " cancelled" : ""}>`;
  }
}

/**
 * One `await` of a Future (or of sleep(0)): who waits and how to resume it.
 * It is also the handle that the loop runs to resume the awaiter, and the
 * value `then()` returns: a `then`/`catch`/`finally` chained on it gets a real
 * promise made on demand, so a plain `await` allocates nothing more.
 */
export class Awaiter extends Handle implements PromiseLike<any> {
  /** @internal a multi-step runtime operation to resume instead of settling (see queues.ts) */
  _op: { _resume(aw: Awaiter, isError: boolean, value: unknown): void } | null = null;
  /** 0 pending, 1 fulfilled, 2 rejected; once settled, `_arg` holds the outcome (for a `then` chained later). */
  private _out = 0;
  /** A promise made only when something chains on this `then`'s result (an `await` never does). */
  private _chain: { promise: Promise<any>; res: (v: any) => void; rej: (e: any) => void } | null = null;

  constructor(
    kind: number,
    task: Task<any> | null,
    public onF: ((v: any) => any) | null | undefined,
    public onR: ((e: any) => any) | null | undefined,
  ) {
    super(kind, null, null, task);
  }

  /** @internal */
  _settle(isError: boolean, value: unknown): void {
    const chain = this._chain;
    if (chain !== null) {
      if (isError) chain.rej(value);
      else chain.res(value);
    } else {
      this._out = isError ? 2 : 1;
      this._arg = value;
    }
  }

  private _materialize(): Promise<any> {
    if (this._chain === null) {
      let res!: (v: any) => void;
      let rej!: (e: any) => void;
      const promise =
        this._out === 1
          ? Promise.resolve(this._arg)
          : this._out === 2
            ? Promise.reject(this._arg)
            : new Promise((a, b) => {
                res = a;
                rej = b;
              });
      this._chain = { promise, res, rej };
    }
    return this._chain.promise;
  }

  then<R1 = any, R2 = never>(onF?: ((v: any) => R1 | PromiseLike<R1>) | null, onR?: ((e: any) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this._materialize().then(onF, onR);
  }

  catch<R = never>(onR?: ((e: any) => R | PromiseLike<R>) | null): Promise<any> {
    return this._materialize().catch(onR);
  }

  finally(onFinally?: (() => void) | null): Promise<any> {
    return this._materialize().finally(onFinally);
  }
}

/**
 * An `await` that fails: a failure gets the awaiting functions' frames for
 * its traceback (frames.ts, rejectAwait); cancellation, frequent and seldom
 * printed, skips that cost (a stack capture per await it crosses).
 */
function failAwait(onF: unknown, onR: (e: any) => any, e: unknown): unknown {
  return e instanceof CancelledError ? onR(e) : rejectAwait(onF, onR, e);
}

/** @internal Delivers an outcome to the awaiter's callbacks (and to a chained promise, if any). */
export function settleAwaiter(aw: Awaiter, isError: boolean, value: unknown): void {
  let out: unknown;
  let failed = false;
  try {
    if (isError) {
      if (typeof aw.onR === "function") out = aw._task !== null ? failAwait(aw.onF, aw.onR, value) : aw.onR(value);
      else {
        failed = true;
        out = value;
      }
    } else {
      out = typeof aw.onF === "function" ? aw.onF(value) : value;
    }
  } catch (e) {
    failed = true;
    out = e;
  }
  aw.onF = aw.onR = null;
  aw._settle(failed, out);
}

/**
 * `asyncio.sleep(0)`: a bare yield that lets every other ready callback run
 * once. Lazy (nothing happens until awaited) and counted as a coroutine by
 * iscoroutine(); one shared object serves every `sleep(0)` without a result.
 */
export class YieldPoint implements PromiseLike<any> {
  /** `type(asyncio.sleep(0)).__name__` */
  static readonly __name__ = "coroutine";
  constructor(readonly value: unknown) {}

  get __name__(): string {
    return "sleep";
  }

  get __qualname__(): string {
    return "sleep";
  }

  close(): void {}

  __repr__(): string {
    return "<coroutine object sleep>";
  }

  then(onF?: ((v: any) => any) | null, onR?: ((e: any) => any) | null): any {
    const task = effectiveCurrentTask();
    const loop = task !== null ? task._loop : runningLoop ?? get_event_loop();
    const aw = new Awaiter(K_YIELD, task, onF, onR);
    aw._arg = this.value;
    loop._push(aw);
    if (task !== null) {
      task._futWaiter = null;
      if (task._foreign) task._clearForeign();
      if (loop._stepping === task) loop._signal();
    }
    return aw;
  }
}

const YIELD = new YieldPoint(null);

// ---------------------------------------------------------------------------
// Unretrieved exceptions: "Task exception was never retrieved"

interface UnretrievedRecord {
  retrieved: boolean;
  /** The lines naming the future; the exception's traceback is formatted only if it is reported. */
  head: string;
  exc: unknown;
}

function unretrievedText(rec: UnretrievedRecord): string {
  return rec.head + describeException(rec.exc);
}

/** Loops with failed futures nobody looked at yet, reported at process exit at the latest. */
const loopsWithUnretrieved = new Set<EventLoop>();
let unretrievedExitHook = false;

function reportAllUnretrieved(): void {
  for (const loop of loopsWithUnretrieved) loop._reportUnretrieved();
  loopsWithUnretrieved.clear();
}

const finalizer: FinalizationRegistry<UnretrievedRecord> | null =
  typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<UnretrievedRecord>((rec) => {
        if (!rec.retrieved) {
          rec.retrieved = true;
          writeStderr(unretrievedText(rec));
        }
      })
    : null;

// ---------------------------------------------------------------------------
// The event loop

export type ExceptionContext = { message: string; exception?: unknown; future?: Future<any>; task?: Task<any>; handle?: Handle; [key: string]: unknown };
export type ExceptionHandler = (loop: EventLoop, context: ExceptionContext) => void;

const YIELD_AFTER_MS = 20;
/** `RESOLVED.then(f)` queues a microtask; cheaper than Node's queueMicrotask (no AsyncResource per call). */
const RESOLVED = Promise.resolve();

export class EventLoop {
  /** `type(loop).__name__`, as on Linux */
  static readonly __name__ = "_UnixSelectorEventLoop";
  /** @internal */ _ready = new Deque<Handle>();
  /** @internal */ _timers = new TimerHeap();
  /** @internal */ _cancelledTimers = 0;
  /** @internal pending tasks, in creation order */ _tasks = new IntrusiveList<Task<any>>();
  /** @internal */ _stepping: Task<any> | null = null;
  /** @internal */ _iterLeft = 0;
  private _iterCount = 0;
  private _iterationsThisRun = 0;
  private _macroStart = 0;
  private _running = false;
  private _stopping = false;
  private _closed = false;
  /** @internal */ _pumping = false;
  private _waitMacrotask = false;
  private _idle = false;
  private _immediateArmed = false;
  private _wake: ReturnType<typeof setTimeout> | null = null;
  private _wakeAt = Infinity;
  private _runResolve: (() => void) | null = null;
  private _runReject: ((e: unknown) => void) | null = null;
  private _fatal: unknown = null;
  private _debug = false;
  private _exceptionHandler: ExceptionHandler | null = null;
  /** @internal */ _unretrieved = new Set<UnretrievedRecord>();
  private readonly _pumpBound = () => this._pump();
  private readonly _onImmediateBound = () => this._onImmediate();
  private readonly _onTimerBound = () => this._onTimer();

  // -- clock and scheduling ---------------------------------------------------

  /** Seconds on the loop's monotonic clock. */
  time(): number {
    return performance.now() / 1000;
  }

  call_soon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle {
    this._checkClosed();
    const h = new Handle(K_CALL, inCopiedContext(callback), args, null);
    this._push(h);
    return h;
  }

  call_soon_threadsafe<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle {
    return this.call_soon(callback, ...args);
  }

  call_later<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    return this.call_at(this.time() + Number(delay), callback, ...args);
  }

  call_at<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    this._checkClosed();
    const h = new TimerHandle(K_CALL, inCopiedContext(callback), args, this, Number(when));
    this._timers.push(h);
    if (this._idle) this._armWake();
    return h;
  }

  /** @internal A timer whose callback takes one argument (no rest array). */
  _callLater1(delay: number, fn: (x: any) => unknown, arg: unknown): TimerHandle {
    const h = new TimerHandle(K_FUTCB, fn, arg, this, this.time() + delay);
    this._timers.push(h);
    if (this._idle) this._armWake();
    return h;
  }

  /** @internal */
  _callSoon1(fn: (x: any) => unknown, arg: unknown): Handle {
    const h = new Handle(K_FUTCB, fn, arg, null);
    this._push(h);
    return h;
  }

  /** @internal */
  _push(h: Handle): void {
    this._ready.push(h);
    if (this._idle) {
      this._idle = false;
      this._armImmediate();
    }
  }

  /** @internal */
  _timerCancelled(): void {
    this._cancelledTimers++;
  }

  create_future<T = any>(): Future<T> {
    return new Future<T>(this);
  }

  create_task<T>(coro: Awaitable<T>, options?: { name?: unknown; context?: unknown }): Task<T> {
    this._checkClosed();
    return new Task<T>(coro, { loop: this, name: options?.name, context: options?.context });
  }

  run_in_executor<A extends unknown[], R>(executor: unknown, func: (...args: A) => R, ...args: A): Future<Awaited<R>> {
    this._checkClosed();
    return runInExecutor(this, executor, func, args);
  }

  set_default_executor(_executor: unknown): void {}

  // -- running ----------------------------------------------------------------

  is_running(): boolean {
    return this._running;
  }

  is_closed(): boolean {
    return this._closed;
  }

  get_debug(): boolean {
    return this._debug;
  }

  set_debug(enabled: boolean): void {
    this._debug = Boolean(enabled);
  }

  /** Runs until `stop()` is called; the returned promise settles then. */
  run_forever(): Promise<void> {
    try {
      this._checkClosed();
      if (this._running) throw new RuntimeError("This event loop is already running");
      if (runningLoop !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
    } catch (e) {
      return Promise.reject(e);
    }
    this._running = true;
    this._fatal = null;
    this._iterationsThisRun = 0;
    runningLoop = this;
    this._macroStart = performance.now();
    this._iterCount = 0;
    const done = new Promise<void>((res, rej) => {
      this._runResolve = res;
      this._runReject = rej;
    });
    RESOLVED.then(this._pumpBound);
    return done;
  }

  /** Runs the loop until `future` is done and returns its result (or raises its exception). */
  async run_until_complete<T>(future: Awaitable<T>): Promise<T> {
    this._checkClosed();
    if (this._running) throw new RuntimeError("This event loop is already running");
    if (runningLoop !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
    const newTask = !(future instanceof Future);
    const fut = ensure_future(future, { loop: this });
    const stop = (f: Future<T>) => f._loop.stop();
    fut.add_done_callback(stop);
    try {
      await this.run_forever();
    } catch (e) {
      if (newTask && fut.done() && !fut.cancelled()) fut.exception();
      throw e;
    } finally {
      fut.remove_done_callback(stop);
    }
    if (!fut.done()) throw new RuntimeError("Event loop stopped before Future completed.");
    return fut.result();
  }

  stop(): void {
    this._stopping = true;
    if (this._idle) {
      this._idle = false;
      this._armImmediate();
    }
  }

  close(): void {
    if (this._running) throw new RuntimeError("Cannot close a running event loop");
    if (this._closed) return;
    this._closed = true;
    this._ready.clear();
    this._timers = new TimerHeap();
    this._clearWake();
    this._reportUnretrieved();
  }

  /** @internal Async generators first iterated in this loop, held weakly (CPython's loop._asyncgens). */
  private _asyncgens = new Set<WeakRef<AsyncGenerator<unknown>>>();
  private _asyncgenClose: ((g: AsyncGenerator<unknown>) => Promise<void>) | null = null;
  private readonly _forgetAsyncgen = new FinalizationRegistry<WeakRef<AsyncGenerator<unknown>>>((ref) => this._asyncgens.delete(ref));

  /** @internal */
  _asyncgenFirstIter(g: AsyncGenerator<unknown>, close: (g: AsyncGenerator<unknown>) => Promise<void>): void {
    const ref = new WeakRef(g);
    this._asyncgens.add(ref);
    this._forgetAsyncgen.register(g, ref);
    this._asyncgenClose = close;
  }

  /** Closes every async generator still suspended, concurrently, each in its own task (as CPython does). */
  async shutdown_asyncgens(): Promise<void> {
    const close = this._asyncgenClose;
    const gens = [...this._asyncgens].map((r) => r.deref()).filter((g): g is AsyncGenerator<unknown> => g !== undefined);
    this._asyncgens.clear();
    if (close === null || gens.length === 0) return;
    const tasks = gens.map((g) => this.create_task(coro(() => close(g), "aclose")));
    for (const [i, t] of tasks.entries()) {
      try {
        await t;
      } catch (e) {
        this.call_exception_handler({ message: `an error occurred during closing of asynchronous generator ${safeRepr(gens[i])}`, exception: e });
      }
    }
  }

  async shutdown_default_executor(): Promise<void> {}

  // -- errors -----------------------------------------------------------------

  set_exception_handler(handler: ExceptionHandler | null): void {
    this._exceptionHandler = handler;
  }

  get_exception_handler(): ExceptionHandler | null {
    return this._exceptionHandler;
  }

  default_exception_handler(context: ExceptionContext): void {
    const lines = [context.message || "Unhandled exception in event loop"];
    for (const [key, value] of Object.entries(context)) {
      if (key === "message" || key === "exception") continue;
      lines.push(`${key}: ${value instanceof Future || value instanceof Handle ? value.__repr__() : safeRepr(value)}`);
    }
    if (context.exception !== undefined && context.exception !== null) lines.push(describeException(context.exception));
    writeStderr(lines.join("\n"));
  }

  call_exception_handler(context: ExceptionContext): void {
    if (this._exceptionHandler === null) {
      this.default_exception_handler(context);
      return;
    }
    try {
      this._exceptionHandler(this, context);
    } catch (e) {
      this.default_exception_handler({ message: "Unhandled error in exception handler", exception: e, context: context as unknown });
    }
  }

  __repr__(): string {
    return `<_UnixSelectorEventLoop running=${this._running ? "True" : "False"} closed=${this._closed ? "True" : "False"} debug=${this._debug ? "True" : "False"}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  // -- internals ----------------------------------------------------------------

  private _checkClosed(): void {
    if (this._closed) throw new RuntimeError("Event loop is closed");
  }

  /** @internal The task being stepped has suspended or finished: go on. */
  _signal(): void {
    this._stepping = null;
    RESOLVED.then(this._pumpBound);
  }

  /** @internal A SystemExit / KeyboardInterrupt escaped a task: stop the loop with it. */
  _setFatal(e: unknown): void {
    if (this._fatal === null) this._fatal = e;
  }

  /** @internal */
  _trackUnretrieved(fut: Future<any>, exc: unknown): UnretrievedRecord {
    const rec: UnretrievedRecord = {
      retrieved: false,
      head: `${fut instanceof Task ? "Task" : "Future"} exception was never retrieved\nfuture: ${fut.__repr__()}\n`,
      exc,
    };
    this._unretrieved.add(rec);
    finalizer?.register(fut, rec);
    loopsWithUnretrieved.add(this);
    if (!unretrievedExitHook && typeof process !== "undefined" && typeof process.on === "function") {
      unretrievedExitHook = true;
      process.on("exit", reportAllUnretrieved);
    }
    return rec;
  }

  /** @internal Logs the failures nobody retrieved (at loop close or process exit), like CPython at GC. */
  _reportUnretrieved(): void {
    for (const rec of this._unretrieved) {
      if (!rec.retrieved) {
        rec.retrieved = true;
        writeStderr(unretrievedText(rec));
      }
    }
    this._unretrieved.clear();
    loopsWithUnretrieved.delete(this);
  }

  private _armImmediate(): void {
    if (!this._immediateArmed) {
      this._immediateArmed = true;
      setImmediate(this._onImmediateBound);
    }
  }

  private _armWake(): void {
    const top = this._nextTimer();
    if (top === undefined) return;
    const when = top._when;
    if (this._wake !== null && this._wakeAt <= when) return;
    this._clearWake();
    // setTimeout treats delays above 2^31-1 ms (or NaN) as 1 ms: clamp, and re-arm on waking early.
    const ms = Math.min(2147483647, Math.max(0, Math.ceil((when - this.time()) * 1000)) || 0);
    this._wakeAt = when;
    this._wake = setTimeout(this._onTimerBound, ms);
  }

  private _clearWake(): void {
    if (this._wake !== null) {
      clearTimeout(this._wake);
      this._wake = null;
      this._wakeAt = Infinity;
    }
  }

  private _nextTimer(): TimerHandle | undefined {
    return this._timers.peek();
  }

  /** Start of `_run_once`: forget cancelled timers the way CPython does. */
  private _cleanTimers(): void {
    const heap = this._timers;
    const n = heap.size;
    if (n > 100 && this._cancelledTimers / n > 0.5) {
      heap.compact();
      this._cancelledTimers = 0;
    } else {
      for (let top = heap.peek(); top !== undefined && top._cancelled; top = heap.peek()) {
        this._cancelledTimers--;
        heap.pop();
        top._scheduled = false;
      }
    }
  }

  /** A macrotask boundary was reached: the microtask queue is empty. */
  private _atMacrotask(): void {
    this._macroStart = performance.now();
    this._iterCount = 0;
    this._waitMacrotask = false;
    if (this._stepping !== null) this._stall();
  }

  /** The task being stepped awaited something foreign; let the others run meanwhile. */
  private _stall(): void {
    const t = this._stepping!;
    this._stepping = null;
    currentTask = null;
    if (t._state === PENDING) {
      t._foreign = true;
      foreignTasks.add(t);
    }
  }

  private _onImmediate(): void {
    this._immediateArmed = false;
    this._atMacrotask();
    this._idle = false;
    this._pump();
  }

  private _onTimer(): void {
    this._wake = null;
    this._wakeAt = Infinity;
    this._atMacrotask();
    this._idle = false;
    this._pump();
  }

  private _collectTimers(): void {
    const heap = this._timers;
    if (heap.size === 0) return;
    this._cleanTimers();
    const end = this.time() + 1e-9;
    for (let top = heap.peek(); top !== undefined && top._when < end; top = heap.peek()) {
      heap.pop();
      top._scheduled = false;
      this._ready.push(top);
    }
  }

  private _finishRun(): void {
    this._running = false;
    this._iterLeft = 0;
    this._stopping = false;
    this._idle = false;
    if (runningLoop === this) runningLoop = null;
    currentTask = null;
    this._clearWake();
    const fatal = this._fatal;
    this._fatal = null;
    const res = this._runResolve;
    const rej = this._runReject;
    this._runResolve = this._runReject = null;
    if (fatal !== null) rej?.(fatal);
    else res?.();
  }

  private _pump(): void {
    if (this._pumping || !this._running || this._stepping !== null || this._waitMacrotask) return;
    this._pumping = true;
    try {
      for (;;) {
        if (this._fatal !== null) {
          this._finishRun();
          return;
        }
        if (this._iterLeft === 0) {
          // run_forever: `while True: _run_once(); if stopping: break` - at least one iteration.
          if (this._stopping && this._iterationsThisRun > 0) {
            this._finishRun();
            return;
          }
          if ((++this._iterCount & 63) === 0 && performance.now() - this._macroStart > YIELD_AFTER_MS) {
            currentTask = null;
            this._armImmediate();
            return;
          }
          this._collectTimers();
          const n = this._ready.length;
          this._iterationsThisRun++;
          if (n === 0 && !this._stopping) {
            currentTask = null;
            this._idle = true;
            this._armWake();
            return;
          }
          this._iterLeft = n;
          if (n === 0) continue;
        }
        const h = this._ready.shift()!;
        this._iterLeft--;
        if (h._cancelled) continue;
        const task = h._task;
        currentTask = task;
        if (task === null) {
          this._runHandle(h);
          if (h._kind >= K_WAKE) {
            // Code outside any task was resumed: we cannot tell when it stops,
            // so wait until the microtask queue is empty before going on.
            this._waitMacrotask = true;
            this._armImmediate();
            return;
          }
          continue;
        }
        this._stepping = task;
        this._runHandle(h);
        if (this._stepping === task) {
          if (task._state !== PENDING) {
            this._stepping = null;
          } else {
            this._armImmediate();
            return;
          }
        }
      }
    } finally {
      this._pumping = false;
    }
  }

  private _runHandle(h: Handle): void {
    try {
      switch (h._kind) {
        case K_CALL: {
          const fn = h._fn!; // called as a plain function, not as a method of the handle
          fn(...(h._arg as unknown[]));
          break;
        }
        case K_FUTCB: {
          const fn = h._fn!;
          fn(h._arg);
          break;
        }
        case K_START:
          h._task!._step0();
          break;
        case K_WAKE:
          wakeAwaiter(h as Awaiter);
          break;
        case K_YIELD: {
          const aw = h as Awaiter;
          const task = h._task;
          if (task !== null && task._mustCancel) {
            task._mustCancel = false;
            settleAwaiter(aw, true, task._makeCancelledError());
          } else {
            settleAwaiter(aw, false, aw._arg);
          }
          break;
        }
      }
    } catch (e) {
      if (e instanceof SystemExit || e instanceof KeyboardInterrupt) {
        this._setFatal(e);
        return;
      }
      this.call_exception_handler({ message: `Exception in callback ${h.__repr__()}`, exception: e, handle: h });
    }
  }
}


// ---------------------------------------------------------------------------
// Future

const PENDING = 0;
const FINISHED = 1;
const CANCELLED = 2;

type DoneCallback<T> = (fut: Future<T>) => unknown;

export type Awaitable<T> = PromiseLike<T> | Coroutine<T> | Future<T>;

/** asyncio.Future: a result that will be set later, awaitable by tasks. */
export class Future<T = any> implements PromiseLike<T> {
  /** @internal */ _state = PENDING;
  /** @internal */ _result: T | undefined = undefined;
  /** @internal */ _exception: unknown = null;
  /** @internal */ _hasException = false;
  /** @internal */ _cancelMessage: unknown = null;
  /** @internal */ _cancelledExc: unknown = null;
  /** @internal first done callback (most futures have one) */ _cb0: DoneCallback<any> | Awaiter | null = null;
  /** @internal the others, in order */ _callbacks: (DoneCallback<any> | Awaiter)[] | null = null;
  /** @internal */ _loop: EventLoop;
  /** @internal */ _logRecord: UnretrievedRecord | null = null;
  /** @internal gather()'s duplicate detection */ _gmark = 0;

  constructor(options?: { loop?: EventLoop | null } | EventLoop | null) {
    const loop = options instanceof EventLoop ? options : options?.loop;
    this._loop = loop ?? get_event_loop();
  }

  get_loop(): EventLoop {
    return this._loop;
  }

  done(): boolean {
    return this._state !== PENDING;
  }

  cancelled(): boolean {
    return this._state === CANCELLED;
  }

  result(): T {
    if (this._state === CANCELLED) throw this._makeCancelledError();
    if (this._state !== FINISHED) throw new InvalidStateError("Result is not set.");
    this._markRetrieved();
    if (this._hasException) throw this._exception;
    return this._result as T;
  }

  exception(): BaseException | null {
    if (this._state === CANCELLED) throw this._makeCancelledError();
    if (this._state !== FINISHED) throw new InvalidStateError("Exception is not set.");
    this._markRetrieved();
    return this._hasException ? (this._exception as BaseException) : null;
  }

  set_result(result: T): void {
    if (this._state !== PENDING) throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = FINISHED;
    this._scheduleCallbacks();
  }

  set_exception(exception: unknown): void {
    if (this._state !== PENDING) throw new InvalidStateError("invalid state");
    let exc = exception;
    if (typeof exc === "function") exc = new (exc as new () => unknown)();
    if (exc !== null && typeof exc === "object" && (exc as object).constructor?.name === "StopIteration") {
      throw new PyTypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    this._setExceptionUnchecked(exc);
  }

  /** @internal */
  _setExceptionUnchecked(exc: unknown): void {
    this._exception = exc;
    this._hasException = true;
    this._state = FINISHED;
    this._scheduleCallbacks();
    this._logRecord = this._loop._trackUnretrieved(this, exc);
  }

  cancel(msg: unknown = null): boolean {
    return this._futureCancel(unwrapMsg(msg));
  }

  /** @internal Future.cancel without Task's override. */
  _futureCancel(msg: unknown): boolean {
    this._markRetrieved();
    if (this._state !== PENDING) return false;
    this._state = CANCELLED;
    this._cancelMessage = msg;
    this._scheduleCallbacks();
    return true;
  }

  /** The callback receives this future (a Task's callback gets the Task, so `this` types it). */
  add_done_callback(fn: (fut: this) => unknown, _options?: { context?: unknown }): void {
    if (this._state !== PENDING) this._loop._callSoon1(fn, this);
    else this._addCallback(fn as DoneCallback<any>);
  }

  remove_done_callback(fn: (fut: this) => unknown): number {
    let removed = 0;
    if (this._cb0 === fn) {
      removed++;
      this._cb0 = null;
    }
    const cbs = this._callbacks;
    if (cbs !== null) {
      const kept = cbs.filter((cb) => cb !== fn);
      removed += cbs.length - kept.length;
      this._callbacks = kept.length ? kept : null;
    }
    if (this._cb0 === null && this._callbacks !== null) {
      this._cb0 = this._callbacks.shift()!;
      if (this._callbacks.length === 0) this._callbacks = null;
    }
    return removed;
  }

  /** @internal */
  _addCallback(cb: DoneCallback<any> | Awaiter): void {
    if (this._cb0 === null && this._callbacks === null) this._cb0 = cb;
    else (this._callbacks ??= []).push(cb);
  }

  /**
   * `await fut`. A done future gives its outcome at once (Python does not
   * yield then); a pending one records the awaiting task so that cancelling
   * the task cancels this future, and resumes it through the ready queue.
   */
  then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: any) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    if (this._state !== PENDING) return this._settledThen(onfulfilled, onrejected);
    const task = effectiveCurrentTask();
    if (task === (this as unknown)) return refuseAwait(new RuntimeError(`Task cannot await on itself: ${this.__repr__()}`), onfulfilled, onrejected);
    if (task !== null && task._loop !== this._loop) {
      return refuseAwait(new RuntimeError(`Task ${task.__repr__()} got Future ${this.__repr__()} attached to a different loop`), onfulfilled, onrejected);
    }
    const aw = new Awaiter(K_WAKE, task, onfulfilled, onrejected);
    this._register(aw);
    return aw as PromiseLike<R1 | R2>;
  }

  /**
   * @internal The awaiting task (aw._task) suspends on this pending future:
   * record it for cancellation (Task._fut_waiter) and let the loop go on.
   */
  _register(aw: Awaiter): void {
    this._addCallback(aw);
    const task = aw._task;
    if (task !== null) {
      if (task._foreign) task._clearForeign();
      task._futWaiter = this;
      if (task._mustCancel) {
        if (this.cancel(task._cancelMessage)) task._mustCancel = false;
      }
      const loop = task._loop;
      if (loop._stepping === task) loop._signal();
    }
  }

  catch<R = never>(onrejected?: ((reason: any) => R | PromiseLike<R>) | null): Promise<T | R> {
    return Promise.resolve(this.then(undefined, onrejected));
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return Promise.resolve(this).then(
      (v) => {
        onfinally?.();
        return v;
      },
      (e) => {
        onfinally?.();
        throw e;
      },
    );
  }

  private _settledThen<R1, R2>(
    onF: ((value: T) => R1 | PromiseLike<R1>) | null | undefined,
    onR: ((reason: any) => R2 | PromiseLike<R2>) | null | undefined,
  ): Promise<R1 | R2> {
    let isError = false;
    let value: unknown;
    if (this._state === CANCELLED) {
      isError = true;
      value = this._makeCancelledError();
    } else {
      this._markRetrieved();
      if (this._hasException) {
        isError = true;
        value = this._exception;
      } else value = this._result;
    }
    try {
      if (isError) return typeof onR === "function" ? Promise.resolve(failAwait(onF, onR, value) as R2) : Promise.reject(value);
      return Promise.resolve(typeof onF === "function" ? onF(value as T) : (value as R1));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** @internal */
  _markRetrieved(): void {
    const rec = this._logRecord;
    if (rec !== null) {
      rec.retrieved = true;
      this._loop._unretrieved.delete(rec);
      this._logRecord = null;
    }
  }

  /** @internal */
  _makeCancelledError(): BaseException {
    if (this._cancelledExc !== null) {
      const e = this._cancelledExc as BaseException;
      this._cancelledExc = null;
      return e;
    }
    return this._cancelMessage === null || this._cancelMessage === undefined ? new CancelledError() : new CancelledError(this._cancelMessage);
  }

  /** @internal */
  _scheduleCallbacks(): void {
    const cb0 = this._cb0;
    if (cb0 === null) return;
    const cbs = this._callbacks;
    this._cb0 = null;
    this._callbacks = null;
    const loop = this._loop;
    scheduleOne(loop, this, cb0);
    if (cbs !== null) for (let i = 0; i < cbs.length; i++) scheduleOne(loop, this, cbs[i]!);
  }

  /** @internal */
  _stateText(): string {
    if (this._state === PENDING) return "pending";
    if (this._state === CANCELLED) return "cancelled";
    if (this._hasException) return `finished exception=${reprException(this._exception)}`;
    return `finished result=${safeRepr(this._result)}`;
  }

  __repr__(): string {
    return `<Future ${this._stateText()}${this._callbacksText()}>`;
  }

  /**
   * @internal CPython's ` cb=[…]` while pending. Only tasks waiting on it are
   * named (`Task.task_wakeup()`, as CPython prints them); a future with any
   * other callback keeps the short form rather than print a guessed name.
   */
  _callbacksText(): string {
    if (this._state !== PENDING || this._cb0 === null) return "";
    const all = this._callbacks === null ? [this._cb0] : [this._cb0, ...this._callbacks];
    if (!all.every((cb) => cb instanceof Awaiter && cb._task !== null)) return "";
    return ` cb=[${all.map(() => "Task.task_wakeup()").join(", ")}]`;
  }

  toString(): string {
    return this.__repr__();
  }

  get [Symbol.toStringTag](): string {
    return this.constructor.name;
  }
}

/** An `await` that fails before suspending, with the awaiting frames like any failed await. */
function refuseAwait(e: unknown, onF: ((v: any) => any) | null | undefined, onR: ((e: any) => any) | null | undefined): Promise<any> {
  try {
    return typeof onR === "function" ? Promise.resolve(failAwait(onF, onR, e)) : Promise.reject(e);
  } catch (err) {
    return Promise.reject(err);
  }
}

// Runtime awaitables that give an awaiting task's failure its frames themselves (settleAwaiter, refuseAwait): see Coroutine.then.
for (const cls of [Future, YieldPoint]) Object.defineProperty(cls.prototype, "_framesOnReject", { value: true });

function scheduleOne(loop: EventLoop, fut: Future<any>, cb: DoneCallback<any> | Awaiter): void {
  if (typeof cb === "function") loop._push(new Handle(K_FUTCB, cb as (x: any) => unknown, fut, null));
  else {
    cb._arg = fut;
    loop._push(cb);
  }
}

function unwrapMsg(msg: unknown): unknown {
  if (isOptions(msg) && "msg" in msg) return msg.msg ?? null;
  return msg === undefined ? null : msg;
}

/** Delivers the outcome of a completed future to one awaiter (CPython's Task.__wakeup). */
function wakeAwaiter(aw: Awaiter): void {
  const fut = aw._arg as Future<any>;
  aw._arg = null;
  const task = aw._task;
  let isError: boolean;
  let value: unknown;
  if (fut._state === CANCELLED) {
    isError = true;
    value = fut._makeCancelledError();
  } else {
    fut._markRetrieved();
    isError = fut._hasException;
    value = isError ? fut._exception : fut._result;
  }
  if (task !== null && task._state === PENDING) {
    if (task._futWaiter === fut) task._futWaiter = null;
    if (task._mustCancel) {
      task._mustCancel = false;
      if (!(value instanceof CancelledError)) {
        isError = true;
        value = task._makeCancelledError();
      }
    }
  }
  if (aw._op !== null) aw._op._resume(aw, isError, value);
  else settleAwaiter(aw, isError, value);
}

// ---------------------------------------------------------------------------
// Coroutine: a lazy call of an async function

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
    const at = this._defModule !== null && this._defLine > 0 ? `${pythonFileOf(this._defModule)}:${this._defLine}` : null;
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

function takeImmediate(): unknown {
  const v = immediateValue;
  immediateValue = undefined;
  return v;
}

/** @internal A runtime coroutine method: lazy like Python's, without a closure. */
export function _lazy<T, S, A = undefined>(name: string, fn: (this: S, arg: A) => T | PromiseLike<T>, self: S, arg?: A): Coroutine<Awaited<T>> {
  return new Coroutine<Awaited<T>>(fn as (this: any, arg: any) => Awaited<T> | PromiseLike<Awaited<T>>, name, self, arg);
}

/** Wraps a not-yet-made call of an async function as a lazy Coroutine. */
export function coro<T>(fn: () => T | PromiseLike<T>, name?: string): Coroutine<Awaited<T>> {
  // A translated `async def` hands its body over as an anonymous arrow: named after the
  // function, its frames show in tracebacks (V8 names stack frames by the `name` property).
  return new Coroutine<Awaited<T>>(fn as () => Awaited<T> | PromiseLike<Awaited<T>>, name);
}

export function iscoroutine(obj: unknown): obj is Coroutine<any> {
  return obj instanceof Coroutine || obj instanceof YieldPoint;
}

/**
 * A translated `async def` is a plain function whose whole body is
 * `return coro(async () => …)` (so its arguments are evaluated at the call):
 * it is recognised by that shape, which needs no marker statement per def.
 */
const LAZY_DEF = /^[^{]*\{\s*return\s+[\w$]*coro[\w$]*\(\s*async\b/;

export function iscoroutinefunction(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  const marked = (fn as { _is_coroutine?: unknown })._is_coroutine;
  if (marked !== undefined) return marked === true;
  return fn.constructor?.name === "AsyncFunction" || LAZY_DEF.test(Function.prototype.toString.call(fn));
}

export function isfuture(obj: unknown): obj is Future<any> {
  return obj instanceof Future;
}

/** Test helper: names of coroutines created and never awaited so far. */
export function _unawaitedCoroutines(): string[] {
  return [...unawaited].map((c) => c.__qualname__);
}

// ---------------------------------------------------------------------------
// Task

/** asyncio.Task: runs a coroutine on the loop; awaitable and cancellable. */
export class Task<T = any> extends Future<T> {
  /** @internal */ _coro: Coroutine<T>;
  /** @internal its name, or the N of a default "Task-N" name, made into a string on demand */ _name: string | number = 0;
  /** @internal */ _mustCancel = false;
  /** @internal */ _futWaiter: Future<any> | null = null;
  /** @internal */ _numCancelsRequested = 0;
  /** @internal */ _foreign = false;
  /** @internal */ _lprev: Linked | null = null;
  /** @internal */ _lnext: Linked | null = null;
  /** @internal the contextvars context its steps run in: a copy of the creator's, or `context=`; null until needed while no ContextVar exists */ _context: ContextData | null;

  /**
   * `options._internal` makes a task for the runtime's own use (a pseudo-thread
   * of to_thread): it takes no "Task-N" number and is not in all_tasks().
   */
  constructor(coro: Awaitable<T>, options?: { loop?: EventLoop | null; name?: unknown; context?: unknown; _internal?: boolean }) {
    const loop = options?.loop ?? get_event_loop();
    super(loop);
    if (coro instanceof Coroutine) {
      this._coro = coro;
    } else if (coro instanceof YieldPoint) {
      this._coro = new Coroutine<T>(() => coro as PromiseLike<T>, "sleep");
    } else if (isThenable(coro)) {
      const p = coro;
      this._coro = new Coroutine<T>(() => p as PromiseLike<T>, "_wrap_awaitable");
    } else {
      throw new PyTypeError(`a coroutine was expected, got ${safeRepr(coro)}`);
    }
    this._coro._claim();
    const context = options?.context as { _data?: ContextData } | null | undefined;
    this._context = context?._data ?? (contextsInUse ? copyCurrentContextData() : null);
    const name = options?.name;
    if (name !== undefined && name !== null) this._name = String(name);
    else if (options?._internal) this._name = "Thread";
    else this._name = ++taskNameCounter;
    loop._push(new Handle(K_START, null, null, this));
    if (!options?._internal) loop._tasks.add(this);
  }

  get_name(): string {
    const name = this._name;
    return typeof name === "string" ? name : (this._name = `Task-${name}`);
  }

  set_name(value: unknown): void {
    this._name = String(value);
  }

  get_coro(): Coroutine<T> {
    return this._coro;
  }

  get_context(): unknown {
    return contextOf((this._context ??= new Map()));
  }

  get_stack(_options?: unknown): unknown[] {
    return [];
  }

  print_stack(_options?: unknown): void {}

  cancelling(): number {
    return this._numCancelsRequested;
  }

  uncancel(): number {
    if (this._numCancelsRequested > 0) this._numCancelsRequested--;
    return this._numCancelsRequested;
  }

  /**
   * Requests cancellation: CancelledError is thrown into the coroutine at the
   * await where it is suspended (or before it starts).
   */
  override cancel(msg: unknown = null): boolean {
    msg = unwrapMsg(msg);
    this._markRetrieved();
    if (this._state !== PENDING) return false;
    this._numCancelsRequested++;
    const waiter = this._futWaiter;
    if (waiter !== null) {
      if (waiter.cancel(msg)) return true;
    }
    this._mustCancel = true;
    this._cancelMessage = msg;
    return true;
  }

  /** @internal The first step: start the body (or never run it, if cancelled first). */
  _step0(): void {
    if (this._state !== PENDING) return;
    if (this._mustCancel) {
      this._mustCancel = false;
      const exc = this._makeCancelledError();
      this._coro.close();
      this._cancelledExc = exc;
      this._finishCancelled();
      return;
    }
    let r: T | PromiseLike<T>;
    try {
      r = this._coro._start();
    } catch (e) {
      this._bodyFailed(e);
      return;
    }
    if ((r as unknown) === IMMEDIATE) {
      this._bodyDone(takeImmediate() as T);
    } else if (isThenable(r)) {
      // Bound methods: two 48-byte objects, where two arrows cost 157 bytes with the context they share.
      r.then(this._bodyDone.bind(this), this._bodyFailed.bind(this));
    } else {
      this._bodyDone(r);
    }
  }

  /** @internal */
  _clearForeign(): void {
    this._foreign = false;
    foreignTasks.delete(this);
  }

  private _finished(): void {
    this._loop._tasks.delete(this);
    if (this._foreign) this._clearForeign();
    this._futWaiter = null;
  }

  private _finishCancelled(): void {
    this._finished();
    this._futureCancel(null);
  }

  private _bodyDone(v: T): void {
    if (this._state !== PENDING) return;
    this._finished();
    if (this._mustCancel) {
      this._mustCancel = false;
      this._futureCancel(this._cancelMessage);
    } else {
      this._result = v;
      this._state = FINISHED;
      this._scheduleCallbacks();
    }
    if (this._loop._stepping === this) this._loop._signal();
  }

  private _bodyFailed(e: unknown): void {
    if (this._state !== PENDING) return;
    this._finished();
    if (e instanceof CancelledError) {
      this._cancelledExc = e;
      this._futureCancel(null);
    } else {
      this._setExceptionUnchecked(e);
      if (e instanceof SystemExit || e instanceof KeyboardInterrupt) {
        // It ends the program through asyncio.run, which is its retrieval: CPython logs nothing for it.
        this._markRetrieved();
        this._loop._setFatal(e);
      }
    }
    if (this._loop._stepping === this) this._loop._signal();
  }

  override set_result(_result: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override set_exception(_exception: unknown): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  override __repr__(): string {
    const state = this._state === PENDING ? (this._numCancelsRequested > 0 ? "cancelling" : "pending") : this._state === CANCELLED ? "cancelled" : "finished";
    let text = `<Task ${state} name='${this.get_name()}' coro=<${this._coro.__qualname__}()${this._coro._reprState(this._state !== PENDING)}>`;
    if (this._state === FINISHED) {
      text += this._hasException ? ` exception=${reprException(this._exception)}` : ` result=${safeRepr(this._result)}`;
    }
    if (this._state === PENDING && this._futWaiter !== null) text += ` wait_for=${this._futWaiter.__repr__()}`;
    return text + ">";
  }
}

// ---------------------------------------------------------------------------
// Loop access and task functions

export function get_running_loop(): EventLoop {
  if (runningLoop === null) throw new RuntimeError("no running event loop");
  return runningLoop;
}

/** The running loop, else the current loop (made on first use), like 3.11. */
export function get_event_loop(): EventLoop {
  if (runningLoop !== null) return runningLoop;
  if (defaultLoop === null || defaultLoop.is_closed()) defaultLoop = new EventLoop();
  return defaultLoop;
}

export function _get_running_loop(): EventLoop | null {
  return runningLoop;
}

export function new_event_loop(): EventLoop {
  return new EventLoop();
}

export function set_event_loop(loop: EventLoop | null): void {
  defaultLoop = loop;
}

/** The task whose code is running, or null outside any task. */
export function current_task(loop?: EventLoop | null): Task<any> | null {
  const l = loop ?? get_running_loop();
  const t = effectiveCurrentTask();
  return t !== null && t._loop === l ? t : null;
}

/** The set of not-yet-done tasks of the running loop. */
export function all_tasks(loop?: EventLoop | null): Set<Task<any>> {
  const l = loop ?? get_running_loop();
  return new Set(l._tasks);
}

export function create_task<T>(coro: Awaitable<T>, options?: { name?: unknown; context?: unknown }): Task<T> {
  const loop = get_running_loop();
  // 3.11 creates the task unnamed (taking a "Task-N" number), then renames it.
  const task = loop.create_task(coro, { context: options?.context });
  const name = options?.name;
  if (name !== undefined && name !== null) task.set_name(name);
  return task;
}

/** Wraps a coroutine or awaitable in a Task; a Future is returned as is. */
export function ensure_future<T>(aw: Awaitable<T>, options?: { loop?: EventLoop | null }): Future<T> {
  if (aw instanceof Future) {
    if (options?.loop && options.loop !== aw._loop) {
      throw new ValueError("The future belongs to a different loop than the one specified as the loop argument");
    }
    return aw;
  }
  if (!iscoroutine(aw) && !isThenable(aw)) {
    throw new PyTypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  const loop = options?.loop ?? get_event_loop();
  return loop.create_task(aw);
}

/**
 * `await asyncio.sleep(delay, result)`; `sleep(0)` yields exactly one loop
 * iteration. Lazy like Python's: nothing happens until it is awaited.
 */
export function sleep<T = null>(delay: number, result?: T): Coroutine<T> {
  if (!(delay > 0)) {
    // The common `await asyncio.sleep(0)`: no coroutine object to allocate.
    return (result === undefined || result === null ? YIELD : new YieldPoint(result)) as unknown as Coroutine<T>;
  }
  return new Coroutine<T>(sleepBody as (this: any, arg: any) => PromiseLike<T>, "sleep", delay, result === undefined ? null : result);
}

function sleepBody(this: number, value: unknown): PromiseLike<unknown> {
  const delay = Number(this);
  if (!(delay > 0)) return value === null ? YIELD : new YieldPoint(value);
  const loop = get_running_loop();
  const fut = new SleepFuture(loop, value);
  fut._handle = loop._callLater1(delay, sleepFire, fut);
  return fut;
}

/** The future a sleep waits on; cancelling it cancels the timer (sleep's `finally: h.cancel()`). */
class SleepFuture extends Future<unknown> {
  _handle: TimerHandle | null = null;

  constructor(
    loop: EventLoop,
    public _value: unknown,
  ) {
    super(loop);
  }

  override cancel(msg: unknown = null): boolean {
    const r = super.cancel(msg);
    if (r && this._handle !== null) this._handle.cancel();
    return r;
  }
}

function sleepFire(fut: SleepFuture): void {
  if (fut._state === PENDING) fut.set_result(fut._value);
}

/** @internal a bare yield, for runtime helpers */
export const _yield = YIELD;

/** @internal Turns whatever JavaScript threw into a Python exception. */
export function _toPy(e: unknown): BaseException {
  return toPyException(e);
}

/** @internal Test support: restart the "Task-N" numbering as in a fresh process. */
export function _resetTaskNameCounter(): void {
  taskNameCounter = 0;
}

registerBuiltinType(Coroutine, "coroutine");
// CPython's Task and Future are the C accelerator's: `<class '_asyncio.Task'>`.
for (const cls of [Task, Future]) Object.defineProperty(cls, "__module__", { value: "_asyncio", configurable: true, writable: true });
registerBuiltinType(YieldPoint, "coroutine");
