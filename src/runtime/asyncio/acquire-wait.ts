/**
 * The waiting part of Lock.acquire() and Semaphore.acquire(), as CPython writes it:
 *
 *     fut = self._get_loop().create_future()
 *     self._waiters.append(fut)
 *     try:
 *         try:
 *             await fut
 *         finally:
 *             self._waiters.remove(fut)
 *     except CancelledError:
 *         ...the primitive's clean-up (wake the next waiter)...
 *         raise
 *     ...the primitive's success (take the lock, wake the next)...
 *     return True
 *
 * written as a small state machine, like queues.ts' QueueWait: the loop
 * resumes the awaiting task straight with the outcome. An async function here
 * kept a suspended frame, two promises and V8's machinery for awaiting a
 * thenable alive for every waiting task - about a quarter of the memory of a
 * task queued on a semaphore, and garbage collection of those objects was most
 * of the semaphore workload's time. The order of events is CPython's: the
 * waiter is removed and the clean-up or success step runs before the awaiting
 * task continues.
 */
import { CancelledError } from "./errors.js";
import { Awaiter, Deque, Future, settleAwaiter, type EventLoop } from "./core.js";

/** What a primitive with a FIFO of waiter futures provides to AcquireWait. */
export interface Acquirable {
  _waiters: Deque<Future<boolean>> | null;
  _getLoop(): EventLoop;
  /** The waiter's future completed: the primitive is now held by the awaiting task. */
  _acquiredAfterWait(): void;
  /** The awaiting task was cancelled while waiting (its future may have been completed already). */
  _cancelledWhileWaiting(fut: Future<boolean>): void;
}

export class AcquireWait implements PromiseLike<boolean> {
  private _fut: Future<boolean> | null = null;

  constructor(private readonly _prim: Acquirable) {}

  then<R1 = boolean, R2 = never>(onF?: ((v: boolean) => R1 | PromiseLike<R1>) | null, onR?: ((e: any) => R2 | PromiseLike<R2>) | null): PromiseLike<R1 | R2> {
    const prim = this._prim;
    const waiters = (prim._waiters ??= new Deque());
    const fut = prim._getLoop().create_future<boolean>();
    waiters.push(fut);
    this._fut = fut;
    // Future.then records the awaiting task (for cancellation) and checks its loop.
    const aw = fut.then(onF, onR);
    if (aw instanceof Awaiter) aw._op = this;
    else waiters.remove(fut); // refused (a task of another loop): `finally` removes the waiter
    return aw;
  }

  /** @internal a failure reaches the awaiting task through Future.then and settleAwaiter, which add its frames */
  declare readonly _framesOnReject: true;

  /** The waiter future completed, or the task was cancelled: the loop runs this as the task's wake-up. */
  _resume(aw: Awaiter, isError: boolean, value: unknown): void {
    const prim = this._prim;
    const fut = this._fut!;
    prim._waiters!.remove(fut);
    if (isError) {
      if (value instanceof CancelledError) prim._cancelledWhileWaiting(fut);
      settleAwaiter(aw, true, value);
    } else {
      prim._acquiredAfterWait();
      settleAwaiter(aw, false, true);
    }
  }
}

Object.defineProperty(AcquireWait.prototype, "_framesOnReject", { value: true });
