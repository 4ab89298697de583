/**
 * The event loop.
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
import { contextsInUse, copyCurrentContextData, runInContext } from "../context-state.js";
import { KeyboardInterrupt, RuntimeError, SystemExit } from "../exceptions.js";
import { coro } from "./coroutine.js";
import { Deque } from "./deque.js";
import { _get_running_loop, foreignTasks, setCurrentTask, setLoopFactory, setRunningLoop } from "./events.js";
import { ensure_future } from "./functions.js";
import { Future, wakeAwaiter, type Awaitable } from "./future.js";
import { Awaiter, Handle, TimerHandle, settleAwaiter } from "./handles.js";
import { RESOLVED, describeException, safeRepr, writeStderr } from "./helpers.js";
import { IntrusiveList } from "./intrusive-list.js";
import { K_CALL, K_FUTCB, K_START, K_WAKE, K_YIELD, PENDING } from "./states.js";
import { Task } from "./task.js";
import { runInExecutor } from "./threads.js";
import { TimerHeap } from "./timer-heap.js";
import { type UnretrievedRecord, finalizer, loopsWithUnretrieved, noteUnretrievedLoop, unretrievedText } from "./unretrieved.js";

/** A callback of call_soon/call_at runs in a copy of the context current when it was scheduled, as in asyncio. */
function inCopiedContext(callback: (...a: any[]) => unknown): (...a: any[]) => unknown {
  if (!contextsInUse) return callback;
  const data = copyCurrentContextData();
  const run = (...a: any[]) => runInContext(data, () => callback(...a));
  Object.defineProperty(run, "name", { value: callback.name });
  return run;
}

export type ExceptionContext = { message: string; exception?: unknown; future?: Future<any>; task?: Task<any>; handle?: Handle; [key: string]: unknown };
export type ExceptionHandler = (loop: EventLoop, context: ExceptionContext) => void;

const YIELD_AFTER_MS = 20;

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
      if (_get_running_loop() !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
    } catch (e) {
      return Promise.reject(e);
    }
    this._running = true;
    this._fatal = null;
    this._iterationsThisRun = 0;
    setRunningLoop(this);
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
    if (_get_running_loop() !== null) throw new RuntimeError("Cannot run the event loop while another loop is running");
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
    noteUnretrievedLoop(this);
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
    setCurrentTask(null);
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
    if (_get_running_loop() === this) setRunningLoop(null);
    setCurrentTask(null);
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
            setCurrentTask(null);
            this._armImmediate();
            return;
          }
          this._collectTimers();
          const n = this._ready.length;
          this._iterationsThisRun++;
          if (n === 0 && !this._stopping) {
            setCurrentTask(null);
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
        setCurrentTask(task);
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



export function new_event_loop(): EventLoop {
  return new EventLoop();
}

setLoopFactory(new_event_loop);
