/** Module-level task functions of asyncio: current_task, all_tasks, create_task, ensure_future and the type tests. */
import { BaseException, TypeError as PyTypeError, ValueError, toPyException } from "../exceptions.js";
import { Coroutine } from "./coroutine.js";
import { effectiveCurrentTask, get_event_loop, get_running_loop } from "./events.js";
import { Future, type Awaitable } from "./future.js";
import { isThenable } from "./helpers.js";
import { YieldPoint } from "./sleep.js";
import type { EventLoop } from "./loop.js";
import type { Task } from "./task.js";

export function iscoroutine(obj: unknown): obj is Coroutine<any> {
  return obj instanceof Coroutine || obj instanceof YieldPoint;
}

export function isfuture(obj: unknown): obj is Future<any> {
  return obj instanceof Future;
}

/** The task whose code is running, or null outside any task. */
export function current_task(loop?: EventLoop | null): Task<any> | null {
  const l = loop ?? get_running_loop();
  const t = effectiveCurrentTask();
  return t !== null && t._loop === l ? t : null;
}

/** The set of not-yet-done tasks of the running loop. */
export function all_tasks(loop?: EventLoop | null): Set<Task<any>> {
  const l = loop ?? get_running_loop();
  return new Set(l._tasks);
}

export function create_task<T>(coro: Awaitable<T>, options?: { name?: unknown; context?: unknown }): Task<T> {
  const loop = get_running_loop();
  // 3.11 creates the task unnamed (taking a "Task-N" number), then renames it.
  const task = loop.create_task(coro, { context: options?.context });
  const name = options?.name;
  if (name !== undefined && name !== null) task.set_name(name);
  return task;
}

/** Wraps a coroutine or awaitable in a Task; a Future is returned as is. */
export function ensure_future<T>(aw: Awaitable<T>, options?: { loop?: EventLoop | null }): Future<T> {
  if (aw instanceof Future) {
    if (options?.loop && options.loop !== aw._loop) {
      throw new ValueError("The future belongs to a different loop than the one specified as the loop argument");
    }
    return aw;
  }
  if (!iscoroutine(aw) && !isThenable(aw)) {
    throw new PyTypeError("An asyncio.Future, a coroutine or an awaitable is required");
  }
  const loop = options?.loop ?? get_event_loop();
  return loop.create_task(aw);
}

/** @internal Turns whatever JavaScript threw into a Python exception. */
export function _toPy(e: unknown): BaseException {
  return toPyException(e);
}
