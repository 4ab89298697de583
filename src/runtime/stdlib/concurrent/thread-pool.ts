/**
 * `concurrent.futures.ThreadPoolExecutor` in the threads model (see
 * threading/index.ts): at most `max_workers` worker threads, created as
 * CPython creates them (one more per `submit` while none is idle, named
 * `ThreadPoolExecutor-<n>_<i>`), each taking work items in order from one
 * queue. `map` and `as_completed` return objects that translated code
 * iterates with `for await` (threading/blocking.ts).
 */
import { RuntimeError, TimeoutError, TypeError, ValueError } from "../../exceptions.js";
import { callKw } from "../../calls.js";
import { classSignatures, takeKwargs } from "../../kwargs.js";
import { str, unhint } from "../../repr.js";
import { Queue } from "../queue.js";
import { Semaphore } from "../threading/locks.js";
import { registerAtExit, Thread } from "../threading/thread.js";
import { notTranslatedAsBlocking, timeoutSeconds } from "../threading/state.js";
import { Executor, Future } from "./future.js";
import { cpus } from "node:os";
import { setDefaultPoolFactory } from "../../asyncio/threads.js";

interface WorkItem {
  future: Future;
  fn: unknown;
  args: unknown[];
  kwargs: [string, unknown][];
}

let poolCounter = 0;

/** Results of `executor.map`, in submission order, each waited for in turn. */
export class MapResults implements AsyncIterable<unknown>, Iterable<unknown> {
  constructor(
    private readonly futures: Future[],
    private readonly end: number | null,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<unknown> {
    const fs = [...this.futures].reverse();
    try {
      while (fs.length > 0) {
        const f = fs.pop()!;
        if (this.end === null) yield await f.result$async();
        else yield await f.result$async(Math.max(0, this.end - performance.now() / 1000));
      }
    } finally {
      for (const f of fs) f.cancel();
    }
  }

  __repr__(): string {
    return "<generator object Executor.map.<locals>.result_iterator at 0x7f0000000000>";
  }

  *[Symbol.iterator](): Iterator<unknown> {
    for (const f of this.futures) {
      if (!f.done()) notTranslatedAsBlocking("iterating over Executor.map()");
      yield f.result();
    }
  }
}

export class ThreadPoolExecutor extends Executor {
  readonly _max_workers: number;
  private readonly _prefix: string;
  private readonly _initializer: unknown;
  private readonly _initargs: unknown[];
  private readonly _work = new Queue();
  private readonly _idle = new Semaphore(0);
  private readonly _threads: Thread[] = [];
  private _shutdown = false;

  constructor(max_workers: unknown = null, thread_name_prefix: unknown = "", initializer: unknown = null, initargs: unknown = []) {
    super();
    // The mapping passes `max_workers=` / `thread_name_prefix=` in an options object.
    if (max_workers !== null && typeof max_workers === "object" && !Array.isArray(max_workers)) {
      const o = max_workers as Record<string, unknown>;
      max_workers = o.max_workers ?? null;
      thread_name_prefix = o.thread_name_prefix ?? thread_name_prefix;
      initializer = o.initializer ?? initializer;
      initargs = o.initargs ?? initargs;
    }
    const n = unhint(max_workers).value;
    if (n === null || n === undefined) this._max_workers = Math.min(32, cpus().length + 4);
    else {
      if (typeof n !== "number") throw new TypeError(`'<=' not supported between instances of '${typeof n}' and 'int'`);
      if (n <= 0) throw new ValueError("max_workers must be greater than 0");
      this._max_workers = n;
    }
    const prefix = thread_name_prefix === null || thread_name_prefix === undefined ? "" : str(thread_name_prefix);
    this._prefix = prefix || `ThreadPoolExecutor-${poolCounter++}`;
    this._initializer = initializer;
    this._initargs = [...((initargs ?? []) as Iterable<unknown>)];
    // As CPython's _python_exit: at the end of the program the workers finish the queued work and stop.
    registerAtExit(() => {
      if (this._shutdown) return;
      this._shutdown = true;
      void this._work.put(null);
    });
  }

  submit(fn: unknown, ...args: unknown[]): Future {
    const kwargs = takeKwargs(args);
    if (this._shutdown) throw new RuntimeError("cannot schedule new futures after shutdown");
    const future = new Future();
    void this._work.put({ future, fn, args, kwargs: [...kwargs] } satisfies WorkItem);
    this._adjustThreadCount();
    return future;
  }

  private _adjustThreadCount(): void {
    if (this._idle.acquire(false)) return;
    if (this._threads.length >= this._max_workers) return;
    const name = `${this._prefix}_${this._threads.length}`;
    const t = new Thread(null, () => this._worker(), name);
    this._threads.push(t);
    t.start();
  }

  /**
   * A worker thread's loop. It takes work it finds queued without waiting and
   * calls a regular function without an await, so a new worker runs its first
   * task up to that task's first blocking call before `submit` returns, as a
   * CPython worker thread starts running at once.
   */
  private async _worker(): Promise<void> {
    if (typeof this._initializer === "function") {
      const r = callKw(this._initializer, this._initargs, []);
      if (isPromise(r)) await r;
    }
    for (;;) {
      const item = (this._work.empty() ? await this._work.get$async() : this._work.get_nowait()) as WorkItem | null;
      if (item === null) {
        // Wake the next worker too, as CPython's workers pass the shutdown on.
        void this._work.put(null);
        return;
      }
      if (item.future.set_running_or_notify_cancel()) {
        try {
          const called = callKw(item.fn, item.args, item.kwargs);
          item.future.set_result(isPromise(called) ? await called : called);
        } catch (e) {
          item.future.set_exception(e);
        }
      }
      this._idle.release();
    }
  }

  map(fn: unknown, ...iterables: unknown[]): MapResults {
    const opts = iterables.length > 0 && isOptions(iterables[iterables.length - 1]) ? (iterables.pop() as Record<string, unknown>) : {};
    const t = timeoutSeconds(opts.timeout ?? null);
    const end = t === null ? null : performance.now() / 1000 + t;
    const its = iterables.map((it) => (it as Iterable<unknown>)[Symbol.iterator]());
    const futures: Future[] = [];
    for (;;) {
      const args: unknown[] = [];
      for (const it of its) {
        const n = it.next();
        if (n.done) return new MapResults(futures, end);
        args.push(n.value);
      }
      futures.push(this.submit(fn, ...args));
    }
  }

  private _cancelPending(cancel: unknown): void {
    if (!unhint(cancel ?? false).value) return;
    for (const item of this._work.queue as (WorkItem | null)[]) item?.future.cancel();
  }

  shutdown(wait: unknown = true, options: { cancel_futures?: unknown } = {}): null {
    this._shutdown = true;
    this._cancelPending(options.cancel_futures);
    void this._work.put(null);
    if (unhint(wait).value && this._threads.some((t) => t.is_alive())) notTranslatedAsBlocking("ThreadPoolExecutor.shutdown(wait=True)");
    return null;
  }

  async shutdown$async(wait: unknown = true, options: { cancel_futures?: unknown } = {}): Promise<null> {
    if (!this._shutdown) {
      this._shutdown = true;
      this._cancelPending(options.cancel_futures);
      void this._work.put(null);
    }
    if (unhint(wait).value) for (const t of this._threads) await t.join$async();
    return null;
  }

  /** @internal For `loop.run_in_executor(pool, fn, ...)`. */
  readonly __tsyncio_pool__ = true;
}

function isPromise(x: unknown): x is Promise<unknown> {
  return x !== null && typeof x === "object" && typeof (x as { then?: unknown }).then === "function";
}

function isOptions(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

classSignatures(ThreadPoolExecutor, { __init__: "ThreadPoolExecutor(max_workers=, thread_name_prefix=, initializer=, initargs=)", submit: "submit(fn, /, *args, **kwargs)", map: "map(fn, *iterables, timeout=, chunksize=)", shutdown: "shutdown(wait=, *, cancel_futures=)" });

export { TimeoutError };

setDefaultPoolFactory(() => new ThreadPoolExecutor(null, "asyncio"));
