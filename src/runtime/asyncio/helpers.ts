/** Small helpers shared by the loop, futures, tasks and coroutines. */
import { BaseException } from "../exceptions.js";
import { formatReportedException } from "../tracebacks.js";
import { repr } from "../repr.js";

export function isThenable(x: unknown): x is PromiseLike<unknown> {
  return x !== null && (typeof x === "object" || typeof x === "function") && typeof (x as { then?: unknown }).then === "function";
}

/** A trailing keyword-arguments object: a plain object literal that is not awaitable. */
export function isOptions(x: unknown): x is Record<string, any> {
  if (x === null || typeof x !== "object" || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return false;
  return typeof (x as { then?: unknown }).then !== "function";
}

export function describeException(e: unknown): string {
  if (e instanceof BaseException) return formatReportedException(e);
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

export function reprException(e: unknown): string {
  if (e instanceof BaseException) return e.__repr__();
  if (e instanceof Error) return `${e.name}(${JSON.stringify(e.message)})`;
  return safeRepr(e);
}

export function safeRepr(x: unknown): string {
  try {
    return repr(x);
  } catch {
    return String(x);
  }
}

export function writeStderr(text: string): void {
  try {
    process.stderr.write(text.endsWith("\n") ? text : text + "\n");
  } catch {
    // nothing sensible to do
  }
}


/** `RESOLVED.then(f)` queues a microtask; cheaper than Node's queueMicrotask (no AsyncResource per call). */
export const RESOLVED = Promise.resolve();
