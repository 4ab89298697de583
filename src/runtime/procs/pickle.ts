/**
 * What travels between the program and its worker threads, standing for
 * CPython's pickle: structured clone carries plain data, so every runtime
 * type that clone would flatten is written as a tagged object and rebuilt on
 * the other side (tuples, floats, dicts, sets, bytes, exceptions, instances
 * of the program's classes, references to module-level functions and
 * classes). What pickle refuses is refused here with CPython's message.
 *
 * A tagged object is `{ $: tag, ... }`; plain arrays are lists, and every
 * other structured-cloneable value (numbers, strings, booleans, null,
 * bigints) travels as itself.
 */
import { dict } from "../builtins.js";
import * as exceptions from "../exceptions.js";
import { AttributeError, BaseException, TypeError } from "../exceptions.js";
import { Hinted, PyFloat, addressSuffix, builtinTypeName, isBuiltinFunction, isTuple, pyTypeName, tuple, type HintDesc } from "../repr.js";
import { PyByteArray, PyBytes } from "../bytes/type.js";
import { FrozenSet, PySet } from "../sets/pyset.js";
import { setOf } from "../sets/ops.js";
import { signatureOf } from "../kwargs.js";
import { lookupRef, refOf, type PickleRef } from "./registry.js";

type Tagged = { $: string; [k: string]: unknown };

/** `_pickle.PicklingError`: CPython's class for what pickle cannot find by name. */
export class PicklingError extends exceptions.Exception {
  static __module__ = "_pickle";
}

/** The modules a message refers to: the receiver imports them before decoding. */
export interface Encoding {
  urls: Set<string>;
}

const BUILTIN_EXCEPTION_NAMES = new Map<Function, string>();
for (const [name, value] of Object.entries(exceptions)) {
  if (typeof value === "function" && (value === BaseException || value.prototype instanceof BaseException)) BUILTIN_EXCEPTION_NAMES.set(value, name);
}

/**
 * The qualified name the translator recorded for a function defined inside
 * another (`main.<locals>.inner`), or a lambda's; undefined for a function
 * of unknown origin.
 */
function qualnameOf(fn: Function): string | undefined {
  const own = (fn as { __qualname__?: unknown }).__qualname__;
  return typeof own === "string" ? own : signatureOf(fn)?.name;
}

/** CPython's error for a function or class pickle cannot name. */
function unpicklableFunction(fn: Function): BaseException {
  const qual = qualnameOf(fn) ?? (fn.name && !/^\s*(async\s*)?\(/.test(Function.prototype.toString.call(fn)) ? fn.name : "<lambda>");
  if (qual.includes("<locals>")) return new AttributeError(`Can't pickle local object '${qual}'`);
  return new PicklingError(`Can't pickle <function ${qual}${addressSuffix(fn)}>: attribute lookup ${qual} on __main__ failed`);
}

function refTag(tag: string, ref: PickleRef, enc: Encoding): Tagged {
  enc.urls.add(ref.url);
  return { $: tag, url: ref.url, name: ref.name };
}

function encodeState(obj: object, enc: Encoding, seen: Set<object>): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(obj)) state[key] = encodeValue((obj as Record<string, unknown>)[key], enc, seen);
  return state;
}

export function encodeValue(x: unknown, enc: Encoding, seen: Set<object> = new Set()): unknown {
  if (x === null || x === undefined || typeof x === "string" || typeof x === "boolean" || typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "function") {
    const builtin = builtinTypeName(x) ?? (isBuiltinFunction(x) ? x.name : undefined);
    const ref = refOf(x);
    if (ref) return refTag("g", ref, enc);
    if (builtin !== undefined) return { $: "B", name: builtin };
    throw unpicklableFunction(x);
  }
  if (typeof x !== "object") throw new TypeError(`cannot pickle '${pyTypeName(x)}' object`);
  if (seen.has(x)) throw new exceptions.ValueError("tsyncio: a value that contains itself cannot be sent to a worker");
  seen.add(x);
  try {
    return encodeObject(x, enc, seen);
  } finally {
    seen.delete(x);
  }
}

function encodeObject(x: object, enc: Encoding, seen: Set<object>): unknown {
  const each = (items: Iterable<unknown>): unknown[] => Array.from(items, (v) => encodeValue(v, enc, seen));
  if (Array.isArray(x)) return isTuple(x) ? { $: "t", v: each(x) } : each(x);
  if (x instanceof PyFloat) return { $: "f", v: x.value };
  if (x instanceof Hinted) return { $: "h", d: x.desc, v: encodeValue(x.value, enc, seen) };
  if (x instanceof PyBytes) return { $: "b", v: x.buf.slice() };
  if (x instanceof PyByteArray) return { $: "ba", v: x.buf.slice() };
  const ctor = (x as { constructor?: Function }).constructor;
  if (x instanceof Map && (ctor === Map || builtinTypeName(ctor) === "dict")) return { $: "d", v: Array.from(x, ([k, v]) => [encodeValue(k, enc, seen), encodeValue(v, enc, seen)]) };
  if (x instanceof Set && (ctor === Set || ctor === PySet || ctor === FrozenSet)) return { $: "s", frozen: x instanceof FrozenSet, v: each(x) };
  if (x instanceof BaseException) return encodeException(x, enc, seen);
  const share = (x as { __tsyncio_share__?: () => { kind: string; data: unknown } }).__tsyncio_share__;
  if (typeof share === "function") return { $: "S", ...share.call(x) };
  if (typeof ctor === "function" && ctor !== Object) {
    const ref = refOf(ctor);
    if (ref && !(x instanceof Map) && !(x instanceof Set)) return { ...refTag("o", ref, enc), state: encodeState(x, enc, seen) };
  }
  if (ctor === Object || ctor === undefined) return { $: "r", v: encodeState(x, enc, seen) };
  throw new TypeError(`cannot pickle '${pyTypeName(x)}' object`);
}

function encodeException(e: BaseException, enc: Encoding, seen: Set<object>): Tagged {
  const ctor = e.constructor;
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(e)) {
    if (key === "args" || key === "__traceback__" || key === "__context__") continue;
    try {
      state[key] = encodeValue((e as unknown as Record<string, unknown>)[key], enc, seen);
    } catch {
      // What cannot travel stays behind, as CPython's exception reduce keeps only args and a picklable dict.
    }
  }
  const args = encodeValue([...e.args], enc, seen);
  const builtin = BUILTIN_EXCEPTION_NAMES.get(ctor);
  if (builtin !== undefined && (exceptions as Record<string, unknown>)[builtin] === ctor) return { $: "E", name: builtin, args, state };
  const ref = refOf(ctor);
  if (ref) return { ...refTag("e", ref, enc), args, state };
  // A runtime class outside the builtins (asyncio's, a module's own): sent as the nearest builtin base.
  let base: Function | null = Object.getPrototypeOf(ctor) as Function | null;
  while (base && !BUILTIN_EXCEPTION_NAMES.has(base)) base = Object.getPrototypeOf(base) as Function | null;
  return { $: "E", name: base ? BUILTIN_EXCEPTION_NAMES.get(base)! : "Exception", args, state: {} };
}

/**
 * Objects shared between threads rather than copied (multiprocessing's
 * Queue, Lock, Value, Array): `__tsyncio_share__()` gives their shared
 * memory, and the reviver of their kind wraps it again on the other side.
 */
const revivers = new Map<string, (data: any) => unknown>();

export function registerShared(kind: string, revive: (data: any) => unknown): void {
  revivers.set(kind, revive);
}

/** Builtin functions a worker finds by name (the runtime's exports), given by the worker's entry. */
let builtinLookup: (name: string) => unknown = () => undefined;

export function setBuiltinLookup(fn: (name: string) => unknown): void {
  builtinLookup = fn;
}

function found(ref: PickleRef, what: string): unknown {
  const v = lookupRef(ref);
  if (v === undefined) throw new AttributeError(`Can't get attribute '${ref.name}' on <module '${what}'>`);
  return v;
}

function assignState(obj: object, state: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(state)) Object.defineProperty(obj, k, { value: decodeValue(v), writable: true, enumerable: true, configurable: true });
}

export function decodeValue(x: unknown): unknown {
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) return x.map(decodeValue);
  const t = x as Tagged;
  switch (t.$) {
    case "t":
      return tuple(...(t.v as unknown[]).map(decodeValue));
    case "f":
      return new PyFloat(t.v as number);
    case "h":
      return new Hinted(decodeValue(t.v), t.d as HintDesc);
    case "b":
      return new PyBytes(t.v as Uint8Array);
    case "ba":
      return new PyByteArray(t.v as Uint8Array);
    case "d":
      return dict((t.v as [unknown, unknown][]).map(([k, v]) => [decodeValue(k), decodeValue(v)] as const));
    case "s": {
      const items = (t.v as unknown[]).map(decodeValue);
      return t.frozen ? new FrozenSet(items) : setOf(items);
    }
    case "r": {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(t.v as Record<string, unknown>)) out[k] = decodeValue(v);
      return out;
    }
    case "g":
      return found(t as unknown as PickleRef, "__main__");
    case "B": {
      const fn = builtinLookup(t.name as string);
      if (fn === undefined) throw new AttributeError(`Can't get attribute '${String(t.name)}' on <module 'builtins' (built-in)>`);
      return fn;
    }
    case "o": {
      const cls = found(t as unknown as PickleRef, "__main__") as Function;
      const obj = Object.create(cls.prototype as object) as object;
      assignState(obj, t.state as Record<string, unknown>);
      return obj;
    }
    case "E":
    case "e": {
      const cls = (t.$ === "E" ? (exceptions as Record<string, unknown>)[t.name as string] : found(t as unknown as PickleRef, "__main__")) as new (...a: unknown[]) => BaseException;
      const args = decodeValue(t.args) as unknown[];
      // Builtins are rebuilt by their constructor (OSError sorts its args); the program's own
      // classes get BaseException's, so an __init__ with other parameters cannot fail here.
      const e = t.$ === "E" ? new cls(...args) : (Reflect.construct(BaseException, args, cls) as BaseException);
      assignState(e, t.state as Record<string, unknown>);
      return e;
    }
    case "S": {
      const revive = revivers.get(t.kind as string);
      if (!revive) throw new exceptions.RuntimeError(`tsyncio: no shared object of kind ${String(t.kind)}`);
      return revive(t.data);
    }
    default:
      throw new exceptions.RuntimeError(`tsyncio: unknown value from a worker (${String(t.$)})`);
  }
}

/** Encodes `x` for a worker or back; the modules it names are added to `enc.urls`. */
export function pickle(x: unknown, enc: Encoding = { urls: new Set() }): unknown {
  return encodeValue(x, enc);
}
