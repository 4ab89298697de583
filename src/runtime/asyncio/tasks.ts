/**
 * Combinators over awaitables: gather, wait, wait_for, as_completed, shield.
 * Each follows CPython 3.11's implementation step for step (same futures,
 * same done callbacks), so the number of loop iterations - and hence the
 * order of events - is the same.
 */
import { BaseException, TimeoutError, TypeError as PyTypeError, ValueError } from "../exceptions.js";
import { CancelledError } from "./errors.js";
import {
  Coroutine,
  YieldPoint,
  _lazy,
  iscoroutine,
  EventLoop,
  Future,
  coro,
  ensure_future,
  get_event_loop,
  get_running_loop,
  isOptions,
  type Awaitable,
  type TimerHandle,
} from "./core.js";
import { Queue } from "./queues.js";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

function typeNameOf(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (iscoroutine(x)) return "coroutine";
  if (typeof x === "object") return (x as object).constructor?.name ?? "object";
  return typeof x;
}

// ---------------------------------------------------------------------------
// gather

/** The future gather() returns: cancelling it cancels the children. */
export class _GatheringFuture<T> extends Future<T> {
  /** @internal */ _children: Future<any>[];
  /** @internal */ _cancelRequested = false;

  constructor(children: Future<any>[], loop: EventLoop) {
    super(loop);
    this._children = children;
  }

  override cancel(msg: unknown = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this._children) {
      if (child.cancel(msg)) ret = true;
    }
    if (ret) this._cancelRequested = true;
    return ret;
  }
}

let gatherEpoch = 0;

export interface GatherOptions {
  return_exceptions?: boolean;
}

type Results<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> };
type ResultsOrErrors<T extends readonly unknown[]> = { -readonly [K in keyof T]: Awaited<T[K]> | BaseException };

/**
 * Runs the awaitables concurrently; the results come in argument order. With
 * `{ return_exceptions: true }` exceptions are returned in place of results;
 * otherwise the first one propagates to the awaiter while the others go on.
 */
export function gather<T extends readonly unknown[]>(...args: [...T, { return_exceptions: true }]): _GatheringFuture<ResultsOrErrors<T>>;
export function gather<T extends readonly unknown[]>(...args: [...T, GatherOptions]): _GatheringFuture<Results<T>>;
export function gather<T extends readonly unknown[]>(...aws: T): _GatheringFuture<Results<T>>;
export function gather(...args: unknown[]): Future<unknown[]> {
  let returnExceptions = false;
  if (args.length > 0 && isOptions(args[args.length - 1])) {
    const opts = args.pop() as GatherOptions;
    returnExceptions = Boolean(opts.return_exceptions);
  }
  if (args.length === 0) {
    const loop = get_event_loop();
    const outer = loop.create_future<unknown[]>();
    outer.set_result([]);
    return outer;
  }
  const children: Future<any>[] = [];
  const argToFut = new Map<unknown, Future<any>>();
  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | null = null;
  let outer: _GatheringFuture<unknown[]> | null = null;

  const onChildDone = (fut: Future<any>): void => {
    nfinished++;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.set_exception(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = [];
      for (const child of children) {
        if (child.cancelled()) {
          results.push(new CancelledError(child._cancelMessage === null || child._cancelMessage === undefined ? "" : child._cancelMessage));
        } else {
          const exc = child.exception();
          results.push(exc !== null ? exc : child.result());
        }
      }
      if (outer._cancelRequested) outer.set_exception(fut._makeCancelledError());
      else outer.set_result(results);
    }
  };

  const epoch = ++gatherEpoch;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let fut: Future<any> | undefined;
    if (arg instanceof Coroutine || arg instanceof Future) {
      // Marking beats a Map lookup per argument; duplicates are rare.
      if (arg._gmark === epoch) fut = children[args.indexOf(arg)];
      else arg._gmark = epoch;
    } else if (!(arg instanceof YieldPoint)) {
      // (the shared sleep(0) object stands for a new coroutine each time)
      fut = argToFut.get(arg);
    }
    if (fut === undefined) {
      fut = ensure_future(arg as Awaitable<unknown>, { loop });
      if (loop === null) loop = fut.get_loop();
      nfuts++;
      if (!(arg instanceof Coroutine || arg instanceof Future || arg instanceof YieldPoint)) argToFut.set(arg, fut);
      fut.add_done_callback(onChildDone);
    }
    children.push(fut);
  }
  outer = new _GatheringFuture<unknown[]>(children, loop!);
  return outer;
}

// ---------------------------------------------------------------------------
// wait

export interface WaitOptions {
  timeout?: number | null;
  return_when?: ReturnWhen | string;
}

function releaseWaiter(waiter: Future<any>): void {
  if (!waiter.done()) waiter.set_result(null);
}

/**
 * Waits for the tasks/futures until `return_when` (ALL_COMPLETED by default)
 * or `timeout`; returns `[done, pending]`. Does not raise on timeout.
 */
export function wait<F extends Future<any>>(fs: Iterable<F>, options?: WaitOptions): Coroutine<[Set<F>, Set<F>]>;
export function wait<T>(fs: Iterable<Awaitable<T>>, options?: WaitOptions): Coroutine<[Set<Future<T>>, Set<Future<T>>]>;
export function wait<T>(fs: Iterable<Awaitable<T>>, options?: WaitOptions): Coroutine<[Set<Future<T>>, Set<Future<T>>]> {
  // Tasks in give tasks out: the overload keeps their type for the caller.
  return _lazy("wait", waitBody, fs, options) as Coroutine<[Set<Future<T>>, Set<Future<T>>]>;
}

async function waitBody<T>(this: Iterable<Awaitable<T>>, options: WaitOptions | undefined): Promise<[Set<Future<T>>, Set<Future<T>>]> {
  const fs = this;
  const timeout = options?.timeout ?? null;
  const returnWhen = options?.return_when ?? ALL_COMPLETED;
  if (fs instanceof Future || iscoroutine(fs)) {
    throw new PyTypeError(`expect a list of futures, not ${typeNameOf(fs)}`);
  }
  const items = [...fs];
  if (items.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw new ValueError(`Invalid return_when value: ${String(returnWhen)}`);
  }
  if (items.some((f) => iscoroutine(f))) {
    throw new PyTypeError("Passing coroutines is forbidden, use tasks explicitly.");
  }
  const loop = get_running_loop();
  const set = new Set<Future<T>>();
  for (const f of items) set.add(ensure_future(f, { loop }));
  return waitImpl(set, timeout, returnWhen, loop);
}

async function waitImpl<T>(fs: Set<Future<T>>, timeout: number | null, returnWhen: string, loop: EventLoop): Promise<[Set<Future<T>>, Set<Future<T>>]> {
  const waiter = loop.create_future<null>();
  let timeoutHandle: TimerHandle | null = null;
  if (timeout !== null && timeout !== undefined) timeoutHandle = loop.call_later(timeout, releaseWaiter, waiter);
  let counter = fs.size;
  const onCompletion = (f: Future<T>): void => {
    counter--;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)) {
      if (timeoutHandle !== null) timeoutHandle.cancel();
      if (!waiter.done()) waiter.set_result(null);
    }
  };
  for (const f of fs) f.add_done_callback(onCompletion);
  try {
    await waiter;
  } finally {
    if (timeoutHandle !== null) timeoutHandle.cancel();
    for (const f of fs) f.remove_done_callback(onCompletion);
  }
  const done = new Set<Future<T>>();
  const pending = new Set<Future<T>>();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return Object.freeze([done, pending]) as unknown as [Set<Future<T>>, Set<Future<T>>];
}

// ---------------------------------------------------------------------------
// wait_for

/** `raise TimeoutError() from exc` inside `except CancelledError as exc:` (cause and context). */
function timeoutFrom(exc: CancelledError): TimeoutError {
  const err = new TimeoutError().withCause(exc);
  err.__context__ = exc;
  return err;
}

async function cancelAndWait(fut: Future<any>, loop: EventLoop): Promise<void> {
  const waiter = loop.create_future<null>();
  const cb = () => releaseWaiter(waiter);
  fut.add_done_callback(cb);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.remove_done_callback(cb);
  }
}

/**
 * Waits for one awaitable with a timeout in seconds (null: no limit). On
 * timeout the inner task is cancelled and TimeoutError raised.
 */
export function wait_for<T>(aw: Awaitable<T>, timeout?: number | null | { timeout?: number | null }): Coroutine<T> {
  return _lazy("wait_for", waitForBody, aw, timeout) as Coroutine<T>;
}

async function waitForBody<T>(this: Awaitable<T>, timeout: number | null | undefined | { timeout?: number | null }): Promise<T> {
  const aw = this;
  if (isOptions(timeout)) timeout = (timeout as { timeout?: number | null }).timeout;
  const loop = get_running_loop();
  if (timeout === null || timeout === undefined) return await aw;
  if (timeout <= 0) {
    const fut = ensure_future(aw, { loop });
    if (fut.done()) return fut.result();
    await cancelAndWait(fut, loop);
    try {
      return fut.result();
    } catch (exc) {
      if (exc instanceof CancelledError) throw timeoutFrom(exc);
      throw exc;
    }
  }
  const waiter = loop.create_future<null>();
  const timeoutHandle = loop.call_later(timeout, releaseWaiter, waiter);
  const cb = () => releaseWaiter(waiter);
  const fut = ensure_future(aw, { loop });
  fut.add_done_callback(cb);
  try {
    try {
      await waiter;
    } catch (exc) {
      if (exc instanceof CancelledError) {
        if (fut.done()) return fut.result();
        fut.remove_done_callback(cb);
        await cancelAndWait(fut, loop);
      }
      throw exc;
    }
    if (fut.done()) return fut.result();
    fut.remove_done_callback(cb);
    await cancelAndWait(fut, loop);
    try {
      return fut.result();
    } catch (exc) {
      if (exc instanceof CancelledError) throw timeoutFrom(exc);
      throw exc;
    }
  } finally {
    timeoutHandle.cancel();
  }
}

// ---------------------------------------------------------------------------
// as_completed

/**
 * An iterator of awaitables that give the results (or raise the exceptions)
 * of `fs` in the order they complete. With `timeout`, awaiting raises
 * TimeoutError once it expires.
 */
export function* as_completed<T>(fs: Iterable<Awaitable<T>>, options?: { timeout?: number | null }): Generator<Coroutine<T>, void, unknown> {
  if (fs instanceof Future || iscoroutine(fs)) {
    throw new PyTypeError(`expect an iterable of futures, not ${typeNameOf(fs)}`);
  }
  const timeout = options?.timeout ?? null;
  // Boxed: an awaited value that is itself awaitable would be unwrapped by JavaScript.
  const done = new Queue<{ fut: Future<T> } | null>();
  const loop = get_event_loop();
  const todo = new Set<Future<T>>();
  for (const f of new Set(fs)) todo.add(ensure_future(f, { loop }));
  let timeoutHandle: TimerHandle | null = null;

  const onTimeout = (): void => {
    for (const f of todo) {
      f.remove_done_callback(onCompletion);
      done.put_nowait(null);
    }
    todo.clear();
  };
  const onCompletion = (f: Future<T>): void => {
    if (todo.size === 0) return;
    todo.delete(f);
    done.put_nowait({ fut: f });
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  };
  const waitForOne = async (): Promise<T> => {
    const box = await done.get();
    if (box === null) throw new TimeoutError();
    return box.fut.result();
  };

  for (const f of todo) f.add_done_callback(onCompletion);
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop.call_later(timeout, onTimeout);
  const n = todo.size;
  for (let i = 0; i < n; i++) yield coro(waitForOne, "_wait_for_one") as Coroutine<T>;
}

// ---------------------------------------------------------------------------
// shield

/** Protects `aw` from the cancellation of the task that awaits it. */
export function shield<T>(aw: Awaitable<T>): Future<T> {
  const inner = ensure_future(aw);
  if (inner.done()) return inner;
  const loop = inner.get_loop();
  const outer = loop.create_future<T>();
  const innerDone = (f: Future<T>): void => {
    if (outer.cancelled()) {
      if (!f.cancelled()) f.exception();
      return;
    }
    if (f.cancelled()) {
      outer.cancel();
    } else {
      const exc = f.exception();
      if (exc !== null) outer.set_exception(exc);
      else outer.set_result(f.result());
    }
  };
  const outerDone = (): void => {
    if (!inner.done()) inner.remove_done_callback(innerDone);
  };
  inner.add_done_callback(innerDone);
  outer.add_done_callback(outerDone);
  return outer;
}
