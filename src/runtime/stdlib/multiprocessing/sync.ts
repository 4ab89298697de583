/**
 * multiprocessing's `Semaphore`, `BoundedSemaphore` and `Condition` on
 * SharedArrayBuffer, like the locks in shared.ts, so the program and its
 * worker threads wait on the same memory (Atomics.wait blocks, as the
 * CPython primitives block the process). Each travels to a worker as its
 * shared memory (procs/pickle.ts `registerShared`).
 */
import { AssertionError, ValueError } from "../../exceptions.js";
import { classSignatures } from "../../kwargs.js";
import { truthy } from "../../numbers.js";
import { registerShared } from "../../procs/pickle.js";
import { SharedLock } from "./shared.js";

function deadlineOf(timeout: number | null | undefined): number {
  return timeout === null || timeout === undefined ? Infinity : performance.now() + Math.max(0, Number(timeout)) * 1000;
}

/** [value, initial bound (-1: unbounded)]. */
export class SharedSemaphore {
  private readonly cell: Int32Array;
  constructor(value = 1, bounded = false, sab?: SharedArrayBuffer) {
    if (!sab && value < 0) throw new ValueError("semaphore initial value must be >= 0");
    this.cell = new Int32Array(sab ?? new SharedArrayBuffer(8));
    if (!sab) {
      this.cell[0] = value;
      this.cell[1] = bounded ? value : -1;
    }
  }

  acquire(block = true, timeout: number | null = null): boolean {
    const deadline = deadlineOf(timeout);
    for (;;) {
      const v = Atomics.load(this.cell, 0);
      if (v > 0) {
        if (Atomics.compareExchange(this.cell, 0, v, v - 1) === v) return true;
        continue;
      }
      if (!truthy(block)) return false;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.cell, 0, v, left === Infinity ? undefined : left);
    }
  }

  release(): null {
    const bound = this.cell[1]!;
    for (;;) {
      const v = Atomics.load(this.cell, 0);
      if (bound >= 0 && v >= bound) throw new ValueError("semaphore or lock released too many times");
      if (Atomics.compareExchange(this.cell, 0, v, v + 1) === v) break;
    }
    Atomics.notify(this.cell, 0, 1);
    return null;
  }

  get_value(): number {
    return Atomics.load(this.cell, 0);
  }

  __enter__(): boolean {
    return this.acquire();
  }

  __exit__(): boolean {
    this.release();
    return false;
  }

  __repr__(): string {
    const v = Atomics.load(this.cell, 0);
    return this.cell[1]! >= 0 ? `<BoundedSemaphore(value=${v}, maxvalue=${this.cell[1]})>` : `<Semaphore(value=${v})>`;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    return { kind: "semaphore", data: this.cell.buffer };
  }
}

registerShared("semaphore", (sab: SharedArrayBuffer) => new SharedSemaphore(0, false, sab));

/**
 * [sleepers, wake tickets, generation]: changed only with the lock held,
 * except a woken waiter taking its ticket. `notify(n)` moves up to n
 * sleepers to tickets and bumps the generation; a waiter that times out
 * takes a ticket if one is left (it then counts as the one notified, and a
 * sleeper still waiting stays counted), else leaves the sleepers.
 */
export class SharedCondition {
  private readonly cell: Int32Array;
  readonly lock: SharedLock;
  constructor(lock: SharedLock | null = null, sab?: SharedArrayBuffer) {
    this.lock = lock ?? new SharedLock(true);
    this.cell = new Int32Array(sab ?? new SharedArrayBuffer(12));
  }

  acquire(block = true, timeout: number | null = null): boolean {
    return this.lock.acquire(block, timeout);
  }

  release(): null {
    return this.lock.release();
  }

  __enter__(): boolean {
    return this.lock.acquire();
  }

  __exit__(): boolean {
    this.lock.release();
    return false;
  }

  private takeTicket(): boolean {
    for (;;) {
      const t = Atomics.load(this.cell, 1);
      if (t <= 0) return false;
      if (Atomics.compareExchange(this.cell, 1, t, t - 1) === t) return true;
    }
  }

  wait(timeout: number | null = null): boolean {
    if (!this.lock._isOwned()) throw new AssertionError("must acquire() condition before using wait()");
    const deadline = deadlineOf(timeout);
    Atomics.add(this.cell, 0, 1);
    const depth = this.lock._releaseSave();
    let woke = false;
    for (;;) {
      const gen = Atomics.load(this.cell, 2);
      if (this.takeTicket()) {
        woke = true;
        break;
      }
      const left = deadline - performance.now();
      if (left <= 0) break;
      Atomics.wait(this.cell, 2, gen, left === Infinity ? undefined : left);
    }
    this.lock._acquireRestore(depth);
    if (!woke) {
      if (this.takeTicket()) woke = true;
      else Atomics.sub(this.cell, 0, 1);
    }
    return woke;
  }

  wait_for(predicate: () => unknown, timeout: number | null = null): unknown {
    const deadline = deadlineOf(timeout);
    let result = predicate();
    while (!truthy(result)) {
      const left = deadline - performance.now();
      if (left <= 0) break;
      this.wait(left === Infinity ? null : left / 1000);
      result = predicate();
    }
    return result;
  }

  notify(n = 1): null {
    if (!this.lock._isOwned()) throw new AssertionError("lock is not owned");
    const k = Math.min(n, Atomics.load(this.cell, 0));
    if (k <= 0) return null;
    Atomics.sub(this.cell, 0, k);
    Atomics.add(this.cell, 1, k);
    Atomics.add(this.cell, 2, 1);
    Atomics.notify(this.cell, 2);
    return null;
  }

  notify_all(): null {
    return this.notify(Atomics.load(this.cell, 0));
  }

  __repr__(): string {
    return `<Condition(${this.lock.__repr__()}, ${Atomics.load(this.cell, 0)})>`;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    const lock = this.lock.__tsyncio_share__().data;
    return { kind: "condition", data: { sab: this.cell.buffer, lock } };
  }
}

registerShared("condition", (d: { sab: SharedArrayBuffer; lock: { recursive: boolean; sab: SharedArrayBuffer } }) => new SharedCondition(new SharedLock(d.lock.recursive, d.lock.sab), d.sab));

classSignatures(SharedSemaphore, { acquire: "acquire(block=, timeout=)" });
classSignatures(SharedCondition, { acquire: "acquire(block=, timeout=)", wait: "wait(timeout=)", wait_for: "wait_for(predicate, timeout=)", notify: "notify(n=)" });
