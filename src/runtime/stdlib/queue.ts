/**
 * Python's `queue` for the threads model (see threading/index.ts): Queue,
 * LifoQueue, PriorityQueue (heapq's order) and SimpleQueue. A blocking
 * `get`/`put`/`join` is awaited as `get$async`… in translated code; the
 * plain forms do what needs no waiting and raise otherwise (see
 * threading/locks.ts).
 */
import { Exception, ValueError } from "../exceptions.js";
import { classSignatures } from "../kwargs.js";
import { unhint } from "../repr.js";
import { heapq } from "./heapq.js";
import { notTranslatedAsBlocking, timeoutSeconds, WaitList } from "./threading/state.js";

export class Empty extends Exception {}
export class Full extends Exception {}
(Empty as unknown as { __module__: string }).__module__ = "_queue";
(Full as unknown as { __module__: string }).__module__ = "queue";

function isBlocking(block: unknown): boolean {
  const v = unhint(block ?? true).value;
  return v !== false && v !== 0 && v !== null;
}

/** `timeout` for a blocking get/put: null (forever) or seconds, with CPython's check. */
function limitOf(block: unknown, timeout: unknown): number | null {
  if (!isBlocking(block)) return 0;
  const t = timeoutSeconds(timeout);
  if (t !== null && t < 0) throw new ValueError("'timeout' must be a non-negative number");
  return t;
}

const now = (): number => performance.now() / 1000;

export class Queue {
  readonly maxsize: number;
  queue: unknown[] = [];
  unfinished_tasks = 0;
  private readonly _notEmpty = new WaitList();
  private readonly _notFull = new WaitList();
  private readonly _allDone = new WaitList();

  constructor(maxsize: unknown = 0) {
    this.maxsize = Number(unhint(maxsize ?? 0).value);
  }

  protected _put(item: unknown): void {
    this.queue.push(item);
  }
  protected _get(): unknown {
    return this.queue.shift();
  }

  qsize(): number {
    return this.queue.length;
  }
  empty(): boolean {
    return this.queue.length === 0;
  }
  full(): boolean {
    return this.maxsize > 0 && this.queue.length >= this.maxsize;
  }

  private _putNow(item: unknown): null {
    this._put(item);
    this.unfinished_tasks++;
    this._notEmpty.wake(1);
    return null;
  }
  private _getNow(): unknown {
    const item = this._get();
    this._notFull.wake(1);
    return item;
  }

  put(item: unknown, block: unknown = true, timeout: unknown = null): null {
    const limit = limitOf(block, timeout);
    if (!this.full()) return this._putNow(item);
    if (limit === 0) throw new Full();
    return notTranslatedAsBlocking("Queue.put()");
  }

  async put$async(item: unknown, block: unknown = true, timeout: unknown = null): Promise<null> {
    const limit = limitOf(block, timeout);
    const end = limit === null ? null : now() + limit;
    while (this.full()) {
      if (end !== null && end - now() <= 0) throw new Full();
      await this._notFull.wait(end === null ? null : end - now());
    }
    return this._putNow(item);
  }

  get(block: unknown = true, timeout: unknown = null): unknown {
    const limit = limitOf(block, timeout);
    if (!this.empty()) return this._getNow();
    if (limit === 0) throw new Empty();
    return notTranslatedAsBlocking("Queue.get()");
  }

  async get$async(block: unknown = true, timeout: unknown = null): Promise<unknown> {
    const limit = limitOf(block, timeout);
    const end = limit === null ? null : now() + limit;
    while (this.empty()) {
      if (end !== null && end - now() <= 0) throw new Empty();
      await this._notEmpty.wait(end === null ? null : end - now());
    }
    return this._getNow();
  }

  put_nowait(item: unknown): null {
    return this.put(item, false);
  }
  get_nowait(): unknown {
    return this.get(false);
  }

  task_done(): null {
    if (this.unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    if (--this.unfinished_tasks === 0) this._allDone.wakeAll();
    return null;
  }

  join(): null {
    if (this.unfinished_tasks === 0) return null;
    return notTranslatedAsBlocking("Queue.join()");
  }
  async join$async(): Promise<null> {
    while (this.unfinished_tasks > 0) await this._allDone.wait(null);
    return null;
  }
}

export class LifoQueue extends Queue {
  protected override _get(): unknown {
    return this.queue.pop();
  }
}

export class PriorityQueue extends Queue {
  protected override _put(item: unknown): void {
    heapq.heappush(this.queue, item);
  }
  protected override _get(): unknown {
    return heapq.heappop(this.queue);
  }
}

/** An unbounded FIFO queue without task tracking. */
export class SimpleQueue {
  private readonly _items: unknown[] = [];
  private readonly _notEmpty = new WaitList();

  put(item: unknown, _block: unknown = true, _timeout: unknown = null): null {
    this._items.push(item);
    this._notEmpty.wake(1);
    return null;
  }
  put_nowait(item: unknown): null {
    return this.put(item);
  }
  get(block: unknown = true, timeout: unknown = null): unknown {
    const limit = limitOf(block, timeout);
    if (this._items.length > 0) return this._items.shift();
    if (limit === 0) throw new Empty();
    return notTranslatedAsBlocking("SimpleQueue.get()");
  }
  async get$async(block: unknown = true, timeout: unknown = null): Promise<unknown> {
    const limit = limitOf(block, timeout);
    const end = limit === null ? null : now() + limit;
    while (this._items.length === 0) {
      if (end !== null && end - now() <= 0) throw new Empty();
      await this._notEmpty.wait(end === null ? null : end - now());
    }
    return this._items.shift();
  }
  get_nowait(): unknown {
    return this.get(false);
  }
  qsize(): number {
    return this._items.length;
  }
  empty(): boolean {
    return this._items.length === 0;
  }
}

for (const cls of [Queue, LifoQueue, PriorityQueue]) {
  classSignatures(cls, { __init__: "Queue(maxsize=)", put: "put(item, block=, timeout=)", get: "get(block=, timeout=)" });
}
classSignatures(SimpleQueue, { put: "put(item, block=, timeout=)", get: "get(block=, timeout=)" });

export const queue = { Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full };
