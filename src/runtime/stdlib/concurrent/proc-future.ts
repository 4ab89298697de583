/**
 * The `concurrent.futures.Future` of a call running in a worker (see
 * procs/workers.ts), with CPython's states and messages. `result()` and
 * `exception()` block the thread until the worker answers, as in CPython;
 * `as_completed` and `wait` (waits.ts) block the same way.
 */
import { BaseException, Exception, RuntimeError, TimeoutError } from "../../exceptions.js";
import { addressSuffix } from "../../repr.js";
import type { Outcome, WorkerGroup } from "../../procs/workers.js";

/** `concurrent.futures.CancelledError` (`concurrent.futures._base.CancelledError`). */
export class CancelledError extends Exception {
  static __module__ = "concurrent.futures._base";
}

/** `concurrent.futures.InvalidStateError`. */
export class InvalidStateError extends Exception {
  static __module__ = "concurrent.futures._base";
}

/** `concurrent.futures.BrokenExecutor`. */
export class BrokenExecutor extends RuntimeError {
  static __module__ = "concurrent.futures._base";
}

/**
 * The worker's traceback, attached as the `__cause__` of an exception raised
 * in a worker, as CPython's `_RemoteTraceback` is.
 */
export class _RemoteTraceback extends Exception {
  static __module__ = "concurrent.futures.process";
  constructor(readonly tb: string) {
    super(tb);
  }
  override __str__(): string {
    return this.tb;
  }
}

type State = "PENDING" | "RUNNING" | "CANCELLED" | "CANCELLED_AND_NOTIFIED" | "FINISHED";

export class ProcFuture {
  _state: State = "PENDING";
  private _result: unknown = null;
  private _exception: unknown = null;
  private readonly callbacks: ((f: ProcFuture) => unknown)[] = [];
  /** Unqueues the call when the future is cancelled before it starts. */
  _unqueue: (() => boolean) | null = null;

  constructor(readonly _group: WorkerGroup | null) {}

  __repr__(): string {
    const state = this._state === "CANCELLED_AND_NOTIFIED" ? "cancelled" : this._state.toLowerCase();
    if (this._state !== "FINISHED") return `<Future${addressSuffix(this)} state=${state}>`;
    if (this._exception !== null) return `<Future${addressSuffix(this)} state=finished raised ${(this._exception as object).constructor.name}>`;
    const r = this._result;
    const type = r === null ? "NoneType" : typeof r === "number" ? "int" : typeof r === "string" ? "str" : ((r as object).constructor?.name ?? "object");
    return `<Future${addressSuffix(this)} state=finished returned ${type}>`;
  }

  cancel(): boolean {
    if (this._state === "RUNNING" || this._state === "FINISHED") return false;
    if (this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED") return true;
    this._unqueue?.();
    this._state = "CANCELLED";
    this.runCallbacks();
    return true;
  }

  cancelled(): boolean {
    return this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED";
  }

  running(): boolean {
    return this._state === "RUNNING";
  }

  done(): boolean {
    return this._state === "FINISHED" || this.cancelled();
  }

  /** Blocks until done or `timeout` seconds have passed; false on timeout. */
  _tsyncioBlock(timeout: number | null): boolean {
    if (this.done()) return true;
    return this._group ? this._group.waitSync(() => this.done(), timeout) : false;
  }

  result(timeout: number | null = null): unknown {
    if (!this._tsyncioBlock(timeout)) throw new TimeoutError();
    if (this.cancelled()) throw new CancelledError();
    if (this._exception !== null) throw this._exception;
    return this._result;
  }

  exception(timeout: number | null = null): unknown {
    if (!this._tsyncioBlock(timeout)) throw new TimeoutError();
    if (this.cancelled()) throw new CancelledError();
    return this._exception;
  }

  add_done_callback(fn: (f: ProcFuture) => unknown): void {
    if (this.done()) this.callOne(fn);
    else this.callbacks.push(fn);
  }

  set_running_or_notify_cancel(): boolean {
    if (this.cancelled()) {
      this._state = "CANCELLED_AND_NOTIFIED";
      return false;
    }
    this._state = "RUNNING";
    return true;
  }

  set_result(value: unknown): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`);
    this._result = value;
    this._state = "FINISHED";
    this.runCallbacks();
  }

  set_exception(e: unknown): void {
    if (this.done()) throw new InvalidStateError(`${this._state}: ${this.__repr__()}`);
    this._exception = e;
    this._state = "FINISHED";
    this.runCallbacks();
  }

  /** Settles from a worker's outcome; an exception gets the worker's traceback as its cause. */
  _settle(o: Outcome): void {
    if (this.done()) return;
    if (o.ok) return this.set_result(o.value);
    if (o.tb && o.error instanceof BaseException && o.error.__cause__ === null) o.error.__cause__ = new _RemoteTraceback(`\n"""\n${o.tb}"""`);
    this.set_exception(o.error);
  }

  private runCallbacks(): void {
    for (const fn of this.callbacks.splice(0)) this.callOne(fn);
  }

  private callOne(fn: (f: ProcFuture) => unknown): void {
    try {
      fn(this);
    } catch (e) {
      // CPython logs "exception calling callback for <Future ...>" and goes on.
      process.stderr.write(`exception calling callback for ${this.__repr__()}\n${String(e)}\n`);
    }
  }
}
