/**
 * The `asyncio` namespace as generated code sees it: `asyncio.sleep`,
 * `new asyncio.Queue(10)`, `asyncio.CancelledError`, `asyncio.FIRST_COMPLETED`.
 * Exported from index.ts as `export * as asyncio`, so it is both a value
 * and a type namespace (`let q: asyncio.Queue<number>`).
 */
export { TimeoutError } from "../exceptions.js";
export { CancelledError, InvalidStateError, QueueEmpty, QueueFull, BrokenBarrierError } from "./errors.js";
export {
  Coroutine,
  EventLoop,
  EventLoop as AbstractEventLoop,
  EventLoop as BaseEventLoop,
  Future,
  Handle,
  TimerHandle,
  Task,
  all_tasks,
  coro,
  create_task,
  current_task,
  ensure_future,
  get_event_loop,
  get_running_loop,
  _get_running_loop,
  iscoroutine,
  iscoroutinefunction,
  isfuture,
  new_event_loop,
  set_event_loop,
  sleep,
  type Awaitable,
} from "./core.js";
export { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, as_completed, gather, shield, wait, wait_for } from "./tasks.js";
export { Barrier, BoundedSemaphore, Condition, Event, Lock, Semaphore } from "./locks.js";
export { LifoQueue, PriorityQueue, Queue } from "./queues.js";
export { TaskGroup } from "./taskgroups.js";
export { Timeout, timeout, timeout_at } from "./timeouts.js";
export { to_thread } from "./threads.js";
export { Runner, run } from "./runners.js";
export { BaseProtocol, BufferedProtocol, DatagramProtocol, Protocol, SubprocessProtocol } from "./protocols.js";
export * as exceptions from "./exceptions.js";
export { IncompleteReadError, LimitOverrunError, Server, StreamReader, StreamReaderProtocol, StreamWriter, Transport, open_connection, open_unix_connection, start_server, start_unix_server } from "./streams/index.js";
export { create_subprocess_exec, create_subprocess_shell } from "./subprocess/index.js";
export * as subprocess from "./subprocess/index.js";
import "./loop-io.js";
