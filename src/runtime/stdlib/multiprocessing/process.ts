/**
 * `multiprocessing.Process`: one worker thread (procs/workers.ts) that runs
 * `target(*args, **kwargs)` — or the subclass's `run()` — and ends.
 * `exitcode` is 0, 1 after an exception (whose traceback goes to stderr
 * under "Process Process-1:", as CPython prints it), or SystemExit's code.
 */
import { RuntimeError, TypeError, ValueError } from "../../exceptions.js";
import { pyIterable } from "../../builtins.js";
import { WorkerGroup, callMessage, nextProcessNumber, type Outcome } from "../../procs/workers.js";
import { workerProcessName } from "../../procs/worker-state.js";
import { withKeywords } from "./keywords.js";
import { constants as osConstants } from "node:os";
import { classSignatures } from "../../kwargs.js";

const live = new Set<Process>();

export class Process {
  #group: WorkerGroup | null = null;
  #target: unknown;
  #args: unknown[];
  #kwargs: [string, unknown][];
  #exitcode: number | null = null;
  #started = false;
  #pid: number | null = null;
  #name: string | null;
  daemon: boolean;

  constructor(...given: unknown[]) {
    // Keywords arrive as one trailing object (the mapping's `options: ["*"]`).
    const [group = null, target = null, name = null, args = [], kwargs = null, options = {}] = withKeywords(given, ["group", "target", "name", "args", "kwargs"]) as [unknown, unknown, string | null, unknown, unknown, { daemon?: boolean | null }];
    if (group !== null && group !== undefined) throw new ValueError("group argument must be None for now");
    this.#target = target;
    this.#args = Array.from(pyIterable(args ?? []));
    this.#kwargs = kwargs instanceof Map ? [...(kwargs as Map<string, unknown>)] : [];
    // CPython numbers a process when it is made: `Process-3`, or a subclass's own name (`Worker-3`).
    const n = nextProcessNumber(); // counted for a named process too
    this.#name = name ?? `${new.target === Process ? "Process" : new.target.name}-${n}`;
    this.daemon = options.daemon ?? false;
  }

  /**
   * `multiprocessing.Process.__init__(self, ...)` in a subclass's own
   * `__init__`: the translated constructor has already run `super()`, which
   * numbered the process; this applies the arguments and keeps the number.
   */
  static __init__(self: Process, ...given: unknown[]): null {
    const [group = null, target = null, name = null, args = [], kwargs = null, options = {}] = withKeywords(given, ["group", "target", "name", "args", "kwargs"]) as [unknown, unknown, string | null, unknown, unknown, { daemon?: boolean | null }];
    if (group !== null && group !== undefined) throw new ValueError("group argument must be None for now");
    self.#target = target;
    self.#args = Array.from(pyIterable(args ?? []));
    self.#kwargs = kwargs instanceof Map ? [...(kwargs as Map<string, unknown>)] : [];
    if (name !== null && name !== undefined) self.#name = name;
    if (options.daemon !== undefined && options.daemon !== null) self.daemon = options.daemon;
    return null;
  }

  get name(): string {
    // In the worker, a Process subclass's instance is rebuilt without its private state: it is that worker.
    if (!(#name in this)) return workerProcessName() ?? "Process-?";
    return this.#name ?? "Process-?";
  }

  set name(v: string) {
    this.#name = v;
  }

  get pid(): number | null {
    if (!(#pid in this)) return process.pid;
    return this.#pid;
  }

  get ident(): number | null {
    return this.#pid;
  }

  get exitcode(): number | null {
    this.#group?.drain();
    return this.#exitcode;
  }

  /** What the worker runs; a subclass overrides it. */
  run(): unknown {
    if (this.#target !== null && this.#target !== undefined) return (this.#target as (...a: unknown[]) => unknown)(...this.#args);
    return null;
  }

  start(): null {
    if (this.#started) throw new AssertionErrorLike("cannot start a process twice");
    this.#started = true;
    const own = Object.getPrototypeOf(this) !== Process.prototype && Object.getPrototypeOf(this).run !== Process.prototype.run;
    // Pickled before the worker starts, as CPython's spawn does: an unpicklable target fails here.
    const msg = own ? { ...callMessage(this, []), method: "run" } : callMessage(this.#target ?? noTarget, this.#args, undefined, this.#kwargs);
    const group = new WorkerGroup(1, [this.name], () => new RuntimeError("process ended abruptly"), true);
    this.#group = group;
    this.#pid = process.pid + Number(this.name.replace(/\D+/g, "") || 0);
    live.add(this);
    group.call(msg, (o: Outcome, exit?: number) => {
      live.delete(this);
      if (o.ok) this.#exitcode = 0;
      else if (exit !== undefined) this.#exitcode = exit;
      else {
        this.#exitcode = 1;
        process.stderr.write(`Process ${this.name}:\n${o.tb ?? String(o.error) + "\n"}`);
      }
    });
    if (this.daemon) group.unrefAll();
    return null;
  }

  join(timeout: number | null = null): null {
    if (!this.#started) throw new AssertionErrorLike("can only join a started process");
    this.#group?.waitSync(() => this.#exitcode !== null, timeout);
    return null;
  }

  is_alive(): boolean {
    return this.#started && this.exitcode === null;
  }

  terminate(): null {
    if (this.#group && this.#exitcode === null) {
      this.#group.terminate();
      this.#exitcode = -15;
      live.delete(this);
    }
    return null;
  }

  kill(): null {
    if (this.#group && this.#exitcode === null) {
      this.#group.terminate();
      this.#exitcode = -9;
      live.delete(this);
    }
    return null;
  }

  close(): null {
    if (this.is_alive()) throw new ValueError("Cannot close a process while it is still running. You should first call join() or terminate().");
    return null;
  }

  __repr__(): string {
    // CPython names a signal's exit status: `exitcode=-SIGTERM`.
    const code = this.#exitcode !== null && this.#exitcode < 0 ? `-${signalName(-this.#exitcode)}` : String(this.#exitcode);
    const state = !this.#started ? "initial" : this.#exitcode === null ? "started" : this.#exitcode === 0 ? "stopped" : `stopped exitcode=${code}`;
    return `<Process name='${this.name}' ${state}${this.daemon ? " daemon" : ""}>`;
  }
}

class AssertionErrorLike extends TypeError {}

function signalName(n: number): string {
  const found = Object.entries(osConstants.signals).find(([, v]) => v === n);
  return found ? found[0] : String(n);
}

function noTarget(): null {
  return null;
}

/** The process this code runs in: the main process, or the worker's. */
export function current_process(): { name: string; pid: number; daemon: boolean; __repr__(): string } {
  const name = workerProcessName() ?? "MainProcess";
  return { name, pid: process.pid, daemon: false, __repr__: () => `<_MainProcess name='${name}' parent=None started>` };
}

export function active_children(): Process[] {
  return [...live].filter((p) => p.is_alive());
}

classSignatures(Process, { join: "join(timeout=)" });
