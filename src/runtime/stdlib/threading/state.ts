/**
 * Which thread is running, for `threading.current_thread()`, `RLock`
 * ownership and `threading.local`.
 *
 * The threads model (see ./index.ts): a Python thread is a JavaScript async
 * call chain. Several chains interleave at their awaits, so a plain "current"
 * variable would be wrong after any await; AsyncLocalStorage follows each
 * chain. It is created on the first `Thread.start()`, so a program that never
 * starts a thread pays nothing for it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { RuntimeError, TypeError, ValueError } from "../../exceptions.js";
import { pyTypeName, unhint } from "../../repr.js";

/** What the registry needs to know of a thread; Thread (./thread.ts) implements it. */
export interface ThreadLike {
  name: string;
  daemon: boolean;
  ident: number | null;
}

let storage: AsyncLocalStorage<ThreadLike> | null = null;
let main: ThreadLike | null = null;

/** Set once by thread.ts: the `MainThread` object. */
export function setMainThread(t: ThreadLike): void {
  main = t;
}

export function currentThread(): ThreadLike {
  return (storage?.getStore() ?? main)!;
}

/** Runs `body` as the given thread: everything it awaits stays that thread. */
export function runAsThread<T>(thread: ThreadLike, body: () => T): T {
  storage ??= new AsyncLocalStorage<ThreadLike>();
  return storage.run(thread, body);
}

// Thread idents look like CPython's (large, distinct); only their identity means anything.
let identCounter = 0;
export function newIdent(): number {
  identCounter += 1;
  return 139_800_000_000_000 + identCounter * 4096;
}

/** The running threads in the order they started (CPython's `_active` dict order). */
export const activeThreads = new Set<ThreadLike>();

/** A timeout argument in seconds (None or negative for "no limit" where `negativeMeansForever`). */
export function timeoutSeconds(timeout: unknown, what = "timeout"): number | null {
  const v = unhint(timeout).value;
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "number") throw new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer or float`);
  if (Number.isNaN(v)) throw new ValueError(`Invalid value NaN (not a number)`);
  void what;
  return v;
}

/**
 * Waits `seconds` without blocking the other threads. (A daemon thread's
 * timers keep the process alive too: the program ends at threadingShutdown.)
 */
export function pause(seconds: number): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, Math.min(Math.max(0, seconds * 1000), 2_147_483_647));
  });
}

/** `time.sleep(secs)` in the threads model: the other threads (and the event loop) run meanwhile. */
export async function threadSleep(secs: unknown): Promise<null> {
  const v = unhint(secs).value;
  if (typeof v !== "number" && typeof v !== "boolean") throw new TypeError(`'${pyTypeName(v)}' object cannot be interpreted as an integer`);
  const s = Number(v);
  if (Number.isNaN(s)) throw new ValueError("Invalid value NaN (not a number)");
  if (s < 0) throw new ValueError("sleep length must be non-negative");
  await pause(s);
  return null;
}

/**
 * A list of parties waiting for a wake-up, FIFO. `wait` resolves true when
 * woken, false when its timeout (seconds, or null for none) ran out first.
 */
export class WaitList {
  private readonly waiting: { wake: () => void }[] = [];

  get length(): number {
    return this.waiting.length;
  }

  wait(timeout: number | null): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const entry = {
        wake: () => {
          if (timer) clearTimeout(timer);
          resolve(true);
        },
      };
      this.waiting.push(entry);
      if (timeout !== null) {
        timer = setTimeout(
          () => {
            const i = this.waiting.indexOf(entry);
            if (i >= 0) this.waiting.splice(i, 1);
            resolve(false);
          },
          Math.min(Math.max(0, timeout * 1000), 2_147_483_647),
        );
      }
    });
  }

  /** Wakes the first `n` waiters; returns how many were woken. */
  wake(n = 1): number {
    let woken = 0;
    while (woken < n && this.waiting.length > 0) {
      this.waiting.shift()!.wake();
      woken++;
    }
    return woken;
  }

  wakeAll(): number {
    return this.wake(this.waiting.length);
  }
}

/** The error a blocking method raises when the translation calls it as a plain (non-awaited) call and it would have to wait. */
export function notTranslatedAsBlocking(what: string): never {
  throw new RuntimeError(
    `tsyncio: ${what} would block here, but this call was not translated as a blocking call (threads switch only at calls the translator recognises; see README "Threads")`,
  );
}
