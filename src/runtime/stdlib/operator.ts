/** Python's `operator`: the operators as functions, with Python's semantics. */
import { add, mul, sub } from "../operators.js";
import { getitem, eq, compare, contains } from "../builtins.js";
import { truthy } from "../numbers.js";

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
