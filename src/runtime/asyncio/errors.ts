/**
 * asyncio's own exception classes, on top of the Python hierarchy in
 * ../exceptions.js. `CancelledError` is a BaseException (not an Exception),
 * so a translated `except Exception:` lets cancellation through, as in 3.8+.
 * `asyncio.TimeoutError` is the builtin TimeoutError since 3.11.
 */
import { BaseException, Exception, RuntimeError } from "../exceptions.js";

export class CancelledError extends BaseException {}
export class InvalidStateError extends Exception {}
export class QueueEmpty extends Exception {}
export class QueueFull extends Exception {}
export class BrokenBarrierError extends RuntimeError {}
