/**
 * Parameters by name for the constructors whose signature typeshed gives
 * only as an alias (`Pool`, `Process`): the translator passes every keyword
 * in one trailing object, placed here by name.
 */
import { TypeError } from "../../exceptions.js";

/** The positional values with the keywords moved to their places; what is left over comes last (keyword-only options). */
export function withKeywords(given: unknown[], names: readonly string[]): unknown[] {
  const args = [...given];
  const last = args[args.length - 1];
  if (last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype) return args;
  args.pop();
  const rest: Record<string, unknown> = { ...(last as Record<string, unknown>) };
  for (const [i, name] of names.entries()) {
    if (!(name in rest)) continue;
    if (i < args.length && args[i] !== undefined) throw new TypeError(`got multiple values for argument '${name}'`);
    while (args.length < i) args.push(undefined);
    args[i] = rest[name];
    delete rest[name];
  }
  while (args.length < names.length) args.push(undefined);
  args.push(rest);
  return args;
}
