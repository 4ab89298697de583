/**
 * `asyncio.to_thread(fn, ...args)` and `loop.run_in_executor(executor, fn, ...args)`.
 *
 * Node cannot run an arbitrary JavaScript closure on another thread (a worker
 * gets no access to the caller's variables), so:
 *
 * What is preserved
 * - The call shape and result: both return an awaitable whose result is
 *   `fn(...args)`, or which raises what `fn` raised. The caller is suspended
 *   like in Python, other ready tasks run first, and cancelling the awaiting
 *   task raises CancelledError at the await (the function itself, like a
 *   Python thread, is not interrupted).
 * - Laziness: `asyncio.to_thread(...)` is a coroutine object; nothing runs
 *   until it is awaited or scheduled (`run_in_executor` starts at once and
 *   returns a Future, as in Python).
 * - The order of events around a fast function: `fn` runs on the next loop
 *   iteration, and the result reaches the awaiting task one iteration later,
 *   as when CPython's worker thread hands the result back with
 *   `call_soon_threadsafe`.
 * - `time.sleep(s)` handed over directly - `to_thread(time.sleep, 1)`, or any
 *   function carrying the `__tsyncio_blocking_sleep__ = true` marker - becomes
 *   a real timer: the other tasks keep running during the sleep, exactly as
 *   with a thread.
 * - An `async function` handed over (e.g. a blocking function the translator
 *   rewrote with non-blocking sleeps) runs as a hidden task beside the others -
 *   the closest thing to a thread - and its result is the promise's value.
 *
 * - A function that sleeps with the runtime's `time.sleep` inside (the
 *   tutorial `def blocking_io(): time.sleep(1); return data`): while it runs
 *   "in the thread", time.sleep does not block; it adds to the thread's own
 *   elapsed time (time.time()/monotonic()/perf_counter() read inside the
 *   function include it), and the result reaches the awaiting task only after
 *   that time. So other tasks keep running and several such calls overlap,
 *   as with real threads.
 *
 * What is not preserved
 * - True parallelism: `fn` runs on the event loop's thread, all at once. A
 *   busy computation stalls every task until it returns, where CPython would
 *   let the other tasks run meanwhile. What a sleeping function prints after
 *   its sleep comes out when it runs (at once), not after the sleep, so it
 *   can appear earlier relative to other tasks' output than in Python.
 * - Outside the threads model the executor argument is accepted and ignored
 *   (there is one pseudo-pool); `contextvars` are not copied. In the threads
 *   model (see runOnPool) a concurrent.futures pool runs the function.
 */
import { time as coreTime } from "../time.js";
import { time as stdlibTime } from "../stdlib/time.js";
import { unhint } from "../repr.js";
import { Coroutine, _lazy, iscoroutinefunction } from "./coroutine.js";
import { get_running_loop } from "./events.js";
import type { Future } from "./future.js";
import type { EventLoop } from "./loop.js";
import { Task } from "./task.js";

export const BLOCKING_SLEEP_MARKER = "__tsyncio_blocking_sleep__";

function isBlockingSleep(fn: unknown): boolean {
  if (typeof fn !== "function") return false;
  if ((fn as unknown as Record<string, unknown>)[BLOCKING_SLEEP_MARKER] === true) return true;
  // The runtime's own time.sleep, even before it carries the marker.
  return fn === coreTime.sleep || fn === stdlibTime.sleep;
}

type Clock = () => number;
const CLOCKS = ["time", "monotonic", "perf_counter"] as const;
const NS_CLOCKS = ["time_ns", "monotonic_ns", "perf_counter_ns"] as const;

/**
 * Calls a blocking function "in a thread": while it runs, the runtime's
 * `time.sleep` does not block but adds to the thread's own elapsed time, and
 * the clocks it reads include that time. Returns the outcome and how long the
 * thread would have slept, so the caller delivers the result that much later.
 */
function callAsThread(func: (...a: unknown[]) => unknown, args: unknown[]): { ok: boolean; value: unknown; slept: number } {
  let slept = 0;
  const objects = coreTime === (stdlibTime as unknown) ? [coreTime] : [coreTime, stdlibTime];
  const saved = objects.map((o) => ({ ...o }) as Record<string, unknown>);
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i] as unknown as Record<string, unknown>;
    const orig = saved[i]!;
    o.sleep = (secs: unknown): null => {
      const v = unhint(secs).value;
      if (typeof v === "number" && v >= 0) slept += v;
      else (orig.sleep as (s: unknown) => void)(secs); // let it raise Python's error
      return null;
    };
    for (const k of CLOCKS) if (typeof orig[k] === "function") o[k] = () => (orig[k] as Clock)() + slept;
    for (const k of NS_CLOCKS) if (typeof orig[k] === "function") o[k] = () => (orig[k] as Clock)() + Math.round(slept * 1e9);
  }
  try {
    return { ok: true, value: func(...args), slept };
  } catch (e) {
    return { ok: false, value: e, slept };
  } finally {
    for (let i = 0; i < objects.length; i++) {
      const o = objects[i] as unknown as Record<string, unknown>;
      const orig = saved[i]!;
      o.sleep = orig.sleep;
      for (const k of [...CLOCKS, ...NS_CLOCKS]) if (k in orig) o[k] = orig[k];
    }
  }
}

/** What this module needs of concurrent.futures' thread pool (threads model, stdlib/concurrent/thread-pool.ts). */
interface ThreadPool {
  __tsyncio_pool__: true;
  submit(fn: unknown, ...args: unknown[]): {
    add_done_callback(cb: (f: { cancelled(): boolean; exception(): unknown; result(): unknown }) => unknown): unknown;
  };
}

let defaultPool: (() => ThreadPool) | null = null;
let loopDefaultPool: ThreadPool | null = null;

/** @internal Set by the thread pool module: makes asyncio's default executor (`ThreadPoolExecutor(thread_name_prefix="asyncio")`). */
export function setDefaultPoolFactory(make: () => ThreadPool): void {
  defaultPool = make;
}

const isPool = (x: unknown): x is ThreadPool => x !== null && typeof x === "object" && (x as { __tsyncio_pool__?: unknown }).__tsyncio_pool__ === true;

/**
 * In the threads model (a module using threading, queue or
 * concurrent.futures), a function the translator made async because it
 * blocks runs on a real pool's worker thread: the pool given, or asyncio's
 * default one; `max_workers` is honoured and `current_thread()` names the
 * worker as CPython does.
 */
function runOnPool<R>(loop: EventLoop, pool: ThreadPool, func: unknown, args: unknown[]): Future<Awaited<R>> {
  const fut = loop.create_future<Awaited<R>>();
  pool.submit(func, ...args).add_done_callback((f) => {
    // As CPython's wrap_future: a result that arrives after the loop closed is dropped.
    if (loop.is_closed()) return;
    loop.call_soon_threadsafe(() => {
      if (fut.done()) return;
      if (f.cancelled()) fut.cancel();
      else if (f.exception() !== null) fut.set_exception(f.exception());
      else fut.set_result(f.result() as Awaited<R>);
    });
  });
  return fut;
}

/** @internal Backs `EventLoop.run_in_executor`. */
export function runInExecutor<A extends unknown[], R>(loop: EventLoop, executor: unknown, func: (...args: A) => R, args: A): Future<Awaited<R>> {
  // A process pool runs the call in a worker itself (stdlib/concurrent/process-pool.ts).
  const procs = executor as { _runInLoop?: (loop: EventLoop, f: unknown, a: unknown[]) => Future<Awaited<R>> } | null;
  if (typeof procs?._runInLoop === "function") return procs._runInLoop(loop, func, args);
  if (isPool(executor)) return runOnPool(loop, executor, func, args);
  if (executor == null && defaultPool && (func as { constructor?: { name?: string } })?.constructor?.name === "AsyncFunction") {
    loopDefaultPool ??= defaultPool();
    return runOnPool(loop, loopDefaultPool, func, args);
  }
  const fut = loop.create_future<Awaited<R>>();
  if (isBlockingSleep(func)) {
    const seconds = Number(args[0] ?? 0);
    // time.sleep returns None; a timer stands in for the sleeping thread.
    loop.call_later(Math.max(0, seconds), () => {
      if (!fut.done()) fut.set_result(null as Awaited<R>);
    });
    return fut;
  }
  if (iscoroutinefunction(func)) {
    // An async stand-in for a blocking function (see above): it runs as a
    // hidden task, concurrently with the others, like a thread would.
    const name = (func as { name?: string }).name || "thread";
    const runner = new Task<Awaited<R>>(new Coroutine(() => func(...args) as PromiseLike<Awaited<R>>, name), { loop, _internal: true });
    runner.add_done_callback((t) => {
      if (fut.done()) return;
      if (t.cancelled()) fut.cancel();
      else if (t.exception() !== null) fut.set_exception(t.exception());
      else fut.set_result(t.result());
    });
    return fut;
  }
  loop.call_soon(() => {
    const { ok, value, slept } = callAsThread(func as (...a: unknown[]) => unknown, args);
    const settle = (success: boolean, v: unknown) => {
      // The worker hands its outcome back to the loop thread, once its sleeps are over.
      const deliver = () => {
        if (fut.done()) return;
        if (success) fut.set_result(v as Awaited<R>);
        else fut.set_exception(v);
      };
      if (slept > 0) loop.call_later(slept, deliver);
      else loop.call_soon(deliver);
    };
    if (ok && value !== null && typeof value === "object" && typeof (value as PromiseLike<unknown>).then === "function") {
      (value as PromiseLike<unknown>).then(
        (v) => settle(true, v),
        (e) => settle(false, e),
      );
    } else {
      settle(ok, value);
    }
  });
  return fut;
}

/** Runs `func(...args)` "in a thread" (see the notes above) and returns its result. */
export function to_thread<A extends unknown[], R>(func: (...args: A) => R, ...args: A): Coroutine<Awaited<R>> {
  return _lazy("to_thread", toThreadBody, func as (...a: unknown[]) => unknown, args as unknown[]) as Coroutine<Awaited<R>>;
}

function toThreadBody(this: (...a: unknown[]) => unknown, args: unknown[]): Future<unknown> {
  const loop = get_running_loop();
  return loop.run_in_executor(null, this, ...args);
}
