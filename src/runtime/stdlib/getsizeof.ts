/**
 * `sys.getsizeof` as CPython 3.11 on 64-bit Linux answers it, for the values
 * whose size follows from the value alone: int (30-bit digits), bool, float,
 * complex, None, str (ASCII, Latin-1, UCS-2 and UCS-4 compact forms), bytes,
 * tuple, range, empty containers and plain instances. A non-empty list,
 * dict, set or bytearray carries over-allocation that depends on how it was
 * built (appends grow it in steps, a literal does not): that history is not
 * visible here, so the call raises rather than print a number CPython might
 * not print.
 */
import { NotImplementedError } from "../exceptions.js";
import { typeName } from "../builtins.js";
import { PyBytes } from "../bytes/type.js";
import { unbox } from "../repr.js";

const FIXED: Record<string, number> = { float: 24, complex: 32, NoneType: 16, ellipsis: 16, range: 48 };
const EMPTY: Record<string, number> = { list: 56, dict: 64, set: 216, frozenset: 216, bytearray: 56 };

function intSize(x: number | bigint): number {
  const bits = (typeof x === "bigint" ? (x < 0n ? -x : x) : BigInt(Math.abs(x))).toString(2).length;
  // CPython 3.11 keeps at least one 30-bit digit, even for 0.
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

function strSize(s: string): number {
  let n = 0;
  let max = 0;
  for (const ch of s) {
    n++;
    max = Math.max(max, ch.codePointAt(0)!);
  }
  if (max < 0x80) return 49 + n;
  if (max < 0x100) return 73 + n;
  return 72 + (max < 0x10000 ? 2 : 4) * (n + 1);
}

function unmodelled(kind: string, why: string): never {
  throw new NotImplementedError(`tsyncio: sys.getsizeof() of ${kind} ${why}`);
}

function instanceSize(obj: any, name: string): number {
  const cls = obj?.constructor;
  const slots = cls?.__slots__;
  const nslots = slots === undefined ? null : typeof slots === "string" ? 1 : [...slots].length;
  // An object header (16) and the GC header (16), plus the slots, or the managed-dict pointers (24) without them.
  const own = typeof obj.__sizeof__ === "function" ? Number(unbox(obj.__sizeof__())) : null;
  if (own !== null) return own + (nslots === null ? 32 : 16);
  if (nslots !== null) return 32 + 8 * nslots;
  // A subclass of a builtin (an exception, a dict, a list…) has that builtin's layout.
  if (obj instanceof Error || obj instanceof Map || obj instanceof Set || obj instanceof Array) unmodelled(`a '${name}' instance`, "depends on its builtin base class's layout, which tsyncio does not model");
  return 56;
}

export function getsizeof(obj: unknown, _default?: unknown): number {
  const value = unbox(obj);
  const name = typeName(obj);
  if (name === "bool") return 28;
  if (name === "int") return intSize(value as number | bigint);
  if (name in FIXED) return FIXED[name]!;
  if (name === "str") return strSize(value as string);
  if (name === "bytes" && value instanceof PyBytes) return 33 + value.length;
  if (name === "tuple") return 40 + 8 * (value as unknown[]).length;
  if (name in EMPTY) {
    const size = (value as { length?: number; size?: number }).length ?? (value as { size: number }).size;
    if (size === 0) return EMPTY[name]!;
    unmodelled(`a non-empty ${name}`, "depends on how CPython over-allocated it as it grew, which tsyncio does not model");
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return instanceSize(value, name);
  return unmodelled(`a '${name}' object`, "is not modelled by tsyncio");
}
