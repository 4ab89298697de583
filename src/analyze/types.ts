/**
 * The static types the translator reasons with. They are deliberately
 * coarse: enough to pick an idiomatic operator, to tell a float from an int
 * when printing, and to write a TypeScript annotation.
 */
export type PyType =
  | { k: "any" }
  | { k: "int" }
  | { k: "float" }
  /** An int or a float, not known which: float-annotated values (annotations do not convert). */
  | { k: "number" }
  | { k: "str" }
  | { k: "bool" }
  | { k: "none" }
  | { k: "list"; of: PyType; items?: PyType[] }
  | { k: "tuple"; items: PyType[] | null; rest?: PyType }
  /** `values`: per-entry value types of a dict literal, in order (dropped once the dict is stored in a variable). */
  | { k: "dict"; key: PyType; value: PyType; values?: PyType[] }
  | { k: "set"; of: PyType }
  | { k: "class"; name: string }
  | { k: "instance"; name: string }
  /** `bindsKeywords`: the function binds keywords passed as a trailing Kwargs itself (a functools.partial). */
  | { k: "func"; ret: PyType; async: boolean; bindsKeywords?: boolean }
  | { k: "union"; of: PyType[] }
  | { k: "coroutine"; of: PyType }
  | { k: "task"; of: PyType }
  /** A TypeScript type by name; `of` is what iterating it gives (generators, iterators, generator expressions). */
  | { k: "named"; ts: string; of?: PyType };

export const ANY: PyType = { k: "any" };
export const INT: PyType = { k: "int" };
export const FLOAT: PyType = { k: "float" };
export const NUMBER: PyType = { k: "number" };
export const STR: PyType = { k: "str" };
export const BOOL: PyType = { k: "bool" };
export const NONE: PyType = { k: "none" };

export const isNumeric = (t: PyType): boolean => t.k === "int" || t.k === "float" || t.k === "bool" || t.k === "number";
export const isStr = (t: PyType): boolean => t.k === "str";

export function sameType(a: PyType, b: PyType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The join of two types, as coarse as is safe: differing types become any. */
export function join(a: PyType, b: PyType): PyType {
  if (sameType(a, b)) return a;
  if (isNumeric(a) && isNumeric(b) && a.k !== "bool" && b.k !== "bool") return NUMBER;
  if (a.k === "list" && b.k === "list") return { k: "list", of: join(a.of, b.of) };
  if (a.k === "none" || b.k === "none") {
    const other = a.k === "none" ? b : a;
    if (other.k === "any") return ANY;
    return { k: "union", of: [other, NONE] };
  }
  return ANY;
}

/** Whether formatting a value of this type needs the float hint. */
export function mentionsFloat(t: PyType): boolean {
  switch (t.k) {
    case "float":
      return true;
    case "list":
      return t.items ? t.items.some(mentionsFloat) : mentionsFloat(t.of);
    case "set":
      return mentionsFloat(t.of);
    case "tuple":
      return (t.items ?? []).some(mentionsFloat) || (t.rest !== undefined && mentionsFloat(t.rest));
    case "dict":
      return mentionsFloat(t.key) || mentionsFloat(t.value) || (t.values ?? []).some(mentionsFloat);
    case "union":
      return t.of.some(mentionsFloat);
    default:
      return false;
  }
}

/** The runtime's float hint descriptor for `hinted(x, desc)`, as TS source. */
export function hintDescriptor(t: PyType): string {
  switch (t.k) {
    case "float":
      return `"float"`;
    case "list":
      // A literal list keeps one hint per position: [1, 2.0] prints its 1 as an int.
      if (t.items) return `{ tuple: [${t.items.map(hintDescriptor).join(", ")}] }`;
      return `{ list: ${hintDescriptor(t.of)} }`;
    case "set":
      return `{ set: ${hintDescriptor(t.of)} }`;
    case "tuple":
      if (t.items) return `{ tuple: [${t.items.map(hintDescriptor).join(", ")}] }`;
      return t.rest ? `{ tuple: ${hintDescriptor(t.rest)} }` : `"any"`;
    case "dict":
      if (t.values) return `{ dict: [${hintDescriptor(t.key)}, ${hintDescriptor(t.value)}], at: [${t.values.map(hintDescriptor).join(", ")}] }`;
      return `{ dict: [${hintDescriptor(t.key)}, ${hintDescriptor(t.value)}] }`;
    case "union": {
      const nonNone = t.of.filter((x) => x.k !== "none");
      return nonNone.length === 1 ? hintDescriptor(nonNone[0]!) : `"any"`;
    }
    default:
      return `"any"`;
  }
}

/** TypeScript spelling of a type, for annotations. */
export function tsType(t: PyType): string {
  switch (t.k) {
    case "any":
      return "any";
    case "int":
    case "float":
    case "number":
      return "number";
    case "str":
      return "string";
    case "bool":
      return "boolean";
    case "none":
      return "null";
    case "list":
      return `${wrapArray(tsType(t.of))}[]`;
    case "tuple":
      if (t.items === null) return `readonly ${wrapArray(tsType(t.rest ?? ANY))}[]`;
      return `readonly [${t.items.map(tsType).join(", ")}]`;
    case "dict":
      return `Map<${tsType(t.key)}, ${tsType(t.value)}>`;
    case "set":
      return `Set<${tsType(t.of)}>`;
    case "class":
      return `typeof ${t.name}`;
    case "instance":
      return t.name;
    case "func":
      return "(...args: any[]) => any";
    case "union": {
      // A function type in a union needs parentheses: `((...args: any[]) => any) | null`.
      const parts = [...new Set(t.of.map((u) => (u.k === "func" ? `(${tsType(u)})` : tsType(u))))];
      return parts.includes("any") ? "any" : parts.join(" | ");
    }
    case "coroutine":
      return `asyncio.Coroutine<${tsType(t.of)}>`;
    case "task":
      return `asyncio.Task<${tsType(t.of)}>`;
    case "named":
      return t.ts;
  }
}

function wrapArray(s: string): string {
  return /[|&\s]/.test(s) && !s.startsWith("Map<") ? `(${s})` : s;
}
