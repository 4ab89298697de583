/**
 * `async with asyncio.timeout(delay)` / `timeout_at(when)` (3.11): on expiry
 * the current task is cancelled, and `__aexit__` turns the CancelledError
 * into TimeoutError (`from` it) when no new cancellation is pending. As in
 * 3.11.7.
 */
import { BaseException, RuntimeError, TimeoutError } from "../exceptions.js";
import { CancelledError } from "./errors.js";
import { current_task, get_running_loop, safeRepr, type Handle, type Task } from "./core.js";

const CREATED = "created";
const ENTERED = "active";
const EXPIRING = "expiring";
const EXPIRED = "expired";
const EXITED = "finished";

export class Timeout {
  private _state = CREATED;
  private _timeoutHandler: Handle | null = null;
  private _task: Task<any> | null = null;
  private _when: number | null;
  private _cancelling = 0;

  constructor(when: number | null) {
    this._when = when ?? null;
  }

  /** The deadline on the loop clock (`loop.time()`), or null. */
  when(): number | null {
    return this._when;
  }

  /** Moves the deadline; null disables it. */
  reschedule(when: number | null): null {
    if (this._state !== ENTERED) {
      if (this._state === CREATED) throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this._state} Timeout`);
    }
    this._when = when ?? null;
    if (this._timeoutHandler !== null) this._timeoutHandler.cancel();
    if (when === null || when === undefined) {
      this._timeoutHandler = null;
    } else {
      const loop = get_running_loop();
      this._timeoutHandler = when <= loop.time() ? loop.call_soon(() => this._onTimeout()) : loop.call_at(when, () => this._onTimeout());
    }
    return null;
  }

  expired(): boolean {
    return this._state === EXPIRING || this._state === EXPIRED;
  }

  async __aenter__(): Promise<this> {
    if (this._state !== CREATED) throw new RuntimeError("Timeout has already been entered");
    const task = current_task();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this._state = ENTERED;
    this._task = task;
    this._cancelling = task.cancelling();
    this.reschedule(this._when);
    return this;
  }

  async __aexit__(type?: unknown, value?: unknown, _tb?: unknown): Promise<boolean> {
    if (this._timeoutHandler !== null) {
      this._timeoutHandler.cancel();
      this._timeoutHandler = null;
    }
    if (this._state === EXPIRING) {
      this._state = EXPIRED;
      const isCancel = type === CancelledError || (type === undefined && value instanceof CancelledError && value.constructor === CancelledError);
      if (this._task!.uncancel() <= this._cancelling && isCancel) {
        const err = new TimeoutError().withCause(value);
        // Raised while the CancelledError is being handled: Python chains it as the context too.
        if (value instanceof BaseException) err.__context__ = value;
        throw err;
      }
    } else if (this._state === ENTERED) {
      this._state = EXITED;
    }
    return false;
  }

  private _onTimeout(): void {
    this._task!.cancel();
    this._state = EXPIRING;
    this._timeoutHandler = null;
  }

  __repr__(): string {
    const info = [""];
    if (this._state === ENTERED) info.push(`when=${this._when === null ? "None" : safeRepr(Number(this._when.toFixed(3)))}`);
    return `<Timeout [${this._state}]${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }
}

/** A timeout `delay` seconds from now (null: none). */
export function timeout(delay: number | null): Timeout {
  const loop = get_running_loop();
  return new Timeout(delay === null || delay === undefined ? null : loop.time() + delay);
}

/** A timeout at an absolute `loop.time()` deadline (null: none). */
export function timeout_at(when: number | null): Timeout {
  return new Timeout(when);
}
