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

let importing = false;

/** Set by the worker while it imports the program's modules. */
export function setImporting(on: boolean): void {
  importing = on;
}

/** CPython's spawn error for a pool or process started while a worker imports the program. */
export function checkNotBootstrapping(make: (message: string) => unknown): void {
  if (importing) throw make("An attempt has been made to start a new process before the current process has finished its bootstrapping phase.");
}
