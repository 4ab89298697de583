/**
 * `**kwargs` through `*args`: a function with both receives its keywords as
 * a trailing `Kwargs` (a Map marked as such) among the rest arguments, so a
 * forwarding wrapper `def w(*args, **kwargs): return f(*args, **kwargs)`
 * passes them on unchanged.
 */
import { TypeError } from "./exceptions.js";

export class Kwargs extends Map<string, any> {}

/** Keyword arguments for a callee that collects them with `**kwargs` after `*args`. */
export function kw(entries: Iterable<readonly [string, any]> | Record<string, any>): Kwargs {
  if (Symbol.iterator in Object(entries)) return new Kwargs(entries as Iterable<readonly [string, any]>);
  return new Kwargs(Object.entries(entries));
}

/** Removes and returns the trailing Kwargs from a rest-parameter array. */
export function takeKwargs(args: any[]): Kwargs {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) {
    args.pop();
    return last;
  }
  return new Kwargs();
}

/** `**kwargs` in a call to an unknown callee: nothing when empty, else the marker. */
export function spreadKwargs(kwargs: Map<string, any>): any[] {
  if (kwargs.size === 0) return [];
  return [kwargs instanceof Kwargs ? kwargs : new Kwargs(kwargs)];
}

/** A call that Python would reject at run time: raise the same TypeError there. */
export function raiseTypeError(message: string): never {
  throw new TypeError(message);
}
