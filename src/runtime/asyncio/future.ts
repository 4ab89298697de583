/** asyncio.Future, and how an awaiting task is resumed when one completes (CPython's Task.__wakeup). */
import { type BaseException, RuntimeError, TypeError as PyTypeError } from "../exceptions.js";
import { CancelledError, InvalidStateError } from "./errors.js";
import { effectiveCurrentTask, get_event_loop } from "./events.js";
import { Awaiter, Handle, failAwait, settleAwaiter } from "./handles.js";
import { isOptions, reprException, safeRepr } from "./helpers.js";
import { CANCELLED, FINISHED, K_FUTCB, K_WAKE, PENDING } from "./states.js";
import type { Coroutine } from "./coroutine.js";
import type { EventLoop } from "./loop.js";
import type { UnretrievedRecord } from "./unretrieved.js";

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
    // A loop, or Python's `Future(loop=...)` keywords (a plain object).
    const loop = isOptions(options) ? (options as { loop?: EventLoop | null }).loop : (options as EventLoop | null | undefined);
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
Object.defineProperty(Future.prototype, "_framesOnReject", { value: true });

function scheduleOne(loop: EventLoop, fut: Future<any>, cb: DoneCallback<any> | Awaiter): void {
  if (typeof cb === "function") loop._push(new Handle(K_FUTCB, cb as (x: any) => unknown, fut, null));
  else {
    cb._arg = fut;
    loop._push(cb);
  }
}

/** @internal */
export function unwrapMsg(msg: unknown): unknown {
  if (isOptions(msg) && "msg" in msg) return msg.msg ?? null;
  return msg === undefined ? null : msg;
}

/** Delivers the outcome of a completed future to one awaiter (CPython's Task.__wakeup). */
export function wakeAwaiter(aw: Awaiter): void {
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
