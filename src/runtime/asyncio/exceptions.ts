/** `asyncio.exceptions`: the module CPython defines asyncio's exception classes in. */
export { TimeoutError } from "../exceptions.js";
export { BrokenBarrierError, CancelledError, InvalidStateError } from "./errors.js";
export { IncompleteReadError, LimitOverrunError } from "./streams/errors.js";
