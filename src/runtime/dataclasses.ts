/**
 * dataclasses helpers. Translated dataclasses carry their field names in a
 * static `__dataclass_fields__`, which these read.
 */
import { FrozenInstanceError, TypeError } from "./exceptions.js";
import { isTuple, tuple } from "./repr.js";

type DataclassCtor = { new (...args: any[]): any; __dataclass_fields__: readonly string[] };

function fieldNames(obj: any): readonly string[] {
  const names = (obj?.constructor as DataclassCtor | undefined)?.__dataclass_fields__ ?? (obj as DataclassCtor)?.__dataclass_fields__;
  if (!names) throw new TypeError("asdict() should be called on dataclass instances");
  return names;
}

function isDataclassInstance(x: any): boolean {
  return x != null && typeof x === "object" && Array.isArray((x.constructor as DataclassCtor).__dataclass_fields__);
}

function convert(x: any, asTuple: boolean): any {
  if (isDataclassInstance(x)) {
    const values = fieldNames(x).map((n) => convert(x[n], asTuple));
    return asTuple ? tuple(...values) : new Map(fieldNames(x).map((n, i) => [n, values[i]]));
  }
  if (Array.isArray(x)) {
    const items = x.map((v) => convert(v, asTuple));
    return isTuple(x) ? tuple(...items) : items;
  }
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [convert(k, asTuple), convert(v, asTuple)]));
  return x;
}

export const dataclasses = {
  asdict: (obj: any): Map<string, any> => (fieldNames(obj), convert(obj, false)),
  astuple: (obj: any): readonly any[] => (fieldNames(obj), convert(obj, true)),
  /** `replace(obj, x=1)`: keywords arrive as a trailing options object. */
  replace<T>(obj: T, changes: Record<string, unknown> = {}): T {
    const ctor = (obj as any).constructor as DataclassCtor;
    const args = fieldNames(obj).map((n) => (n in changes ? changes[n] : (obj as any)[n]));
    return new ctor(...args);
  },
  fields: (x: any): readonly string[] => fieldNames(x),
  FrozenInstanceError,
  is_dataclass: (x: any): boolean => isDataclassInstance(x) || Array.isArray(x?.__dataclass_fields__),
};
