/**
 * Python's `concurrent.futures`: the Future and Executor base
 * (./future.ts), the thread pool (./thread-pool.ts), the process pool
 * (./process-pool.ts), `wait` and `as_completed`. See threading/index.ts
 * for the threads model. A thread pool's futures are waited for by
 * awaiting (the other threads run meanwhile); a process pool's futures
 * (which have no `_whenDone`) block the calling thread until their workers,
 * running in parallel, are done (./waits.ts).
 */
import { TimeoutError } from "../../exceptions.js";
import { PySet } from "../../sets/pyset.js";
import { notTranslatedAsBlocking, timeoutSeconds } from "../threading/state.js";
import { BrokenExecutor, CancelledError, Executor, Future, InvalidStateError } from "./future.js";
import { ThreadPoolExecutor } from "./thread-pool.js";
import { processPoolNames } from "./process-pool.js";
import { as_completed as blockingAsCompleted, wait as blockingWait } from "./waits.js";

export { Executor, Future } from "./future.js";
export { ThreadPoolExecutor } from "./thread-pool.js";

const FIRST_COMPLETED = "FIRST_COMPLETED";
const FIRST_EXCEPTION = "FIRST_EXCEPTION";
const ALL_COMPLETED = "ALL_COMPLETED";

function futuresOf(fs: unknown): Future[] {
  // A dict of futures iterates its keys, as in Python.
  const items = fs instanceof Map ? [...fs.keys()] : [...(fs as Iterable<unknown>)];
  return [...new Set(items)] as Future[];
}

const finishedWithError = (f: Future): boolean => f.done() && !f.cancelled() && f.exception() !== null;

function enough(fs: Future[], returnWhen: string): boolean {
  const done = fs.filter((f) => f.done());
  if (returnWhen === FIRST_COMPLETED) return done.length > 0;
  if (returnWhen === FIRST_EXCEPTION && done.some(finishedWithError)) return true;
  return done.length === fs.length;
}

/** `DoneAndNotDoneFutures(done, not_done)`: a named tuple of two sets. */
function doneAndNotDone(fs: Future[]): readonly unknown[] {
  const done = new PySet(fs.filter((f) => f.done()));
  const notDone = new PySet(fs.filter((f) => !f.done()));
  // A tuple (a frozen array) that also has the named fields.
  return Object.freeze(Object.assign([done, notDone], { done, not_done: notDone }));
}

const awaitable = (fs: Future[]): boolean => fs.every((f) => typeof (f as { _whenDone?: unknown })._whenDone === "function");

function wait(fs: unknown, timeout: unknown = null, return_when: unknown = ALL_COMPLETED): readonly unknown[] {
  const all = futuresOf(fs);
  if (!awaitable(all)) return blockingWait(all as never[], timeoutSeconds(timeout), String(return_when)) as readonly unknown[];
  const t = timeoutSeconds(timeout);
  if (enough(all, String(return_when)) || (t !== null && t <= 0)) return doneAndNotDone(all);
  return notTranslatedAsBlocking("concurrent.futures.wait()");
}

export async function futuresWait(fs: unknown, timeout: unknown = null, return_when: unknown = ALL_COMPLETED): Promise<readonly unknown[]> {
  const all = futuresOf(fs);
  if (!awaitable(all)) return wait(all, timeout, return_when);
  const t = timeoutSeconds(timeout);
  const end = t === null ? null : performance.now() + t * 1000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const expired = end === null ? null : new Promise<void>((r) => (timer = setTimeout(r, Math.max(0, end - performance.now()))));
  try {
    while (!enough(all, String(return_when))) {
      if (end !== null && performance.now() >= end) break;
      const next = Promise.race(all.filter((f) => !f.done()).map((f) => f._whenDone()));
      await (expired ? Promise.race([next, expired]) : next);
    }
  } finally {
    if (timer) clearTimeout(timer);
  }
  return doneAndNotDone(all);
}

/** `as_completed(fs, timeout)`: the futures as they finish (the finished ones first). */
class AsCompleted implements AsyncIterable<Future>, Iterable<Future> {
  constructor(
    private readonly fs: Future[],
    private readonly timeout: number | null,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Future> {
    if (!awaitable(this.fs)) {
      yield* blockingAsCompleted(this.fs as never[], this.timeout) as Iterable<Future>;
      return;
    }
    const end = this.timeout === null ? null : performance.now() + this.timeout * 1000;
    const pending = new Set(this.fs);
    const finished = this.fs.filter((f) => f.done());
    for (const f of finished) pending.delete(f);
    yield* finished;
    // The order they finish in: each future reports itself as it settles.
    const order: Future[] = [];
    let wake: (() => void) | null = null;
    for (const f of pending) {
      void f._whenDone().then(() => {
        order.push(f);
        wake?.();
      });
    }
    while (pending.size > 0) {
      if (order.length === 0) {
        let timer: ReturnType<typeof setTimeout> | null = null;
        await new Promise<void>((resolve) => {
          wake = resolve;
          if (end !== null) timer = setTimeout(resolve, Math.max(0, end - performance.now()));
        });
        wake = null;
        if (timer) clearTimeout(timer);
        if (order.length === 0 && end !== null && performance.now() >= end) {
          throw new TimeoutError(`${pending.size} (of ${this.fs.length}) futures unfinished`);
        }
        continue;
      }
      const f = order.shift()!;
      pending.delete(f);
      yield f;
    }
  }

  *[Symbol.iterator](): Iterator<Future> {
    if (!awaitable(this.fs)) {
      yield* blockingAsCompleted(this.fs as never[], this.timeout) as Iterable<Future>;
      return;
    }
    const finished = this.fs.filter((f) => f.done());
    yield* finished;
    if (finished.length < this.fs.length) notTranslatedAsBlocking("iterating over as_completed()");
  }
}

function as_completed(fs: unknown, timeout: unknown = null): AsCompleted {
  return new AsCompleted(futuresOf(fs), timeoutSeconds(timeout));
}

export const concurrent_futures = {
  ...processPoolNames,
  Future,
  Executor,
  ThreadPoolExecutor,
  wait,
  as_completed,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  ALL_COMPLETED,
  CancelledError,
  TimeoutError,
  InvalidStateError,
  BrokenExecutor,
};


/** The `concurrent` package: `import concurrent.futures` reaches the module through it. */
export const concurrent = { futures: concurrent_futures };
