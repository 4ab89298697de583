/**
 * The helper thread behind bridge.ts: answers one request at a time with
 * the handler named by `op`, then wakes the waiting caller. Handlers are
 * async functions on this thread's own event loop, so the children and
 * sockets they hold keep running between requests.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { POPEN_HANDLERS } from "../stdlib/subprocess/popen-host.js";
import { SOCKET_HANDLERS } from "../stdlib/socket-host.js";

type Handler = (args: any) => Promise<unknown> | unknown;

const HANDLERS: Record<string, Handler> = { ...POPEN_HANDLERS, ...SOCKET_HANDLERS };

const { port, flag } = workerData as { port: MessagePort; flag: Int32Array };

function answer(reply: unknown): void {
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

port.on("message", (msg: { op: string; args: unknown }) => {
  const handler = HANDLERS[msg.op];
  if (handler === undefined) {
    answer({ ok: false, error: { message: `unknown blocking operation ${msg.op}` } });
    return;
  }
  Promise.resolve()
    .then(() => handler(msg.args))
    .then(
      (value) => answer({ ok: true, value }),
      (err: NodeJS.ErrnoException) => answer({ ok: false, error: { code: err?.code, errno: err?.errno, syscall: err?.syscall, message: String(err?.message ?? err) } }),
    );
});
