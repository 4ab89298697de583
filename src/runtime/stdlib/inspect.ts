/** The parts of Python's `inspect` that asyncio programs use. */
import { iscoroutine, iscoroutinefunction } from "../asyncio/core.js";

export const inspect = {
  iscoroutine,
  iscoroutinefunction,
  isgenerator: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object Generator]",
  isasyncgen: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object AsyncGenerator]",
};
