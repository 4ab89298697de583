/**
 * Python's `socket`, the host-name part: `gethostname`, `getfqdn`,
 * `gethostbyname`, and the module's exception classes. Lookups block the
 * program as CPython's resolver calls do (blocking/bridge.ts). Socket
 * objects are not translated: streams (`asyncio.open_connection`) are.
 */
import { hostname } from "node:os";
import { OSError, TimeoutError, TypeError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { BridgeError, callSync } from "../blocking/bridge.js";

/** `socket.gaierror`: a failed address lookup, `[Errno -2] Name or service not known`. */
export class gaierror extends OSError {
  static __module__ = "socket";
}
export class herror extends OSError {
  static __module__ = "socket";
}

/** getaddrinfo's EAI_* codes as CPython numbers and words them (glibc). */
const GAI: Record<string, [number, string]> = {
  ENOTFOUND: [-2, "Name or service not known"],
  EAI_NONAME: [-2, "Name or service not known"],
  EAI_AGAIN: [-3, "Temporary failure in name resolution"],
  EAI_FAIL: [-4, "Non-recoverable failure in name resolution"],
  ENODATA: [-5, "No address associated with hostname"],
};

function nameArg(name: unknown, fn: string): string {
  if (typeof name !== "string") throw new TypeError(`${fn}() argument 1 must be str, not ${pyTypeName(name)}`);
  return name;
}

function resolve(op: string, name: string): string {
  try {
    return callSync<string>(op, { name });
  } catch (e) {
    if (e instanceof BridgeError) {
      const [errno, message] = GAI[e.remote.code ?? ""] ?? GAI.ENOTFOUND!;
      throw new gaierror(errno, message);
    }
    throw e;
  }
}

function gethostname(): string {
  return hostname();
}

function gethostbyname(name: unknown): string {
  const host = nameArg(name, "gethostbyname");
  // Dotted quads answer themselves without a lookup, as in CPython.
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return host;
  return resolve("socket.gethostbyname", host);
}

/** CPython's getfqdn: the host's canonical name (gethostbyaddr's first name with a dot, else its name). */
function getfqdn(name: unknown = ""): string {
  let host = nameArg(name ?? "", "getfqdn").trim();
  if (host === "" || host === "0.0.0.0" || host === "::") host = gethostname();
  try {
    return resolve("socket.canonical", host);
  } catch (e) {
    if (e instanceof gaierror) return host;
    throw e;
  }
}

export const socket = {
  gethostname,
  gethostbyname,
  getfqdn,
  gaierror,
  herror,
  error: OSError,
  timeout: TimeoutError,
};
