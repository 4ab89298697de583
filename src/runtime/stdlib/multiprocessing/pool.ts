/**
 * `multiprocessing.Pool`: `map`, `starmap`, `imap`, `imap_unordered`,
 * `apply`, their `_async` forms with `AsyncResult`, `close`/`terminate`/
 * `join`, `with`. Chunks go to the workers as one call each, as CPython's.
 */
import { Exception, RuntimeError, TimeoutError, TypeError, ValueError } from "../../exceptions.js";
import { pyIterable } from "../../builtins.js";
import { availableParallelism } from "node:os";
import { WorkerGroup, callMessage, type GroupOptions, type Outcome } from "../../procs/workers.js";
import { classSignatures } from "../../kwargs.js";

/** `multiprocessing.pool.RemoteTraceback`: the worker's traceback, as the cause of what a worker raised. */
export class RemoteTraceback extends Exception {
  static __module__ = "multiprocessing.pool";
  constructor(readonly tb: string) {
    super(tb);
  }
  override __str__(): string {
    return this.tb;
  }
}

type Callback = ((v: unknown) => unknown) | null;

/** The result of an `*_async` call. */
export class AsyncResult {
  _done = false;
  _ok = false;
  _value: unknown = null;
  constructor(private readonly group: WorkerGroup) {}

  ready(): boolean {
    this.group.drain();
    return this._done;
  }

  successful(): boolean {
    if (!this.ready()) throw new ValueError(`${this.__repr__()} not ready`);
    return this._ok;
  }

  wait(timeout: number | null = null): null {
    this.group.waitSync(() => this._done, timeout);
    return null;
  }

  get(timeout: number | null = null): unknown {
    this.wait(timeout);
    if (!this._done) throw new TimeoutError();
    if (!this._ok) throw this._value;
    return this._value;
  }

  _set(ok: boolean, value: unknown, callback: Callback, errorCallback: Callback): void {
    if (this._done) return;
    this._done = true;
    this._ok = ok;
    this._value = value;
    const cb = ok ? callback : errorCallback;
    if (cb) cb(value);
  }

  __repr__(): string {
    return "<multiprocessing.pool.AsyncResult object>";
  }
}

function withCause(o: Outcome): unknown {
  if (o.ok) return o.value;
  const e = o.error as { __cause__?: unknown };
  if (o.tb && e && typeof e === "object" && e.__cause__ === null) e.__cause__ = new RemoteTraceback(`\n"""\n${o.tb}"""`);
  return o.error;
}

const MAP_DONE = Symbol("done");

export class Pool {
  #group: WorkerGroup;
  #state: "RUN" | "CLOSE" | "TERMINATE" = "RUN";

  constructor(processes: number | null = null, initializer: unknown = null, initargs: unknown = null, maxtasksperchild: unknown = null) {
    if (processes !== null && processes !== undefined && processes < 1) throw new ValueError("Number of processes must be at least 1");
    if (initializer !== null && initializer !== undefined && typeof initializer !== "function") throw new TypeError("initializer must be a callable");
    const maxTasks = maxtasksperchild ?? null;
    if (maxTasks !== null && !(typeof maxTasks === "number" && Number.isInteger(maxTasks) && maxTasks > 0)) throw new ValueError("maxtasksperchild must be a positive int or None");
    const options: GroupOptions = {
      // CPython's pool would start new workers forever, each failing in its initializer: tsyncio stops at the first.
      onInitFailed: () => new RuntimeError("tsyncio: the pool's initializer raised (CPython's pool would restart its workers forever)"),
    };
    if (typeof initializer === "function") options.init = callMessage(initializer, initargs === null || initargs === undefined ? [] : Array.from(pyIterable(initargs)));
    if (maxTasks !== null) options.maxTasks = maxTasks as number;
    this.#group = new WorkerGroup(processes ?? availableParallelism(), (n) => `ForkPoolWorker-${n}`, () => new RuntimeError("a worker of the pool ended abruptly"), false, options);
  }

  #check(): void {
    if (this.#state !== "RUN") throw new ValueError("Pool not running");
  }

  /** One call of `fn` per argument list in `rows`, `chunksize` per worker call; settles `each(i, outcome)` per chunk. */
  #chunks(fn: unknown, rows: unknown[][], chunksize: number | null, each: (first: number, o: Outcome) => void): number {
    let size = chunksize ?? 0;
    if (!size) {
      size = Math.floor(rows.length / (this.#group.size * 4));
      if (rows.length % (this.#group.size * 4)) size += 1;
    }
    size = Math.max(1, size);
    let count = 0;
    for (let i = 0; i < rows.length; i += size) {
      const first = i;
      const msg = callMessage(fn, [], rows.slice(i, i + size));
      this.#group.call(msg, (o) => each(first, o));
      count++;
    }
    return count;
  }

  #mapAsync(fn: unknown, rows: unknown[][], chunksize: number | null, callback: Callback, errorCallback: Callback): AsyncResult {
    this.#check();
    const result = new AsyncResult(this.#group);
    const out: unknown[] = new Array(rows.length);
    let left = 0;
    left = this.#chunks(fn, rows, chunksize, (first, o) => {
      if (!o.ok) return result._set(false, withCause(o), callback, errorCallback);
      (o.value as unknown[]).forEach((v, k) => (out[first + k] = v));
      if (--left === 0) result._set(true, out, callback, errorCallback);
    });
    if (rows.length === 0) result._set(true, [], callback, errorCallback);
    return result;
  }

  map(fn: unknown, iterable: unknown, chunksize: number | null = null): unknown {
    return this.#mapAsync(fn, rowsOf(iterable, false), chunksize, null, null).get();
  }

  map_async(fn: unknown, iterable: unknown, chunksize: number | null = null, callback: Callback = null, error_callback: Callback = null): AsyncResult {
    return this.#mapAsync(fn, rowsOf(iterable, false), chunksize, callback, error_callback);
  }

  starmap(fn: unknown, iterable: unknown, chunksize: number | null = null): unknown {
    return this.#mapAsync(fn, rowsOf(iterable, true), chunksize, null, null).get();
  }

  starmap_async(fn: unknown, iterable: unknown, chunksize: number | null = null, callback: Callback = null, error_callback: Callback = null): AsyncResult {
    return this.#mapAsync(fn, rowsOf(iterable, true), chunksize, callback, error_callback);
  }

  apply_async(fn: unknown, args: unknown = [], kwds: unknown = null, callback: Callback = null, error_callback: Callback = null): AsyncResult {
    this.#check();
    const result = new AsyncResult(this.#group);
    const kwargs = kwds instanceof Map ? ([...kwds] as [string, unknown][]) : [];
    this.#group.call(callMessage(fn, Array.from(pyIterable(args ?? [])), undefined, kwargs), (o) => result._set(o.ok, withCause(o), callback, error_callback));
    return result;
  }

  apply(fn: unknown, args: unknown = [], kwds: unknown = null): unknown {
    return this.apply_async(fn, args, kwds).get();
  }

  /** In order (`imap`) or as they finish (`imap_unordered`). */
  #iter(fn: unknown, iterable: unknown, chunksize: number, ordered: boolean): Generator<unknown> {
    this.#check();
    const rows = rowsOf(iterable, false);
    const chunks: (Outcome | undefined)[] = [];
    const finished: Outcome[] = [];
    const total = this.#chunks(fn, rows, chunksize || 1, (first, o) => {
      chunks[first] = o;
      finished.push(o);
    });
    const group = this.#group;
    return (function* (): Generator<unknown> {
      const starts = Array.from({ length: total }, (_, k) => k * (chunksize || 1));
      for (let k = 0; k < total; k++) {
        let o: Outcome | undefined;
        if (ordered) {
          group.waitSync(() => chunks[starts[k]!] !== undefined);
          o = chunks[starts[k]!];
        } else {
          group.waitSync(() => finished.length > 0);
          o = finished.shift();
        }
        if (!o) throw new RuntimeError("tsyncio: the pool ended before the result came");
        if (!o.ok) throw withCause(o);
        yield* o.value as unknown[];
      }
      void MAP_DONE;
    })();
  }

  imap(fn: unknown, iterable: unknown, chunksize = 1): Generator<unknown> {
    return this.#iter(fn, iterable, chunksize, true);
  }

  imap_unordered(fn: unknown, iterable: unknown, chunksize = 1): Generator<unknown> {
    return this.#iter(fn, iterable, chunksize, false);
  }

  close(): null {
    if (this.#state === "RUN") this.#state = "CLOSE";
    return null;
  }

  terminate(): null {
    this.#state = "TERMINATE";
    this.#group.terminate();
    return null;
  }

  join(): null {
    if (this.#state === "RUN") throw new ValueError("Pool is still running");
    this.#group.waitSync(() => this.#group.pendingCount === 0);
    this.#group.terminate();
    return null;
  }

  __enter__(): this {
    this.#check();
    return this;
  }

  __exit__(): boolean {
    this.terminate();
    return false;
  }

  __repr__(): string {
    return `<multiprocessing.pool.Pool state=${this.#state} pool_size=${this.#group.size}>`;
  }
}

function rowsOf(iterable: unknown, star: boolean): unknown[][] {
  return Array.from(pyIterable(iterable), (x) => (star ? Array.from(pyIterable(x)) : [x]));
}

// Keywords reach these methods by name (`r.get(timeout=5)`, `pool.map(f, xs, chunksize=4)`).
classSignatures(AsyncResult, { wait: "wait(timeout=)", get: "get(timeout=)" });
classSignatures(Pool, {
  map: "map(func, iterable, chunksize=)",
  map_async: "map_async(func, iterable, chunksize=, callback=, error_callback=)",
  starmap: "starmap(func, iterable, chunksize=)",
  starmap_async: "starmap_async(func, iterable, chunksize=, callback=, error_callback=)",
  apply_async: "apply_async(func, args=, kwds=, callback=, error_callback=)",
  apply: "apply(func, args=, kwds=)",
  imap: "imap(func, iterable, chunksize=)",
  imap_unordered: "imap_unordered(func, iterable, chunksize=)",
});
