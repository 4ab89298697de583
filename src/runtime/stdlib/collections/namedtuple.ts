/**
 * `collections.namedtuple`: a class whose instances are tuples (frozen
 * Arrays, as every translated tuple) with named fields. The class is
 * callable with or without `new`, as translated code calls it like a
 * function; keywords arrive as a trailing plain object.
 */
import { AttributeError, TypeError, ValueError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import { isOptions, pyIterable } from "../../builtins.js";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const KEYWORDS = new Set("False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "));

function fieldList(field_names: string | Iterable<string>): string[] {
  const names = typeof field_names === "string" ? field_names.replace(/,/g, " ").split(/\s+/).filter((s) => s !== "") : [...pyIterable<string>(field_names)].map(String);
  return names;
}

interface Options {
  rename?: boolean;
  defaults?: Iterable<unknown> | null;
  module?: string | null;
}

export function namedtuple(typename: string, field_names: string | Iterable<string>, options: Options = {}): any {
  const fields = fieldList(field_names);
  if (options.rename) {
    const seen = new Set<string>();
    fields.forEach((name, i) => {
      if (!IDENTIFIER.test(name) || KEYWORDS.has(name) || name.startsWith("_") || seen.has(name)) fields[i] = `_${i}`;
      seen.add(fields[i]!);
    });
  }
  for (const name of [typename, ...fields]) {
    if (!IDENTIFIER.test(name)) throw new ValueError(`Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) throw new ValueError(`Type names and field names cannot be a keyword: ${repr(name)}`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith("_") && !options.rename) throw new ValueError(`Field names cannot start with an underscore: ${repr(name)}`);
    if (seen.has(name)) throw new ValueError(`Encountered duplicate field name: ${repr(name)}`);
    seen.add(name);
  }
  const defaults = options.defaults === undefined || options.defaults === null ? [] : [...pyIterable(options.defaults)];
  if (defaults.length > fields.length) throw new TypeError("Got more default values than field names");
  const firstDefault = fields.length - defaults.length;

  // A class deriving from the namedtuple (`class P(namedtuple(...))`, typing.NamedTuple) makes instances of itself.
  const make = (values: unknown[], proto: object = cls.prototype): any => {
    const t = Array.from(values);
    Object.setPrototypeOf(t, proto);
    return Object.freeze(t);
  };

  const cls: any = function (this: unknown, ...args: any[]) {
    const proto = new.target && new.target !== cls ? new.target.prototype : cls.prototype;
    const kw = args.length > 0 && isOptions(args[args.length - 1]) ? args.pop() : {};
    const where = `${typename}.__new__()`;
    if (args.length > fields.length) {
      const takes = firstDefault < fields.length ? `from ${firstDefault + 1} to ${fields.length + 1}` : `${fields.length + 1}`;
      throw new TypeError(`${where} takes ${takes} positional arguments but ${args.length + 1} were given`);
    }
    const values: unknown[] = [...args];
    for (const [k, v] of Object.entries(kw)) {
      const i = fields.indexOf(k);
      if (i < 0) throw new TypeError(`${where} got an unexpected keyword argument '${k}'`);
      if (i < args.length) throw new TypeError(`${where} got multiple values for argument '${k}'`);
      values[i] = v;
    }
    const missing: string[] = [];
    for (let i = 0; i < fields.length; i++) {
      if (i in values) continue;
      if (i >= firstDefault) values[i] = defaults[i - firstDefault];
      else missing.push(fields[i]!);
    }
    if (missing.length > 0) {
      const quoted = missing.map((m) => `'${m}'`);
      const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
      throw new TypeError(`${where} missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`);
    }
    return make(values, proto);
  };
  Object.defineProperty(cls, "name", { value: typename });
  cls.prototype = Object.create(Array.prototype, { constructor: { value: cls, writable: true, configurable: true } });
  const readOnly = (): never => {
    throw new AttributeError("can't set attribute");
  };
  fields.forEach((name, i) => Object.defineProperty(cls.prototype, name, { get(this: unknown[]) { return this[i]; }, set: readOnly, enumerable: false }));
  cls._fields = Object.freeze([...fields]);
  cls._field_defaults = new Map(defaults.map((d, i) => [fields[firstDefault + i]!, d]));
  cls._make = function (this: unknown, iterable: Iterable<unknown>) {
    const values = [...pyIterable(iterable)];
    if (values.length !== fields.length) throw new TypeError(`Expected ${fields.length} arguments, got ${values.length}`);
    return make(values, typeof this === "function" ? this.prototype : cls.prototype);
  };
  Object.assign(cls.prototype, {
    _asdict(this: unknown[]): Map<string, unknown> {
      return new Map(fields.map((f, i) => [f, this[i]]));
    },
    _replace(this: unknown[], kw: Record<string, unknown> = {}): unknown {
      const values = [...this];
      for (const [k, v] of Object.entries(kw)) {
        const i = fields.indexOf(k);
        if (i < 0) throw new ValueError(`Got unexpected field names: ['${k}']`);
        values[i] = v;
      }
      return make(values, Object.getPrototypeOf(this));
    },
    __repr__(this: unknown[]): string {
      const name = (Object.getPrototypeOf(this)?.constructor as { name?: string } | undefined)?.name || typename;
      return `${name}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
    },
    __getattr__(name: string): never {
      throw new AttributeError(`'${typename}' object has no attribute '${name}'`);
    },
  });
  for (const k of ["_asdict", "_replace", "__repr__", "__getattr__"]) Object.defineProperty(cls.prototype, k, { enumerable: false });
  // Class attributes read through an instance, as Python finds them.
  for (const k of ["_fields", "_field_defaults"]) Object.defineProperty(cls.prototype, k, { get: () => cls[k], enumerable: false });
  cls.__module__ = options.module ?? "__main__";
  return cls;
}
