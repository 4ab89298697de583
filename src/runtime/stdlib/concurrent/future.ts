/**
 * `concurrent.futures.Future` and the base `Executor`: shared by the thread
 * pool (./thread-pool.ts) and the process pool. A future's waits are
 * awaited as `result$async`/`exception$async` in translated code (see
 * threading/blocking.ts); the plain `result()` returns a finished future's
 * outcome and raises a RuntimeError where it would have to wait.
 */
import { RuntimeError, TimeoutError } from "../../exceptions.js";
import { BrokenExecutor, CancelledError, InvalidStateError, ProcFuture } from "./proc-future.js";
import { classSignatures } from "../../kwargs.js";
import { repr } from "../../repr.js";
import { formatTraceback } from "../../tracebacks.js";
import { notTranslatedAsBlocking, timeoutSeconds, WaitList } from "../threading/state.js";

// One set of exception classes for both pools (./proc-future.ts).
export { BrokenExecutor, CancelledError, InvalidStateError };

type State = "PENDING" | "RUNNING" | "CANCELLED" | "CANCELLED_AND_NOTIFIED" | "FINISHED";

const plainInstanceOf = Function.prototype[Symbol.hasInstance];

export class Future {
  /** A process pool's future (./proc-future.ts) is a `concurrent.futures.Future` too. */
  static [Symbol.hasInstance](x: unknown): boolean {
    return plainInstanceOf.call(this, x) || (this === Future && x instanceof ProcFuture);
  }

  /** @internal */ _state: State = "PENDING";
  private _result: unknown = null;
  private _exception: unknown = null;
  private readonly _waiters = new WaitList();
  private readonly _callbacks: ((f: Future) => unknown)[] = [];

  cancel(): boolean {
    if (this._state === "RUNNING" || this._state === "FINISHED") return false;
    if (this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED") return true;
    this._state = "CANCELLED";
    this._settled();
    return true;
  }
  cancelled(): boolean {
    return this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED";
  }
  running(): boolean {
    return this._state === "RUNNING";
  }
  done(): boolean {
    return this._state === "CANCELLED" || this._state === "CANCELLED_AND_NOTIFIED" || this._state === "FINISHED";
  }

  private _outcome(): unknown {
    if (this.cancelled()) throw new CancelledError();
    if (this._exception !== null) throw this._exception;
    return this._result;
  }

  result(timeout: unknown = null): unknown {
    if (this.done()) return this._outcome();
    const t = timeoutSeconds(timeout);
    if (t !== null && t <= 0) throw new TimeoutError();
    return notTranslatedAsBlocking("Future.result()");
  }

  async result$async(timeout: unknown = null): Promise<unknown> {
    await this._wait(timeout);
    return this._outcome();
  }

  exception(timeout: unknown = null): unknown {
    if (this.done()) {
      if (this.cancelled()) throw new CancelledError();
      return this._exception;
    }
    const t = timeoutSeconds(timeout);
    if (t !== null && t <= 0) throw new TimeoutError();
    return notTranslatedAsBlocking("Future.exception()");
  }

  async exception$async(timeout: unknown = null): Promise<unknown> {
    await this._wait(timeout);
    if (this.cancelled()) throw new CancelledError();
    return this._exception;
  }

  private async _wait(timeout: unknown): Promise<void> {
    if (this.done()) return;
    const t = timeoutSeconds(timeout);
    await this._waiters.wait(t === null ? null : Math.max(0, t));
    if (!this.done()) throw new TimeoutError();
  }

  /** @internal Resolves when the future is done (for wait/as_completed), whatever its outcome. */
  _whenDone(): Promise<void> {
    if (this.done()) return Promise.resolve();
    return this._waiters.wait(null).then(() => undefined);
  }

  add_done_callback(fn: (f: Future) => unknown): null {
    if (this.done()) this._invoke(fn);
    else this._callbacks.push(fn);
    return null;
  }

  private _invoke(fn: (f: Future) => unknown): void {
    try {
      const r = fn(this) as { then?: unknown } | null;
      if (r && typeof r.then === "function") (r as Promise<unknown>).catch((e) => this._reportCallback(e));
    } catch (e) {
      this._reportCallback(e);
    }
  }

  private _reportCallback(e: unknown): void {
    // CPython logs it through the "concurrent.futures" logger: "exception calling callback for <Future …>".
    process.stderr.write(`exception calling callback for ${repr(this)}\n${formatTraceback(e)}`);
  }

  set_running_or_notify_cancel(): boolean {
    if (this._state === "CANCELLED") {
      this._state = "CANCELLED_AND_NOTIFIED";
      return false;
    }
    if (this._state === "PENDING") {
      this._state = "RUNNING";
      return true;
    }
    throw new RuntimeError(`Future in unexpected state`);
  }

  set_result(result: unknown): null {
    if (this.cancelled() || this._state === "FINISHED") throw new InvalidStateError(`${this._state}: ${repr(this)}`);
    this._result = result;
    this._state = "FINISHED";
    this._settled();
    return null;
  }

  set_exception(exception: unknown): null {
    if (this.cancelled() || this._state === "FINISHED") throw new InvalidStateError(`${this._state}: ${repr(this)}`);
    this._exception = exception;
    this._state = "FINISHED";
    this._settled();
    return null;
  }

  private _settled(): void {
    this._waiters.wakeAll();
    const callbacks = this._callbacks.splice(0);
    for (const fn of callbacks) this._invoke(fn);
  }

  __repr__(): string {
    const state = this._state === "CANCELLED_AND_NOTIFIED" ? "cancelled" : this._state.toLowerCase();
    if (this._state !== "FINISHED") return `<Future at 0x7f0000000000 state=${state}>`;
    if (this._exception !== null) return `<Future at 0x7f0000000000 state=finished raised ${(this._exception as object).constructor.name}>`;
    return `<Future at 0x7f0000000000 state=finished returned ${pyTypeNameOf(this._result)}>`;
  }
}

function pyTypeNameOf(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  if (Array.isArray(x)) return "list";
  return (x as object).constructor?.name ?? "object";
}

/** The shared base of ThreadPoolExecutor and ProcessPoolExecutor: the context-manager protocol. */
export abstract class Executor {
  abstract submit(fn: unknown, ...args: unknown[]): Future;
  abstract shutdown(wait?: unknown, options?: { cancel_futures?: unknown }): null;
  abstract shutdown$async(wait?: unknown, options?: { cancel_futures?: unknown }): Promise<null>;

  __enter__(): this {
    return this;
  }
  __exit__(..._exc: unknown[]): boolean {
    this.shutdown(true);
    return false;
  }
  async __aenter__(): Promise<this> {
    return this;
  }
  async __aexit__(..._exc: unknown[]): Promise<boolean> {
    await this.shutdown$async(true);
    return false;
  }
}

classSignatures(Future, { result: "result(timeout=)", exception: "exception(timeout=)" });
