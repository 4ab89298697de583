/**
 * Typeshed's annotations (as text in grammar-mappings/typeshed/) to the
 * translator's types. Only shapes whose run-time value is certain are
 * typed; everything else (type variables, protocols, unions) is `any`.
 * What matters most is `float`: `math.sqrt(9)` must print `3.0`.
 */
import { ANY, BOOL, FLOAT, INT, NONE, STR, type PyType } from "../analyze/types.js";
import type { StubEntry, StubSignature } from "../mappings/typeshed.js";

const SIMPLE: Record<string, PyType> = { int: INT, float: FLOAT, str: STR, bool: BOOL, None: NONE };

export function stubType(text: string | undefined): PyType {
  if (!text) return ANY;
  const simple = SIMPLE[text];
  if (simple) return simple;
  const list = /^list\[(\w+)\]$/.exec(text);
  if (list && SIMPLE[list[1]!]) return { k: "list", of: SIMPLE[list[1]!]! };
  const tuple = /^tuple\[(\w+), \.\.\.\]$/.exec(text);
  if (tuple && SIMPLE[tuple[1]!]) return { k: "tuple", items: null, rest: SIMPLE[tuple[1]!]! };
  return ANY;
}

/** The result of a call bound to these signatures: their common annotated result, else `any`. */
export function stubResultType(sigs: StubSignature[]): PyType {
  const results = new Set(sigs.map((s) => s.returns));
  return results.size === 1 ? stubType(sigs[0]!.returns) : ANY;
}

/** The type of a module attribute used as a value (`math.pi`); a mapping row's `ret` names it where the stub cannot (`re.I` is an alias of a flag). */
export function stubValueType(entry: StubEntry | undefined, ret?: string): PyType {
  if (ret) return stubType(ret);
  return entry?.kind === "constant" ? stubType(entry.type) : ANY;
}
