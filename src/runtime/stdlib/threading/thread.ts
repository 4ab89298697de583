/**
 * `threading.Thread` and `threading.Timer` in the threads model (see
 * ./index.ts): `start()` calls `run()` at once, as the new thread; it runs
 * until its first blocking call, then `start()` returns and the caller goes
 * on. An exception that ends a thread is printed to stderr as CPython's
 * `threading.excepthook` prints it, and the program goes on.
 */
import { RuntimeError, SystemExit, toPyException } from "../../exceptions.js";
import { callKw } from "../../calls.js";
import { classSignatures, kwargsEntries } from "../../kwargs.js";
import { str, unhint } from "../../repr.js";
import { formatTraceback } from "../../tracebacks.js";
import { Event } from "./locks.js";
import { isEntryModule } from "../../entry.js";
import { activeThreads, currentThread, newIdent, notTranslatedAsBlocking, runAsThread, setMainThread, timeoutSeconds, WaitList } from "./state.js";

let nameCounter = 0;
/** CPython's `_newname`: one counter for every thread created without a name. */
export function newThreadName(template = "Thread-%d"): string {
  nameCounter += 1;
  return template.replace("%d", String(nameCounter));
}

type Options = { daemon?: unknown };

function isOptions(x: unknown): x is Options {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

export class Thread {
  name: string;
  ident: number | null = null;
  native_id: number | null = null;
  private _daemon: boolean;
  protected _target: unknown;
  protected _args: unknown[];
  protected _kwargs: unknown;
  private _started = false;
  private _finished = false;
  private readonly _doneWaiters = new WaitList();

  constructor(group: unknown = null, target: unknown = null, name: unknown = null, args: unknown = [], kwargs: unknown = null, options: Options = {}) {
    // A subclass calling `super().__init__(daemon=True)` hands its keywords over as a trailing object.
    for (const a of [group, target, name, args, kwargs]) if (isOptions(a)) options = a;
    if (isOptions(group)) group = null;
    if (isOptions(target)) target = null;
    if (isOptions(name)) name = null;
    if (isOptions(args)) args = [];
    if (isOptions(kwargs)) kwargs = null;
    if (group !== null && group !== undefined) throw new Error("AssertionError: group argument must be None for now");
    let own = name === null || name === undefined ? newThreadName() : str(name);
    if ((name === null || name === undefined) && typeof target === "function") {
      const targetName = (target as { __name__?: string; name?: string }).__name__ ?? (target as { name?: string }).name;
      if (targetName) own += ` (${targetName.replace(/^bound /, "").replace(/\$$/, "")})`;
    }
    this.name = own;
    this._target = target ?? null;
    this._args = args === null || args === undefined ? [] : [...(args as Iterable<unknown>)];
    this._kwargs = kwargs ?? null;
    const daemon = unhint(options.daemon ?? null).value;
    this._daemon = daemon === null || daemon === undefined ? (currentThread()?.daemon ?? false) : Boolean(daemon);
  }

  /**
   * `threading.Thread.__init__(self, ...)` in a subclass's own `__init__`:
   * the translated constructor has already run `super()`, which numbered
   * the thread, so this applies the arguments without numbering it again.
   */
  static __init__(self: Thread, ...given: unknown[]): null {
    // Keywords come as one trailing object here (no signature binds them): put them in their places.
    const last = given[given.length - 1];
    const kw = isOptions(last) ? (given.pop() as Record<string, unknown>) : {};
    const [group = null, target = kw.target ?? null, name = kw.name ?? null, args = kw.args ?? [], kwargs = kw.kwargs ?? null] = given;
    const fresh = new Thread(group ?? kw.group ?? null, target, name, args, kwargs, "daemon" in kw ? { daemon: kw.daemon } : {});
    // One thread, numbered once, as CPython: the number super() took is given back, or kept when no name is given.
    if (name === null || name === undefined) {
      nameCounter -= 1;
      self.name = self.name.replace(/ \(.*\)$/, "") + (fresh.name.match(/ \(.*\)$/)?.[0] ?? "");
    } else {
      if (/^Thread-\d+$/.test(self.name.replace(/ \(.*\)$/, ""))) nameCounter -= 1;
      self.name = fresh.name;
    }
    self._target = fresh._target;
    self._args = fresh._args;
    self._kwargs = fresh._kwargs;
    self._daemon = fresh._daemon;
    return null;
  }

  get daemon(): boolean {
    return this._daemon;
  }
  set daemon(value: boolean) {
    if (this._started) throw new RuntimeError("cannot set daemon status of active thread");
    this._daemon = Boolean(unhint(value).value);
  }
  isDaemon(): boolean {
    return this._daemon;
  }
  setDaemon(value: boolean): null {
    this.daemon = value;
    return null;
  }
  getName(): string {
    return this.name;
  }
  setName(name: unknown): null {
    this.name = str(name);
    return null;
  }

  start(): null {
    if (this._started) throw new RuntimeError("threads can only be started once");
    this._started = true;
    this.ident = newIdent();
    this.native_id = process.pid + (this.ident % 100_000);
    activeThreads.add(this);
    void runAsThread(this, () => this._bootstrap());
    return null;
  }

  private async _bootstrap(): Promise<void> {
    try {
      await this.run();
    } catch (e) {
      reportThreadException(this, e);
    } finally {
      this._finished = true;
      activeThreads.delete(this);
      this._doneWaiters.wakeAll();
    }
  }

  /** The thread's work: the target with its arguments. Subclasses override it. */
  run(): unknown {
    const target = this._target;
    if (typeof target !== "function") return null;
    const kwargs = this._kwargs;
    const result = kwargs === null ? callKw(target, this._args, []) : callKw(target, this._args, kwargsEntries(kwargs));
    // CPython drops its references to the target once it ran.
    return result;
  }

  is_alive(): boolean {
    return this._started && !this._finished;
  }

  private _checkJoin(): void {
    if (!this._started) throw new RuntimeError("cannot join thread before it is started");
    if (this === currentThread()) throw new RuntimeError("cannot join current thread");
  }

  join(timeout: unknown = null): null {
    this._checkJoin();
    if (this._finished) return null;
    const t = timeoutSeconds(timeout);
    if (t !== null && t <= 0) return null;
    return notTranslatedAsBlocking("Thread.join()");
  }

  async join$async(timeout: unknown = null): Promise<null> {
    this._checkJoin();
    if (this._finished) return null;
    const t = timeoutSeconds(timeout);
    await this._doneWaiters.wait(t === null ? null : Math.max(0, t));
    return null;
  }

  __repr__(): string {
    const status = !this._started ? "initial" : this._finished ? "stopped" : "started";
    const daemon = this._daemon ? " daemon" : "";
    const ident = this.ident !== null && !this._finished ? ` ${this.ident}` : "";
    return `<${this.constructor.name === "MainThread" ? "_MainThread" : this.constructor.name}(${this.name}, ${status}${daemon}${ident})>`;
  }
}

/** The thread the program starts in. */
class MainThread extends Thread {
  constructor() {
    super(null, null, "MainThread");
    (this as unknown as { _started: boolean })._started = true;
    this.ident = newIdent();
    this.native_id = process.pid;
  }
  override get daemon(): boolean {
    return false;
  }
  override set daemon(_v: boolean) {
    throw new RuntimeError("cannot set daemon status of active thread");
  }
}

export const mainThread = new MainThread();
setMainThread(mainThread);
activeThreads.add(mainThread);

/** CPython's default `threading.excepthook`: SystemExit ends the thread quietly, anything else is printed. */
function reportThreadException(thread: Thread, e: unknown): void {
  const py = toPyException(e);
  if (py instanceof SystemExit) return;
  process.stderr.write(`Exception in thread ${thread.name}:\n${formatTraceback(py)}`);
}

export class Timer extends Thread {
  readonly interval: number;
  readonly function: unknown;
  readonly finished = new Event();

  constructor(interval: unknown, fn: unknown, args: unknown = null, kwargs: unknown = null) {
    super(null, null, null, args ?? [], kwargs ?? null);
    this.interval = Number(unhint(interval).value);
    this.function = fn;
  }

  cancel(): null {
    this.finished.set();
    return null;
  }

  override async run(): Promise<null> {
    await this.finished.wait$async(this.interval);
    if (!this.finished.is_set()) {
      const kwargs = this._kwargs;
      await callKw(this.function, this._args, kwargs === null ? [] : kwargsEntries(kwargs));
    }
    this.finished.set();
    return null;
  }
}

classSignatures(Thread, { __init__: "Thread(group=, target=, name=, args=, kwargs=, *, daemon=)", join: "join(timeout=)" });
classSignatures(Timer, { __init__: "Timer(interval, function, args=, kwargs=)" });

const atExitHooks: (() => void)[] = [];

/** Runs `hook` when the main thread ends, before the non-daemon threads are joined (CPython's `threading._register_atexit`). */
export function registerAtExit(hook: () => void): void {
  atExitHooks.push(hook);
}

/**
 * The end of the main module, as CPython's `threading._shutdown`: wait for
 * every non-daemon thread, then end the process if daemon threads are still
 * running (their timers would keep Node alive). Only the entry module ends
 * the program.
 */
export async function threadingShutdown(meta: { url: string; main?: boolean }): Promise<void> {
  if (!isEntryModule(meta)) return;
  // CPython's threading._register_atexit hooks: thread pools let their idle workers go.
  for (const hook of atExitHooks.splice(0)) hook();
  for (;;) {
    const next = [...activeThreads].find((t) => t !== mainThread && !t.daemon) as Thread | undefined;
    if (!next) break;
    await next.join$async();
  }
  if (activeThreads.size > 1) {
    const code = typeof process.exitCode === "number" ? process.exitCode : 0;
    process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
  }
}
