/**
 * threading's locks: Lock, RLock, Condition, Semaphore, BoundedSemaphore,
 * Event, Barrier.
 *
 * Each blocking method has two forms. `name$async` is what translated code
 * awaits where the translator recognised a blocking call (see
 * src/analyze/threads.ts); it lets the other threads run while it waits.
 * The plain `name` is what any other call reaches: it does the work when it
 * need not wait, and raises a RuntimeError naming the problem when it would
 * have to (a plain call cannot wait), rather than return at the wrong time.
 * Waiters are served first come, first served.
 */
import { BrokenBarrierError } from "./errors.js";
import { RuntimeError, ValueError } from "../../exceptions.js";
import { classSignatures } from "../../kwargs.js";
import { unhint } from "../../repr.js";
import { currentThread, notTranslatedAsBlocking, timeoutSeconds, WaitList, type ThreadLike } from "./state.js";

/** `acquire(blocking, timeout)`'s arguments as a wait limit: 0 (do not wait), null (forever) or seconds. */
function acquireLimit(blocking: unknown, timeout: unknown): number | null {
  const block = unhint(blocking ?? true).value !== false && unhint(blocking ?? true).value !== 0;
  const t = timeoutSeconds(timeout ?? -1);
  if (!block) {
    if (t !== null && t !== -1) throw new ValueError("can't specify a timeout for a non-blocking call");
    return 0;
  }
  if (t === null || t === -1) return null;
  if (t < 0) throw new ValueError("timeout value must be a non-negative number");
  return t;
}

/** The context-manager protocol shared by the locks: `with lock:` awaits `__aenter__` in translated code. */
abstract class Lockish {
  abstract acquire(blocking?: unknown, timeout?: unknown): boolean;
  abstract acquire$async(blocking?: unknown, timeout?: unknown): Promise<boolean>;
  abstract release(): null;
  __enter__(): boolean {
    return this.acquire();
  }
  __exit__(..._exc: unknown[]): boolean {
    this.release();
    return false;
  }
  __aenter__(): Promise<boolean> {
    return this.acquire$async();
  }
  async __aexit__(..._exc: unknown[]): Promise<boolean> {
    this.release();
    return false;
  }
}

export class Lock extends Lockish {
  private _locked = false;
  private readonly _waiters = new WaitList();

  acquire(blocking: unknown = true, timeout: unknown = -1): boolean {
    const limit = acquireLimit(blocking, timeout);
    if (!this._locked) return (this._locked = true);
    if (limit === 0) return false;
    return notTranslatedAsBlocking("Lock.acquire()");
  }

  async acquire$async(blocking: unknown = true, timeout: unknown = -1): Promise<boolean> {
    const limit = acquireLimit(blocking, timeout);
    if (!this._locked) return (this._locked = true);
    if (limit === 0) return false;
    // release() hands the lock straight to the first waiter: it stays locked.
    return this._waiters.wait(limit);
  }

  release(): null {
    if (!this._locked) throw new RuntimeError("release unlocked lock");
    if (this._waiters.wake(1) === 0) this._locked = false;
    return null;
  }

  locked(): boolean {
    return this._locked;
  }

  /** @internal Condition's protocol: release completely, return what restores it. */
  _release_save(): unknown {
    this.release();
    return null;
  }
  async _acquire_restore(_state: unknown): Promise<void> {
    await this.acquire$async();
  }
  _is_owned(): boolean {
    // CPython's fallback for a plain lock: owned if it cannot be taken now.
    return this._locked;
  }

  __repr__(): string {
    return `<unlocked _thread.lock object>`.replace("unlocked", this._locked ? "locked" : "unlocked");
  }
}

export class RLock extends Lockish {
  private _owner: ThreadLike | null = null;
  private _count = 0;
  private readonly _inner = new Lock();

  acquire(blocking: unknown = true, timeout: unknown = -1): boolean {
    const me = currentThread();
    if (this._owner === me) {
      this._count++;
      return true;
    }
    if (!this._inner.acquire(blocking, timeout)) return false;
    this._owner = me;
    this._count = 1;
    return true;
  }

  async acquire$async(blocking: unknown = true, timeout: unknown = -1): Promise<boolean> {
    const me = currentThread();
    if (this._owner === me) {
      this._count++;
      return true;
    }
    if (!(await this._inner.acquire$async(blocking, timeout))) return false;
    this._owner = me;
    this._count = 1;
    return true;
  }

  release(): null {
    if (this._owner !== currentThread() || this._count === 0) throw new RuntimeError("cannot release un-acquired lock");
    if (--this._count === 0) {
      this._owner = null;
      this._inner.release();
    }
    return null;
  }

  _release_save(): unknown {
    if (this._count === 0) throw new RuntimeError("cannot release un-acquired lock");
    const state = this._count;
    this._count = 0;
    this._owner = null;
    this._inner.release();
    return state;
  }
  async _acquire_restore(state: unknown): Promise<void> {
    await this._inner.acquire$async();
    this._owner = currentThread();
    this._count = state as number;
  }
  _is_owned(): boolean {
    return this._owner === currentThread();
  }
}

type AnyLock = Lock | RLock;

export class Condition {
  private readonly _lock: AnyLock;
  private readonly _waiters = new WaitList();

  constructor(lock: unknown = null) {
    this._lock = (lock ?? new RLock()) as AnyLock;
  }

  acquire(blocking: unknown = true, timeout: unknown = -1): boolean {
    return this._lock.acquire(blocking, timeout);
  }
  acquire$async(blocking: unknown = true, timeout: unknown = -1): Promise<boolean> {
    return this._lock.acquire$async(blocking, timeout);
  }
  release(): null {
    return this._lock.release();
  }
  __enter__(): boolean {
    return this._lock.__enter__();
  }
  __exit__(...exc: unknown[]): boolean {
    return this._lock.__exit__(...exc);
  }
  __aenter__(): Promise<boolean> {
    return this._lock.__aenter__();
  }
  __aexit__(...exc: unknown[]): Promise<boolean> {
    return this._lock.__aexit__(...exc);
  }

  wait(_timeout: unknown = null): boolean {
    if (!this._lock._is_owned()) throw new RuntimeError("cannot wait on un-acquired lock");
    return notTranslatedAsBlocking("Condition.wait()");
  }

  async wait$async(timeout: unknown = null): Promise<boolean> {
    if (!this._lock._is_owned()) throw new RuntimeError("cannot wait on un-acquired lock");
    const limit = timeoutSeconds(timeout);
    const saved = this._lock._release_save();
    try {
      return await this._waiters.wait(limit === null ? null : Math.max(0, limit));
    } finally {
      await this._lock._acquire_restore(saved);
    }
  }

  wait_for(predicate: () => unknown, _timeout: unknown = null): unknown {
    const result = predicate();
    if (result) return result;
    return notTranslatedAsBlocking("Condition.wait_for()");
  }

  async wait_for$async(predicate: () => unknown, timeout: unknown = null): Promise<unknown> {
    const limit = timeoutSeconds(timeout);
    const end = limit === null ? null : performance.now() / 1000 + limit;
    let result = await predicate();
    while (!result) {
      let wait: number | null = null;
      if (end !== null) {
        wait = end - performance.now() / 1000;
        if (wait <= 0) break;
      }
      await this.wait$async(wait);
      result = await predicate();
    }
    return result;
  }

  notify(n: unknown = 1): null {
    if (!this._lock._is_owned()) throw new RuntimeError("cannot notify on un-acquired lock");
    this._waiters.wake(Number(unhint(n).value));
    return null;
  }

  notify_all(): null {
    if (!this._lock._is_owned()) throw new RuntimeError("cannot notify on un-acquired lock");
    this._waiters.wakeAll();
    return null;
  }
  notifyAll(): null {
    return this.notify_all();
  }
}

export class Semaphore extends Lockish {
  protected _value: number;
  private readonly _waiters = new WaitList();

  constructor(value: unknown = 1) {
    super();
    const v = Number(unhint(value).value);
    if (v < 0) throw new ValueError("semaphore initial value must be >= 0");
    this._value = v;
  }

  acquire(blocking: unknown = true, timeout: unknown = null): boolean {
    const limit = acquireLimit(blocking, timeout ?? -1);
    if (this._value > 0) {
      this._value--;
      return true;
    }
    if (limit === 0) return false;
    return notTranslatedAsBlocking("Semaphore.acquire()");
  }

  async acquire$async(blocking: unknown = true, timeout: unknown = null): Promise<boolean> {
    const limit = acquireLimit(blocking, timeout ?? -1);
    if (this._value > 0) {
      this._value--;
      return true;
    }
    if (limit === 0) return false;
    // A release while we wait passes its unit straight to us.
    return this._waiters.wait(limit);
  }

  release(n: unknown = 1): null {
    let count = Number(unhint(n).value);
    if (count < 1) throw new ValueError("n must be one or more");
    this._check(count);
    while (count > 0 && this._waiters.wake(1) === 1) count--;
    this._value += count;
    return null;
  }

  protected _check(_n: number): void {}
}

export class BoundedSemaphore extends Semaphore {
  private readonly _initial: number;
  constructor(value: unknown = 1) {
    super(value);
    this._initial = this._value;
  }
  protected override _check(n: number): void {
    if (this._value + n > this._initial) throw new ValueError("Semaphore released too many times");
  }
}

export class Event {
  private _flag = false;
  private readonly _waiters = new WaitList();

  is_set(): boolean {
    return this._flag;
  }
  isSet(): boolean {
    return this._flag;
  }
  set(): null {
    this._flag = true;
    this._waiters.wakeAll();
    return null;
  }
  clear(): null {
    this._flag = false;
    return null;
  }
  wait(timeout: unknown = null): boolean {
    if (this._flag) return true;
    const limit = timeoutSeconds(timeout);
    if (limit !== null && limit <= 0) return false;
    return notTranslatedAsBlocking("Event.wait()");
  }
  async wait$async(timeout: unknown = null): Promise<boolean> {
    if (this._flag) return true;
    const limit = timeoutSeconds(timeout);
    if (limit !== null && limit <= 0) return false;
    const woken = await this._waiters.wait(limit);
    return woken || this._flag;
  }
}

export class Barrier {
  readonly parties: number;
  private _count = 0;
  private _state: "filling" | "draining" | "broken" = "filling";
  private _generation = 0;
  private readonly _waiters = new WaitList();
  private readonly _action: (() => unknown) | null;
  private readonly _timeout: number | null;

  constructor(parties: unknown, action: unknown = null, timeout: unknown = null) {
    const n = Number(unhint(parties).value);
    if (n < 1) throw new ValueError("parties must be > 0");
    this.parties = n;
    this._action = action as (() => unknown) | null;
    this._timeout = timeoutSeconds(timeout);
  }

  get n_waiting(): number {
    return this._state === "filling" ? this._count : 0;
  }
  get broken(): boolean {
    return this._state === "broken";
  }

  wait(_timeout: unknown = null): number {
    if (this._state === "broken") throw new BrokenBarrierError();
    if (this._count + 1 === this.parties) {
      const index = this._count;
      this._release();
      return index;
    }
    return notTranslatedAsBlocking("Barrier.wait()");
  }

  async wait$async(timeout: unknown = null): Promise<number> {
    if (this._state === "broken") throw new BrokenBarrierError();
    const index = this._count++;
    if (index + 1 === this.parties) {
      this._count = 0;
      try {
        if (this._action) await this._action();
      } catch (e) {
        this._break();
        throw e;
      }
      this._generation++;
      this._waiters.wakeAll();
      return index;
    }
    const gen = this._generation;
    const limit = timeout === null || timeout === undefined ? this._timeout : timeoutSeconds(timeout);
    const woken = await this._waiters.wait(limit);
    if (!woken && this._generation === gen && !this.broken) this._break();
    if (this.broken || this._generation === gen) throw new BrokenBarrierError();
    return index;
  }

  private _release(): void {
    this._count = 0;
    if (this._action) this._action();
    this._generation++;
    this._waiters.wakeAll();
  }

  private _break(): void {
    this._state = "broken";
    this._count = 0;
    this._waiters.wakeAll();
  }

  abort(): null {
    this._break();
    return null;
  }

  reset(): null {
    if (this._count > 0) this._break();
    this._state = "filling";
    this._count = 0;
    this._generation++;
    return null;
  }
}

classSignatures(Lock, { acquire: "acquire(blocking=, timeout=)" });
classSignatures(RLock, { acquire: "acquire(blocking=, timeout=)" });
classSignatures(Condition, { __init__: "Condition(lock=)", acquire: "acquire(blocking=, timeout=)", wait: "wait(timeout=)", wait_for: "wait_for(predicate, timeout=)", notify: "notify(n=)" });
classSignatures(Semaphore, { __init__: "Semaphore(value=)", acquire: "acquire(blocking=, timeout=)", release: "release(n=)" });
classSignatures(BoundedSemaphore, { __init__: "BoundedSemaphore(value=)" });
classSignatures(Event, { wait: "wait(timeout=)" });
classSignatures(Barrier, { __init__: "Barrier(parties, action=, timeout=)", wait: "wait(timeout=)" });
