/**
 * `subprocess.Popen`: a child running beside a synchronous program. The
 * child lives in the blocking helper thread (blocking/bridge.ts,
 * popen-host.ts); `wait`, `communicate`, `poll` and reads from its pipes
 * block the program's thread until the helper answers, as the system calls
 * do in CPython. Inside a coroutine these calls stall the event loop, as
 * they do in CPython (the translation warns, TSY1301).
 */
import { TypeError, ValueError } from "../../exceptions.js";
import { pyTypeName, repr, tuple } from "../../repr.js";
import { toBuffer, toPy } from "../../asyncio/bytes-edge.js";
import { signalArg } from "../../asyncio/subprocess/process.js";
import { PIPE, checkSpawnOptions, plan } from "../../asyncio/subprocess/spawn.js";
import { callSync } from "../../blocking/bridge.js";
import { classSignatures } from "../../kwargs.js";
import { TimeoutExpired } from "./errors.js";
import { asPyError } from "./popen-errors.js";
import { PipeReader, PipeWriter } from "./popen-pipes.js";
import { gather, textMode, truthy, type Options } from "./options.js";

function call<T>(op: string, args: unknown): T {
  try {
    return callSync<T>(op, args);
  } catch (e) {
    throw asPyError(e);
  }
}

function seconds(t: unknown): number | null {
  return t === null || t === undefined ? null : Number(t);
}

export class Popen {
  static __module__ = "subprocess";
  readonly args: unknown;
  readonly pid: number;
  returncode: number | null = null;
  // None at run time when the stream is not a PIPE; typed as present so `p.stdout.read()` type-checks.
  stdin: PipeWriter = null as unknown as PipeWriter;
  stdout: PipeReader = null as unknown as PipeReader;
  stderr: PipeReader = null as unknown as PipeReader;
  readonly text_mode: boolean;
  private readonly id: number;
  private communicated = false;

  constructor(args: unknown, ...rest: unknown[]) {
    const o: Options = gather(rest);
    checkSpawnOptions("Popen", o);
    const text = textMode(o);
    const argv = typeof args === "string" || args instanceof Uint8Array || !(Symbol.iterator in Object(args)) ? [args] : [...(args as Iterable<unknown>)];
    const shell = truthy(o.shell);
    const p = plan(argv, shell, o);
    const started = call<{ id: number; pid: number }>("popen.start", {
      file: p.file,
      args: p.args,
      stdio: p.stdio,
      cwd: p.cwd,
      env: p.env,
      argv0: shell ? undefined : String(argv[0]),
      detached: truthy(o.start_new_session),
    });
    this.args = args;
    this.id = started.id;
    this.pid = started.pid;
    this.text_mode = text;
    if (o.stdin === PIPE) this.stdin = new PipeWriter(this.id, text);
    if (o.stdout === PIPE) this.stdout = new PipeReader(this.id, "out", text);
    if (o.stderr === PIPE) this.stderr = new PipeReader(this.id, "err", text);
  }

  poll(): number | null {
    if (this.returncode === null) this.returncode = call<number | null>("popen.poll", { id: this.id });
    return this.returncode;
  }

  wait(timeout: unknown = null): number {
    if (this.returncode !== null) return this.returncode;
    const rc = call<number | null>("popen.wait", { id: this.id, timeout: seconds(timeout) });
    if (rc === null) throw new TimeoutExpired(this.args, Number(timeout));
    this.returncode = rc;
    return rc;
  }

  communicate(input: unknown = null, timeout: unknown = null): readonly [unknown, unknown] {
    if (this.communicated && truthy(input)) throw new ValueError("Cannot send input after starting communication");
    let data: Uint8Array | null = null;
    // Without a stdin pipe the input goes nowhere, as in CPython.
    if (input !== null && input !== undefined && this.stdin !== null) {
      if (this.text_mode) {
        if (typeof input !== "string") throw new TypeError(`write() argument must be str, not ${pyTypeName(input)}`);
        data = Buffer.from(input, "utf8");
      } else data = toBuffer(input, "memoryview: a bytes-like object is required, not");
    }
    const first = !this.communicated;
    this.communicated = true;
    const r = call<{ done: boolean; out: Uint8Array | null; err: Uint8Array | null; returncode: number | null }>("popen.communicate", {
      id: this.id,
      input: first ? data : null,
      timeout: seconds(timeout),
    });
    if (!r.done) throw new TimeoutExpired(this.args, Number(timeout));
    this.returncode = r.returncode;
    const out = this.stdout === null ? null : this.convert(r.out!);
    const err = this.stderr === null ? null : this.convert(r.err!);
    this.stdout?.close();
    this.stderr?.close();
    if (this.stdin !== null) this.stdin = markClosed(this.stdin);
    return tuple(out, err) as readonly [unknown, unknown];
  }

  private convert(b: Uint8Array): unknown {
    return this.text_mode ? Buffer.from(b).toString("utf8").replace(/\r\n?/g, "\n") : toPy(b);
  }

  send_signal(sig: unknown): void {
    this.poll();
    if (this.returncode === null) call("popen.kill", { id: this.id, signal: signalArg(sig) });
  }

  terminate(): void {
    this.send_signal(15);
  }

  kill(): void {
    this.send_signal(9);
  }

  __enter__(): this {
    return this;
  }

  /** Closes the pipes and waits for the child, as CPython's Popen.__exit__ does. */
  __exit__(..._exc: unknown[]): boolean {
    this.stdout?.close();
    this.stderr?.close();
    try {
      this.stdin?.close();
    } finally {
      this.wait();
    }
    return false;
  }

  __repr__(): string {
    return `<Popen: returncode: ${this.returncode === null ? "None" : this.returncode} args: ${repr(this.args)}>`;
  }
}

/** communicate() closed stdin in the helper; the writer must say so too. */
function markClosed(w: PipeWriter): PipeWriter {
  (w as unknown as { isClosed: boolean }).isClosed = true;
  return w;
}

classSignatures(Popen, {
  wait: "wait(timeout=)",
  communicate: "communicate(input=, timeout=)",
  send_signal: "send_signal(sig)",
});
classSignatures(PipeReader, { read: "read(size=)", read1: "read1(size=)", readline: "readline(size=)" });
classSignatures(PipeWriter, { write: "write(data)" });
