/**
 * Protocol methods called by name (`it.__next__()`, `await ag.__anext__()`,
 * `xs.__len__()`, `await lock.__aenter__()`): an object's own method when it
 * has one (a Python class, a runtime lock), otherwise the builtin operation
 * the dunder stands for, which knows JavaScript generators, arrays, Maps…
 */
import { aiter, anext, contains, delitem, eq, getitem, hash, iter, len, next, setitem } from "./builtins.js";
import { callMethod } from "./methods.js";
import { abs, bool } from "./numbers.js";
import { repr, str } from "./repr.js";

const OPERATIONS: Record<string, (self: any, ...args: any[]) => any> = {
  __iter__: (self) => iter(self),
  __next__: (self) => next(self),
  __aiter__: (self) => aiter(self),
  __anext__: (self) => anext(self),
  __len__: (self) => len(self),
  __contains__: (self, x) => contains(self, x),
  __getitem__: (self, k) => getitem(self, k),
  __setitem__: (self, k, v) => (setitem(self, k, v), null),
  __delitem__: (self, k) => (delitem(self, k), null),
  __eq__: (self, other) => eq(self, other),
  __ne__: (self, other) => !eq(self, other),
  __hash__: (self) => hash(self),
  __bool__: (self) => bool(self),
  __str__: (self) => str(self),
  __repr__: (self) => repr(self),
  __abs__: (self) => abs(self),
};

export function callDunder(obj: any, name: string, ...args: any[]): any {
  const own = obj === null || obj === undefined ? undefined : obj[name];
  if (typeof own === "function") return own.apply(obj, args);
  const op = OPERATIONS[name];
  if (op) return op(obj, ...args);
  return callMethod(obj, name, ...args);
}
