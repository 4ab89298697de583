/**
 * Python's argument binding for the methods of runtime objects (a Path, a
 * datetime, a StringIO). A method call on a value whose class the translator
 * cannot see passes its keywords as one trailing plain object (or a Kwargs
 * map), so such methods take `...args` and bind them here by name, with
 * Python's TypeErrors for a wrong call.
 */
import { TypeError } from "../exceptions.js";
import { Kwargs } from "../kwargs.js";

function isKeywords(x: unknown): x is Record<string, unknown> | Kwargs {
  if (x instanceof Kwargs) return true;
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

/** Removes a trailing keywords object from `args` and returns its entries. */
export function splitKeywords(args: unknown[]): [string, unknown][] {
  const last = args[args.length - 1];
  if (!isKeywords(last)) return [];
  args.pop();
  return last instanceof Kwargs ? [...last] : Object.entries(last);
}

/**
 * The values of `names` for a call with `args` (positions, then maybe a
 * keywords object). `positional` is how many of the names may be given by
 * position (the rest are keyword-only); `required` how many must be given.
 * A name not given is `undefined`, as is an explicit `undefined` position
 * (a skipped optional argument of a typeshed-bound call).
 */
export function bind(fname: string, args: readonly unknown[], names: readonly string[], required = 0, positional = names.length): unknown[] {
  const rest = [...args];
  const keywords = splitKeywords(rest);
  if (rest.length > positional) {
    const takes = required === positional ? `${positional}` : `from ${required} to ${positional}`;
    throw new TypeError(`${fname}() takes ${takes} positional argument${positional === 1 ? "" : "s"} but ${rest.length} ${rest.length === 1 ? "was" : "were"} given`);
  }
  const out: unknown[] = names.map((_, i) => rest[i]);
  for (const [k, v] of keywords) {
    const i = names.indexOf(k);
    if (i < 0) throw new TypeError(`${fname}() got an unexpected keyword argument '${k}'`);
    if (i < rest.length && rest[i] !== undefined) throw new TypeError(`${fname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  const missing = names.slice(0, required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) {
    const list = missing.map((n) => `'${n}'`);
    const text = list.length === 1 ? list[0] : `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
    throw new TypeError(`${fname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${text}`);
  }
  return out;
}

/** A Python truth value given as an argument: `undefined` (not given) is the default. */
export function flag(x: unknown, dflt: boolean): boolean {
  if (x === undefined) return dflt;
  if (x === null) return false;
  if (typeof x === "number") return x !== 0;
  if (typeof x === "string") return x.length > 0;
  return Boolean(x);
}
