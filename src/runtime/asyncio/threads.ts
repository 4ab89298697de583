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
 * - The order of events around a fast function: `fn` runs on the next loop
 *   iteration, and the result reaches the awaiting task one iteration later,
 *   as when CPython's worker thread hands the result back with
 *   `call_soon_threadsafe`.
 * - `time.sleep(s)` handed over directly - `to_thread(time.sleep, 1)`, or any
 *   function carrying the `__tsyncio_blocking_sleep__ = true` marker - becomes
 *   a real timer: the other tasks keep running during the sleep, exactly as
 *   with a thread.
 *
 * What is not preserved
 * - True parallelism: `fn` runs on the event loop's thread. A function that
 *   blocks (a busy computation, or one that calls the runtime's blocking
 *   `time.sleep` inside its body) stalls every task until it returns, where
 *   CPython would keep running the other tasks meanwhile. Output printed by
 *   such a function therefore cannot interleave with output of other tasks
 *   the way Python's thread output can.
 * - A function that returns a promise (an `async function`, e.g. a blocking
 *   function the translator rewrote with non-blocking sleeps) runs as a hidden
 *   task beside the others - the closest thing to a thread - and its result
 *   is the promise's value.
 * - The executor argument is accepted and ignored (there is one pseudo-pool);
 *   `contextvars` are not copied.
 */
import { Coroutine, Task, _lazy, get_running_loop, iscoroutinefunction, type EventLoop, type Future } from "./core.js";

export const BLOCKING_SLEEP_MARKER = "__tsyncio_blocking_sleep__";

function isBlockingSleep(fn: unknown): boolean {
  return typeof fn === "function" && (fn as unknown as Record<string, unknown>)[BLOCKING_SLEEP_MARKER] === true;
}

/** @internal Backs `EventLoop.run_in_executor`. */
export function runInExecutor<A extends unknown[], R>(loop: EventLoop, _executor: unknown, func: (...args: A) => R, args: A): Future<Awaited<R>> {
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
    let ok = true;
    let value: unknown;
    try {
      value = func(...args);
    } catch (e) {
      ok = false;
      value = e;
    }
    const settle = (success: boolean, v: unknown) => {
      // The worker hands its outcome back to the loop thread.
      loop.call_soon(() => {
        if (fut.done()) return;
        if (success) fut.set_result(v as Awaited<R>);
        else fut.set_exception(v);
      });
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
