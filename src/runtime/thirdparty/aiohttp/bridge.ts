/**
 * Where Node's I/O meets the asyncio runtime. Node reports through callbacks
 * and promises; a task must await a runtime Future so the loop knows it is
 * suspended (a foreign promise costs a watchdog turn per await). Bytes cross
 * the boundary in one function, so switching to the runtime's bytes type is a
 * one-place change.
 */
import { get_running_loop, type Future } from "../../asyncio/core.js";
import { needBuffer } from "../../bytes/buffer.js";
import { PyBytes } from "../../bytes/type.js";

/** A Future of the running loop settled by `promise`; `onCancel` runs if the awaiting task gives up first. */
export function futureOf<T>(promise: Promise<T>, onCancel?: () => void): Future<T> {
  const fut = get_running_loop().create_future() as Future<T>;
  promise.then(
    (v) => {
      if (!fut.done()) fut.set_result(v);
    },
    (e) => {
      if (!fut.done()) fut.set_exception(e);
    },
  );
  if (onCancel) fut.add_done_callback(() => {
    if (fut.cancelled()) onCancel();
  });
  return fut;
}

/** A body as Python's `bytes`. */
export function toPyBytes(buf: Buffer): PyBytes {
  return PyBytes.fromUint8Array(buf);
}

/** Python `bytes`/`bytearray`/`memoryview`/`str` as a Buffer for Node. */
export function fromPyBytes(data: unknown): Buffer {
  if (typeof data === "string") return Buffer.from(data, "utf8");
  const b = needBuffer(data);
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/** Node's http module, loaded when the first server or client starts rather than by every program. */
let httpModule: typeof import("node:http") | null = null;
export async function nodeHttp(): Promise<typeof import("node:http")> {
  return (httpModule ??= await import("node:http"));
}
