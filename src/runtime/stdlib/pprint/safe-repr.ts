/**
 * pprint's one-line form of a value (CPython's `PrettyPrinter._safe_repr`):
 * dicts sorted by key unless told not to, containers cut at `depth` into
 * `[...]`, recursion shown as `<Recursion on list with id=...>`, and whether
 * the text is readable (eval-able) and recursive.
 */
import { TypeError } from "../../exceptions.js";
import { id, lt } from "../../builtins.js";
import { Hinted, hintParts, isTuple, pyTypeName, repr, unhint, type HintDesc } from "../../repr.js";
import { Kwargs } from "../../kwargs.js";

/** A value with the float hint its position carries (repr of 2.0 needs it). */
export interface Item {
  value: unknown;
  desc: HintDesc;
}

export function item(x: unknown, desc: HintDesc = "any"): Item {
  return unhint(x, desc);
}

export function hasOwnRepr(x: object): boolean {
  return typeof (x as { __repr__?: unknown }).__repr__ === "function";
}

/** A dict as CPython's dict.__repr__ shows it: a plain Map (or keywords), not a subclass with its own repr. */
export function isPlainDict(x: unknown): x is Map<unknown, unknown> {
  if (!(x instanceof Map) || hasOwnRepr(x)) return false;
  const ctor = x.constructor;
  return ctor === Map || ctor === Kwargs;
}

export function isPlainList(x: unknown): x is unknown[] {
  return Array.isArray(x) && !Object.isFrozen(x) && !hasOwnRepr(x);
}

export function isPlainTuple(x: unknown): x is readonly unknown[] {
  return isTuple(x) && !hasOwnRepr(x);
}

/** `repr` of a value with its hint. */
export function reprOf(it: Item): string {
  return repr(it.desc === "any" ? it.value : new Hinted(it.value, it.desc));
}

export function recursionText(x: object): string {
  return `<Recursion on ${pyTypeName(x)} with id=${id(x)}>`;
}

/** The `str(type(x))` pprint's sort falls back to for unorderable keys. */
function typeText(x: unknown): string {
  return `<class '${pyTypeName(x)}'>`;
}

/** CPython's `_safe_key.__lt__`: `<`, or else (str(type), id) order. */
export function safeLess(a: unknown, b: unknown): boolean {
  try {
    return lt(a, b);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    const ta = typeText(a);
    const tb = typeText(b);
    if (ta !== tb) return ta < tb;
    return id(a) < id(b);
  }
}

export function safeSorted<T>(items: T[], keyOf: (x: T) => unknown): T[] {
  return items.sort((a, b) => (safeLess(keyOf(a), keyOf(b)) ? -1 : safeLess(keyOf(b), keyOf(a)) ? 1 : 0));
}

/** A dict's entries with their hints, sorted when `sortDicts`. */
export function dictItems(d: Map<unknown, unknown>, desc: HintDesc, sortDicts: boolean): [Item, Item][] {
  let i = 0;
  const entries: [Item, Item][] = [...d].map(([k, v]) => [item(k, hintParts.key(desc)), item(v, hintParts.value(desc, i++))]);
  return sortDicts ? safeSorted(entries, (e) => e[0].value) : entries;
}

export interface SafeRepr {
  text: string;
  readable: boolean;
  recursive: boolean;
}

export interface ReprOptions {
  sortDicts: boolean;
  underscoreNumbers: boolean;
}

function intWithUnderscores(n: number | bigint): string {
  const s = (typeof n === "bigint" ? n : BigInt(n)).toString();
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  return (neg ? "-" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, "_");
}

export function safeRepr(it: Item, context: Set<number>, maxlevels: number | null, level: number, opts: ReprOptions): SafeRepr {
  const x = it.value;
  if (typeof x === "string" || typeof x === "boolean" || x === null || x === undefined) return { text: reprOf(it), readable: true, recursive: false };
  if (typeof x === "number" || typeof x === "bigint") {
    const isInt = it.desc !== "float" && (typeof x === "bigint" || Number.isInteger(x));
    if (isInt && opts.underscoreNumbers) return { text: intWithUnderscores(x), readable: true, recursive: false };
    return { text: reprOf(it), readable: true, recursive: false };
  }
  if (isPlainDict(x)) {
    if (x.size === 0) return { text: "{}", readable: true, recursive: false };
    const objid = id(x);
    if (maxlevels && level >= maxlevels) return { text: "{...}", readable: false, recursive: context.has(objid) };
    if (context.has(objid)) return { text: recursionText(x), readable: false, recursive: true };
    context.add(objid);
    let readable = true;
    let recursive = false;
    const parts: string[] = [];
    for (const [k, v] of dictItems(x, it.desc, opts.sortDicts)) {
      const kr = safeRepr(k, context, maxlevels, level + 1, opts);
      const vr = safeRepr(v, context, maxlevels, level + 1, opts);
      parts.push(`${kr.text}: ${vr.text}`);
      readable = readable && kr.readable && vr.readable;
      if (kr.recursive || vr.recursive) recursive = true;
    }
    context.delete(objid);
    return { text: `{${parts.join(", ")}}`, readable, recursive };
  }
  if (isPlainList(x) || isPlainTuple(x)) {
    const list = isPlainList(x);
    if (x.length === 0) return { text: list ? "[]" : "()", readable: true, recursive: false };
    const wrap = (s: string) => (list ? `[${s}]` : x.length === 1 ? `(${s},)` : `(${s})`);
    const objid = id(x);
    if (maxlevels && level >= maxlevels) return { text: wrap("..."), readable: false, recursive: context.has(objid) };
    if (context.has(objid)) return { text: recursionText(x), readable: false, recursive: true };
    context.add(objid);
    let readable = true;
    let recursive = false;
    const parts = x.map((v, i) => {
      const r = safeRepr(item(v, hintParts.element(it.desc, i)), context, maxlevels, level + 1, opts);
      if (!r.readable) readable = false;
      if (r.recursive) recursive = true;
      return r.text;
    });
    context.delete(objid);
    return { text: wrap(parts.join(", ")), readable, recursive };
  }
  const text = reprOf(it);
  return { text, readable: text !== "" && !text.startsWith("<"), recursive: false };
}
