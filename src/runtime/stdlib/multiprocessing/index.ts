/**
 * `multiprocessing` on worker threads (procs/workers.ts): Pool, Process,
 * Queue, Lock/RLock, Semaphore/BoundedSemaphore/Condition, Value/Array, cpu_count, current_process. The start
 * method reads as "fork", CPython's default on Linux, whose behaviour the
 * workers follow where a program can see it (they do not run the program's
 * top-level statements again).
 */
import { availableParallelism } from "node:os";
import { Exception, ValueError } from "../../exceptions.js";
import { Pool, AsyncResult } from "./pool.js";
import { Process, active_children, current_process } from "./process.js";
import { withKeywords } from "./keywords.js";
import { Empty, Full, SharedArray, SharedLock, SharedQueue, SharedValue } from "./shared.js";
import { SharedCondition, SharedSemaphore } from "./sync.js";

export class ProcessError extends Exception {
  static __module__ = "multiprocessing";
}
export class BufferTooShort extends ProcessError {}
export class AuthenticationError extends ProcessError {}
export class TimeoutError extends ProcessError {}

let startMethod: string | null = null;

const multiprocessingModule = {
  Pool(...given: unknown[]): Pool {
    const [processes = null, initializer = null, initargs = null, maxtasksperchild = null] = withKeywords(given, ["processes", "initializer", "initargs", "maxtasksperchild", "context"]) as [number | null, unknown, unknown, unknown];
    return new Pool(processes, initializer, initargs, maxtasksperchild);
  },
  Process,
  Queue: (maxsize = 0) => new SharedQueue(maxsize),
  SimpleQueue: () => new SharedQueue(0),
  JoinableQueue: (maxsize = 0) => new SharedQueue(maxsize),
  Lock: () => new SharedLock(false),
  RLock: () => new SharedLock(true),
  Semaphore: (...given: unknown[]) => new SharedSemaphore((withKeywords(given, ["value"])[0] as number | undefined) ?? 1),
  BoundedSemaphore: (...given: unknown[]) => new SharedSemaphore((withKeywords(given, ["value"])[0] as number | undefined) ?? 1, true),
  Condition: (...given: unknown[]) => new SharedCondition((withKeywords(given, ["lock"])[0] as SharedLock | null | undefined) ?? null),
  Value: (typecode: string, value: unknown = 0, options: { lock?: boolean } = {}) => new SharedValue(typecode, value, options.lock === false ? null : new SharedLock(true)),
  Array: (typecode: string, init: unknown, options: { lock?: boolean } = {}) => new SharedArray(typecode, init, options.lock === false ? null : new SharedLock(true)),
  RawValue: (typecode: string, value: unknown = 0) => new SharedValue(typecode, value, null),
  RawArray: (typecode: string, init: unknown) => new SharedArray(typecode, init, null),
  cpu_count: () => availableParallelism(),
  current_process,
  active_children,
  parent_process: () => null,
  freeze_support: () => null,
  get_start_method: (_allow_none = false) => startMethod ?? "fork",
  get_all_start_methods: () => ["fork", "spawn", "forkserver"],
  set_start_method(method: string, options: { force?: boolean } = {}): null {
    if (startMethod !== null && !options.force) throw new Error("context has already been set");
    if (!["fork", "spawn", "forkserver"].includes(method)) throw new ValueError(`cannot find context for '${method}'`);
    startMethod = method;
    return null;
  },
  // A context tells the executor its start method (its workers' names: SpawnProcess-1); everything else is the module's.
  get_context: (method: string | null = null) => (method === null ? multiprocessingModule : { ...multiprocessingModule, _start_method: method }),
  ProcessError,
  BufferTooShort,
  AuthenticationError,
  TimeoutError,
  AsyncResult,
  Empty,
  Full,
};

export const multiprocessing = multiprocessingModule;
