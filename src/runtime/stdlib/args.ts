/**
 * Argument coercions the standard-library modules share: Python's rules for
 * what counts as an integer or a real number, and tuples as frozen Arrays.
 */
import { TypeError } from "../exceptions.js";
import { Hinted, pyTypeName as typeName } from "../repr.js";

export function tup<T extends unknown[]>(...items: T): Readonly<T> {
  return Object.freeze(items);
}

export function intArg(x: unknown, name = "integer"): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (typeof x === "bigint") return Number(x);
  void name;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

export function num(x: unknown): number {
  if (typeof x === "number") return x;
  if (x instanceof Hinted) return num(x.value);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x != null && typeof (x as any).__float__ === "function") return (x as any).__float__();
  if (x != null && typeof (x as any).__index__ === "function") return (x as any).__index__();
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

/**
 * A parameter of a runtime method that a program may pass by keyword: the
 * translator cannot bind keywords of a method whose receiver's type it does
 * not know, and passes them as a trailing object (`od.move_to_end(k, { last: false })`).
 */
export function keywordOr<T>(value: unknown, name: string, dflt: T): T {
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const v = (value as Record<string, unknown>)[name];
    return (v === undefined ? dflt : v) as T;
  }
  return (value === undefined ? dflt : value) as T;
}
