/** asyncio.Task: drives a coroutine on the loop (see loop.ts for how its steps are scheduled). */
import { type ContextData, contextOf, contextsInUse, copyCurrentContextData } from "../context-state.js";
import { KeyboardInterrupt, RuntimeError, SystemExit, TypeError as PyTypeError } from "../exceptions.js";
import { Coroutine, IMMEDIATE, takeImmediate } from "./coroutine.js";
import { CancelledError } from "./errors.js";
import { foreignTasks, get_event_loop } from "./events.js";
import { Future, unwrapMsg, type Awaitable } from "./future.js";
import { Handle } from "./handles.js";
import { isThenable, reprException, safeRepr } from "./helpers.js";
import type { Linked } from "./intrusive-list.js";
import { YieldPoint } from "./sleep.js";
import { CANCELLED, FINISHED, K_START, PENDING } from "./states.js";
import type { EventLoop } from "./loop.js";

let taskNameCounter = 0;

/** asyncio.Task: runs a coroutine on the loop; awaitable and cancellable. */
export class Task<T = any> extends Future<T> {
  /** @internal */ _coro: Coroutine<T>;
  /** @internal its name, or the N of a default "Task-N" name, made into a string on demand */ _name: string | number = 0;
  /** @internal */ _mustCancel = false;
  /** @internal */ _futWaiter: Future<any> | null = null;
  /** @internal */ _numCancelsRequested = 0;
  /** @internal */ _foreign = false;
  /** @internal */ _lprev: Linked | null = null;
  /** @internal */ _lnext: Linked | null = null;
  /** @internal the contextvars context its steps run in: a copy of the creator's, or `context=`; null until needed while no ContextVar exists */ _context: ContextData | null;

  /**
   * `options._internal` makes a task for the runtime's own use (a pseudo-thread
   * of to_thread): it takes no "Task-N" number and is not in all_tasks().
   */
  constructor(coro: Awaitable<T>, options?: { loop?: EventLoop | null; name?: unknown; context?: unknown; _internal?: boolean }) {
    const loop = options?.loop ?? get_event_loop();
    super(loop);
    if (coro instanceof Coroutine) {
      this._coro = coro;
    } else if (coro instanceof YieldPoint) {
      this._coro = new Coroutine<T>(() => coro as PromiseLike<T>, "sleep");
    } else if (isThenable(coro)) {
      const p = coro;
      this._coro = new Coroutine<T>(() => p as PromiseLike<T>, "_wrap_awaitable");
    } else {
      throw new PyTypeError(`a coroutine was expected, got ${safeRepr(coro)}`);
    }
    this._coro._claim();
    const context = options?.context as { _data?: ContextData } | null | undefined;
    this._context = context?._data ?? (contextsInUse ? copyCurrentContextData() : null);
    const name = options?.name;
    if (name !== undefined && name !== null) this._name = String(name);
    else if (options?._internal) this._name = "Thread";
    else this._name = ++taskNameCounter;
    loop._push(new Handle(K_START, null, null, this));
    if (!options?._internal) loop._tasks.add(this);
  }

  get_name(): string {
    const name = this._name;
    return typeof name === "string" ? name : (this._name = `Task-${name}`);
  }

  set_name(value: unknown): void {
    this._name = String(value);
  }

  get_coro(): Coroutine<T> {
    return this._coro;
  }

  get_context(): unknown {
    return contextOf((this._context ??= new Map()));
  }

  get_stack(_options?: unknown): unknown[] {
    return [];
  }

  print_stack(_options?: unknown): void {}

  cancelling(): number {
    return this._numCancelsRequested;
  }

  uncancel(): number {
    if (this._numCancelsRequested > 0) this._numCancelsRequested--;
    return this._numCancelsRequested;
  }

  /**
   * Requests cancellation: CancelledError is thrown into the coroutine at the
   * await where it is suspended (or before it starts).
   */
  override cancel(msg: unknown = null): boolean {
    msg = unwrapMsg(msg);
    this._markRetrieved();
    if (this._state !== PENDING) return false;
    this._numCancelsRequested++;
    const waiter = this._futWaiter;
    if (waiter !== null) {
      if (waiter.cancel(msg)) return true;
    }
    this._mustCancel = true;
    this._cancelMessage = msg;
    return true;
  }

  /** @internal The first step: start the body (or never run it, if cancelled first). */
  _step0(): void {
    if (this._state !== PENDING) return;
    if (this._mustCancel) {
      this._mustCancel = false;
      const exc = this._makeCancelledError();
      this._coro.close();
      this._cancelledExc = exc;
      this._finishCancelled();
      return;
    }
    let r: T | PromiseLike<T>;
    try {
      r = this._coro._start();
    } catch (e) {
      this._bodyFailed(e);
      return;
    }
    if ((r as unknown) === IMMEDIATE) {
      this._bodyDone(takeImmediate() as T);
    } else if (isThenable(r)) {
      // Bound methods: two 48-byte objects, where two arrows cost 157 bytes with the context they share.
      r.then(this._bodyDone.bind(this), this._bodyFailed.bind(this));
    } else {
      this._bodyDone(r);
    }
  }

  /** @internal */
  _clearForeign(): void {
    this._foreign = false;
    foreignTasks.delete(this);
  }

  private _finished(): void {
    this._loop._tasks.delete(this);
    if (this._foreign) this._clearForeign();
    this._futWaiter = null;
  }

  private _finishCancelled(): void {
    this._finished();
    this._futureCancel(null);
  }

  private _bodyDone(v: T): void {
    if (this._state !== PENDING) return;
    this._finished();
    if (this._mustCancel) {
      this._mustCancel = false;
      this._futureCancel(this._cancelMessage);
    } else {
      this._result = v;
      this._state = FINISHED;
      this._scheduleCallbacks();
    }
    if (this._loop._stepping === this) this._loop._signal();
  }

  private _bodyFailed(e: unknown): void {
    if (this._state !== PENDING) return;
    this._finished();
    if (e instanceof CancelledError) {
      this._cancelledExc = e;
      this._futureCancel(null);
    } else {
      this._setExceptionUnchecked(e);
      if (e instanceof SystemExit || e instanceof KeyboardInterrupt) {
        // It ends the program through asyncio.run, which is its retrieval: CPython logs nothing for it.
        this._markRetrieved();
        this._loop._setFatal(e);
      }
    }
    if (this._loop._stepping === this) this._loop._signal();
  }

  override set_result(_result: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }

  override set_exception(_exception: unknown): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  override __repr__(): string {
    const state = this._state === PENDING ? (this._numCancelsRequested > 0 ? "cancelling" : "pending") : this._state === CANCELLED ? "cancelled" : "finished";
    let text = `<Task ${state} name='${this.get_name()}' coro=<${this._coro.__qualname__}()${this._coro._reprState(this._state !== PENDING)}>`;
    if (this._state === FINISHED) {
      text += this._hasException ? ` exception=${reprException(this._exception)}` : ` result=${safeRepr(this._result)}`;
    }
    if (this._state === PENDING && this._futWaiter !== null) text += ` wait_for=${this._futWaiter.__repr__()}`;
    return text + ">";
  }
}

/** @internal Test support: restart the "Task-N" numbering as in a fresh process. */
export function _resetTaskNameCounter(): void {
  taskNameCounter = 0;
}

// CPython's Task and Future are the C accelerator's: `<class '_asyncio.Task'>`.
for (const cls of [Task, Future]) Object.defineProperty(cls, "__module__", { value: "_asyncio", configurable: true, writable: true });
