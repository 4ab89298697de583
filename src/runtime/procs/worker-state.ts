/**
 * Whether this thread is one of the program's worker "processes", and its
 * name. A leaf module: entry.ts asks it (a worker's copy of the program's
 * module is not `__main__`), and multiprocessing's `current_process()`.
 */
const KEY = Symbol.for("tsyncio.workerProcess");

export function markWorkerProcess(name: string): void {
  (globalThis as Record<symbol, unknown>)[KEY] = name;
}

/** The worker's process name (`ForkProcess-1`, `SpawnPoolWorker-2`), or undefined on the main thread. */
export function workerProcessName(): string | undefined {
  const v = (globalThis as Record<symbol, unknown>)[KEY];
  return typeof v === "string" ? v : undefined;
}
