/**
 * Argument coercions the standard-library modules share: Python's rules for
 * what counts as an integer or a real number, and tuples as frozen Arrays.
 */
import { TypeError } from "../exceptions.js";
import { typeName } from "../builtins.js";

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
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return Number(x);
  if (x != null && typeof (x as any).__float__ === "function") return (x as any).__float__();
  if (x != null && typeof (x as any).__index__ === "function") return (x as any).__index__();
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}
