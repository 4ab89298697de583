/**
 * How Node's I/O callbacks hand work to the asyncio loop. An event that
 * arrives after the loop closed (a socket's final close once `asyncio.run`
 * returned) is dropped, as the closed selector would never report it.
 */
import type { EventLoop } from "./core.js";

export function onLoop(loop: EventLoop, fn: () => unknown): void {
  if (!loop.is_closed()) loop.call_soon(fn);
}
