/**
 * asyncio.TaskGroup (3.11): a failing child cancels its siblings and the
 * body of the `async with`; the errors come out as an ExceptionGroup
 * "unhandled errors in a TaskGroup".
 */
import { BaseException, BaseExceptionGroup, Exception, ExceptionGroup, KeyboardInterrupt, RuntimeError, SystemExit, toPyException } from "../exceptions.js";
import { CancelledError } from "./errors.js";
import { current_task, get_running_loop, type Awaitable, type EventLoop, type Future, type Task } from "./core.js";

export class TaskGroup {
  private _entered = false;
  private _exiting = false;
  private _aborting = false;
  private _loop: EventLoop | null = null;
  private _parentTask: Task<any> | null = null;
  private _parentCancelRequested = false;
  private _tasks = new Set<Task<any>>();
  private _errors: unknown[] | null = [];
  private _baseError: unknown = null;
  private _onCompletedFut: Future<boolean> | null = null;
  private readonly _onTaskDoneBound = (t: Future<any>) => this._onTaskDone(t as Task<any>);

  __repr__(): string {
    const info = [""];
    if (this._tasks.size) info.push(`tasks=${this._tasks.size}`);
    if (this._errors && this._errors.length) info.push(`errors=${this._errors.length}`);
    if (this._aborting) info.push("cancelling");
    else if (this._entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  async __aenter__(): Promise<this> {
    if (this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has already been entered`);
    if (this._loop === null) this._loop = get_running_loop();
    this._parentTask = current_task(this._loop);
    if (this._parentTask === null) throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
    this._entered = true;
    return this;
  }

  async __aexit__(et?: unknown, exc?: unknown, _tb?: unknown): Promise<boolean> {
    this._exiting = true;
    if (exc !== null && exc !== undefined && isBaseError(exc) && this._baseError === null) this._baseError = exc;
    let propagateCancellationError: unknown = et === CancelledError ? exc : null;
    if (this._parentCancelRequested) {
      if (this._parentTask!.uncancel() === 0) propagateCancellationError = null;
    }
    if (et !== null && et !== undefined) {
      if (!this._aborting) this._abort();
    }
    while (this._tasks.size > 0) {
      if (this._onCompletedFut === null) this._onCompletedFut = this._loop!.create_future<boolean>();
      try {
        await this._onCompletedFut;
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        if (!this._aborting) {
          propagateCancellationError = ex;
          this._abort();
        }
      }
      this._onCompletedFut = null;
    }
    if (this._baseError !== null) throw this._baseError;
    if (propagateCancellationError && !(this._errors && this._errors.length)) throw propagateCancellationError;
    if (et !== null && et !== undefined && et !== CancelledError) this._errors!.push(exc);
    if (this._errors && this._errors.length) {
      const errors = this._errors.map((e) => (e instanceof BaseException ? e : toPyException(e)));
      this._errors = null;
      const me = errors.every((e) => e instanceof Exception)
        ? new ExceptionGroup("unhandled errors in a TaskGroup", errors)
        : new BaseExceptionGroup("unhandled errors in a TaskGroup", errors);
      // `raise me from None` while the body's exception (if any) is being handled.
      me.__suppress_context__ = true;
      if (exc instanceof BaseException) me.__context__ = exc;
      throw me;
    }
    return false;
  }

  /** Starts a task in the group; the group waits for it at exit. */
  create_task<T>(coro: Awaitable<T>, options?: { name?: unknown; context?: unknown }): Task<T> {
    if (!this._entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    if (this._exiting && this._tasks.size === 0) throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    if (this._aborting) throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    const task = this._loop!.create_task(coro, { context: options?.context });
    if (options?.name !== undefined && options.name !== null) task.set_name(options.name);
    task.add_done_callback(this._onTaskDoneBound);
    this._tasks.add(task);
    return task;
  }

  private _abort(): void {
    this._aborting = true;
    for (const t of this._tasks) if (!t.done()) t.cancel();
  }

  private _onTaskDone(task: Task<any>): void {
    this._tasks.delete(task);
    if (this._onCompletedFut !== null && this._tasks.size === 0) {
      if (!this._onCompletedFut.done()) this._onCompletedFut.set_result(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this._errors?.push(exc);
    if (isBaseError(exc) && this._baseError === null) this._baseError = exc;
    if (this._parentTask!.done()) {
      this._loop!.call_exception_handler({
        message: `Task ${task.__repr__()} has errored out but its parent task ${this._parentTask!.__repr__()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }
    if (!this._aborting && !this._parentCancelRequested) {
      this._abort();
      this._parentCancelRequested = true;
      this._parentTask!.cancel();
    }
  }
}

function isBaseError(e: unknown): boolean {
  return e instanceof SystemExit || e instanceof KeyboardInterrupt;
}
