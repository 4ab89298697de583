/**
 * A call of a standard function or class whose arguments can only be placed
 * at run time: `ArgumentParser(prog="x", **options)` or `f(*xs, key=1)`,
 * where a key of the mapping may name a positional parameter. The
 * translation passes typeshed's parameter list; this places each argument as
 * the runtime's standard-library functions take them (docs/adding-a-module.md):
 * positional-or-keyword parameters by position (`undefined` where skipped),
 * keyword-only parameters and `**kwargs` in one trailing plain object.
 */
import { TypeError } from "../exceptions.js";

/**
 * A parameter: name, kind and whether it has a default. Kinds: "p"
 * positional-only, "n" positional-or-keyword, "o" positional-or-keyword that
 * the runtime takes by keyword in its trailing object, "k" keyword-only,
 * "*" `*args`, "**" `**kwargs`.
 */
export type StubParamSpec = readonly [name: string, kind: "p" | "n" | "o" | "k" | "*" | "**", hasDefault?: boolean];

export function bindStdlibArgs(callee: string, params: readonly StubParamSpec[], positional: readonly any[], keywords: readonly (readonly [string, any])[]): any[] {
  const positions = params.filter(([, kind]) => kind === "p" || kind === "n" || kind === "o");
  const varargs = params.some(([, kind]) => kind === "*");
  const kwargs = params.some(([, kind]) => kind === "**");
  if (positional.length > positions.length && !varargs) {
    throw new TypeError(`${callee}() takes at most ${positions.length} positional argument${positions.length === 1 ? "" : "s"} (${positional.length} given)`);
  }
  const slots: any[] = [...positional];
  const options: Record<string, any> = {};
  const named = new Set<string>();
  for (const [key, value] of keywords) {
    if (named.has(key)) throw new TypeError(`${callee}() got multiple values for keyword argument '${key}'`);
    named.add(key);
    const i = positions.findIndex(([name, kind]) => name === key && kind !== "p");
    const param = positions[i] ?? params.find(([name, kind]) => name === key && kind === "k");
    if (param && param[1] === "n") {
      if (i < positional.length) throw new TypeError(`${callee}() got multiple values for argument '${key}'`);
      slots[i] = value;
    } else if (param || kwargs) {
      if (param && i >= 0 && i < positional.length) throw new TypeError(`${callee}() got multiple values for argument '${key}'`);
      options[key] = value;
    } else throw new TypeError(`${callee}() got an unexpected keyword argument '${key}'`);
  }
  const missing = params.find(([name, kind, hasDefault], i) => !hasDefault && !named.has(name) && ((kind === "k") || ((kind === "p" || kind === "n" || kind === "o") && positions.indexOf(params[i]!) >= positional.length)));
  if (missing) throw new TypeError(`${callee}() missing required argument '${missing[0]}'`);
  const out = Array.from(slots, (v) => v);
  if (Object.keys(options).length > 0) out.push(options);
  return out;
}
