/**
 * Who runs now: the running loop, the default loop and the task whose step
 * is running (CPython's asyncio.events). The loop writes this state through
 * the setters; futures and tasks read it without importing the loop, which
 * registers how a default loop is made (as CPython's loop policy does).
 */
import { setTaskContextProvider } from "../context-state.js";
import { RuntimeError } from "../exceptions.js";
import { PENDING } from "./states.js";
import type { EventLoop } from "./loop.js";
import type { Task } from "./task.js";

let runningLoop: EventLoop | null = null;
let defaultLoop: EventLoop | null = null;
/** The task whose step the loop is running; read through `effectiveCurrentTask`. */
export let currentTask: Task<any> | null = null;
/** Tasks that stopped on a foreign (non-runtime) promise; see `EventLoop._stall`. */
export const foreignTasks = new Set<Task<any>>();
let loopFactory: (() => EventLoop) | null = null;

/** @internal loop.ts registers how `get_event_loop()` makes a loop. */
export function setLoopFactory(make: () => EventLoop): void {
  loopFactory = make;
}

/** @internal */
export function setRunningLoop(loop: EventLoop | null): void {
  runningLoop = loop;
}

/** @internal */
export function setCurrentTask(task: Task<any> | null): void {
  currentTask = task;
}

// A task made before any ContextVar existed got no copy (nothing could be in it): its context is made, empty, on first use.
setTaskContextProvider(() => {
  const t = effectiveCurrentTask();
  return t === null || t === undefined ? null : (t._context ??= new Map());
});

/**
 * The task whose step is running. Outside the loop's own callbacks, when
 * exactly one task is waiting on a foreign promise, the code running is
 * that task's continuation: attribute it there (best effort).
 */
export function effectiveCurrentTask(): Task<any> | null {
  if (currentTask !== null) return currentTask;
  if (foreignTasks.size === 1 && runningLoop !== null && !runningLoop._pumping) {
    const t = foreignTasks.values().next().value as Task<any>;
    if (t._state === PENDING) return t;
  }
  return null;
}

export function get_running_loop(): EventLoop {
  if (runningLoop === null) throw new RuntimeError("no running event loop");
  return runningLoop;
}

/** The running loop, else the current loop (made on first use), like 3.11. */
export function get_event_loop(): EventLoop {
  if (runningLoop !== null) return runningLoop;
  if (defaultLoop === null || defaultLoop.is_closed()) {
    if (loopFactory === null) throw new RuntimeError("no event loop implementation loaded");
    defaultLoop = loopFactory();
  }
  return defaultLoop;
}

export function _get_running_loop(): EventLoop | null {
  return runningLoop;
}

export function set_event_loop(loop: EventLoop | null): void {
  defaultLoop = loop;
}
