/**
 * `functools.partialmethod(func, *args, **keywords)` as a class attribute:
 * the class transform installs a method that calls
 * `func(self, *args, *rest, **keywords, **late_keywords)`. The class body's
 * `func` (a method defined above) is captured once, as Python captures the
 * function object: a subclass overriding it does not change the partial.
 */
import { TypeError } from "../exceptions.js";
import { callKw } from "../calls.js";
import { bindBySignature, kw, setKeywordCall, setSignature, signatureOf, takeKwargs } from "../kwargs.js";

export class PartialMethod {
  constructor(
    readonly func: Function,
    readonly args: readonly any[],
    readonly keywords: readonly (readonly [string, any])[],
  ) {}
}

function make(positional: readonly any[], keywords: readonly (readonly [string, any])[]): PartialMethod {
  const [func, ...args] = positional;
  if (typeof func !== "function" && !(func instanceof PartialMethod)) throw new TypeError(`${String(func)} is not callable or a descriptor`);
  return new PartialMethod(func as Function, args, keywords);
}

export function partialmethod(func: unknown, ...args: any[]): PartialMethod {
  // Keywords for a callee without a known signature arrive as a trailing options object (or a Kwargs).
  const keywords = takeKwargs(args);
  return make([func, ...args], [...keywords]);
}
setKeywordCall(partialmethod, make);

/** A method of the class being defined, seen as the class body sees it: a function taking `self` first. */
export function selfFirst(method: Function): Function {
  const fn = function (self: unknown, ...args: unknown[]) {
    return method.apply(self, args);
  };
  setKeywordCall(fn, (positional, keywords) => {
    const [self, ...rest] = positional;
    const sig = signatureOf(method);
    return method.apply(self, sig ? bindBySignature(sig, rest, keywords) : keywords.length === 0 ? rest : [...rest, Object.fromEntries(keywords)]);
  });
  return fn;
}

/** Registers `cls.prototype[name]` as taking anything, so that call-site keywords reach it as a Kwargs. */
export function partialMethodOf(cls: Function, name: string, pm: unknown): PartialMethod {
  if (!(pm instanceof PartialMethod)) throw new TypeError("partialMethodOf: not a partialmethod");
  setSignature(cls.prototype[name], `@${cls.name}.${name}(*args, **keywords)`);
  return pm;
}

/** `obj.name(*rest, **late)` for a partialmethod attribute. */
export function callPartialMethod(pm: PartialMethod, self: unknown, rest: any[]): any {
  const late = takeKwargs(rest);
  const merged = new Map<string, any>(pm.keywords);
  for (const [k, v] of late) merged.set(k, v);
  if (pm.func instanceof PartialMethod) return callPartialMethod(pm.func, self, [...pm.args, ...rest, ...(merged.size > 0 ? [kw(merged)] : [])]);
  return callKw(pm.func, [self, ...pm.args, ...rest], [...merged]);
}

