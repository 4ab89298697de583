/** asyncio.sleep: the bare yield of sleep(0) and the timer future of a real sleep. */
import { registerBuiltinType } from "../repr.js";
import { Coroutine } from "./coroutine.js";
import { effectiveCurrentTask, get_event_loop, get_running_loop } from "./events.js";
import { Future } from "./future.js";
import { Awaiter, type TimerHandle } from "./handles.js";
import { K_YIELD, PENDING } from "./states.js";
import type { EventLoop } from "./loop.js";

/**
 * `asyncio.sleep(0)`: a bare yield that lets every other ready callback run
 * once. Lazy (nothing happens until awaited) and counted as a coroutine by
 * iscoroutine(); one shared object serves every `sleep(0)` without a result.
 */
export class YieldPoint implements PromiseLike<any> {
  /** `type(asyncio.sleep(0)).__name__` */
  static readonly __name__ = "coroutine";
  constructor(readonly value: unknown) {}

  get __name__(): string {
    return "sleep";
  }

  get __qualname__(): string {
    return "sleep";
  }

  close(): void {}

  __repr__(): string {
    return "<coroutine object sleep>";
  }

  then(onF?: ((v: any) => any) | null, onR?: ((e: any) => any) | null): any {
    const task = effectiveCurrentTask();
    const loop = task !== null ? task._loop : get_event_loop();
    const aw = new Awaiter(K_YIELD, task, onF, onR);
    aw._arg = this.value;
    loop._push(aw);
    if (task !== null) {
      task._futWaiter = null;
      if (task._foreign) task._clearForeign();
      if (loop._stepping === task) loop._signal();
    }
    return aw;
  }
}

// Runtime awaitables that give an awaiting task's failure its frames themselves (settleAwaiter, refuseAwait): see Coroutine.then.
Object.defineProperty(YieldPoint.prototype, "_framesOnReject", { value: true });
registerBuiltinType(YieldPoint, "coroutine");

const YIELD = new YieldPoint(null);

/**
 * `await asyncio.sleep(delay, result)`; `sleep(0)` yields exactly one loop
 * iteration. Lazy like Python's: nothing happens until it is awaited.
 */
export function sleep<T = null>(delay: number, result?: T): Coroutine<T> {
  if (!(delay > 0)) {
    // The common `await asyncio.sleep(0)`: no coroutine object to allocate.
    return (result === undefined || result === null ? YIELD : new YieldPoint(result)) as unknown as Coroutine<T>;
  }
  return new Coroutine<T>(sleepBody as (this: any, arg: any) => PromiseLike<T>, "sleep", delay, result === undefined ? null : result);
}

function sleepBody(this: number, value: unknown): PromiseLike<unknown> {
  const delay = Number(this);
  if (!(delay > 0)) return value === null ? YIELD : new YieldPoint(value);
  const loop = get_running_loop();
  const fut = new SleepFuture(loop, value);
  fut._handle = loop._callLater1(delay, sleepFire, fut);
  return fut;
}

/** The future a sleep waits on; cancelling it cancels the timer (sleep's `finally: h.cancel()`). */
class SleepFuture extends Future<unknown> {
  _handle: TimerHandle | null = null;

  constructor(
    loop: EventLoop,
    public _value: unknown,
  ) {
    super(loop);
  }

  override cancel(msg: unknown = null): boolean {
    const r = super.cancel(msg);
    if (r && this._handle !== null) this._handle.cancel();
    return r;
  }
}

function sleepFire(fut: SleepFuture): void {
  if (fut._state === PENDING) fut.set_result(fut._value);
}

/** @internal a bare yield, for runtime helpers */
export const _yield = YIELD;

