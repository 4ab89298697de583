/**
 * Builtin methods whose plain JavaScript form depends on more than the
 * argument types methods.json can check: the receiver's element types.
 */
import { NONE, join } from "../analyze/types.js";
import type { CallArgs } from "./arguments.js";
import type { Expr } from "./context.js";

/**
 * `d.get(k)` / `d.get(k, default)` on a dict with str keys looked up by a
 * str: a Map finds a str key as Python's dict does (a float or True never
 * equals a str, while an int-keyed dict may hold 1.0 or True from an untyped
 * path). A stored None is null, so `?? null` is exact for one argument; with
 * a default, `has` decides (a None stored from an untyped path must come
 * back as None, not as the default). The default is evaluated only when the
 * key is missing, where Python evaluates it always: it must be a literal or
 * a name.
 */
export function plainDictGet(recv: Expr, name: string, args: CallArgs): Expr | null {
  const t = recv.type;
  if (name !== "get" || t.k !== "dict" || args.keywords.length > 0 || args.hasSplat || args.kwSplat.length > 0) return null;
  const [key, fallback] = args.positional;
  if (!key || args.positional.length > 2 || t.key.k !== "str" || key.type.k !== "str") return null;
  if (fallback && !/^(-?[\w$]+|"(?:[^"\\\n]|\\.)*")$/.test(fallback.code)) return null;
  const map = /^[\w$.]+$/.test(recv.code) ? recv.code : `(${recv.code})`;
  // The key is evaluated once: a name or a literal may be read twice.
  if (fallback && !/^([\w$]+|"(?:[^"\\\n]|\\.)*")$/.test(key.code)) return null;
  // prettier drops the parentheses where nothing around needs them.
  if (!fallback) return { code: `(${map}.get(${key.code}) ?? null)`, type: join(t.value, NONE) };
  return { code: `(${map}.has(${key.code}) ? ${map}.get(${key.code})! : ${fallback.code})`, type: join(t.value, fallback.type) };
}
