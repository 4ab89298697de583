/**
 * What Python's `typing` does at run time. Most of typing only serves
 * annotations, which the transforms turn into TypeScript types; these are
 * the names a program also uses as values: `cast`, `NewType`,
 * `runtime_checkable` protocols in isinstance, `final`, `NamedTuple` and
 * `TypedDict` classes (the class transform builds them with `namedTuple`
 * and `typedDict`), `assert_never`, `reveal_type`.
 */
import { AssertionError, TypeError } from "../exceptions.js";
import { Kwargs } from "../kwargs.js";
import { isOptions } from "../builtins.js";
import { repr, pyTypeName } from "../repr.js";
import { namedtuple } from "./collections/namedtuple.js";

/** `NewType("UserId", int)`: at run time the identity function, named. */
function NewType(name: string, tp: unknown): (x: any) => any {
  const f = (x: any) => x;
  Object.defineProperty(f, "name", { value: name });
  Object.assign(f, { __name__: name, __qualname__: name, __supertype__: tp });
  Object.defineProperty(f, "__repr__", { value: () => `__main__.${name}` });
  return f;
}

/** The members a protocol class declares (its methods and properties). */
function protocolMembers(cls: Function): string[] {
  const names = new Set<string>();
  for (let p = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const k of Object.getOwnPropertyNames(p)) if (k !== "constructor") names.add(k);
  }
  return [...names];
}

/** `@runtime_checkable`: isinstance(x, Proto) checks that x has every member the protocol declares. */
function runtime_checkable<T extends Function>(cls: T): T {
  const members = protocolMembers(cls);
  Object.defineProperty(cls, "__instancecheck__", {
    value: (x: unknown) => {
      if (x === null || x === undefined) return false;
      const o = Object(x);
      return members.every((m) => m in o && o[m] !== null && o[m] !== undefined);
    },
    configurable: true,
  });
  Object.defineProperty(cls, "_is_runtime_protocol", { value: true, configurable: true });
  return cls;
}

/** The class a `class P(NamedTuple)` declaration derives from: a namedtuple with those fields and defaults. */
function namedTuple(name: string, fields: readonly string[], defaults: readonly unknown[]): any {
  const cls = namedtuple(name, fields, { defaults });
  return cls;
}

/** A `class Movie(TypedDict)`: called with keywords (or a mapping) it makes a dict. */
interface DictMaker {
  new (...args: any[]): Map<string, any>;
  (...args: any[]): Map<string, any>;
}

function typedDict(name: string): DictMaker {
  // A function, not an arrow: the class is called with `new`, and a constructor returning an object gives that object.
  const make = function (...args: any[]): Map<string, any> {
    const out = new Map<string, any>();
    for (const a of args) {
      if (a instanceof Map) for (const [k, v] of a) out.set(k, v);
      else if (isOptions(a) || a instanceof Kwargs) for (const [k, v] of a instanceof Map ? a : Object.entries(a)) out.set(k, v);
      else throw new TypeError(`${name}() takes keyword arguments or a mapping, not ${pyTypeName(a)}`);
    }
    return out;
  };
  Object.defineProperty(make, "name", { value: name });
  return make as DictMaker;
}

/** `typing.assert_never(x)`: reaching it is an error. */
function assert_never(x: unknown): never {
  let shown = repr(x);
  if (shown.length > 100) shown = shown.slice(0, 100) + "...";
  throw new AssertionError(`Expected code to be unreachable, but got: ${shown}`);
}

/** `typing.reveal_type(x)`: prints the run-time type to stderr and returns x. */
function reveal_type<T>(x: T): T {
  process.stderr.write(`Runtime type is '${pyTypeName(x)}'\n`);
  return x;
}

export const typing = {
  TYPE_CHECKING: false,
  cast: <T>(_type: unknown, value: T): T => value,
  NewType,
  runtime_checkable,
  final: <T>(x: T): T => x,
  overload: <T>(x: T): T => x,
  no_type_check: <T>(x: T): T => x,
  assert_never,
  reveal_type,
  namedTuple,
  typedDict,
};
