/**
 * `loop.add_signal_handler(sig, callback, *args)` on Node's process signal
 * events: the callback runs on the loop (call_soon), as CPython's wakeup-fd
 * handler does. While a handler is installed the process stays alive, as a
 * Python loop waiting for its signal does; closing the loop removes them.
 */
import { constants } from "node:os";
import { RuntimeError, TypeError, ValueError } from "../exceptions.js";
import type { EventLoop } from "./core.js";

const installed = new Map<number, { name: NodeJS.Signals; listener: () => void }>();
let keepAlive: ReturnType<typeof setInterval> | null = null;
const closingHooked = new WeakSet<EventLoop>();

function signalName(sig: unknown): [number, NodeJS.Signals] {
  const n = typeof sig === "number" ? sig : Number((sig as { value?: unknown } | null)?.value ?? sig);
  if (!Number.isInteger(n)) throw new TypeError(`sig must be an int, not ${typeof sig}`);
  for (const [name, num] of Object.entries(constants.signals)) if (num === n) return [n, name as NodeJS.Signals];
  throw new ValueError(`invalid signal number ${n}`);
}

export function addSignalHandler(loop: EventLoop, sig: unknown, callback: (...args: any[]) => unknown, args: unknown[]): void {
  const [n, name] = signalName(sig);
  if (name === "SIGKILL" || name === "SIGSTOP") throw new RuntimeError(`sig ${n} cannot be caught`);
  removeSignalHandler(n);
  const listener = () => {
    if (!loop.is_closed()) loop.call_soon(callback, ...args);
  };
  process.on(name, listener);
  installed.set(n, { name, listener });
  if (keepAlive === null) keepAlive = setInterval(() => {}, 1 << 30);
  if (!closingHooked.has(loop)) {
    closingHooked.add(loop);
    const close = loop.close;
    loop.close = function (this: EventLoop) {
      close.call(this);
      for (const k of [...installed.keys()]) removeSignalHandler(k);
    };
  }
}

export function removeSignalHandler(sig: unknown): boolean {
  const [n] = signalName(sig);
  const entry = installed.get(n);
  if (!entry) return false;
  process.off(entry.name, entry.listener);
  installed.delete(n);
  if (installed.size === 0 && keepAlive !== null) {
    clearInterval(keepAlive);
    keepAlive = null;
  }
  return true;
}
