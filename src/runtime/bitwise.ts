/**
 * `a | b`, `a & b`, `a ^ b` where the translation cannot tell the operands'
 * types: integers (and bools) bitwise, the operands' `__or__`/`__ror__`…
 * (enum flags, user classes), set algebra, dict merge; anything else is
 * CPython's TypeError.
 */
import { TypeError } from "./exceptions.js";
import { typeName } from "./builtins.js";
import { callMethod } from "./methods.js";
import { NotImplemented } from "./operators.js";

type BitOp = "|" | "&" | "^";

const DUNDERS: Record<BitOp, [string, string, string]> = {
  "|": ["__or__", "__ror__", "union"],
  "&": ["__and__", "__rand__", "intersection"],
  "^": ["__xor__", "__rxor__", "symmetric_difference"],
};

function isInt(x: unknown): x is number | boolean {
  return typeof x === "boolean" || (typeof x === "number" && Number.isInteger(x));
}

export function bitop(op: BitOp, a: any, b: any): any {
  if (isInt(a) && isInt(b)) {
    const x = Number(a);
    const y = Number(b);
    const r = op === "|" ? x | y : op === "&" ? x & y : x ^ y;
    return typeof a === "boolean" && typeof b === "boolean" ? r !== 0 : r;
  }
  const [direct, reflected, setMethod] = DUNDERS[op];
  if (a !== null && a !== undefined && typeof a[direct] === "function") {
    const r = a[direct](b);
    if (r !== NotImplemented) return r;
  }
  if (b !== null && b !== undefined && typeof b[reflected] === "function") {
    const r = b[reflected](a);
    if (r !== NotImplemented) return r;
  }
  if (a instanceof Set && b instanceof Set) return callMethod(a, setMethod, b);
  if (op === "|" && a instanceof Map && b instanceof Map) return new Map([...a, ...b]);
  throw new TypeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}
