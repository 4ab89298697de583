/**
 * `**kwargs` through `*args`: a function with both receives its keywords as
 * a trailing `Kwargs` (a Map marked as such) among the rest arguments, so a
 * forwarding wrapper `def w(*args, **kwargs): return f(*args, **kwargs)`
 * passes them on unchanged.
 */
import { NameError, TypeError, UnboundLocalError } from "./exceptions.js";

export class Kwargs extends Map<string, any> {}

/**
 * Kwargs that are already the `**kwargs` parameter's value, bound by the
 * caller (a call site that knew the signature, or bindBySignature): a
 * function that binds trailing keywords itself (operators.ts's named) must
 * not bind them again, or `f(1, 2, 3, key="z", q=1)` through a wrapper
 * would take the bound `key` for one more positional argument.
 */
const BOUND = new WeakSet<Kwargs>();

export function isBoundKwargs(k: Kwargs): boolean {
  return BOUND.has(k);
}

/** Keyword arguments for a callee that collects them with `**kwargs` after `*args`. */
export function kw(entries: Iterable<readonly [string, any]> | Record<string, any>): Kwargs {
  const out = Symbol.iterator in Object(entries) ? new Kwargs(entries as Iterable<readonly [string, any]>) : new Kwargs(Object.entries(entries));
  BOUND.add(out);
  return out;
}

/** Removes and returns the trailing Kwargs from a rest-parameter array. */
export function takeKwargs(args: any[]): Kwargs {
  const last = args[args.length - 1];
  if (last instanceof Kwargs) {
    args.pop();
    return last;
  }
  // A call whose callee's signature was unknown passes its keywords as a plain object.
  if (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) {
    args.pop();
    return new Kwargs(Object.entries(last));
  }
  return new Kwargs();
}

/**
 * A lambda's `**kw`: the trailing Kwargs, or the options object a call to a
 * callee of unknown signature passes its keywords as; removed from `args`.
 */
export function lambdaKwargs(args: any[]): Kwargs {
  return takeKwargs(args);
}

/** `**kwargs` in a call to an unknown callee: nothing when empty, else the marker. */
export function spreadKwargs(kwargs: Map<string, any>): any[] {
  if (kwargs.size === 0) return [];
  return [kwargs instanceof Kwargs ? kwargs : new Kwargs(kwargs)];
}

/** Reading a name that was only annotated, never assigned. */
export function raiseNameError(message: string, local: boolean): never {
  throw local ? new UnboundLocalError(message) : new NameError(message);
}

/** What `del x` leaves in a variable: reading it is a NameError (UnboundLocalError in a function), unlike None. */
export const UNBOUND: unique symbol = Symbol("tsyncio.unbound");

/** A read of a variable that some `del` may have unbound. */
export function boundValue<T>(value: T, name: string, local: boolean): T {
  if ((value as unknown) === UNBOUND) raiseNameError(local ? `cannot access local variable '${name}' where it is not associated with a value` : `name '${name}' is not defined`, local);
  return value;
}

/** A call that Python would reject at run time: raise the same TypeError there. */
export function raiseTypeError(message: string): never {
  throw new TypeError(message);
}

/** A Python signature for run-time binding: each parameter is [name, hasDefault, positionalOnly?]. */
export interface Signature {
  name: string;
  positional: readonly (readonly [string, boolean, boolean?])[];
  kwonly: readonly (readonly [string, boolean])[];
  varargs: boolean;
  kwargs: boolean;
  /** Called bound (a method's self, a classmethod's cls): CPython counts it in "takes N positional arguments". */
  bound?: boolean;
  /** A class that object.__init__ makes: any argument is "C() takes no arguments". */
  noArguments?: boolean;
  /** The names of `*args` and `**kwargs`, for inspect.signature. */
  varargsName?: string;
  kwargsName?: string;
}

/** The pairs of a `**mapping` in a call; keywords must be strings. */
export function kwargsEntries(m: any): [string, any][] {
  if (!(m instanceof Map)) {
    if (m !== null && typeof m === "object") return Object.entries(m);
    throw new TypeError(`argument after ** must be a mapping, not ${m === null ? "NoneType" : typeof m}`);
  }
  for (const k of m.keys()) if (typeof k !== "string") throw new TypeError("keywords must be strings");
  return [...m];
}

/**
 * Python's argument binding when a call spreads `*xs` or `**m`: positions
 * fill positional parameters then *args, keywords go by name (or to
 * **kwargs), with Python's TypeErrors. Returns the arguments in the order
 * the translated function takes them: positional, keyword-only, then the
 * `**kwargs` Map (or, with *args, the rest followed by a Kwargs marker).
 */
export function bindBySignature(signature: Signature | string, positional: readonly any[], keywords: readonly (readonly [string, any])[]): any[] {
  const sig = asSignature(signature);
  if (sig.noArguments && positional.length + keywords.length > 0) throw new TypeError(`${sig.name}() takes no arguments`);
  const slots = new Map<string, any>();
  const pos = sig.positional;
  positional.slice(0, pos.length).forEach((v, i) => slots.set(pos[i]![0], v));
  const extra = positional.slice(pos.length);
  if (extra.length > 0 && !sig.varargs) tooMany(sig, positional.length);
  const extraKw = new Kwargs();
  BOUND.add(extraKw);
  for (const [k, v] of keywords) {
    const p = pos.find((q) => q[0] === k && !q[2]) ?? sig.kwonly.find((q) => q[0] === k);
    if (p) {
      if (slots.has(k)) throw new TypeError(`${sig.name}() got multiple values for argument '${k}'`);
      slots.set(k, v);
    } else if (sig.kwargs) {
      if (extraKw.has(k)) throw new TypeError(`${sig.name}() got multiple values for keyword argument '${k}'`);
      extraKw.set(k, v);
    } else if (pos.some((q) => q[0] === k)) {
      throw new TypeError(`${sig.name}() got some positional-only arguments passed as keyword arguments: '${k}'`);
    } else throw new TypeError(`${sig.name}() got an unexpected keyword argument '${k}'`);
  }
  missing(sig, pos.filter(([name, hasDefault]) => !slots.has(name) && !hasDefault), "positional");
  missing(sig, sig.kwonly.filter(([name, hasDefault]) => !slots.has(name) && !hasDefault), "keyword-only");
  const out: any[] = [...pos.map((p) => slots.get(p[0])), ...sig.kwonly.map((p) => slots.get(p[0]))];
  if (sig.varargs) {
    out.push(...extra);
    if (extraKw.size > 0) out.push(extraKw);
  } else if (sig.kwargs) out.push(extraKw);
  return out;
}

function tooMany(sig: Signature, count: number): never {
  const self = sig.bound ? 1 : 0;
  const n = sig.positional.length + self;
  const given = count + self;
  const required = sig.positional.filter((p) => !p[1]).length + self;
  const takes = required < n ? `from ${required} to ${n} positional arguments` : `${n} positional argument${n === 1 ? "" : "s"}`;
  throw new TypeError(`${sig.name}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`);
}

/** A call with `count` positional arguments and no keywords: CPython's TypeError when they do not fit. */
export function checkPositionalCount(sig: Signature, count: number): void {
  if (sig.noArguments && count > 0) throw new TypeError(`${sig.name}() takes no arguments`);
  const pos = sig.positional;
  if (count > pos.length) {
    if (!sig.varargs) tooMany(sig, count);
  } else if (count < pos.length && !pos[count]![1]) {
    missing(sig, pos.slice(count).filter((p) => !p[1]), "positional");
  }
  if (sig.kwonly.length > 0) missing(sig, sig.kwonly.filter((p) => !p[1]), "keyword-only");
}

/** CPython's wording: `missing 2 required positional arguments: 'a' and 'b'`. */
function missing(sig: Signature, params: readonly (readonly [string, ...unknown[]])[], kind: string): void {
  if (params.length === 0) return;
  const names = params.map((p) => `'${p[0]}'`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")}${names.length > 2 ? "," : ""} and ${names[names.length - 1]}`;
  throw new TypeError(`${sig.name}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${list}`);
}

/**
 * Python functions carry their parameter list, so a call whose callee is
 * known only at run time (a closure from a factory, a function taken from a
 * dict, `cls(...)`, a method of an untyped receiver) binds keywords exactly
 * as Python does. A class carries its __init__'s, which subclasses inherit.
 */
const SIGNATURES = new WeakMap<object, Signature>();

/**
 * A signature written as Python-like text, `f(a, b=, /, c=, *args, d, **kw)`
 * (`=` marks a default), so each registration stays one short line.
 */
export function parseSignature(text: string): Signature {
  const bound = text.startsWith("@");
  const noArguments = text.startsWith("!");
  if (bound || noArguments) text = text.slice(1);
  const open = text.lastIndexOf("(", text.length - 1);
  const name = text.slice(0, open);
  const body = text.slice(open + 1, -1).trim();
  const sig = { name, positional: [] as [string, boolean, boolean?][], kwonly: [] as [string, boolean][], varargs: false, kwargs: false, bound, noArguments, varargsName: undefined as string | undefined, kwargsName: undefined as string | undefined };
  let kwonly = false;
  for (const raw of body === "" ? [] : body.split(", ")) {
    if (raw === "/") {
      for (const p of sig.positional) p[2] = true;
    } else if (raw === "*") kwonly = true;
    else if (raw.startsWith("**")) {
      sig.kwargs = true;
      sig.kwargsName = raw.slice(2);
    } else if (raw.startsWith("*")) {
      sig.varargs = true;
      sig.varargsName = raw.slice(1);
      kwonly = true;
    } else {
      const entry: [string, boolean] = [raw.replace(/=$/, ""), raw.endsWith("=")];
      if (kwonly) sig.kwonly.push(entry);
      else sig.positional.push(entry);
    }
  }
  return sig;
}

const PARSED = new Map<string, Signature>();

/** A signature given as text is parsed once. */
export function asSignature(sig: Signature | string): Signature {
  if (typeof sig !== "string") return sig;
  let parsed = PARSED.get(sig);
  if (!parsed) PARSED.set(sig, (parsed = parseSignature(sig)));
  return parsed;
}

/** The signature a function, or a class (its own or its nearest base's __init__), carries. */
export function signatureOf(fn: Function): Signature | undefined {
  const own = SIGNATURES.get(fn);
  if (own || !isClassConstructor(fn)) return own;
  for (let c = Object.getPrototypeOf(fn); typeof c === "function" && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const sig = SIGNATURES.get(c);
    if (sig) return sig;
  }
  return undefined;
}

/** A `class` (its prototype is read-only), as opposed to a function or method: called with `new`. */
export function isClassConstructor(fn: Function): boolean {
  return Object.getOwnPropertyDescriptor(fn, "prototype")?.writable === false;
}

/** What inspect.signature shows besides the parameter list: defaults (in parameter order), annotations, the return annotation. */
export interface SignatureDetails {
  defaults?: readonly unknown[];
  annotations?: Record<string, unknown>;
  returns?: unknown;
}

const DETAILS = new WeakMap<object, SignatureDetails>();

/** The details registered for a function (only a module importing inspect registers them). */
export function signatureDetailsOf(fn: Function): SignatureDetails | undefined {
  return DETAILS.get(fn);
}

export function setSignature<F extends Function>(fn: F, sig: Signature | string, details?: SignatureDetails): F {
  SIGNATURES.set(fn, asSignature(sig));
  if (details) DETAILS.set(fn, details);
  return fn;
}

/** A class's `__init__` signature and its methods' (static ones included), registered after its declaration. */
export function classSignatures(cls: Function, sigs: Record<string, Signature | string>, details?: Record<string, SignatureDetails>): void {
  for (const [name, text] of Object.entries(sigs)) {
    const sig = asSignature(text);
    const more = details?.[name];
    if (name === "__init__") {
      SIGNATURES.set(cls, sig);
      if (more) DETAILS.set(cls, more);
      continue;
    }
    // Descriptors, not values: reading a property would run its getter.
    const own = Object.getOwnPropertyDescriptor(cls.prototype, name) ?? Object.getOwnPropertyDescriptor(cls, name);
    if (typeof own?.value === "function") {
      SIGNATURES.set(own.value, sig);
      if (more) DETAILS.set(own.value, more);
    }
  }
}

/**
 * `functools.partial(f, *bound, **keywords)` for a function whose signature
 * is known: keywords given now and at the call are bound to f's parameters
 * by name (call-time keywords win, as in Python).
 */
export function partialWithKeywords(fn: (...a: any[]) => any, sig: Signature | string, bound: readonly any[], keywords: readonly (readonly [string, any])[]): Partial {
  const out = (...rest: any[]) => {
    const late = takeKwargs(rest);
    const merged = new Map<string, any>(keywords);
    for (const [k, v] of late) merged.set(k, v);
    return fn(...bindBySignature(sig, [...bound, ...rest], [...merged]));
  };
  return partialAttributes(out, fn, bound, keywords);
}

/** A `functools.partial` object: callable, with `func`, `args` (a tuple) and `keywords` (a dict). */
export interface Partial {
  (...a: any[]): any;
  func: (...a: any[]) => any;
  args: readonly any[];
  keywords: Map<string, any>;
}

export function partialAttributes(p: (...a: any[]) => any, fn: (...a: any[]) => any, bound: readonly any[], keywords: readonly (readonly [string, any])[]): Partial {
  return Object.assign(p, { func: fn, args: Object.freeze([...bound]), keywords: new Map(keywords) });
}
