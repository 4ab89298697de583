/**
 * `concurrent.futures.ProcessPoolExecutor`: module-level functions run in
 * parallel on worker threads that load the program's translated module (see
 * procs/workers.ts for the model and procs/pickle.ts for what may travel).
 */
import { RuntimeError, ValueError } from "../../exceptions.js";
import { availableParallelism } from "node:os";
import { WorkerGroup, callMessage, takeKeywords, type CallMessage } from "../../procs/workers.js";
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

  constructor(max_workers: number | null = null, _mp_context: unknown = null, initializer: unknown = null, _initargs: unknown = null, options: { max_tasks_per_child?: number | null } = {}) {
    if (max_workers !== null && max_workers !== undefined && max_workers <= 0) throw new ValueError("max_workers must be greater than 0");
    if (initializer !== null && initializer !== undefined) throw new RuntimeError("tsyncio: ProcessPoolExecutor(initializer=...) is not supported yet");
    if (options.max_tasks_per_child != null) throw new RuntimeError("tsyncio: ProcessPoolExecutor(max_tasks_per_child=...) is not supported yet");
    const size = max_workers ?? availableParallelism();
    this.group = new WorkerGroup(size, (n) => `ForkProcess-${n}`, () => new BrokenProcessPool(TERMINATED));
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
