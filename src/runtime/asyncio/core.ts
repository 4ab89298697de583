/**
 * The asyncio runtime's core, gathered in one import for the rest of the
 * runtime and for generated code: the loop (loop.ts explains how it keeps
 * CPython's scheduling order), Future, Task, the lazy Coroutine, sleep, and
 * the module-level functions. Each lives in its own module; this one only
 * re-exports them.
 */
export { Coroutine, IMMEDIATE, _immediate, _lazy, _reportUnawaitedCoroutines, _unawaitedCoroutines, coro, iscoroutinefunction, setWarningSource } from "./coroutine.js";
export { Deque } from "./deque.js";
export { _get_running_loop, effectiveCurrentTask, get_event_loop, get_running_loop, set_event_loop } from "./events.js";
export { _toPy, all_tasks, create_task, current_task, ensure_future, iscoroutine, isfuture } from "./functions.js";
export { Future, type Awaitable } from "./future.js";
export { Awaiter, Handle, TimerHandle, settleAwaiter } from "./handles.js";
export { isOptions, isThenable, safeRepr } from "./helpers.js";
export { EventLoop, new_event_loop, type ExceptionContext, type ExceptionHandler } from "./loop.js";
export { YieldPoint, _yield, sleep } from "./sleep.js";
export { K_WAKE } from "./states.js";
export { Task, _resetTaskNameCounter } from "./task.js";
