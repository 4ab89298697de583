/**
 * Small standard-library modules that asyncio programs import for a helper
 * or two: operator, inspect, concurrent.futures.
 */
import { iscoroutine, iscoroutinefunction } from "./asyncio/core.js";
import { add, mul, sub } from "./operators.js";
import { getitem, eq, compare, contains } from "./builtins.js";
import { truthy } from "./numbers.js";

export const operator = {
  add,
  sub,
  mul,
  truediv: (a: number, b: number) => a / b,
  neg: (a: number) => -a,
  eq,
  ne: (a: unknown, b: unknown) => !eq(a, b),
  lt: (a: unknown, b: unknown) => compare(a, b) < 0,
  le: (a: unknown, b: unknown) => compare(a, b) <= 0,
  gt: (a: unknown, b: unknown) => compare(a, b) > 0,
  ge: (a: unknown, b: unknown) => compare(a, b) >= 0,
  not_: (a: unknown) => !truthy(a),
  contains: (a: unknown, b: unknown) => contains(a, b),
  getitem: (a: unknown, k: unknown) => getitem(a, k),
  /** `itemgetter(1)` or `itemgetter(0, 2)` (then a tuple of items). */
  itemgetter(...keys: unknown[]) {
    return (obj: unknown) => (keys.length === 1 ? getitem(obj, keys[0]) : Object.freeze(keys.map((k) => getitem(obj, k))));
  },
  attrgetter(...names: string[]) {
    const get = (obj: any, name: string) => name.split(".").reduce((o, part) => o[part], obj);
    return (obj: unknown) => (names.length === 1 ? get(obj, names[0]!) : Object.freeze(names.map((n) => get(obj, n))));
  },
};

export const inspect = {
  iscoroutine,
  iscoroutinefunction,
  isgenerator: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object Generator]",
  isasyncgen: (x: unknown): boolean => Object.prototype.toString.call(x) === "[object AsyncGenerator]",
};

/**
 * `concurrent.futures.ThreadPoolExecutor`: accepted by `run_in_executor`,
 * which runs the function on a later loop turn (see asyncio/threads.ts).
 */
class ThreadPoolExecutor {
  constructor(readonly options: { max_workers?: number } = {}) {}
  __enter__(): this {
    return this;
  }
  __exit__(): boolean {
    return false;
  }
  shutdown(): void {}
}

export const concurrent_futures = { ThreadPoolExecutor };
