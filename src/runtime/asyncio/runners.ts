/**
 * asyncio.run() and asyncio.Runner (3.11): run the main coroutine as a task
 * (Task-1 in a fresh program), then cancel what is left, close the loop.
 * The result is a promise: generated module code does
 * `await asyncio.run(coro(() => main(), "main"))`.
 */
import { KeyboardInterrupt, RuntimeError, ValueError } from "../exceptions.js";
import { addOuterFrames, callerStack } from "../frames.js";
import { onInterrupt } from "../main.js";
import { _get_running_loop, isThenable, iscoroutine, new_event_loop, set_event_loop, type Awaitable, type EventLoop, Coroutine, Future } from "./core.js";
import { CancelledError } from "./errors.js";
import { gather } from "./tasks.js";

/** Cancels every pending task of `loop` and waits for them (runners._cancel_all_tasks). */
async function cancelAllTasks(loop: EventLoop): Promise<void> {
  const toCancel = [...loop._tasks].filter((t) => !t.done());
  if (toCancel.length === 0) return;
  for (const t of toCancel) t.cancel();
  await loop.run_until_complete(gather(...toCancel, { return_exceptions: true }));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    const exc = t.exception();
    if (exc !== null) {
      loop.call_exception_handler({ message: "unhandled exception during asyncio.run() shutdown", exception: exc, task: t });
    }
  }
}

export class Runner {
  private _state: "created" | "initialized" | "closed" = "created";
  private _loop: EventLoop | null = null;
  private _debug: boolean | null;

  constructor(options?: { debug?: boolean | null; loop_factory?: (() => EventLoop) | null }) {
    this._debug = options?.debug ?? null;
    this._loopFactory = options?.loop_factory ?? null;
  }

  private _loopFactory: (() => EventLoop) | null;

  async __aenter__(): Promise<this> {
    this._lazyInit();
    return this;
  }

  async __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Promise<boolean> {
    await this.close();
    return false;
  }

  /** `with asyncio.Runner() as runner:` — generated code may also use these. */
  __enter__(): this {
    this._lazyInit();
    return this;
  }

  get_loop(): EventLoop {
    this._lazyInit();
    return this._loop!;
  }

  /** Runs `main` to completion in the runner's loop and returns its result. */
  async run<T>(main: Awaitable<T>, _options?: { context?: unknown }): Promise<T> {
    if (!iscoroutine(main) && !(main instanceof Future) && !isThenable(main)) {
      throw new ValueError(`a coroutine was expected, got ${String(main)}`);
    }
    if (_get_running_loop() !== null) throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    this._lazyInit();
    const loop = this._loop!;
    const task = main instanceof Future ? main : loop.create_task(main);
    // The caller's frames start the traceback of what escapes (V8 does not follow the loop's tasks).
    const caller = callerStack();
    // Ctrl-C cancels the main task; once it has unwound, KeyboardInterrupt is raised here (CPython 3.11's Runner).
    let interrupted = false;
    const off = onInterrupt(() => {
      if (interrupted) return false;
      interrupted = true;
      task.cancel();
      return true;
    });
    try {
      return await loop.run_until_complete(task);
    } catch (e) {
      const raised = interrupted && e instanceof CancelledError ? new KeyboardInterrupt() : e;
      addOuterFrames(raised, caller);
      throw raised;
    } finally {
      off();
    }
  }

  async close(): Promise<void> {
    if (this._state !== "initialized") return;
    const loop = this._loop!;
    try {
      await cancelAllTasks(loop);
      await loop.run_until_complete(loop.shutdown_asyncgens());
      await loop.run_until_complete(loop.shutdown_default_executor());
    } finally {
      set_event_loop(null);
      loop.close();
      this._loop = null;
      this._state = "closed";
    }
  }

  private _lazyInit(): void {
    if (this._state === "closed") throw new RuntimeError("Runner is closed");
    if (this._state === "initialized") return;
    this._loop = this._loopFactory ? this._loopFactory() : new_event_loop();
    set_event_loop(this._loop);
    if (this._debug !== null) this._loop.set_debug(this._debug);
    this._state = "initialized";
  }
}

/**
 * `asyncio.run(main)`: a new loop, `main` as its first task, then the
 * remaining tasks cancelled and the loop closed. Resolves to main's result.
 */
export async function run<T>(main: Awaitable<T>, options?: { debug?: boolean | null }): Promise<T> {
  if (_get_running_loop() !== null) {
    if (main instanceof Coroutine) main.close();
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  const runner = new Runner({ debug: options?.debug ?? null });
  try {
    return await runner.run(main);
  } finally {
    await runner.close();
  }
}
