/**
 * Calls whose callee is known only at run time, with keywords: Python
 * functions and classes carry their signature (kwargs.ts setSignature), so
 * keywords are bound exactly as Python binds them; a runtime function gets
 * them as its options object; a builtin value's method goes through
 * callMethod, which also knows str, list, dict… methods.
 */
import { TypeError } from "./exceptions.js";
import { bindBySignature, checkPositionalCount, isClassConstructor, keywordCallOf, signatureOf } from "./kwargs.js";
import { callMethod } from "./methods.js";

type Keywords = readonly (readonly [string, any])[];

function notCallable(fn: unknown): never {
  const name = fn === null || fn === undefined ? "NoneType" : typeof fn === "object" ? ((fn as object).constructor?.name ?? "object") : typeof fn;
  throw new TypeError(`'${name}' object is not callable`);
}

/** The bound `__call__` of an object that has one; CPython's TypeError otherwise. */
function callableOf(obj: any): (...a: any[]) => any {
  const call = obj !== null && typeof obj === "object" ? obj.__call__ : undefined;
  if (typeof call !== "function") notCallable(obj);
  return call.bind(obj);
}

/** Arguments for a callee that carries no Python signature (a runtime function): keywords as its options object. */
function foreignArguments(positional: readonly any[], keywords: Keywords): any[] {
  return keywords.length === 0 ? [...positional] : [...positional, Object.fromEntries(keywords)];
}

/** `f(*pos, **kws)` where f is known only at run time. */
export function callKw(fn: any, positional: readonly any[], keywords: Keywords): any {
  // An instance of a class with __call__ whose type the translator did not know (`task()` in a worker).
  if (typeof fn !== "function") return callKw(callableOf(fn), positional, keywords);
  const special = keywordCallOf(fn);
  if (special) return special(positional, keywords);
  const sig = signatureOf(fn);
  const args = sig ? bindBySignature(sig, positional, keywords) : foreignArguments(positional, keywords);
  return isClassConstructor(fn) ? new fn(...args) : fn(...args);
}

/**
 * `f(a, b)` where f is known only at run time: a Python function checks the
 * count against its parameters first (CPython's TypeError for too many or
 * too few), where JavaScript would drop extras or pass undefined.
 */
export function callPos(fn: any, ...positional: any[]): any {
  if (typeof fn !== "function") return callPos(callableOf(fn), ...positional);
  const sig = signatureOf(fn);
  // Keyword-only parameters come before the rest parameter in JavaScript (`g(a, key = "k", ...rest)`): placed by the binder.
  if (sig !== undefined && sig.varargs && sig.kwonly.length > 0) positional = bindBySignature(sig, positional, []);
  else if (sig !== undefined) checkPositionalCount(sig, positional.length);
  return isClassConstructor(fn) ? new fn(...positional) : fn(...positional);
}

/** `obj.m(*pos, **kws)` where obj's type is known only at run time. */
export function callMethodKw(obj: any, name: string, positional: readonly any[], keywords: Keywords): any {
  const fn = obj === null || obj === undefined ? undefined : obj[name];
  const sig = typeof fn === "function" ? signatureOf(fn) : undefined;
  if (sig) return isClassConstructor(fn) ? new fn(...bindBySignature(sig, positional, keywords)) : fn.apply(obj, bindBySignature(sig, positional, keywords));
  return callMethod(obj, name, ...foreignArguments(positional, keywords));
}
