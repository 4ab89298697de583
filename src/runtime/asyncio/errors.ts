/**
 * asyncio's own exception classes, on top of the Python hierarchy in
 * ../exceptions.js. `CancelledError` is a BaseException (not an Exception),
 * so a translated `except Exception:` lets cancellation through, as in 3.8+.
 * `asyncio.TimeoutError` is the builtin TimeoutError since 3.11.
 */
import { BaseException, Exception, RuntimeError } from "../exceptions.js";

// `__module__` is where CPython defines each: class reprs and tracebacks name it (`asyncio.exceptions.CancelledError`).
export class CancelledError extends BaseException {
  static __module__ = "asyncio.exceptions";
}
export class InvalidStateError extends Exception {
  static __module__ = "asyncio.exceptions";
}
export class QueueEmpty extends Exception {
  static __module__ = "asyncio.queues";
}
export class QueueFull extends Exception {
  static __module__ = "asyncio.queues";
}
export class BrokenBarrierError extends RuntimeError {
  static __module__ = "asyncio.exceptions";
}
