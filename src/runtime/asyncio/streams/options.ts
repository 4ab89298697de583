/**
 * Keyword options of the connection APIs. Those that only tune the socket
 * are accepted; one that would change behaviour tsyncio does not reproduce
 * (`ssl=`, `sock=`, `happy_eyeballs_delay=`, ...) raises at once instead of
 * being silently ignored.
 */
import { NotImplementedError } from "../../exceptions.js";

const HARMLESS = new Set(["limit", "backlog", "reuse_address", "reuse_port", "start_serving", "allow_broadcast", "flags", "proto", "ssl_handshake_timeout", "ssl_shutdown_timeout"]);

export type Options = Record<string, unknown> | Map<string, unknown> | null | undefined;

export function optionEntries(options: Options): [string, unknown][] {
  if (options === null || options === undefined) return [];
  return options instanceof Map ? [...options.entries()] : Object.entries(options);
}

/** The value of `name`, after refusing options tsyncio cannot honour. */
export function checkOptions(api: string, options: Options): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of optionEntries(options)) {
    if (v === null || v === undefined || v === false || v === 0) continue;
    if (!HARMLESS.has(k)) throw new NotImplementedError(`tsyncio: ${api}(${k}=...) is not supported`);
    out.set(k, v);
  }
  return out;
}
