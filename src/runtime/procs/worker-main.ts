/**
 * The entry of a worker thread (see workers.ts). It loads the runtime, then
 * for each call imports the modules the call names (the program's module
 * first, as CPython's spawn re-imports `__main__`), decodes the arguments,
 * runs the function and posts the result or the exception back, then bumps
 * the shared counter so a main thread blocked on it wakes up.
 *
 * What the worker prints goes straight to the process's stdout and stderr
 * (synchronous writes), so it comes out in the order things happen, as a
 * child process's unbuffered output does, even while the main thread is
 * blocked waiting for a result. The module's own top-level output while it
 * is imported is dropped: on Linux CPython forks its workers, which do not
 * run the module again.
 */
import { writeSync } from "node:fs";
import { workerData, type MessagePort } from "node:worker_threads";
import { markWorkerProcess, setImporting } from "./worker-state.js";
import type { CallMessage, Reply } from "./workers.js";

const { signal: sab, port, name } = workerData as { signal: SharedArrayBuffer; port: MessagePort; name: string };
const signal = new Int32Array(sab);
markWorkerProcess(name);

/** Writes all of `data` to `fd`, waiting out EAGAIN (the descriptor may be non-blocking). */
function writeAll(fd: number, data: Buffer): void {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

let muted = false;
for (const [stream, fd] of [
  [process.stdout, 1],
  [process.stderr, 2],
] as const) {
  stream.write = ((chunk: string | Uint8Array, encoding?: unknown, cb?: unknown): boolean => {
    if (!muted) writeAll(fd, typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
    const callback = typeof encoding === "function" ? encoding : cb;
    if (typeof callback === "function") (callback as () => void)();
    return true;
  }) as typeof stream.write;
}

const rt = (await import("../index.js")) as unknown as Record<string, unknown>;
const { decodeValue, pickle, setBuiltinLookup } = await import("./pickle.js");
const { toPyException, SystemExit, BaseException } = await import("../exceptions.js");
const { formatTraceback } = await import("../tracebacks.js");
setBuiltinLookup((n) => rt[n]);

const imported = new Set<string>();

async function load(urls: string[]): Promise<void> {
  for (const url of urls) {
    if (imported.has(url)) continue;
    imported.add(url);
    muted = true;
    setImporting(true);
    try {
      await import(url);
    } finally {
      muted = false;
      setImporting(false);
    }
  }
}

function post(reply: Reply): void {
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

type Callable = (...a: unknown[]) => unknown;
const callPos = rt["callPos"] as (fn: Callable, ...a: unknown[]) => unknown;
const callKw = rt["callKw"] as (fn: Callable, a: unknown[], kw: [string, unknown][]) => unknown;

async function run(fn: Callable, args: unknown[], kwargs?: [string, unknown][]): Promise<unknown> {
  // Through the runtime's dynamic calls: a wrong argument count is CPython's TypeError.
  let r = kwargs ? callKw(fn, args, kwargs) : callPos(fn, ...args);
  if (r instanceof Promise) r = await r;
  return r;
}

function failure(id: number, e: unknown): Reply {
  const py = toPyException(e);
  const exit = py instanceof SystemExit ? exitStatus(py) : undefined;
  let value: unknown;
  try {
    value = pickle(py);
  } catch (why) {
    value = pickle(toPyException(why));
  }
  let tb: string | undefined;
  try {
    tb = formatTraceback(py);
  } catch {
    tb = undefined;
  }
  return { id, ok: false, value, ...(tb ? { tb } : {}), ...(exit !== undefined ? { exit } : {}) };
}

function exitStatus(e: InstanceType<typeof BaseException>): number {
  const code = e.args[0];
  if (code === undefined || code === null) return 0;
  return typeof code === "number" ? code : 1;
}

// os._exit() or process.exit() in a call ends the worker: the main thread may be blocked waiting, so say so through the port.
process.on("exit", (code) => post({ id: -1, ok: false, value: null, died: code }));

// One message at a time, in order: a pool's initializer finishes before the worker's first call starts.
let turn: Promise<void> = Promise.resolve();
port.on("message", (msg: CallMessage & { id: number }) => {
  turn = turn.then(async () => {
    let reply: Reply;
    try {
      await load(msg.urls);
      const target = decodeValue(msg.fn);
      const fn = (msg.method ? (target as Record<string, Callable>)[msg.method]!.bind(target) : target) as Callable;
      const kwargs = msg.kwargs === undefined ? undefined : (decodeValue(msg.kwargs) as [string, unknown][]);
      let result: unknown;
      if (msg.batch) {
        const out: unknown[] = [];
        for (const args of msg.batch) out.push(await run(fn, decodeValue(args) as unknown[]));
        result = out;
      } else {
        result = await run(fn, decodeValue(msg.args) as unknown[], kwargs);
      }
      reply = { id: msg.id, ok: true, value: pickle(result) };
    } catch (e) {
      reply = failure(msg.id, e);
    }
    post(reply);
  });
});
