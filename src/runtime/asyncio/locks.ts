/**
 * Synchronisation primitives with CPython 3.11's semantics and FIFO
 * fairness: Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier.
 * Each one has `__aenter__` / `__aexit__` so the translator's generic
 * `async with` works on it.
 */
import { RuntimeError, ValueError } from "../exceptions.js";
import { BrokenBarrierError, CancelledError } from "./errors.js";
import { Coroutine, Deque, Future, _lazy, get_event_loop, isOptions, type EventLoop } from "./core.js";
import { AcquireWait } from "./acquire-wait.js";

/** Binds a primitive to the loop it is first used in (mixins._LoopBoundMixin). */
class LoopBound {
  private _loop: EventLoop | null = null;

  /** @internal */
  _getLoop(): EventLoop {
    if (this._loop === null) this._loop = get_event_loop();
    return this._loop;
  }
}

function baseRepr(self: object, extra: string): string {
  return `<asyncio.locks.${self.constructor.name} object [${extra}]>`;
}

const RESOLVED_NULL: Promise<null> = Promise.resolve(null);

/** `__aenter__` when the primitive is taken: a promise of None, the waiter registered at once, as the async method did. */
function acquireAfterWait(prim: Lock | Semaphore): Promise<null> {
  return new Promise<null>((resolve, reject) => new AcquireWait(prim).then(() => resolve(null), reject));
}

function allCancelled(waiters: Deque<Future<boolean>>): boolean {
  for (let i = 0; i < waiters.length; i++) if (!waiters.at(i)!.cancelled()) return false;
  return true;
}

// ---------------------------------------------------------------------------

/** A mutual-exclusion lock; waiters acquire it in FIFO order. */
export class Lock extends LoopBound {
  /** @internal */ _waiters: Deque<Future<boolean>> | null = null;
  /** @internal */ _locked = false;

  locked(): boolean {
    return this._locked;
  }

  acquire(): Coroutine<boolean> {
    return _lazy("Lock.acquire", lockAcquire, this);
  }

  /** @internal (AcquireWait) */
  _acquiredAfterWait(): void {
    this._locked = true;
  }

  /** @internal (AcquireWait) */
  _cancelledWhileWaiting(_fut: Future<boolean>): void {
    if (!this._locked) this._wakeUpFirst();
  }

  release(): null {
    if (this._locked) {
      this._locked = false;
      this._wakeUpFirst();
    } else {
      throw new RuntimeError("Lock is not acquired.");
    }
    return null;
  }

  private _wakeUpFirst(): void {
    if (this._waiters === null || this._waiters.length === 0) return;
    const fut = this._waiters.peek()!;
    if (!fut.done()) fut.set_result(true);
  }

  /** `async with lock:` - always awaited on the spot, so the free case needs no coroutine. */
  __aenter__(): Promise<null> {
    if (lockTryAcquire(this)) return RESOLVED_NULL;
    return acquireAfterWait(this);
  }

  async __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Promise<boolean> {
    this.release();
    return false;
  }

  __repr__(): string {
    let extra = this._locked ? "locked" : "unlocked";
    if (this._waiters !== null && this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return baseRepr(this, extra);
  }

  toString(): string {
    return this.__repr__();
  }
}

function lockTryAcquire(lock: Lock): boolean {
  if (!lock._locked && (lock._waiters === null || allCancelled(lock._waiters))) {
    lock._locked = true;
    return true;
  }
  return false;
}

function lockAcquire(this: Lock): boolean | PromiseLike<boolean> {
  return lockTryAcquire(this) ? true : new AcquireWait(this);
}

// ---------------------------------------------------------------------------

/** A flag tasks can wait for. */
export class Event extends LoopBound {
  /** @internal */ _waiters = new Deque<Future<boolean>>();
  /** @internal */ _value = false;

  is_set(): boolean {
    return this._value;
  }

  set(): null {
    if (!this._value) {
      this._value = true;
      for (const fut of this._waiters) {
        if (!fut.done()) fut.set_result(true);
      }
    }
    return null;
  }

  clear(): null {
    this._value = false;
    return null;
  }

  wait(): Coroutine<true> {
    return _lazy("Event.wait", eventWait, this);
  }

  /** @internal */
  async _waitSlow(): Promise<true> {
    const fut = this._getLoop().create_future<boolean>();
    this._waiters.push(fut);
    try {
      await fut;
      return true;
    } finally {
      this._waiters.remove(fut);
    }
  }

  __repr__(): string {
    let extra = this._value ? "set" : "unset";
    if (this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return baseRepr(this, extra);
  }

  toString(): string {
    return this.__repr__();
  }
}

function eventWait(this: Event): true | Promise<true> {
  if (this._value) return true;
  return this._waitSlow();
}

// ---------------------------------------------------------------------------

/** A condition variable over a Lock (a new one unless given). */
export class Condition extends LoopBound {
  /** @internal */ _lock: Lock;
  /** @internal */ _waiters = new Deque<Future<boolean>>();

  constructor(lock?: Lock | null | { lock?: Lock | null }) {
    super();
    const l = isOptions(lock) ? (lock as { lock?: Lock | null }).lock : (lock as Lock | null | undefined);
    this._lock = l ?? new Lock();
  }

  locked(): boolean {
    return this._lock.locked();
  }

  acquire(): Coroutine<boolean> {
    return this._lock.acquire();
  }

  release(): null {
    return this._lock.release();
  }

  __aenter__(): Promise<null> {
    return this._lock.__aenter__();
  }

  async __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Promise<boolean> {
    this.release();
    return false;
  }

  /** Releases the lock, waits for notify(), then re-acquires the lock. */
  wait(): Coroutine<true> {
    return _lazy("Condition.wait", Condition.prototype._wait, this);
  }

  /** @internal */
  async _wait(): Promise<true> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    this.release();
    try {
      const fut = this._getLoop().create_future<boolean>();
      this._waiters.push(fut);
      try {
        await fut;
        return true;
      } finally {
        this._waiters.remove(fut);
      }
    } finally {
      let cancelled = false;
      for (;;) {
        try {
          await this.acquire();
          break;
        } catch (e) {
          if (e instanceof CancelledError) cancelled = true;
          else throw e;
        }
      }
      if (cancelled) throw new CancelledError();
    }
  }

  /** Waits until `predicate()` is true; returns its last value. */
  wait_for<R>(predicate: () => R): Coroutine<R> {
    return _lazy("Condition.wait_for", Condition.prototype._waitFor, this, predicate) as Coroutine<R>;
  }

  /** @internal */
  async _waitFor<R>(predicate: () => R): Promise<R> {
    let result = predicate();
    while (!truthy(result)) {
      await this.wait();
      result = predicate();
    }
    return result;
  }

  notify(n: number | { n?: number } = 1): null {
    const count = isOptions(n) ? ((n as { n?: number }).n ?? 1) : (n as number);
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let idx = 0;
    for (const fut of this._waiters) {
      if (idx >= count) break;
      if (!fut.done()) {
        idx++;
        fut.set_result(false);
      }
    }
    return null;
  }

  notify_all(): null {
    return this.notify(this._waiters.length);
  }

  __repr__(): string {
    let extra = this.locked() ? "locked" : "unlocked";
    if (this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return baseRepr(this, extra);
  }

  toString(): string {
    return this.__repr__();
  }
}

function truthy(x: unknown): boolean {
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  return Boolean(x);
}

// ---------------------------------------------------------------------------

/** A counter that acquire() decrements and release() increments, waiting at zero. */
export class Semaphore extends LoopBound {
  /** @internal */ _waiters: Deque<Future<boolean>> | null = null;
  /** @internal */ _value: number;

  constructor(value: number | { value?: number } = 1) {
    super();
    const v = isOptions(value) ? ((value as { value?: number }).value ?? 1) : (value as number);
    if (v < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = v;
  }

  locked(): boolean {
    if (this._value === 0) return true;
    const waiters = this._waiters;
    if (waiters === null) return false;
    // Indexed, not for…of: the Deque's iterator is a generator, and this runs on every acquire.
    for (let i = 0; i < waiters.length; i++) if (!waiters.at(i)!.cancelled()) return true;
    return false;
  }

  acquire(): Coroutine<boolean> {
    return _lazy("Semaphore.acquire", semaphoreAcquire, this);
  }

  /** @internal (AcquireWait) */
  _acquiredAfterWait(): void {
    if (this._value > 0) this._wakeUpNext();
  }

  /** @internal (AcquireWait) */
  _cancelledWhileWaiting(fut: Future<boolean>): void {
    if (!fut.cancelled()) {
      this._value++;
      this._wakeUpNext();
    }
  }

  release(): null {
    this._value++;
    this._wakeUpNext();
    return null;
  }

  private _wakeUpNext(): void {
    const waiters = this._waiters;
    if (waiters === null) return;
    for (let i = 0; i < waiters.length; i++) {
      const fut = waiters.at(i)!;
      if (!fut.done()) {
        this._value--;
        fut.set_result(true);
        return;
      }
    }
  }

  /** `async with sem:` - always awaited on the spot, so the free case needs no coroutine. */
  __aenter__(): Promise<null> {
    if (!this.locked()) {
      this._value--;
      return RESOLVED_NULL;
    }
    return acquireAfterWait(this);
  }

  async __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Promise<boolean> {
    this.release();
    return false;
  }

  __repr__(): string {
    let extra = this.locked() ? "locked" : `unlocked, value:${this._value}`;
    if (this._waiters !== null && this._waiters.length > 0) extra += `, waiters:${this._waiters.length}`;
    return baseRepr(this, extra);
  }

  toString(): string {
    return this.__repr__();
  }
}

function semaphoreAcquire(this: Semaphore): boolean | PromiseLike<boolean> {
  if (!this.locked()) {
    this._value--;
    return true;
  }
  return new AcquireWait(this);
}

/** A Semaphore whose release() raises ValueError above the initial value. */
export class BoundedSemaphore extends Semaphore {
  /** @internal */ _boundValue: number;

  constructor(value: number | { value?: number } = 1) {
    super(value);
    this._boundValue = this._value;
  }

  override release(): null {
    if (this._value >= this._boundValue) throw new ValueError("BoundedSemaphore released too many times");
    return super.release();
  }
}

// ---------------------------------------------------------------------------

const FILLING = "filling";
const DRAINING = "draining";
const RESETTING = "resetting";
const BROKEN = "broken";

/** Lets `parties` tasks wait until all of them have arrived. */
export class Barrier extends LoopBound {
  /** @internal */ _cond = new Condition();
  /** @internal */ _parties: number;
  /** @internal */ _state: string = FILLING;
  /** @internal */ _count = 0;

  constructor(parties: number | { parties: number }) {
    super();
    const p = isOptions(parties) ? (parties as { parties: number }).parties : (parties as number);
    if (p < 1) throw new ValueError("parties must be > 0");
    this._parties = p;
  }

  async __aenter__(): Promise<number> {
    return await this.wait();
  }

  async __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Promise<boolean> {
    return false;
  }

  /** Waits for the barrier; returns this task's index, 0 .. parties-1. */
  wait(): Coroutine<number> {
    return _lazy("Barrier.wait", Barrier.prototype._waitImpl, this);
  }

  /** @internal */
  async _waitImpl(): Promise<number> {
    await this._cond.__aenter__();
    try {
      await this._block();
      try {
        const index = this._count;
        this._count++;
        if (index + 1 === this._parties) await this._release();
        else await this._wait();
        return index;
      } finally {
        this._count--;
        this._exit();
      }
    } finally {
      this._cond.release();
    }
  }

  private async _block(): Promise<void> {
    await this._cond.wait_for(() => this._state !== DRAINING && this._state !== RESETTING);
    if (this._state === BROKEN) throw new BrokenBarrierError("Barrier aborted");
  }

  private async _release(): Promise<void> {
    this._state = DRAINING;
    this._cond.notify_all();
  }

  private async _wait(): Promise<void> {
    await this._cond.wait_for(() => this._state !== FILLING);
    if (this._state === BROKEN || this._state === RESETTING) throw new BrokenBarrierError("Abort or reset of barrier");
  }

  private _exit(): void {
    if (this._count === 0) {
      if (this._state === RESETTING || this._state === DRAINING) this._state = FILLING;
      this._cond.notify_all();
    }
  }

  /** Returns the barrier to its initial state; waiting tasks get BrokenBarrierError. */
  reset(): Coroutine<null> {
    return _lazy("Barrier.reset", Barrier.prototype._reset, this);
  }

  /** @internal */
  async _reset(): Promise<null> {
    await this._cond.__aenter__();
    try {
      if (this._count > 0) {
        if (this._state !== RESETTING) this._state = RESETTING;
      } else {
        this._state = FILLING;
      }
      this._cond.notify_all();
    } finally {
      this._cond.release();
    }
    return null;
  }

  /** Breaks the barrier: current and future waiters get BrokenBarrierError. */
  abort(): Coroutine<null> {
    return _lazy("Barrier.abort", Barrier.prototype._abort, this);
  }

  /** @internal */
  async _abort(): Promise<null> {
    await this._cond.__aenter__();
    try {
      this._state = BROKEN;
      this._cond.notify_all();
    } finally {
      this._cond.release();
    }
    return null;
  }

  get parties(): number {
    return this._parties;
  }

  get n_waiting(): number {
    return this._state === FILLING ? this._count : 0;
  }

  get broken(): boolean {
    return this._state === BROKEN;
  }

  __repr__(): string {
    let extra = this._state;
    if (!this.broken) extra += `, waiters:${this.n_waiting}/${this.parties}`;
    return baseRepr(this, extra);
  }

  toString(): string {
    return this.__repr__();
  }
}
