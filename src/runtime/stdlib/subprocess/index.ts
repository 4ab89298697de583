/**
 * Python's `subprocess` for programs that run a command and wait for it:
 * `run`, `call`, `check_call`, `check_output`, `getoutput`,
 * `getstatusoutput`, on node:child_process's spawnSync. The command line,
 * streams (PIPE / DEVNULL / STDOUT / None), `cwd=`, `env=`, `input=`,
 * `text=` and `timeout=` (the child is killed with SIGKILL, as CPython's
 * run does) behave as in CPython. Popen is popen.ts.
 */
import { spawnSync } from "node:child_process";
import { NotImplementedError, ValueError } from "../../exceptions.js";
import { toBuffer, toPy } from "../../asyncio/bytes-edge.js";
import { DEVNULL, PIPE, STDOUT, checkSpawnOptions, plan, type StdSpec } from "../../asyncio/subprocess/spawn.js";
import { returncodeOf } from "../../asyncio/subprocess/process.js";
import { CalledProcessError, CompletedProcess, SubprocessError, TimeoutExpired } from "./errors.js";
import { gather, textMode, truthy, type Options } from "./options.js";
import { Popen } from "./popen.js";

function decode(buf: Buffer | null, text: boolean): unknown {
  if (buf === null) return null;
  if (!text) return toPy(buf);
  return buf.toString("utf8").replace(/\r\n?/g, "\n");
}

interface Outcome {
  returncode: number;
  stdout: unknown;
  stderr: unknown;
}

/** Runs the command to completion; raises TimeoutExpired or the spawn error as CPython would. */
function execute(args: unknown, o: Options): Outcome {
  checkSpawnOptions("subprocess", o);
  // spawnSync cannot start a new session.
  if (truthy(o.start_new_session)) throw new NotImplementedError("tsyncio: subprocess(start_new_session=True) is not supported");
  const text = textMode(o);
  const argv = typeof args === "string" || args instanceof Uint8Array || !(Symbol.iterator in Object(args)) ? [args] : [...(args as Iterable<unknown>)];
  const shell = truthy(o.shell);
  const spec: StdSpec = { ...o };
  if (o.input !== undefined && o.input !== null) {
    if (spec.stdin !== undefined && spec.stdin !== null) throw new ValueError("stdin and input arguments may not both be used.");
    spec.stdin = PIPE;
  }
  const p = plan(argv, shell, spec);
  // With text=True the input is a str, encoded as UTF-8; otherwise bytes-like (a str is a TypeError, as in CPython).
  const input = o.input === undefined || o.input === null ? undefined : text && typeof o.input === "string" ? Buffer.from(o.input, "utf8") : toBuffer(o.input, "input");
  const timeout = o.timeout === undefined || o.timeout === null ? undefined : Number(o.timeout);
  const r = spawnSync(p.file, p.args, {
    stdio: p.stdio,
    cwd: p.cwd,
    env: p.env,
    input: input ?? (spec.stdin === PIPE ? Buffer.alloc(0) : undefined),
    timeout: timeout === undefined ? undefined : Math.max(1, Math.round(timeout * 1000)),
    killSignal: "SIGKILL",
    maxBuffer: Number.MAX_SAFE_INTEGER,
    argv0: shell ? undefined : String(argv[0]),
  });
  const stdout = decode((r.stdout as Buffer | null) ?? null, text);
  const stderr = decode((r.stderr as Buffer | null) ?? null, text);
  const code = (r.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ETIMEDOUT") throw new TimeoutExpired(shell ? args : p.pyArgs, timeout!, stdout, stderr);
  if (r.error) throw r.error;
  return { returncode: returncodeOf(r.status, r.signal), stdout, stderr };
}

function run(args: unknown, ...rest: unknown[]): CompletedProcess {
  const o = gather(rest);
  if (truthy(o.capture_output)) {
    if ((o.stdout !== undefined && o.stdout !== null) || (o.stderr !== undefined && o.stderr !== null)) {
      throw new ValueError("stdout and stderr arguments may not be used with capture_output.");
    }
    o.stdout = PIPE;
    o.stderr = PIPE;
  }
  const r = execute(args, o);
  const done = new CompletedProcess(args, r.returncode, r.stdout, r.stderr);
  if (truthy(o.check) && r.returncode !== 0) throw new CalledProcessError(r.returncode, args, r.stdout, r.stderr);
  return done;
}

function call(args: unknown, ...rest: unknown[]): number {
  return execute(args, gather(rest)).returncode;
}

function check_call(args: unknown, ...rest: unknown[]): number {
  const rc = call(args, ...rest);
  if (rc !== 0) throw new CalledProcessError(rc, args);
  return 0;
}

function check_output(args: unknown, ...rest: unknown[]): any {
  const o = gather(rest);
  if (o.stdout !== undefined && o.stdout !== null) throw new ValueError("stdout argument not allowed, it will be overridden.");
  o.stdout = PIPE;
  const r = execute(args, o);
  if (r.returncode !== 0) throw new CalledProcessError(r.returncode, args, r.stdout, r.stderr);
  return r.stdout;
}

function getstatusoutput(cmd: unknown, _options?: unknown): readonly [number, string] {
  const r = execute(cmd, { shell: true, text: true, stdout: PIPE, stderr: STDOUT });
  let out = String(r.stdout);
  if (out.endsWith("\n")) out = out.slice(0, -1);
  return Object.freeze([r.returncode, out]) as readonly [number, string];
}

function getoutput(cmd: unknown, _options?: unknown): string {
  return getstatusoutput(cmd)[1];
}

export const subprocess = {
  PIPE,
  STDOUT,
  DEVNULL,
  run,
  call,
  check_call,
  check_output,
  getoutput,
  getstatusoutput,
  CompletedProcess,
  CalledProcessError,
  SubprocessError,
  TimeoutExpired,
  Popen,
};
