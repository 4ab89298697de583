import { rejectAwait } from "../frames.js";
import { CancelledError } from "./errors.js";
import { K_CALL, K_FUTCB } from "./states.js";
import type { EventLoop } from "./loop.js";
import type { Task } from "./task.js";

/** A scheduled callback, as returned by `call_soon`; `cancel()` prevents it from running. */
export class Handle {
  _cancelled = false;
  /** @internal */
  constructor(
    public _kind: number,
    public _fn: ((...args: any[]) => unknown) | null,
    public _arg: any,
    public _task: Task<any> | null,
  ) {}

  cancel(): void {
    this._cancelled = true;
  }

  cancelled(): boolean {
    return this._cancelled;
  }

  __repr__(): string {
    const name = this._fn?.name || "callback";
    return `<Handle ${name}()${this._cancelled ? " cancelled" : ""}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** A handle scheduled for a point in time (`call_later` / `call_at`). */
export class TimerHandle extends Handle {
  _scheduled = true;
  /** @internal */
  constructor(
    kind: number,
    fn: ((...args: any[]) => unknown) | null,
    arg: any,
    public _loop: EventLoop,
    public _when: number,
  ) {
    super(kind, fn, arg, null);
  }

  when(): number {
    return this._when;
  }

  override cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      if (this._scheduled) this._loop._timerCancelled();
    }
  }

  override __repr__(): string {
    const name = this._fn?.name || "callback";
    return `<TimerHandle when=${this._when} ${name}()${this._cancelled ? " cancelled" : ""}>`;
  }
}

/**
 * One `await` of a Future (or of sleep(0)): who waits and how to resume it.
 * It is also the handle that the loop runs to resume the awaiter, and the
 * value `then()` returns: a `then`/`catch`/`finally` chained on it gets a real
 * promise made on demand, so a plain `await` allocates nothing more.
 */
export class Awaiter extends Handle implements PromiseLike<any> {
  /** @internal a multi-step runtime operation to resume instead of settling (see queues.ts) */
  _op: { _resume(aw: Awaiter, isError: boolean, value: unknown): void } | null = null;
  /** 0 pending, 1 fulfilled, 2 rejected; once settled, `_arg` holds the outcome (for a `then` chained later). */
  private _out = 0;
  /** A promise made only when something chains on this `then`'s result (an `await` never does). */
  private _chain: { promise: Promise<any>; res: (v: any) => void; rej: (e: any) => void } | null = null;

  constructor(
    kind: number,
    task: Task<any> | null,
    public onF: ((v: any) => any) | null | undefined,
    public onR: ((e: any) => any) | null | undefined,
  ) {
    super(kind, null, null, task);
  }

  /** @internal */
  _settle(isError: boolean, value: unknown): void {
    const chain = this._chain;
    if (chain !== null) {
      if (isError) chain.rej(value);
      else chain.res(value);
    } else {
      this._out = isError ? 2 : 1;
      this._arg = value;
    }
  }

  private _materialize(): Promise<any> {
    if (this._chain === null) {
      let res!: (v: any) => void;
      let rej!: (e: any) => void;
      const promise =
        this._out === 1
          ? Promise.resolve(this._arg)
          : this._out === 2
            ? Promise.reject(this._arg)
            : new Promise((a, b) => {
                res = a;
                rej = b;
              });
      this._chain = { promise, res, rej };
    }
    return this._chain.promise;
  }

  then<R1 = any, R2 = never>(onF?: ((v: any) => R1 | PromiseLike<R1>) | null, onR?: ((e: any) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this._materialize().then(onF, onR);
  }

  catch<R = never>(onR?: ((e: any) => R | PromiseLike<R>) | null): Promise<any> {
    return this._materialize().catch(onR);
  }

  finally(onFinally?: (() => void) | null): Promise<any> {
    return this._materialize().finally(onFinally);
  }
}

/**
 * An `await` that fails: a failure gets the awaiting functions' frames for
 * its traceback (frames.ts, rejectAwait); cancellation, frequent and seldom
 * printed, skips that cost (a stack capture per await it crosses).
 */
export function failAwait(onF: unknown, onR: (e: any) => any, e: unknown): unknown {
  return e instanceof CancelledError ? onR(e) : rejectAwait(onF, onR, e);
}

/** @internal Delivers an outcome to the awaiter's callbacks (and to a chained promise, if any). */
export function settleAwaiter(aw: Awaiter, isError: boolean, value: unknown): void {
  let out: unknown;
  let failed = false;
  try {
    if (isError) {
      if (typeof aw.onR === "function") out = aw._task !== null ? failAwait(aw.onF, aw.onR, value) : aw.onR(value);
      else {
        failed = true;
        out = value;
      }
    } else {
      out = typeof aw.onF === "function" ? aw.onF(value) : value;
    }
  } catch (e) {
    failed = true;
    out = e;
  }
  aw.onF = aw.onR = null;
  aw._settle(failed, out);
}

