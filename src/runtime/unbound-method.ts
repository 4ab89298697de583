/**
 * `C.m` taken as a value: Python's plain function, which takes self first.
 * JavaScript keeps the method on C.prototype with `this` for self, and its
 * carried signature is the bound one (without self): the value is a wrapper
 * taking self, made once per method so `C.m is C.m` holds.
 */
import { type Signature, asSignature, setSignature, signatureDetailsOf, signatureOf } from "./kwargs.js";

const UNBOUND = new WeakMap<Function, Function>();

export function unboundMethod(method: (...a: any[]) => any, selfName: string): (...a: any[]) => any {
  const known = UNBOUND.get(method);
  if (known) return known as (...a: any[]) => any;
  const fn = function (self: unknown, ...args: any[]) {
    return method.apply(self, args);
  };
  Object.defineProperty(fn, "name", { value: method.name });
  const sig = signatureOf(method);
  if (sig) {
    const own: Signature = { ...asSignature(sig), positional: [[selfName, false], ...sig.positional], bound: false };
    setSignature(fn, own, signatureDetailsOf(method));
  }
  UNBOUND.set(method, fn);
  return fn;
}
