/**
 * Blocking calls for synchronous programs. Node cannot wait for a child
 * process, a DNS answer or a socket without returning to its event loop,
 * which a synchronous Python program never does. So such work runs in one
 * helper worker thread (worker.ts) with an event loop of its own, and the
 * caller blocks on `Atomics.wait` until the worker posts the answer: the
 * program's thread stops exactly as CPython's does in the system call.
 */
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";

interface Link {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

let link: Link | null = null;

function connect(): Link {
  if (link !== null) return link;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL("./worker.js", import.meta.url), {
    workerData: { port: port2, flag },
    transferList: [port2],
    stdout: false,
    stderr: false,
  });
  // The worker must not keep the program alive: it only works while the caller waits.
  worker.unref();
  port1.unref();
  link = { worker, port: port1, flag };
  return link;
}

/** A failure the worker reports: a Node error's fields, rebuilt by the caller. */
export interface RemoteError {
  code?: string;
  errno?: number;
  syscall?: string;
  message: string;
}

export class BridgeError extends Error {
  constructor(readonly remote: RemoteError) {
    super(remote.message);
  }
}

/** Runs `op` in the worker and waits for its answer; a failure there is thrown as a BridgeError. */
export function callSync<T>(op: string, args: unknown, transfer: ArrayBuffer[] = []): T {
  const { port, flag } = connect();
  Atomics.store(flag, 0, 0);
  port.postMessage({ op, args }, transfer);
  for (;;) {
    Atomics.wait(flag, 0, 0);
    const got = receiveMessageOnPort(port);
    if (got !== undefined) {
      const reply = got.message as { ok: boolean; value?: T; error?: RemoteError };
      if (!reply.ok) throw new BridgeError(reply.error!);
      return reply.value as T;
    }
    Atomics.store(flag, 0, 0);
  }
}
