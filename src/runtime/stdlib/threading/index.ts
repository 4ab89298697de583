/**
 * Python's `threading` in tsyncio: threads as cooperative tasks that switch
 * only at blocking calls.
 *
 * JavaScript cannot run a closure on another thread, so a Python thread
 * becomes a JavaScript async call chain, and a GIL that is released only
 * where the program blocks (`time.sleep`, acquiring a lock, `Event.wait`,
 * `Condition.wait`, `Queue.get`/`put`, `join`, `Future.result`…). The
 * translator colours every function that reaches such a call async and
 * awaits it (src/analyze/threads.ts); the blocking calls become awaits on
 * these primitives, which let the other threads (and asyncio's loop) run
 * while they wait. Between two blocking calls a thread runs alone, as if
 * CPython never switched there: a program whose output does not depend on
 * where CPython preempts (one that uses locks, queues, events and joins
 * properly) prints the same. A thread that spins without blocking never lets
 * the others run. Timing is real: `time.sleep(0.5)` in a thread waits half a
 * second while the others go on.
 */
import { Barrier, BoundedSemaphore, Condition, Event, Lock, RLock, Semaphore } from "./locks.js";
import { BrokenBarrierError } from "./errors.js";
import { local } from "./local.js";
import { activeThreads, currentThread } from "./state.js";
import { mainThread, Thread, Timer } from "./thread.js";
import { RuntimeError } from "../../exceptions.js";

export { blockOn, collectBlocking } from "./blocking.js";
export { threadSleep } from "./state.js";
export { Thread, Timer, threadingShutdown } from "./thread.js";
export { Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier } from "./locks.js";

function current_thread(): Thread {
  return currentThread() as Thread;
}

function excepthook(): null {
  return null;
}

export const threading = {
  Thread,
  Timer,
  Lock,
  RLock,
  Condition,
  Semaphore,
  BoundedSemaphore,
  Event,
  Barrier,
  BrokenBarrierError,
  ThreadError: RuntimeError,
  local,
  TIMEOUT_MAX: 9223372036.0,
  current_thread,
  currentThread: current_thread,
  main_thread: (): Thread => mainThread,
  active_count: (): number => activeThreads.size,
  activeCount: (): number => activeThreads.size,
  enumerate: (): Thread[] => [...activeThreads] as Thread[],
  get_ident: (): number => currentThread().ident!,
  get_native_id: (): number => (currentThread() as Thread).native_id!,
  excepthook,
};
