/**
 * dataclasses helpers. A translated dataclass carries its fields (with their
 * `field()` options) in a static `__dataclass_fields__` and its constructor's
 * parameter names, in order, in `__dataclass_params__`; these read them.
 */
import { FrozenInstanceError, TypeError, ValueError } from "./exceptions.js";
import { isTuple, repr, tuple } from "./repr.js";

export interface DataclassField {
  readonly name: string;
  readonly init: boolean;
  readonly repr: boolean;
  readonly compare: boolean;
  readonly kw_only: boolean;
}

type DataclassCtor = { new (...args: any[]): any; __dataclass_fields__: readonly DataclassField[]; __dataclass_params__?: readonly string[] };

/** dataclasses.Field as `fields()` returns it. */
export class Field {
  constructor(
    readonly name: string,
    readonly init: boolean,
    readonly repr: boolean,
    readonly compare: boolean,
    readonly kw_only: boolean,
  ) {}

  __repr__(): string {
    return `Field(name=${repr(this.name)},init=${this.init ? "True" : "False"},repr=${this.repr ? "True" : "False"},compare=${this.compare ? "True" : "False"},kw_only=${this.kw_only ? "True" : "False"})`;
  }
}

function ctorOf(x: any): DataclassCtor | undefined {
  if (typeof x === "function") return Array.isArray(x.__dataclass_fields__) ? x : undefined;
  const c = x?.constructor;
  return c && Array.isArray(c.__dataclass_fields__) ? c : undefined;
}

function fieldsOf(x: any, what: string): readonly DataclassField[] {
  const ctor = ctorOf(x);
  if (!ctor) throw new TypeError(what);
  return ctor.__dataclass_fields__.map((f) => (typeof f === "string" ? { name: f, init: true, repr: true, compare: true, kw_only: false } : f));
}

function isDataclassInstance(x: any): boolean {
  return x != null && typeof x === "object" && ctorOf(x) !== undefined;
}

function convert(x: any, asTuple: boolean): any {
  if (isDataclassInstance(x)) {
    const names = fieldsOf(x, "").map((f) => f.name);
    const values = names.map((n) => convert(x[n], asTuple));
    return asTuple ? tuple(...values) : new Map(names.map((n, i) => [n, values[i]]));
  }
  if (Array.isArray(x)) {
    const items = x.map((v) => convert(v, asTuple));
    return isTuple(x) ? tuple(...items) : items;
  }
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [convert(k, asTuple), convert(v, asTuple)]));
  return x;
}

export const dataclasses = {
  asdict(obj: any): Map<string, any> {
    if (!isDataclassInstance(obj)) throw new TypeError("asdict() should be called on dataclass instances");
    return convert(obj, false);
  },
  astuple(obj: any): readonly any[] {
    if (!isDataclassInstance(obj)) throw new TypeError("astuple() should be called on dataclass instances");
    return convert(obj, true);
  },
  /** `replace(obj, x=1)`: keywords arrive as a trailing options object. */
  replace<T>(obj: T, changes: Record<string, unknown> = {}): T {
    if (!isDataclassInstance(obj)) throw new TypeError("replace() should be called on dataclass instances");
    const ctor = ctorOf(obj)!;
    const fields = fieldsOf(obj, "");
    for (const f of fields) {
      if (!f.init && f.name in changes) throw new ValueError(`field ${f.name} is declared with init=False, it cannot be specified with replace()`);
    }
    const params = ctor.__dataclass_params__ ?? fields.filter((f) => f.init).map((f) => f.name);
    for (const k of Object.keys(changes)) {
      if (!params.includes(k)) throw new TypeError(`${ctor.name}.__init__() got an unexpected keyword argument '${k}'`);
    }
    for (const p of (ctor as { __dataclass_initvars__?: readonly string[] }).__dataclass_initvars__ ?? []) {
      if (!(p in changes)) throw new ValueError(`InitVar '${p}' must be specified with replace()`);
    }
    const isField = new Set(fields.map((f) => f.name));
    // An InitVar left out takes its default: the constructor's default parameter.
    return new ctor(...params.map((n) => (n in changes ? changes[n] : isField.has(n) ? (obj as any)[n] : undefined)));
  },
  fields(x: any): readonly Field[] {
    const list = fieldsOf(x, "must be called with a dataclass type or instance");
    return tuple(...list.map((f) => new Field(f.name, f.init, f.repr, f.compare, f.kw_only)));
  },
  FrozenInstanceError,
  Field,
  /** Markers the translation reads in class bodies (`_: KW_ONLY`, `x: InitVar[int]`); as values they only need to exist. */
  KW_ONLY: class KW_ONLY {},
  InitVar: class InitVar {},
  is_dataclass: (x: any): boolean => ctorOf(x) !== undefined,
  /** Whether `cls` is the dataclass whose constructor builds this instance (the nearest one to `newTarget`). */
  isInitOf(newTarget: any, cls: any): boolean {
    for (let c = newTarget; typeof c === "function"; c = Object.getPrototypeOf(c)) {
      if (Object.prototype.hasOwnProperty.call(c, "__dataclass_fields__")) return c === cls;
    }
    return false;
  },
};
