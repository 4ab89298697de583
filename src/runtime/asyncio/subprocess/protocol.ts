/**
 * `loop.subprocess_exec` / `loop.subprocess_shell`: a child driven through
 * an `asyncio.SubprocessProtocol` (`connection_made`, `pipe_data_received`,
 * `pipe_connection_lost`, `process_exited`, `connection_lost`) and the
 * SubprocessTransport CPython hands it (`get_pid`, `get_returncode`,
 * `get_pipe_transport`, `send_signal`/`terminate`/`kill`, `close`).
 * Node's events reach the loop with call_soon, in the order Node reports
 * them; `connection_lost` comes once the child has exited and every pipe is
 * closed, as in CPython.
 */
import { spawn, type ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import { ProcessLookupError, ValueError } from "../../exceptions.js";
import { callKw } from "../../calls.js";
import { Kwargs } from "../../kwargs.js";
import { tuple } from "../../repr.js";
import { osError } from "../../stdlib/os/errors.js";
import { coro, isOptions, type Coroutine, type EventLoop } from "../core.js";
import { toPy } from "../bytes-edge.js";
import { onLoop } from "../on-loop.js";
import { socketError } from "../streams/errors.js";
import { PipeWriteTransport } from "./pipes.js";
import { returncodeOf, signalArg } from "./process.js";
import { PIPE, checkSpawnOptions, plan, type StdSpec } from "./spawn.js";

interface SubprocessProtocolLike {
  connection_made(transport: unknown): unknown;
  pipe_data_received(fd: number, data: unknown): unknown;
  pipe_connection_lost(fd: number, exc: unknown): unknown;
  process_exited(): unknown;
  connection_lost(exc: unknown): unknown;
}

/** A child's stdout or stderr as the read transport `get_pipe_transport(1)` gives. */
export class PipeReadTransport {
  private _closing = false;
  constructor(
    readonly _pipe: Readable,
    private readonly onClose: () => void,
  ) {}
  pause_reading(): void {
    this._pipe.pause();
  }
  resume_reading(): void {
    this._pipe.resume();
  }
  is_reading(): boolean {
    return !this._pipe.isPaused() && !this._closing;
  }
  is_closing(): boolean {
    return this._closing;
  }
  close(): void {
    if (this._closing) return;
    this._closing = true;
    this._pipe.destroy();
    this.onClose();
  }
  get_extra_info(_name: string, default_: unknown = null): unknown {
    return default_;
  }
  __repr__(): string {
    return `<_UnixReadPipeTransport fd=-1 ${this._closing ? "closed" : "polling"}>`;
  }
}

export class SubprocessTransport {
  private _returncode: number | null = null;
  private _closed = false;
  private _open = new Set<number>();
  private _finished = false;
  private _pending: (() => unknown)[] | null = [];
  private readonly _pipes = new Map<number, PipeWriteTransport | PipeReadTransport>();
  readonly _pid: number;

  constructor(
    readonly _loop: EventLoop,
    readonly _child: ChildProcess,
    public _protocol: SubprocessProtocolLike,
  ) {
    this._pid = _child.pid ?? -1;
    const lost = (fd: number, exc: unknown) => {
      if (!this._open.delete(fd)) return;
      this._call(() => this._protocol.pipe_connection_lost(fd, exc));
      this._tryFinish();
    };
    if (_child.stdin) {
      const stdin = _child.stdin;
      this._open.add(0);
      // The stdin transport reports its end to this process's protocol as pipe 0.
      const proto = { connection_made() {}, data_received() {}, eof_received() {}, connection_lost: (exc: unknown) => lost(0, exc) };
      this._pipes.set(0, new PipeWriteTransport(_loop, stdin, proto));
    }
    ([[1, _child.stdout], [2, _child.stderr]] as const).forEach(([fd, pipe]) => {
      if (!pipe) return;
      this._open.add(fd);
      let failure: unknown = null;
      const transport = new PipeReadTransport(pipe, () => onLoop(_loop, () => lost(fd, null)));
      this._pipes.set(fd, transport);
      pipe.on("data", (chunk: Buffer) =>
        onLoop(_loop, () => {
          if (this._open.has(fd)) this._call(() => this._protocol.pipe_data_received(fd, toPy(chunk)));
        }),
      );
      pipe.on("error", (err) => (failure = socketError(err)));
      pipe.on("close", () => onLoop(_loop, () => lost(fd, failure)));
    });
    _child.on("exit", (code, signal) =>
      onLoop(_loop, () => {
        this._returncode = returncodeOf(code, signal);
        this._call(() => this._protocol.process_exited());
        this._tryFinish();
      }),
    );
  }

  /**
   * A protocol callback, one loop step later as CPython's `_call` makes it;
   * held back until `connection_made` has run.
   */
  _call(fn: () => unknown): void {
    if (this._pending !== null) this._pending.push(fn);
    else onLoop(this._loop, fn);
  }

  /** @internal connection_made, then what arrived before it. */
  _connected(): void {
    this._protocol.connection_made(this);
    const pending = this._pending ?? [];
    this._pending = null;
    for (const fn of pending) onLoop(this._loop, fn);
  }

  private _tryFinish(): void {
    if (this._finished || this._returncode === null || this._open.size > 0) return;
    this._finished = true;
    this._call(() => this._protocol.connection_lost(null));
  }

  get_pid(): number {
    return this._pid;
  }

  get_returncode(): number | null {
    return this._returncode;
  }

  get_pipe_transport(fd: number): any {
    return this._pipes.get(Number(fd)) ?? null;
  }

  get_protocol(): SubprocessProtocolLike {
    return this._protocol;
  }

  set_protocol(protocol: SubprocessProtocolLike): void {
    this._protocol = protocol;
  }

  is_closing(): boolean {
    return this._closed;
  }

  private _check(): void {
    if (this._closed && this._returncode !== null) throw new ProcessLookupError();
  }

  send_signal(sig: unknown): void {
    this._check();
    if (this._returncode === null) this._child.kill(signalArg(sig));
  }

  terminate(): void {
    this.send_signal(15);
  }

  kill(): void {
    this.send_signal(9);
  }

  /** Closes the pipes and kills a child still running, as CPython 3.11 does. */
  close(): void {
    if (this._closed) return;
    this._closed = true;
    for (const p of this._pipes.values()) p.close();
    if (this._returncode === null && this._child.exitCode === null && this._child.signalCode === null) this._child.kill("SIGKILL");
  }

  __repr__(): string {
    const state = this._closed ? " closed" : "";
    const rc = this._returncode === null ? " running" : ` returncode=${this._returncode}`;
    return `<_UnixSubprocessTransport pid=${this._pid}${state}${rc}>`;
  }
}

type Options = StdSpec & { [key: string]: unknown };

function start(loop: EventLoop, factory: unknown, argv: unknown[], shell: boolean, options: Options): Coroutine<readonly [SubprocessTransport, any]> {
  const api = shell ? "subprocess_shell" : "subprocess_exec";
  return coro(async () => {
    const { universal_newlines, text, encoding, errors, shell: shellOpt, bufsize, ...rest } = options;
    if (universal_newlines) throw new ValueError("universal_newlines must be False");
    if (text) throw new ValueError("text must be False");
    if (encoding !== undefined && encoding !== null) throw new ValueError("encoding must be None");
    if (errors !== undefined && errors !== null) throw new ValueError("errors must be None");
    if (bufsize !== undefined && bufsize !== 0) throw new ValueError("bufsize must be 0");
    if (shellOpt !== undefined && Boolean(shellOpt) !== shell) throw new ValueError(shell ? "shell must be True" : "shell must be False");
    const spec: Options = { stdin: PIPE, stdout: PIPE, stderr: PIPE, ...rest };
    checkSpawnOptions(api, spec);
    const p = plan(argv, shell, spec);
    const child = spawn(p.file, p.args, { stdio: p.stdio, cwd: p.cwd, env: p.env, detached: spec.start_new_session === true, argv0: shell ? undefined : String(argv[0]) });
    const started = loop.create_future<null>();
    child.once("error", (err: NodeJS.ErrnoException) => {
      if (!started.done()) started.set_exception(osError(err.code ?? "", String(argv[0])));
    });
    child.once("spawn", () => {
      if (!started.done()) started.set_result(null);
    });
    const protocol = callKw(factory as () => SubprocessProtocolLike, [], []);
    const transport = new SubprocessTransport(loop, child, protocol);
    await started;
    // connection_made runs on the next loop step, and the caller resumes after it (CPython's waiter).
    const ready = loop.create_future<null>();
    onLoop(loop, () => transport._connected());
    onLoop(loop, () => ready.done() || ready.set_result(null));
    await ready;
    return tuple(transport, protocol) as readonly [SubprocessTransport, any];
  }, api);
}

/** The trailing keywords: a plain object from a direct call, a Kwargs map when bound by signature. */
function splitOptions(args: unknown[]): [unknown[], Options] {
  const last = args[args.length - 1];
  if (args.length > 0 && last instanceof Kwargs) return [args.slice(0, -1), Object.fromEntries(last) as Options];
  if (args.length > 0 && isOptions(last)) return [args.slice(0, -1), last as Options];
  return [args, {}];
}

export function subprocessExec(loop: EventLoop, factory: unknown, ...programAndArgs: unknown[]): Coroutine<readonly [SubprocessTransport, any]> {
  const [args, options] = splitOptions(programAndArgs);
  return start(loop, factory, args, false, options);
}

export function subprocessShell(loop: EventLoop, factory: unknown, cmd: unknown, ...rest: unknown[]): Coroutine<readonly [SubprocessTransport, any]> {
  const [, options] = splitOptions(rest);
  if (typeof cmd !== "string" && !(cmd instanceof Uint8Array)) {
    return coro(async () => {
      throw new ValueError("cmd must be a string");
    }, "subprocess_shell");
  }
  return start(loop, factory, [cmd], true, options);
}
