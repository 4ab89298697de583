/**
 * `asyncio.create_subprocess_exec` / `create_subprocess_shell` and the
 * `asyncio.subprocess.Process` they return, on node:child_process.
 * `wait()` finishes when the child has exited and its pipes are closed
 * (CPython's rule); `communicate(input)` feeds stdin, reads both outputs to
 * EOF concurrently and waits; `returncode` is -N after signal N.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import { BrokenPipeError, ConnectionResetError, ProcessLookupError, ValueError } from "../../exceptions.js";
import { classSignatures } from "../../kwargs.js";
import { tuple } from "../../repr.js";
import { osError } from "../../stdlib/os/errors.js";
import { coro, get_running_loop, isOptions, type Coroutine, type EventLoop, type Future } from "../core.js";
import { gather } from "../tasks.js";
import { DEFAULT_LIMIT, type StreamReader } from "../streams/reader.js";
import type { StreamWriter } from "../streams/writer.js";
import { readPipe, writePipe } from "./pipes.js";
import { checkSpawnOptions, plan, type StdSpec } from "./spawn.js";
import { onLoop } from "../on-loop.js";

/** The exit status as Python reports it: the code, or minus the signal's number. */
export function returncodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return signal === null ? 0 : -(constants.signals[signal] ?? 0);
}

/** A signal given as Python's int (or `signal.Signals` member) for `process.kill`. */
export function signalArg(sig: unknown): number {
  return Number((sig as { value?: unknown } | null)?.value ?? sig);
}

export class Process {
  // None at run time when the stream was not a PIPE; typed as present so `proc.stdout.readline()` type-checks
  // (on None it raises AttributeError, as in Python).
  stdin: StreamWriter = null as unknown as StreamWriter;
  stdout: StreamReader = null as unknown as StreamReader;
  stderr: StreamReader = null as unknown as StreamReader;
  returncode: number | null = null;
  readonly pid: number;
  private _exited = false;
  private _pipesOpen = 0;
  private _waiters: Future<number>[] = [];

  constructor(
    readonly _loop: EventLoop,
    readonly _child: ChildProcess,
    limit: number,
  ) {
    this.pid = _child.pid ?? -1;
    const pipeDone = () => {
      this._pipesOpen--;
      this._tryFinish();
    };
    if (_child.stdin) this.stdin = writePipe(_loop, _child.stdin, limit);
    if (_child.stdout) {
      this._pipesOpen++;
      this.stdout = readPipe(_loop, _child.stdout, limit, pipeDone);
    }
    if (_child.stderr) {
      this._pipesOpen++;
      this.stderr = readPipe(_loop, _child.stderr, limit, pipeDone);
    }
    _child.on("exit", (code, signal) =>
      onLoop(_loop, () => {
        this.returncode = returncodeOf(code, signal);
        this._exited = true;
        this._tryFinish();
      }),
    );
  }

  private _tryFinish(): void {
    if (!this._exited || this._pipesOpen > 0) return;
    for (const w of this._waiters.splice(0)) if (!w.done()) w.set_result(this.returncode!);
  }

  private _finished(): boolean {
    return this._exited && this._pipesOpen <= 0;
  }

  wait(): Coroutine<number> {
    return coro(async () => {
      if (this._finished()) return this.returncode!;
      const w = this._loop.create_future<number>();
      this._waiters.push(w);
      return await w;
    }, "Process.wait");
  }

  private _checkAlive(): void {
    if (this._finished()) throw new ProcessLookupError();
  }

  send_signal(sig: unknown): void {
    this._checkAlive();
    if (this.returncode === null) this._child.kill(signalArg(sig));
  }

  terminate(): void {
    this._checkAlive();
    if (this.returncode === null) this._child.kill("SIGTERM");
  }

  kill(): void {
    this._checkAlive();
    if (this.returncode === null) this._child.kill("SIGKILL");
  }

  communicate(input: unknown = null): Coroutine<readonly [unknown, unknown]> {
    return coro(async () => {
      const noop = () => coro(async () => null, "Process._noop");
      const feed = this.stdin === null ? noop() : this._feedStdin(input);
      const out = this.stdout === null ? noop() : this.stdout.read();
      const err = this.stderr === null ? noop() : this.stderr.read();
      const results = (await gather(feed, out, err)) as unknown[];
      await this.wait();
      return tuple(results[1] ?? null, results[2] ?? null) as readonly [unknown, unknown];
    }, "Process.communicate");
  }

  private _feedStdin(input: unknown): Coroutine<null> {
    const stdin = this.stdin!;
    return coro(async () => {
      if (input !== null && input !== undefined) {
        stdin.write(input);
        try {
          await stdin.drain();
        } catch (e) {
          // The child may exit without reading its input: CPython ignores that.
          if (!(e instanceof BrokenPipeError || e instanceof ConnectionResetError)) throw e;
        }
      }
      stdin.close();
      return null;
    }, "Process._feed_stdin");
  }

  __repr__(): string {
    return `<Process ${this.pid}>`;
  }
}

classSignatures(Process, { communicate: "communicate(input=)" });

type Options = StdSpec & { limit?: number; [key: string]: unknown };

function start(argv: unknown[], shell: boolean, options: Options): Coroutine<Process> {
  return coro(async () => {
    const loop = get_running_loop();
    const api = shell ? "create_subprocess_shell" : "create_subprocess_exec";
    checkSpawnOptions(api, options);
    for (const k of ["text", "universal_newlines", "encoding", "errors"]) {
      if (options[k] !== undefined && options[k] !== null && options[k] !== false) throw new ValueError(`${k} must be ${k === "encoding" || k === "errors" ? "None" : "False"}`);
    }
    const p = plan(argv, shell, options);
    const detached = options.start_new_session === true;
    const child = spawn(p.file, p.args, { stdio: p.stdio, cwd: p.cwd, env: p.env, detached, argv0: shell ? undefined : String(argv[0]) });
    const started = loop.create_future<null>();
    child.once("error", (err: NodeJS.ErrnoException) => {
      if (!started.done()) started.set_exception(osError(err.code ?? "", String(argv[0])));
    });
    child.once("spawn", () => {
      if (!started.done()) started.set_result(null);
    });
    // Listen at once: the child may exit (and Node report it) before this task resumes.
    const proc = new Process(loop, child, Number(options.limit ?? DEFAULT_LIMIT));
    await started;
    return proc;
  }, shell ? "create_subprocess_shell" : "create_subprocess_exec");
}

function splitOptions(args: unknown[]): [unknown[], Options] {
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) return [args.slice(0, -1), last as Options];
  return [args, {}];
}

/** `await asyncio.create_subprocess_exec(program, *args, stdin=, stdout=, stderr=, cwd=, env=, limit=)` */
export function create_subprocess_exec(...programAndArgs: unknown[]): Coroutine<Process> {
  const [args, options] = splitOptions(programAndArgs);
  return start(args, false, options);
}

/** `await asyncio.create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=..., **kwds)`: typeshed makes the streams positional. */
export function create_subprocess_shell(cmd: unknown, ...rest: unknown[]): Coroutine<Process> {
  // The keyword-only options follow whichever of stdin, stdout, stderr, limit were given.
  const [given, options] = splitOptions(rest);
  const merged: Options = { ...options };
  (["stdin", "stdout", "stderr", "limit"] as const).forEach((name, i) => {
    if (given[i] !== undefined) merged[name] = given[i] as never;
  });
  return start([cmd], true, merged);
}
