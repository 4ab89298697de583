/**
 * The asyncio runtime. Generated code imports
 * `import { asyncio, coro } from "tsyncio/runtime"` and keeps Python's names:
 * `asyncio.create_task(coro(() => work(1), "work"))`, `await asyncio.sleep(0.1)`.
 */
export * as asyncio from "./api.js";
export { coro, Coroutine, Task, Future, EventLoop, iscoroutine, setWarningSource } from "./core.js";
export { CancelledError, InvalidStateError, QueueEmpty, QueueFull, BrokenBarrierError } from "./errors.js";
