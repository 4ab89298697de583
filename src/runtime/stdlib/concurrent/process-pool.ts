/**
 * `concurrent.futures.ProcessPoolExecutor`: module-level functions run in
 * parallel on worker threads that load the program's translated module (see
 * procs/workers.ts for the model and procs/pickle.ts for what may travel).
 */
import { RuntimeError, TypeError, ValueError } from "../../exceptions.js";
import { pyIterable } from "../../builtins.js";
import { availableParallelism } from "node:os";
import { WorkerGroup, callMessage, takeKeywords, type CallMessage, type GroupOptions } from "../../procs/workers.js";
import { BrokenExecutor, CancelledError, InvalidStateError, ProcFuture } from "./proc-future.js";
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, wait } from "./waits.js";

/** `concurrent.futures.process.BrokenProcessPool`. */
export class BrokenProcessPool extends BrokenExecutor {
  static __module__ = "concurrent.futures.process";
}

const TERMINATED = "A process in the process pool was terminated abruptly while the future was running or pending.";
const UNUSABLE = "A child process terminated abruptly, the process pool is not usable anymore";

interface LoopLike {
  create_future(): { done(): boolean; set_result(v: unknown): void; set_exception(e: unknown): void; cancel(): boolean };
  call_soon(cb: () => void): unknown;
}

export class ProcessPoolExecutor {
  private readonly group: WorkerGroup;
  private shutdownCalled = false;
  private readonly futures = new Set<ProcFuture>();

  constructor(...given: unknown[]) {
    // The keyword-only max_tasks_per_child arrives as a trailing object, right after the positional arguments given.
    const last = given[given.length - 1];
    const options = (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype ? given.pop() : {}) as { max_tasks_per_child?: number | null };
    const [max_workers = null, mp_context = null, initializer = null, initargs = null] = given as [number | null, unknown, unknown, unknown];
    if (max_workers !== null && max_workers !== undefined && max_workers <= 0) throw new ValueError("max_workers must be greater than 0");
    if (initializer !== null && initializer !== undefined && typeof initializer !== "function") throw new TypeError("initializer must be a callable");
    const maxTasks = options.max_tasks_per_child ?? null;
    if (maxTasks !== null && !(typeof maxTasks === "number" && Number.isInteger(maxTasks))) throw new TypeError("max_tasks_per_child must be an integer");
    if (maxTasks !== null && maxTasks <= 0) throw new ValueError("max_tasks_per_child must be >= 1");
    const group: GroupOptions = { numberAtFirstCall: true };
    if (typeof initializer === "function") group.init = callMessage(initializer, initargs === null || initargs === undefined ? [] : Array.from(pyIterable(initargs)));
    if (maxTasks !== null) group.maxTasks = maxTasks;
    // CPython 3.11 picks the spawn context for max_tasks_per_child when none is given: its workers are SpawnProcess-N.
    const method = (mp_context as { _start_method?: string } | null)?._start_method ?? (maxTasks !== null ? "spawn" : "fork");
    const kind = method === "spawn" ? "SpawnProcess" : method === "forkserver" ? "ForkServerProcess" : "ForkProcess";
    const size = max_workers ?? availableParallelism();
    this.group = new WorkerGroup(size, (n) => `${kind}-${n}`, () => new BrokenProcessPool(TERMINATED), false, group);
  }

  get _max_workers(): number {
    return this.group.size;
  }

  submit(fn: unknown, ...args: unknown[]): ProcFuture {
    if (this.group.broken) throw new BrokenProcessPool(UNUSABLE);
    if (this.shutdownCalled) throw new RuntimeError("cannot schedule new futures after shutdown");
    const kwargs = takeKeywords(args);
    return this.start(fn, args, undefined, kwargs);
  }

  private start(fn: unknown, args: unknown[], batch?: unknown[][], kwargs?: [string, unknown][]): ProcFuture {
    const fut = new ProcFuture(this.group);
    let msg: CallMessage;
    try {
      msg = callMessage(fn, args, batch, kwargs);
    } catch (e) {
      // CPython pickles in a feeder thread: the error lands on the future, submit() itself succeeds.
      fut.set_running_or_notify_cancel();
      fut.set_exception(e);
      return fut;
    }
    this.futures.add(fut);
    const id = this.group.call(msg, (o) => {
      this.futures.delete(fut);
      if (!fut.cancelled() && fut._state === "PENDING") fut.set_running_or_notify_cancel();
      fut._settle(o);
    });
    fut._unqueue = () => this.group.cancel(id);
    return fut;
  }

  map(fn: unknown, ...rest: unknown[]): Generator<unknown> {
    let options: { timeout?: number | null; chunksize?: number } = {};
    const last = rest[rest.length - 1];
    if (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) options = rest.pop() as typeof options;
    const chunksize = options.chunksize ?? 1;
    if (chunksize < 1) throw new ValueError("chunksize must be >= 1.");
    if (this.shutdownCalled) throw new RuntimeError("cannot schedule new futures after shutdown");
    const iterators = rest.map((it) => (it as Iterable<unknown>)[Symbol.iterator]());
    const calls: unknown[][] = [];
    for (;;) {
      const row: unknown[] = [];
      let ended = false;
      for (const it of iterators) {
        const n = it.next();
        if (n.done) {
          ended = true;
          break;
        }
        row.push(n.value);
      }
      if (ended || iterators.length === 0) break;
      calls.push(row);
    }
    const futures: ProcFuture[] = [];
    for (let i = 0; i < calls.length; i += chunksize) futures.push(chunksize === 1 ? this.start(fn, calls[i]!) : this.start(fn, [], calls.slice(i, i + chunksize)));
    const timeout = options.timeout ?? null;
    const deadline = timeout === null ? null : performance.now() + timeout * 1000;
    return (function* (): Generator<unknown> {
      try {
        for (const f of futures) {
          const left = deadline === null ? null : (deadline - performance.now()) / 1000;
          const r = f.result(left);
          if (chunksize === 1) yield r;
          else yield* r as unknown[];
        }
      } finally {
        for (const f of futures) f.cancel();
      }
    })();
  }

  shutdown(wait = true, options: { cancel_futures?: boolean } = {}): null {
    this.shutdownCalled = true;
    if (options.cancel_futures) for (const f of this.futures) f.cancel();
    if (wait) {
      this.group.waitSync(() => this.group.pendingCount === 0);
      this.group.terminate();
    } else if (this.group.pendingCount === 0) {
      this.group.terminate();
    } else {
      for (const f of this.futures) f.add_done_callback(() => {
        if (this.group.pendingCount === 0) this.group.terminate();
      });
    }
    return null;
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.shutdown(true);
    return false;
  }

  /** `loop.run_in_executor(pool, fn, *args)`: an asyncio future settled from the worker's answer. */
  _runInLoop(loop: LoopLike, fn: unknown, args: unknown[]): unknown {
    const out = loop.create_future();
    const fut = this.submit(fn, ...args);
    fut.add_done_callback((f) => {
      loop.call_soon(() => {
        if (out.done()) return;
        if (f.cancelled()) out.cancel();
        else {
          const e = f.exception();
          if (e !== null) out.set_exception(e);
          else out.set_result(f.result());
        }
      });
    });
    return out;
  }
}

/** The names of `concurrent.futures` this file and its neighbours give (futures.ts spreads them into the module). */
export const processPoolNames = { ProcessPoolExecutor, BrokenProcessPool, as_completed, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, InvalidStateError, BrokenExecutor, Future: ProcFuture };
