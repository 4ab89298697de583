/**
 * csv dialects: the `Dialect` classes a program names or subclasses, the
 * registry of named dialects, and the resolved, validated dialect a reader
 * or writer works with (CPython's `_csv.Dialect`), with its TypeErrors.
 */
import { Exception, TypeError } from "../../exceptions.js";
import { pyTypeName } from "../../repr.js";

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

/** `csv.Error`. */
export class Error_ extends Exception {
  static __module__ = "_csv";
  static __qualname__ = "Error";
}

/** `csv.Dialect`: a program's dialect subclasses it with class attributes. */
export class Dialect {
  static __module__ = "csv";
  static delimiter: string | null = null;
  static quotechar: string | null = null;
  static escapechar: string | null = null;
  static doublequote: boolean | null = null;
  static skipinitialspace: boolean | null = null;
  static lineterminator: string | null = null;
  static quoting: number | null = null;
  static strict: boolean | null = null;
}

export class excel extends Dialect {
  static override delimiter = ",";
  static override quotechar = '"';
  static override doublequote = true;
  static override skipinitialspace = false;
  static override lineterminator = "\r\n";
  static override quoting = QUOTE_MINIMAL;
}

export class excel_tab extends excel {
  static override delimiter = "\t";
}

export class unix_dialect extends Dialect {
  static override delimiter = ",";
  static override quotechar = '"';
  static override doublequote = true;
  static override skipinitialspace = false;
  static override lineterminator = "\n";
  static override quoting = QUOTE_ALL;
}

const FIELDS = ["delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"] as const;

/** A dialect resolved and checked: what `reader.dialect` and `get_dialect()` return. */
export class ResolvedDialect {
  static __module__ = "_csv";
  static __qualname__ = "Dialect";
  constructor(
    readonly delimiter: string,
    readonly quotechar: string | null,
    readonly escapechar: string | null,
    readonly doublequote: boolean,
    readonly skipinitialspace: boolean,
    readonly lineterminator: string,
    readonly quoting: number,
    readonly strict: boolean,
  ) {
    Object.freeze(this);
  }
}
Object.defineProperty(ResolvedDialect, "name", { value: "Dialect" });

const registry = new Map<string, ResolvedDialect>();

function char(name: string, value: unknown, dflt: string | null, optional: boolean): string | null {
  if (value === undefined) return dflt;
  if (value === null && optional) return null;
  if (typeof value !== "string") throw new TypeError(`"${name}" must be string${optional ? " or None" : ""}, not ${pyTypeName(value)}`);
  if ([...value].length !== 1) throw new TypeError(`"${name}" must be a 1-character string`);
  return value;
}

const truthy = (v: unknown, dflt: boolean): boolean => (v === undefined ? dflt : Boolean(v) && v !== 0 && v !== "");

/** Reads a dialect given by name, class or object, then applies the keyword overrides, validating as `_csv` does. */
export function resolveDialect(dialect: unknown, kw: Record<string, unknown>): ResolvedDialect {
  for (const k of Object.keys(kw)) if (!(FIELDS as readonly string[]).includes(k)) throw new TypeError(`'${k}' is an invalid keyword argument for this function`);
  let base: Record<string, unknown> = {};
  if (typeof dialect === "string") {
    const found = registry.get(dialect);
    if (!found) throw new Error_("unknown dialect");
    base = found as unknown as Record<string, unknown>;
  } else if (dialect != null) base = dialect as Record<string, unknown>;
  const get = (name: (typeof FIELDS)[number]): unknown => {
    if (name in kw) return kw[name];
    const v = base[name];
    return v === null && !["quotechar", "escapechar"].includes(name) ? undefined : v;
  };
  const quoting = get("quoting");
  if (quoting !== undefined && !(typeof quoting === "number" && Number.isInteger(quoting))) throw new TypeError(`"quoting" must be an integer`);
  const q = (quoting as number | undefined) ?? QUOTE_MINIMAL;
  if (![QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE].includes(q)) throw new TypeError('bad "quoting" value');
  const delimiter = char("delimiter", get("delimiter"), ",", false)!;
  const quotechar = char("quotechar", get("quotechar"), '"', true);
  const escapechar = char("escapechar", get("escapechar"), null, true);
  const lt = get("lineterminator");
  if (lt === null) throw new TypeError("lineterminator must be set");
  if (lt !== undefined && typeof lt !== "string") throw new TypeError('"lineterminator" must be a string');
  return new ResolvedDialect(delimiter, quotechar, escapechar, truthy(get("doublequote"), true), truthy(get("skipinitialspace"), false), (lt as string | undefined) ?? "\r\n", q, truthy(get("strict"), false));
}

/** `register_dialect(name, dialect=None, **fmtparams)`. */
export function register_dialect(name: unknown, dialect?: unknown, ...rest: any[]): void {
  const kw = rest.length > 0 && rest[rest.length - 1] !== null && typeof rest[rest.length - 1] === "object" ? rest.pop() : {};
  if (dialect !== null && typeof dialect === "object" && Object.getPrototypeOf(dialect) === Object.prototype) {
    Object.assign(kw, dialect);
    dialect = undefined;
  }
  if (typeof name !== "string") throw new TypeError("dialect name must be a string");
  registry.set(name, resolveDialect(dialect, kw));
}

export function unregister_dialect(name: string): void {
  if (!registry.delete(name)) throw new Error_("unknown dialect");
}

export function get_dialect(name: string): ResolvedDialect {
  const d = registry.get(name);
  if (!d) throw new Error_("unknown dialect");
  return d;
}

export function list_dialects(): string[] {
  return [...registry.keys()];
}

let fieldLimit = 128 * 1024;

/** `field_size_limit([new_limit])`: returns the old limit. */
export function field_size_limit(newLimit?: unknown): number {
  const old = fieldLimit;
  if (newLimit !== undefined) {
    if (typeof newLimit !== "number" || !Number.isInteger(newLimit)) throw new TypeError("limit must be an integer");
    fieldLimit = newLimit;
  }
  return old;
}

export const currentFieldLimit = (): number => fieldLimit;

register_dialect("excel", excel);
register_dialect("excel-tab", excel_tab);
register_dialect("unix", unix_dialect);

// Python names the class `Error`; the export is Error_ only to keep JavaScript's Error visible.
Object.defineProperty(Error_, "name", { value: "Error" });
