/** Failures the helper thread reports for a child, as the Python exceptions CPython raises. */
import { BridgeError } from "../../blocking/bridge.js";
import { osError } from "../os/errors.js";

export function asPyError(e: unknown): unknown {
  if (!(e instanceof BridgeError)) return e;
  const code = e.remote.code;
  if (code === "EPIPE" || code === "ECONNRESET" || code === "ENOENT" || code === "EACCES") return osError(code);
  return new Error(e.remote.message);
}
