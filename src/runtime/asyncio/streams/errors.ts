/**
 * The stream exceptions (`asyncio.IncompleteReadError`, `LimitOverrunError`)
 * and the OSErrors sockets raise, with CPython's errno numbers and messages.
 */
import { EOFError, Exception, OSError } from "../../exceptions.js";
import { repr, tuple } from "../../repr.js";
import { osError } from "../../stdlib/os/errors.js";
import { byteLength, type PyBytes } from "../bytes-edge.js";

export class IncompleteReadError extends EOFError {
  constructor(
    public partial: PyBytes,
    public expected: number | null,
  ) {
    super(`${byteLength(partial)} bytes read on a total of ${expected === null ? "undefined" : repr(expected)} expected bytes`);
  }
}

export class LimitOverrunError extends Exception {
  constructor(
    message: string,
    public consumed: number,
  ) {
    super(message);
  }
}

for (const cls of [IncompleteReadError, LimitOverrunError]) {
  Object.defineProperty(cls, "__module__", { value: "asyncio.exceptions", configurable: true, writable: true });
}

/** A Node socket error as CPython's OSError subclass (`ConnectionResetError: [Errno 104] Connection reset by peer`). */
export function socketError(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    const e = osError(code);
    if (e.errno !== 0) return e;
  }
  return err;
}

/** What a failed connect raises: `[Errno 111] Connect call failed ('127.0.0.1', 1)`. */
export function connectError(err: unknown, host: string, port: number): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === "string") {
    const e = osError(code);
    if (e.errno !== 0) {
      const Cls = e.constructor as new (...a: unknown[]) => OSError;
      return new Cls(e.errno, `Connect call failed ${repr(tuple(host, port))}`);
    }
  }
  return err;
}
