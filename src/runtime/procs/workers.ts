/**
 * A group of worker threads that run the program's module-level functions:
 * the engine under `concurrent.futures.ProcessPoolExecutor` and
 * `multiprocessing.Pool` / `Process`.
 *
 * Why threads: a `node:worker_threads` worker is as parallel as a forked
 * Node process and as separate for the program (its own V8 isolate, no
 * shared JavaScript state), and unlike a process it can share
 * SharedArrayBuffer memory and be waited for synchronously (below), which
 * Python's blocking API needs. Start-up (a thread or a fork, each loading
 * the runtime) measured the same on a loaded machine (~2.6 s both, load 21). Each worker imports the translated module by its URL, as
 * CPython's spawn re-imports `__main__`; the module's
 * `if __name__ == "__main__":` block does not run there.
 *
 * Python code waits for a result synchronously (`future.result()`,
 * `pool.map(...)`): the main thread then blocks on a shared counter each
 * worker bumps after it posts a reply, and reads the replies with
 * `receiveMessageOnPort`, so nothing needs the event loop. Code awaiting
 * through asyncio (`run_in_executor`) gets the replies as message events.
 */
import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { RuntimeError } from "../exceptions.js";
import { decodeValue, pickle } from "./pickle.js";
import { checkNotBootstrapping } from "./worker-state.js";

/** A call for a worker: the function and arguments, already encoded. */
export interface CallMessage {
  fn: unknown;
  args: unknown[];
  /** Several calls of `fn`, one argument list each (a chunk of a map): the reply is their results' list. */
  batch?: unknown[][];
  /** Keyword arguments: encoded [name, value] pairs. */
  kwargs?: unknown;
  /** Call this method of `fn` (an object) instead of calling `fn`: a Process subclass's `run`. */
  method?: string;
  /** Modules to import before decoding. */
  urls: string[];
}

export interface Reply {
  id: number;
  ok: boolean;
  /** The result, or the exception, encoded. */
  value: unknown;
  /** The worker's traceback text, for an exception. */
  tb?: string;
  /** SystemExit's status, when the call ended with one (Process targets). */
  exit?: number;
  /** The worker is ending (os._exit in a call), with this status. */
  died?: number;
}

/** Encodes a call; what cannot be pickled raises CPython's error. */
export function callMessage(fn: unknown, args: unknown[], batch?: unknown[][], kwargs?: [string, unknown][]): CallMessage {
  const enc = { urls: new Set<string>() };
  const msg: CallMessage = { fn: pickle(fn, enc), args: batch ? [] : (pickle(args, enc) as unknown[]), urls: [] };
  if (batch) msg.batch = batch.map((a) => pickle(a, enc) as unknown[]);
  if (kwargs && kwargs.length > 0) msg.kwargs = pickle(kwargs, enc);
  msg.urls = [...enc.urls];
  return msg;
}

/** Splits `**kwargs` (a plain object, as the runtime receives keywords) off the end of `args`. */
export function takeKeywords(args: unknown[]): [string, unknown][] {
  const last = args[args.length - 1];
  if (last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype) return [];
  args.pop();
  return Object.entries(last as Record<string, unknown>);
}

/** Python's process names count up across every process a program starts (`Process-3`, `ForkPoolWorker-4`). */
let processCount = 0;

export function nextProcessNumber(): number {
  return ++processCount;
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown; tb?: string };

interface Pending {
  id: number;
  msg: CallMessage;
  done: (o: Outcome, exit?: number) => void;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  current: Pending | null;
  alive: boolean;
  name: string;
  /** Calls finished, for `maxtasksperchild`. */
  tasks: number;
}

/** What every worker of a pool does besides the calls it is given. */
export interface GroupOptions {
  /** Run first in each new worker (`initializer=`, `initargs=`). */
  init?: CallMessage;
  /** What the pending calls fail with when a worker's initializer raised; its traceback goes to stderr first. */
  onInitFailed?: () => unknown;
  /** A worker ends after this many calls and a new one (with a new name) takes its place. */
  maxTasks?: number;
  /** Number the workers at the first call rather than now (ProcessPoolExecutor starts its processes then). */
  numberAtFirstCall?: boolean;
}

/** The id of a worker's initializer call: never a real call's. */
const INIT_ID = -2;

const WORKER_URL = new URL("./worker-main.js", import.meta.url);

export class WorkerGroup {
  private readonly signal = new Int32Array(new SharedArrayBuffer(4));
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private created = 0;
  private names: string[] = [];
  /** Set when a worker died while busy: every pending call fails with this. */
  broken: (() => unknown) | null = null;
  closed = false;

  constructor(
    readonly size: number,
    /** The workers' names from their process numbers, or the names themselves (a Process names itself when made). */
    private readonly nameOf: ((n: number) => string) | readonly string[],
    private readonly onBroken: () => unknown,
    /** One call per worker, then it ends (a `Process`). */
    private readonly oneShot = false,
    private readonly options: GroupOptions = {},
  ) {
    checkNotBootstrapping((m) => new RuntimeError(m));
    // CPython numbers a pool's processes when it starts them all, at once.
    if (!options.numberAtFirstCall) this.numberWorkers();
  }

  private numberWorkers(): void {
    const nameOf = this.nameOf;
    this.names = typeof nameOf === "function" ? Array.from({ length: this.size }, () => nameOf(nextProcessNumber())) : [...nameOf];
  }

  /** The worker names, in start order. */
  get processNames(): readonly string[] {
    return this.names;
  }

  /** Queues a call; `done` runs on the main thread when it has finished. */
  call(msg: CallMessage, done: Pending["done"]): number {
    const p: Pending = { id: this.nextId++, msg, done };
    if (this.nextId === 2 && this.options.numberAtFirstCall) this.numberWorkers();
    if (this.broken) {
      done({ ok: false, error: this.broken() });
      return p.id;
    }
    this.queue.push(p);
    this.dispatch();
    return p.id;
  }

  /** Takes a call that has not started back out of the queue. */
  cancel(id: number): boolean {
    const i = this.queue.findIndex((p) => p.id === id);
    if (i < 0) return false;
    this.queue.splice(i, 1);
    return true;
  }

  get pendingCount(): number {
    return this.queue.length + this.slots.filter((s) => s.current).length;
  }

  private spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const name = this.names[this.created++] ?? (typeof this.nameOf === "function" ? this.nameOf(nextProcessNumber()) : "Process");
    const worker = new Worker(WORKER_URL, {
      workerData: { signal: this.signal.buffer, port: port2, name },
      transferList: [port2],
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, port: port1, current: null, alive: true, name, tasks: 0 };
    port1.on("message", (reply: Reply) => this.settle(slot, reply));
    worker.on("error", () => this.died(slot));
    worker.on("exit", () => this.died(slot));
    this.slots.push(slot);
    // The worker takes its messages in order, so the initializer runs before any call.
    if (this.options.init) port1.postMessage({ id: INIT_ID, ...this.options.init });
    return slot;
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.broken) {
      let slot = this.slots.find((s) => s.alive && !s.current);
      if (!slot) {
        if (this.slots.filter((s) => s.alive).length >= this.size) return;
        slot = this.spawn();
      }
      const p = this.queue.shift()!;
      slot.current = p;
      slot.worker.ref();
      slot.port.ref();
      slot.port.postMessage({ id: p.id, ...p.msg });
    }
    this.idleUnref();
  }

  /** Idle workers must not keep the program alive (CPython's pool ends with the program too). */
  private idleUnref(): void {
    for (const s of this.slots) {
      if (s.current || !s.alive) continue;
      s.worker.unref();
      s.port.unref();
    }
  }

  private settle(slot: Slot, reply: Reply): void {
    if (reply.died !== undefined) return this.died(slot, reply.died);
    if (reply.id === INIT_ID) return reply.ok ? undefined : this.initFailed(slot, reply);
    const p = slot.current;
    if (!p || p.id !== reply.id) return;
    slot.current = null;
    slot.tasks += 1;
    if (this.oneShot || (this.options.maxTasks !== undefined && slot.tasks >= this.options.maxTasks)) this.retire(slot);
    const outcome: Outcome = reply.ok ? { ok: true, value: decodeReply(reply.value) } : { ok: false, error: decodeReply(reply.value), ...(reply.tb ? { tb: reply.tb } : {}) };
    p.done(outcome, reply.exit);
    this.dispatch();
  }

  private died(slot: Slot, status = 1): void {
    if (!slot.alive) return;
    slot.alive = false;
    const p = slot.current;
    slot.current = null;
    if (!p) return;
    // A Process whose target called os._exit(n): its exitcode is n, nothing is broken.
    if (this.oneShot) return p.done({ ok: false, error: null }, status);
    // A worker ended in the middle of a call: CPython's pool is broken from then on.
    this.broken = this.onBroken;
    p.done({ ok: false, error: this.onBroken() });
    for (const q of this.queue.splice(0)) q.done({ ok: false, error: this.onBroken() });
    for (const s of this.slots) if (s.current) this.died(s);
  }

  /** A worker's initializer raised: its traceback goes to stderr (as CPython logs it) and the pool is broken. */
  private initFailed(slot: Slot, reply: Reply): void {
    if (this.broken) return;
    process.stderr.write(`Exception in initializer:\n${reply.tb ?? ""}`);
    const fail = this.options.onInitFailed ?? this.onBroken;
    this.broken = fail;
    slot.alive = false;
    void slot.worker.terminate();
    for (const s of this.slots) {
      const p = s.current;
      s.current = null;
      p?.done({ ok: false, error: fail() });
    }
    for (const q of this.queue.splice(0)) q.done({ ok: false, error: fail() });
  }

  /** Reads every reply already posted, without the event loop. */
  drain(): void {
    for (const slot of [...this.slots]) {
      for (;;) {
        const m = receiveMessageOnPort(slot.port);
        if (!m) break;
        this.settle(slot, m.message as Reply);
      }
      // A worker that exited cannot post any more: its exit event may be waiting in the loop.
      if (slot.alive && slot.current && slot.worker.threadId === -1) this.died(slot);
    }
  }

  /**
   * Blocks the thread until `ready()` holds or `timeout` seconds pass
   * (null: no limit); returns whether it holds.
   */
  waitSync(ready: () => boolean, timeout: number | null = null): boolean {
    const deadline = timeout === null ? Infinity : performance.now() + Math.max(0, timeout) * 1000;
    for (;;) {
      this.drain();
      if (ready()) return true;
      const seen = Atomics.load(this.signal, 0);
      this.drain();
      if (ready()) return true;
      if (this.pendingCount === 0) return ready();
      const left = deadline - performance.now();
      if (left <= 0) return false;
      // A bounded wait, so a worker that died without a word is noticed (threadId turns -1).
      Atomics.wait(this.signal, 0, seen, Math.min(left, 200));
    }
  }

  private retire(slot: Slot): void {
    slot.alive = false;
    slot.port.close();
    void slot.worker.terminate();
  }

  /** Lets the program end while the workers run (daemon processes). */
  unrefAll(): void {
    for (const s of this.slots) {
      s.worker.unref();
      s.port.unref();
    }
  }

  /** Ends the workers; queued calls are dropped (the caller cancelled or finished them). */
  terminate(): void {
    this.closed = true;
    this.queue.splice(0);
    for (const s of this.slots) {
      if (!s.alive) continue;
      s.alive = false;
      s.port.close();
      s.worker.unref();
      void s.worker.terminate();
    }
  }
}

function decodeReply(v: unknown): unknown {
  return decodeValue(v);
}
