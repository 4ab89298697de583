/**
 * The worker-thread side of `subprocess.Popen` (see blocking/bridge.ts):
 * it owns the children, collects what they write to their pipes, and
 * answers the program's blocking questions — the next bytes, the next
 * line, the exit status — when they can be answered, or at a timeout.
 */
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import { constants } from "node:os";

interface Pipe {
  chunks: Buffer[];
  size: number;
  ended: boolean;
  wake: (() => void)[];
}

interface Child {
  proc: ChildProcess;
  out: Pipe | null;
  err: Pipe | null;
  exit: { code: number | null; signal: NodeJS.Signals | null } | null;
  onExit: (() => void)[];
  stdinError: NodeJS.ErrnoException | null;
}

const children = new Map<number, Child>();
let nextId = 1;

function pipeOf(stream: NodeJS.ReadableStream | null): Pipe | null {
  if (stream === null) return null;
  const p: Pipe = { chunks: [], size: 0, ended: false, wake: [] };
  const ping = () => p.wake.splice(0).forEach((f) => f());
  stream.on("data", (b: Buffer) => {
    p.chunks.push(b);
    p.size += b.length;
    ping();
  });
  stream.on("end", () => {
    p.ended = true;
    ping();
  });
  stream.on("error", () => {
    p.ended = true;
    ping();
  });
  return p;
}

function take(p: Pipe, n: number): Buffer {
  const all = Buffer.concat(p.chunks);
  const got = all.subarray(0, n);
  const rest = all.subarray(n);
  p.chunks = rest.length ? [rest] : [];
  p.size = rest.length;
  return Buffer.from(got);
}

/** Waits until `ready()` holds or the pipe ends. */
function until(p: Pipe, ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (ready() || p.ended ? resolve() : p.wake.push(check));
    check();
  });
}

function child(id: number): Child {
  const c = children.get(id);
  if (c === undefined) throw new Error(`no such child ${id}`);
  return c;
}

function exited(c: Child): Promise<void> {
  return new Promise((resolve) => (c.exit !== null ? resolve() : c.onExit.push(resolve)));
}

function withTimeout(p: Promise<void>, timeout: number | null): Promise<boolean> {
  if (timeout === null) return p.then(() => true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), Math.max(0, timeout * 1000));
    void p.then(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

function status(c: Child): number | null {
  if (c.exit === null) return null;
  if (c.exit.code !== null) return c.exit.code;
  return c.exit.signal === null ? 0 : -(constants.signals[c.exit.signal] ?? 0);
}

interface SpawnArgs {
  file: string;
  args: string[];
  stdio: StdioOptions;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  argv0?: string;
  /** start_new_session: the child leads a new session (setsid), as Node's detached does on Unix. */
  detached?: boolean;
}

function start(a: SpawnArgs): Promise<{ id: number; pid: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(a.file, a.args, { stdio: a.stdio, cwd: a.cwd, env: a.env, argv0: a.argv0, detached: a.detached });
    const c: Child = { proc, out: pipeOf(proc.stdout), err: pipeOf(proc.stderr), exit: null, onExit: [], stdinError: null };
    proc.stdin?.on("error", (e: NodeJS.ErrnoException) => (c.stdinError = e));
    proc.on("exit", (code, signal) => {
      c.exit = { code, signal };
      c.onExit.splice(0).forEach((f) => f());
    });
    proc.once("error", reject);
    proc.once("spawn", () => {
      const id = nextId++;
      children.set(id, c);
      resolve({ id, pid: proc.pid! });
    });
  });
}

function write(a: { id: number; data: Uint8Array }): Promise<void> {
  const c = child(a.id);
  const stdin = c.proc.stdin!;
  return new Promise((resolve, reject) => {
    if (c.stdinError !== null || stdin.destroyed) return reject(c.stdinError ?? Object.assign(new Error("write EPIPE"), { code: "EPIPE", errno: -32 }));
    stdin.write(Buffer.from(a.data), (err) => (err ? reject(err) : resolve()));
  });
}

function closeStdin(a: { id: number }): Promise<void> {
  const stdin = child(a.id).proc.stdin;
  return new Promise((resolve) => {
    if (!stdin || stdin.destroyed || stdin.writableEnded) return resolve();
    stdin.end(() => resolve());
    stdin.once("error", () => resolve());
  });
}

function pipeNamed(c: Child, which: "out" | "err"): Pipe {
  const p = which === "out" ? c.out : c.err;
  if (p === null) throw new Error(`std${which} is not a pipe`);
  return p;
}

/** read(n): n < 0 reads to the end; otherwise waits for n bytes or the end, as a BufferedReader does. */
async function read(a: { id: number; which: "out" | "err"; n: number; any?: boolean }): Promise<Uint8Array> {
  const p = pipeNamed(child(a.id), a.which);
  if (a.n < 0) {
    await until(p, () => false);
    return take(p, p.size);
  }
  await until(p, () => (a.any ? p.size > 0 : p.size >= a.n));
  return take(p, Math.min(a.n, p.size));
}

async function readline(a: { id: number; which: "out" | "err"; limit: number }): Promise<Uint8Array> {
  const p = pipeNamed(child(a.id), a.which);
  const nl = () => p.chunks.some((b) => b.includes(10));
  await until(p, () => nl() || (a.limit >= 0 && p.size >= a.limit));
  const all = Buffer.concat(p.chunks);
  let end = all.indexOf(10);
  end = end < 0 ? all.length : end + 1;
  if (a.limit >= 0) end = Math.min(end, a.limit);
  return take(p, end);
}

/** communicate: writes input, closes stdin, reads both pipes to the end and waits for the exit, or reports a timeout. */
async function communicate(a: { id: number; input: Uint8Array | null; timeout: number | null }): Promise<{ done: boolean; out: Uint8Array | null; err: Uint8Array | null; returncode: number | null }> {
  const c = child(a.id);
  if (c.proc.stdin && !c.proc.stdin.writableEnded) {
    if (a.input !== null && a.input.length > 0) await write({ id: a.id, data: a.input }).catch(() => undefined);
    await closeStdin({ id: a.id });
  }
  const all = Promise.all([c.out ? until(c.out, () => false) : null, c.err ? until(c.err, () => false) : null, exited(c)]).then(() => undefined);
  const done = await withTimeout(all, a.timeout);
  if (!done) return { done, out: null, err: null, returncode: null };
  return { done, out: c.out ? take(c.out, c.out.size) : null, err: c.err ? take(c.err, c.err.size) : null, returncode: status(c) };
}

async function wait(a: { id: number; timeout: number | null }): Promise<number | null> {
  const c = child(a.id);
  const done = await withTimeout(exited(c), a.timeout);
  return done ? status(c) : null;
}

function poll(a: { id: number }): number | null {
  return status(child(a.id));
}

function kill(a: { id: number; signal: number }): boolean {
  const c = child(a.id);
  // A child already reaped is left alone, as CPython's send_signal does.
  if (c.exit !== null) return false;
  return c.proc.kill(a.signal);
}

function release(a: { id: number }): void {
  children.delete(a.id);
}

export const POPEN_HANDLERS = {
  "popen.start": start,
  "popen.write": write,
  "popen.closeStdin": closeStdin,
  "popen.read": read,
  "popen.readline": readline,
  "popen.communicate": communicate,
  "popen.wait": wait,
  "popen.poll": poll,
  "popen.kill": kill,
  "popen.release": release,
};
