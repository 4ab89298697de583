/**
 * multiprocessing's shared objects on SharedArrayBuffer, so they work the
 * same from the program and from its worker threads: `Lock`/`RLock`
 * (Atomics), `Value`/`Array` (a typed array and an RLock), and `Queue` (a
 * ring of serialized messages). Each one travels to a worker as its shared
 * memory (procs/pickle.ts `registerShared`), never as a copy.
 */
import { deserialize, serialize } from "node:v8";
import { threadId } from "node:worker_threads";
import { IndexError, TypeError, ValueError } from "../../exceptions.js";
import { flt, unbox } from "../../repr.js";
import { decodeValue, pickle, registerShared } from "../../procs/pickle.js";
import { Empty, Full } from "../queue.js";
import { classSignatures } from "../../kwargs.js";

// ---------------------------------------------------------------- locks

/** [owner thread + 1 (0: free), recursion count]. */
export class SharedLock {
  private readonly cell: Int32Array;
  constructor(
    readonly recursive = false,
    sab: SharedArrayBuffer = new SharedArrayBuffer(8),
  ) {
    this.cell = new Int32Array(sab);
  }

  acquire(block = true, timeout: number | null = null): boolean {
    const me = threadId + 1;
    if (this.recursive && Atomics.load(this.cell, 0) === me) {
      this.cell[1]! += 1;
      return true;
    }
    const deadline = timeout === null || timeout < 0 ? Infinity : performance.now() + timeout * 1000;
    for (;;) {
      const held = Atomics.compareExchange(this.cell, 0, 0, me);
      if (held === 0) {
        this.cell[1] = 1;
        return true;
      }
      if (!block) return false;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.cell, 0, held, left === Infinity ? undefined : left);
    }
  }

  release(): null {
    const me = threadId + 1;
    const owner = Atomics.load(this.cell, 0);
    if (owner === 0) throw new ValueError("semaphore or lock released too many times");
    if (this.recursive && owner !== me) throw new AssertionErrorLike("attempt to release recursive lock not owned by thread");
    if (this.recursive && --this.cell[1]! > 0) return null;
    Atomics.store(this.cell, 0, 0);
    Atomics.notify(this.cell, 0, 1);
    return null;
  }

  __enter__(): boolean {
    return this.acquire();
  }

  __exit__(): boolean {
    this.release();
    return false;
  }

  /** For a Condition's wait: releases the lock however deep an RLock is held; returns the depth. */
  _releaseSave(): number {
    const me = threadId + 1;
    const owner = Atomics.load(this.cell, 0);
    if (owner === 0 || (this.recursive && owner !== me)) throw new AssertionErrorLike("cannot wait on un-acquired lock");
    const depth = this.cell[1]!;
    this.cell[1] = 0;
    Atomics.store(this.cell, 0, 0);
    Atomics.notify(this.cell, 0, 1);
    return depth;
  }

  /** Takes the lock back at the depth `_releaseSave` returned. */
  _acquireRestore(depth: number): void {
    this.acquire();
    this.cell[1] = depth;
  }

  /** Whether this thread holds it (an RLock) or anyone does (a Lock), as CPython's Condition checks before notify/wait. */
  _isOwned(): boolean {
    const owner = Atomics.load(this.cell, 0);
    return this.recursive ? owner === threadId + 1 : owner !== 0;
  }

  __repr__(): string {
    const owner = Atomics.load(this.cell, 0);
    if (this.recursive) return owner === 0 ? "<RLock(None, 0)>" : `<RLock(${owner === threadId + 1 ? "MainProcess" : "SomeOtherProcess"}, ${this.cell[1]})>`;
    return owner === 0 ? "<Lock(owner=None)>" : `<Lock(owner=${owner === threadId + 1 ? "MainProcess" : "SomeOtherProcess"})>`;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    return { kind: "lock", data: { recursive: this.recursive, sab: this.cell.buffer } };
  }
}

class AssertionErrorLike extends ValueError {}

registerShared("lock", (d: { recursive: boolean; sab: SharedArrayBuffer }) => new SharedLock(d.recursive, d.sab));

// ---------------------------------------------------------------- Value and Array

const INT_CODES = "bBhHiIlLqQ";
const FLOAT_CODES = "fd";

function checkCode(code: unknown): string {
  if (typeof code !== "string" || !(INT_CODES.includes(code) || FLOAT_CODES.includes(code)) || code.length !== 1) throw new TypeError(`bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)`);
  return code;
}

function store(code: string, v: unknown): number {
  const n = unbox(v) as unknown;
  if (typeof n !== "number" && typeof n !== "boolean") throw new TypeError(FLOAT_CODES.includes(code) ? "must be real number, not " + typeof n : `an integer is required`);
  if (INT_CODES.includes(code) && !Number.isInteger(Number(n))) throw new TypeError("'float' object cannot be interpreted as an integer");
  return Number(n);
}

function load(code: string, n: number): number {
  return FLOAT_CODES.includes(code) ? flt(n) : n;
}

/** `multiprocessing.Value(typecode, value)`: a number in shared memory with its RLock. */
export class SharedValue {
  private readonly cell: Float64Array;
  constructor(
    readonly _typecode: string,
    value: unknown = 0,
    private readonly lock: SharedLock | null = new SharedLock(true),
    sab?: SharedArrayBuffer,
  ) {
    checkCode(_typecode);
    this.cell = new Float64Array(sab ?? new SharedArrayBuffer(8));
    if (!sab) this.cell[0] = store(_typecode, value);
  }

  get value(): number {
    return load(this._typecode, this.cell[0]!);
  }

  set value(v: number) {
    this.cell[0] = store(this._typecode, v);
  }

  get_lock(): SharedLock {
    if (!this.lock) throw new TypeError("'c_int' object has no attribute 'get_lock'");
    return this.lock;
  }

  __repr__(): string {
    const kind = FLOAT_CODES.includes(this._typecode) ? "c_double" : "c_int";
    return `<Synchronized wrapper for ${kind}(${String(this.cell[0])})>`;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    return { kind: "value", data: { code: this._typecode, sab: this.cell.buffer, lock: this.lock?.__tsyncio_share__().data ?? null } };
  }
}

registerShared("value", (d: { code: string; sab: SharedArrayBuffer; lock: { recursive: boolean; sab: SharedArrayBuffer } | null }) => new SharedValue(d.code, 0, d.lock ? new SharedLock(d.lock.recursive, d.lock.sab) : null, d.sab));

/** `multiprocessing.Array(typecode, size_or_initializer)`. */
export class SharedArray {
  private readonly cells: Float64Array;
  constructor(
    readonly _typecode: string,
    init: unknown,
    private readonly lock: SharedLock | null = new SharedLock(true),
    sab?: SharedArrayBuffer,
  ) {
    checkCode(_typecode);
    if (sab) {
      this.cells = new Float64Array(sab);
      return;
    }
    const items = typeof init === "number" ? null : Array.from(init as Iterable<unknown>);
    const size = items ? items.length : (init as number);
    if (size < 0) throw new ValueError("array size must be non-negative");
    this.cells = new Float64Array(new SharedArrayBuffer(Math.max(8, size * 8))).subarray(0, size);
    if (items) items.forEach((v, i) => (this.cells[i] = store(_typecode, v)));
  }

  private index(i: unknown): number {
    let k = Number(unbox(i));
    if (!Number.isInteger(k)) throw new TypeError("array indices must be integers");
    if (k < 0) k += this.cells.length;
    if (k < 0 || k >= this.cells.length) throw new IndexError("invalid index");
    return k;
  }

  __len__(): number {
    return this.cells.length;
  }

  __getitem__(i: unknown): unknown {
    const s = i as { start?: unknown; stop?: unknown; step?: unknown; constructor?: { name?: string } };
    if (s !== null && typeof s === "object" && s.constructor?.name === "PySlice") {
      const all = [...this];
      const n = all.length;
      const norm = (v: unknown, d: number) => (v == null ? d : Math.min(Math.max((v as number) < 0 ? (v as number) + n : (v as number), 0), n));
      const step = (s.step as number | null) ?? 1;
      if (step === 1) return all.slice(norm(s.start, 0), norm(s.stop, n));
      const out: unknown[] = [];
      for (let k = norm(s.start, 0); k < norm(s.stop, n); k += step) out.push(all[k]);
      return out;
    }
    return load(this._typecode, this.cells[this.index(i)]!);
  }

  __setitem__(i: unknown, v: unknown): void {
    this.cells[this.index(i)] = store(this._typecode, v);
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let k = 0; k < this.cells.length; k++) yield load(this._typecode, this.cells[k]!);
  }

  get_lock(): SharedLock {
    if (!this.lock) throw new TypeError("object has no attribute 'get_lock'");
    return this.lock;
  }

  __repr__(): string {
    const kind = FLOAT_CODES.includes(this._typecode) ? "c_double" : "c_int";
    return `<SynchronizedArray wrapper for ${kind}_Array_${this.cells.length}>`;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    return { kind: "array", data: { code: this._typecode, sab: this.cells.buffer, length: this.cells.length, lock: this.lock?.__tsyncio_share__().data ?? null } };
  }
}

registerShared("array", (d: { code: string; sab: SharedArrayBuffer; length: number; lock: { recursive: boolean; sab: SharedArrayBuffer } | null }) => {
  const a = new SharedArray(d.code, 0, d.lock ? new SharedLock(d.lock.recursive, d.lock.sab) : null, d.sab);
  (a as unknown as { cells: Float64Array }).cells = new Float64Array(d.sab).subarray(0, d.length);
  return a;
});

// ---------------------------------------------------------------- Queue

const HEAD = 0; // next byte to read
const TAIL = 1; // next byte to write
const COUNT = 2; // messages in the ring
const CHANGED = 3; // bumped on every put and get, to wait on
const UNFINISHED = 4; // puts not yet matched by task_done (JoinableQueue)
const CAPACITY = 1 << 20;

// `multiprocessing.queues` imports Empty and Full from `queue`, so `except queue.Empty` catches what a multiprocessing queue raises.
export { Empty, Full };

const queueErrors = { Empty, Full };

/** `multiprocessing.Queue`: messages (pickled, then serialized) in a shared ring buffer. */
export class SharedQueue {
  private readonly head: Int32Array;
  private readonly ring: Uint8Array;
  private readonly lock: SharedLock;
  constructor(
    readonly maxsize = 0,
    shared?: { head: SharedArrayBuffer; ring: SharedArrayBuffer; lock: SharedArrayBuffer },
  ) {
    this.head = new Int32Array(shared?.head ?? new SharedArrayBuffer(20));
    this.ring = new Uint8Array(shared?.ring ?? new SharedArrayBuffer(CAPACITY));
    this.lock = new SharedLock(false, shared?.lock);
  }

  private free(): number {
    const used = (Atomics.load(this.head, TAIL) - Atomics.load(this.head, HEAD) + CAPACITY) % CAPACITY;
    return CAPACITY - used - 1;
  }

  private copyIn(at: number, bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length; i++) this.ring[(at + i) % CAPACITY] = bytes[i]!;
    return (at + bytes.length) % CAPACITY;
  }

  private copyOut(at: number, n: number): [Uint8Array, number] {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.ring[(at + i) % CAPACITY]!;
    return [out, (at + n) % CAPACITY];
  }

  private changed(): void {
    Atomics.add(this.head, CHANGED, 1);
    Atomics.notify(this.head, CHANGED);
  }

  /** Waits until `ready()` under the lock; false on timeout. The lock is held on true. */
  private until(ready: () => boolean, block: boolean, timeout: number | null): boolean {
    const deadline = !block ? 0 : timeout === null ? Infinity : performance.now() + Math.max(0, timeout) * 1000;
    for (;;) {
      const seen = Atomics.load(this.head, CHANGED);
      this.lock.acquire();
      if (ready()) return true;
      this.lock.release();
      const left = deadline - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.head, CHANGED, seen, left === Infinity ? undefined : left);
    }
  }

  put(obj: unknown, block = true, timeout: number | null = null): null {
    const bytes = serialize(pickle(obj));
    const frame = new Uint8Array(4 + bytes.length);
    new DataView(frame.buffer).setUint32(0, bytes.length);
    frame.set(bytes, 4);
    if (frame.length >= CAPACITY) throw new ValueError("tsyncio: a message of more than 1 MB cannot go through a multiprocessing.Queue");
    const fits = () => this.free() >= frame.length && (this.maxsize <= 0 || Atomics.load(this.head, COUNT) < this.maxsize);
    if (!this.until(fits, block, timeout)) throw new queueErrors.Full();
    Atomics.store(this.head, TAIL, this.copyIn(Atomics.load(this.head, TAIL), frame));
    Atomics.add(this.head, COUNT, 1);
    Atomics.add(this.head, UNFINISHED, 1);
    this.lock.release();
    this.changed();
    return null;
  }

  get(block = true, timeout: number | null = null): unknown {
    if (!this.until(() => Atomics.load(this.head, COUNT) > 0, block, timeout)) throw new queueErrors.Empty();
    const [len, at] = this.copyOut(Atomics.load(this.head, HEAD), 4);
    const [bytes, next] = this.copyOut(at, new DataView(len.buffer).getUint32(0));
    Atomics.store(this.head, HEAD, next);
    Atomics.sub(this.head, COUNT, 1);
    this.lock.release();
    this.changed();
    return decodeValue(deserialize(bytes));
  }

  put_nowait(obj: unknown): null {
    return this.put(obj, false);
  }

  get_nowait(): unknown {
    return this.get(false);
  }

  /** `JoinableQueue.task_done()`: one item taken from the queue is finished. */
  task_done(): null {
    this.lock.acquire();
    try {
      if (Atomics.load(this.head, UNFINISHED) <= 0) throw new ValueError("task_done() called too many times");
      Atomics.sub(this.head, UNFINISHED, 1);
    } finally {
      this.lock.release();
    }
    this.changed();
    return null;
  }

  /** `JoinableQueue.join()`: blocks until every item put has been marked done. */
  join(): null {
    this.until(() => Atomics.load(this.head, UNFINISHED) === 0, true, null);
    this.lock.release();
    return null;
  }

  qsize(): number {
    return Atomics.load(this.head, COUNT);
  }

  empty(): boolean {
    return this.qsize() === 0;
  }

  full(): boolean {
    return this.maxsize > 0 && this.qsize() >= this.maxsize;
  }

  close(): null {
    return null;
  }

  join_thread(): null {
    return null;
  }

  cancel_join_thread(): null {
    return null;
  }

  __tsyncio_share__(): { kind: string; data: unknown } {
    return { kind: "queue", data: { maxsize: this.maxsize, head: this.head.buffer, ring: this.ring.buffer, lock: (this.lock.__tsyncio_share__().data as { sab: SharedArrayBuffer }).sab } };
  }
}

registerShared("queue", (d: { maxsize: number; head: SharedArrayBuffer; ring: SharedArrayBuffer; lock: SharedArrayBuffer }) => new SharedQueue(d.maxsize, d));

// Keywords reach these methods by name (`q.get(timeout=1)`, `lock.acquire(block=False)`).
classSignatures(SharedLock, { acquire: "acquire(block=, timeout=)" });
classSignatures(SharedQueue, { put: "put(obj, block=, timeout=)", get: "get(block=, timeout=)" });
