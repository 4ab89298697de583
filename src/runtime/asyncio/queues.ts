/**
 * asyncio.Queue, PriorityQueue and LifoQueue, with CPython 3.11's waiter
 * logic (FIFO getters and putters, back-pressure, join/task_done).
 */
import { TypeError as PyTypeError, ValueError } from "../exceptions.js";
import { QueueEmpty, QueueFull } from "./errors.js";
import {
  Awaiter,
  Coroutine,
  Deque,
  Future,
  K_WAKE,
  _immediate,
  _lazy,
  effectiveCurrentTask,
  get_event_loop,
  isOptions,
  safeRepr,
  settleAwaiter,
  type EventLoop,
} from "./core.js";
import { Event } from "./locks.js";
import { heappop, heappush } from "./heapq.js";

export { QueueEmpty, QueueFull };

function wakeupNext(waiters: Deque<Future<null>>): void {
  while (waiters.length > 0) {
    const w = waiters.shift()!;
    if (!w.done()) {
      w.set_result(null);
      break;
    }
  }
}

/** A FIFO queue for producer and consumer tasks; `maxsize <= 0` means unbounded. */
export class Queue<T = any> {
  /** @internal */ _maxsize: number;
  /** @internal */ _getters = new Deque<Future<null>>();
  /** @internal */ _putters = new Deque<Future<null>>();
  /** @internal */ _unfinishedTasks = 0;
  /** @internal */ _finished = new Event();
  private _loop: EventLoop | null = null;

  constructor(maxsize: number | { maxsize?: number } = 0) {
    const size = isOptions(maxsize) ? (maxsize.maxsize ?? 0) : maxsize;
    this._maxsize = Number(size);
    this._finished.set();
    this._init(this._maxsize);
  }

  /** @internal */
  protected _init(_maxsize: number): void {
    this._items = new Deque<T>();
  }

  /** @internal */ protected _items: Deque<T> | T[] = [];

  /** @internal */
  protected _get(): T {
    return (this._items as Deque<T>).shift() as T;
  }

  /** @internal */
  protected _put(item: T): void {
    (this._items as Deque<T>).push(item);
  }

  /** @internal */
  protected _itemsArray(): T[] {
    return (this._items as Deque<T>).toArray();
  }

  private _getLoop(): EventLoop {
    if (this._loop === null) this._loop = get_event_loop();
    return this._loop;
  }

  qsize(): number {
    return this._items.length;
  }

  get maxsize(): number {
    return this._maxsize;
  }

  empty(): boolean {
    return this._items.length === 0;
  }

  full(): boolean {
    if (this._maxsize <= 0) return false;
    return this.qsize() >= this._maxsize;
  }

  /**
   * Puts an item, waiting while the queue is full. A lazy coroutine, as in
   * Python: `c = q.put(x)` puts nothing until `c` is awaited or scheduled.
   * When there is room the body finishes without suspending (see queuePut).
   */
  put(item: T): PromiseLike<null> {
    return _lazy("Queue.put", queuePut, this as Queue<any>, item);
  }

  /** @internal `while self.full(): await putter` (see QueueWait) */
  _putSlow(item: T): PromiseLike<null> {
    return new QueueWait<T>(this, true, item);
  }

  put_nowait(item: T): null {
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinishedTasks++;
    this._finished.clear();
    wakeupNext(this._getters);
    return null;
  }

  /**
   * Removes and returns an item, waiting while the queue is empty. Lazy like
   * put(): nothing is taken until the coroutine is awaited or scheduled.
   */
  get(): PromiseLike<T> {
    return _lazy("Queue.get", queueGet, this as Queue<any>) as Coroutine<T>;
  }

  /** @internal `while self.empty(): await getter` (see QueueWait) */
  _getSlow(): PromiseLike<T> {
    return new QueueWait<T>(this, false, undefined);
  }

  /** @internal */
  _loopForWait(): EventLoop {
    return this._getLoop();
  }

  get_nowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    wakeupNext(this._putters);
    return item;
  }

  /** Marks one item fetched with get() as processed (for join()). */
  task_done(): null {
    if (this._unfinishedTasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinishedTasks--;
    if (this._unfinishedTasks === 0) this._finished.set();
    return null;
  }

  /** Waits until every item put has been marked done with task_done(). */
  join(): Coroutine<null> {
    return _lazy("Queue.join", queueJoin, this as Queue<any>);
  }

  private _format(): string {
    let result = `maxsize=${safeRepr(this._maxsize)}`;
    if (this._items.length > 0) result += ` _queue=${safeRepr(this._itemsArray())}`;
    if (this._getters.length > 0) result += ` _getters[${this._getters.length}]`;
    if (this._putters.length > 0) result += ` _putters[${this._putters.length}]`;
    if (this._unfinishedTasks) result += ` tasks=${this._unfinishedTasks}`;
    return result;
  }

  __repr__(): string {
    return `<${this.constructor.name} ${this._format()}>`;
  }

  __str__(): string {
    return `<${this.constructor.name} ${this._format()}>`;
  }

  toString(): string {
    return this.__str__();
  }
}


/**
 * The waiting part of Queue.put()/get(), as CPython writes it:
 *
 *     while self.full():                     # (empty() for get)
 *         putter = loop.create_future(); self._putters.append(putter)
 *         try: await putter
 *         except: putter.cancel(); remove it
 *                 if not self.full() and not putter.cancelled(): wake the next putter
 *                 raise
 *     return self.put_nowait(item)           # (get_nowait() for get)
 *
 * written as a small state machine instead of an async function: the awaiting
 * task is resumed straight from the loop with the item, one microtask instead
 * of three per wake-up (queues are the hot path of producer/consumer code).
 */
class QueueWait<T> implements PromiseLike<any> {
  private _waiter: Future<null> | null = null;

  constructor(
    private readonly _q: Queue<T>,
    private readonly _isPut: boolean,
    private readonly _item: T | undefined,
  ) {}

  then(onF?: ((v: any) => any) | null, onR?: ((e: any) => any) | null): any {
    const aw = new Awaiter(K_WAKE, null, onF, onR);
    aw._op = this;
    this._attempt(aw);
    return aw;
  }

  private _attempt(aw: Awaiter): void {
    const q = this._q;
    if (this._isPut ? !q.full() : !q.empty()) {
      let value: unknown;
      try {
        value = this._isPut ? q.put_nowait(this._item as T) : q.get_nowait();
      } catch (e) {
        settleAwaiter(aw, true, e);
        return;
      }
      settleAwaiter(aw, false, value);
      return;
    }
    const waiter = q._loopForWait().create_future<null>();
    (this._isPut ? q._putters : q._getters).push(waiter);
    this._waiter = waiter;
    aw._task = effectiveCurrentTask();
    aw._cancelled = false;
    waiter._register(aw);
  }

  /** The waiter future completed (the loop runs this as the task's wake-up). */
  _resume(aw: Awaiter, isError: boolean, value: unknown): void {
    if (!isError) {
      this._attempt(aw);
      return;
    }
    const q = this._q;
    const waiter = this._waiter!;
    const list = this._isPut ? q._putters : q._getters;
    waiter.cancel();
    list.remove(waiter);
    if ((this._isPut ? !q.full() : !q.empty()) && !waiter.cancelled()) wakeupNext(list);
    settleAwaiter(aw, true, value);
  }
}

// The coroutine bodies: the common case finishes without suspending.
function queuePut(this: Queue<any>, item: unknown): null | PromiseLike<null> {
  if (!this.full()) return this.put_nowait(item);
  return this._putSlow(item);
}

function queueGet(this: Queue<any>): unknown {
  if (!this.empty()) return _immediate(this.get_nowait());
  return this._getSlow();
}

async function queueJoin(this: Queue<any>): Promise<null> {
  if (this._unfinishedTasks > 0) await this._finished.wait();
  return null;
}

// ---------------------------------------------------------------------------
// Python ordering for PriorityQueue

function typeName(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "bigint") return "int";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  if (Array.isArray(x)) return Object.isFrozen(x) ? "tuple" : "list";
  if (typeof x === "object") return (x as object).constructor?.name ?? "object";
  return typeof x;
}

/** Python's `a < b` for the values a priority queue usually holds. */
export function pyLess(a: unknown, b: unknown): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean" || ta === "bigint") && (tb === "number" || tb === "boolean" || tb === "bigint")) {
    return (a as number) < (b as number);
  }
  if (ta === "string" && tb === "string") return (a as string) < (b as string);
  if (Array.isArray(a) && Array.isArray(b) && Object.isFrozen(a) === Object.isFrozen(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const x = a[i];
      const y = b[i];
      if (pyEq(x, y)) continue;
      return pyLess(x, y);
    }
    return a.length < b.length;
  }
  if (a !== null && typeof a === "object" && typeof (a as { __lt__?: unknown }).__lt__ === "function") {
    const r = (a as { __lt__: (o: unknown) => unknown }).__lt__(b);
    if (r !== NotImplementedMarker) return Boolean(r);
  }
  if (b !== null && typeof b === "object" && typeof (b as { __gt__?: unknown }).__gt__ === "function") {
    const r = (b as { __gt__: (o: unknown) => unknown }).__gt__(a);
    if (r !== NotImplementedMarker) return Boolean(r);
  }
  throw new PyTypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

const NotImplementedMarker = Symbol.for("tsyncio.NotImplemented");

function pyEq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!pyEq(a[i], b[i])) return false;
    return true;
  }
  if (a !== null && typeof a === "object" && typeof (a as { __eq__?: unknown }).__eq__ === "function") {
    return Boolean((a as { __eq__: (o: unknown) => unknown }).__eq__(b));
  }
  return false;
}

/** Retrieves entries lowest first, by Python comparison (numbers, strings, tuples). */
export class PriorityQueue<T = any> extends Queue<T> {
  protected override _init(_maxsize: number): void {
    this._items = [];
  }

  protected override _put(item: T): void {
    heappush(this._items as T[], item, pyLess);
  }

  protected override _get(): T {
    return heappop(this._items as T[], pyLess) as T;
  }

  protected override _itemsArray(): T[] {
    return [...(this._items as T[])];
  }
}

/** Retrieves the most recently added entry first. */
export class LifoQueue<T = any> extends Queue<T> {
  protected override _init(_maxsize: number): void {
    this._items = [];
  }

  protected override _put(item: T): void {
    (this._items as T[]).push(item);
  }

  protected override _get(): T {
    return (this._items as T[]).pop() as T;
  }

  protected override _itemsArray(): T[] {
    return [...(this._items as T[])];
  }
}
