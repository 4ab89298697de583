/**
 * Python methods of the builtin types, for receivers whose type the
 * translator could not tell: `callMethod(obj, "split", ",")`.
 *
 * Keyword arguments arrive as a trailing plain object
 * (`callMethod(xs, "sort", { key: f, reverse: true })`); each method maps
 * them onto its Python parameter names. The individual implementations are
 * exported too (`strSplit`, `listPop`, `dictGet`, ...) for generated code
 * that knows the receiver's type.
 */
import { AttributeError, IndexError, KeyError, LookupError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { PyFloat, repr, str, tuple } from "./repr.js";
import { FrozenSet, PySet } from "./sets/pyset.js";
import { float, int, bool } from "./numbers.js";
import { strFormat } from "./format.js";
import { Kwargs } from "./kwargs.js";
import { itemsView, keysView, valuesView } from "./dict-views.js";
import { bytesFromString } from "./bytes/construct.js";
import { intToBytes } from "./bytes/ints.js";
import {
  setAdd,
  setClear,
  setCopy,
  setDifference,
  setDifferenceUpdate,
  setDiscard,
  setIntersection,
  setIntersectionUpdate,
  setIsdisjoint,
  setIssubset,
  setIssuperset,
  setPop,
  setRemove,
  setSymmetricDifference,
  setSymmetricDifferenceUpdate,
  setUnion,
  setUpdate,
} from "./sets/ops.js";
import {
  contains,
  delitem,
  dict,
  dictUpdateFrom,
  eq,
  frozenset,
  list,
  set,
  getitem,
  hash,
  isOptions,
  iter,
  len,
  MISSING,
  ne,
  pyHasKey,
  pyIterable,
  pyMapDelete,
  pyMapGet,
  pyMapSet,
  pySetAdd,
  pySetDelete,
  pySort,
  setitem,
  strLength,
  typeName,
  compare,
  registerPythonMethods,
} from "./builtins.js";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const SURROGATE = /[\uD800-\uDFFF]/;

function tup(...items: any[]): readonly any[] {
  return Object.freeze(items);
}

/** Python's str.isspace() set (str.split() and str.strip() use it). */
function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function requireStr(x: unknown, what: string): string {
  if (typeof x !== "string") throw new TypeError(`${what} must be str, not ${typeName(x)}`);
  return x;
}

function intArg(x: unknown, dflt: number): number {
  if (x === undefined || x === null) return dflt;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/**
 * String positions in code points, as Python counts them. Strings without
 * astral characters (almost all) use UTF-16 offsets directly.
 */
class Positions {
  private readonly offsets: number[] | null;
  readonly length: number;
  constructor(readonly s: string) {
    if (!SURROGATE.test(s)) {
      this.offsets = null;
      this.length = s.length;
    } else {
      const offsets: number[] = [];
      let i = 0;
      for (const ch of s) {
        offsets.push(i);
        i += ch.length;
      }
      offsets.push(i);
      this.offsets = offsets;
      this.length = offsets.length - 1;
    }
  }
  /** Code-point index -> UTF-16 offset. */
  unit(cp: number): number {
    return this.offsets ? this.offsets[Math.max(0, Math.min(cp, this.length))]! : cp;
  }
  /** UTF-16 offset -> code-point index. */
  point(unit: number): number {
    if (!this.offsets) return unit;
    let lo = 0;
    let hi = this.offsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.offsets[mid]! < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** CPython's ADJUST_INDICES for start/end arguments (code points). */
  range(start: unknown, end: unknown): [number, number] {
    const n = this.length;
    let a = intArg(start, 0);
    let b = intArg(end, n);
    if (b > n) b = n;
    else if (b < 0) {
      b += n;
      if (b < 0) b = 0;
    }
    if (a < 0) {
      a += n;
      if (a < 0) a = 0;
    }
    return [a, b];
  }
}

// ---------------------------------------------------------------------------
// str
// ---------------------------------------------------------------------------

/** `s.split(sep=None, maxsplit=-1)` */
export function strSplit(s: string, sep: string | null = null, maxsplit: number = -1): string[] {
  const max = intArg(maxsplit, -1);
  const out: string[] = [];
  if (sep === null || sep === undefined) {
    const n = s.length;
    let i = 0;
    for (;;) {
      while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
      if (i >= n) break;
      if (max >= 0 && out.length >= max) {
        out.push(s.slice(i));
        break;
      }
      let j = i;
      while (j < n && !isSpaceCode(s.charCodeAt(j))) j++;
      out.push(s.slice(i, j));
      i = j;
    }
    return out;
  }
  requireStr(sep, "must be str or None, not");
  if (sep === "") throw new ValueError("empty separator");
  if (max < 0) return s.split(sep);
  let i = 0;
  while (out.length < max) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

/** `s.rsplit(sep=None, maxsplit=-1)` */
export function strRsplit(s: string, sep: string | null = null, maxsplit: number = -1): string[] {
  const max = intArg(maxsplit, -1);
  if (max < 0) return strSplit(s, sep, -1);
  const out: string[] = [];
  if (sep === null || sep === undefined) {
    let j = s.length;
    for (;;) {
      while (j > 0 && isSpaceCode(s.charCodeAt(j - 1))) j--;
      if (j <= 0) break;
      if (out.length >= max) {
        out.push(s.slice(0, j));
        break;
      }
      let i = j;
      while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
      out.push(s.slice(i, j));
      j = i;
    }
    return out.reverse();
  }
  if (sep === "") throw new ValueError("empty separator");
  let j = s.length;
  while (out.length < max) {
    const i = j - sep.length < 0 ? -1 : s.lastIndexOf(sep, j - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, j));
    j = i;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

/** `s.splitlines(keepends=False)` */
export function strSplitlines(s: string, keepends: boolean = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === 10 || c === 13 || c === 11 || c === 12 || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029) break;
      j++;
    }
    let eol = j;
    if (j < n) eol = s.charCodeAt(j) === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    out.push(s.slice(i, keepends ? eol : j));
    i = eol;
  }
  return out;
}

function stripImpl(s: string, chars: string | null | undefined, left: boolean, right: boolean): string {
  if (chars === null || chars === undefined) {
    let i = 0;
    let j = s.length;
    if (left) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  requireStr(chars, "strip arg");
  const set = new Set(Array.from(chars));
  const cps = SURROGATE.test(s) ? Array.from(s) : null;
  const items: ArrayLike<string> = cps ?? s;
  let i = 0;
  let j = items.length;
  if (left) while (i < j && set.has(items[i]!)) i++;
  if (right) while (j > i && set.has(items[j - 1]!)) j--;
  return cps ? cps.slice(i, j).join("") : s.slice(i, j);
}

/** `s.strip(chars=None)` */
export function strStrip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, true, true);
}

/** `s.lstrip(chars=None)` */
export function strLstrip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, true, false);
}

/** `s.rstrip(chars=None)` */
export function strRstrip(s: string, chars: string | null = null): string {
  return stripImpl(s, chars, false, true);
}

/** `sep.join(iterable)` */
export function strJoin(sep: string, items: Iterable<unknown>): string {
  const parts: string[] = [];
  let i = 0;
  for (const x of pyIterable(items)) {
    if (typeof x !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(x)} found`);
    parts.push(x);
    i++;
  }
  return parts.join(sep);
}

/** `s.replace(old, new, count=-1)` */
export function strReplace(s: string, old: string, rep: string, count: number = -1): string {
  requireStr(old, "replace() argument 1");
  requireStr(rep, "replace() argument 2");
  let n = intArg(count, -1);
  if (old === "") {
    const cps = Array.from(s);
    let out = "";
    for (let i = 0; i <= cps.length; i++) {
      if (n !== 0) {
        out += rep;
        if (n > 0) n--;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  if (n < 0) return s.split(old).join(rep);
  let out = "";
  let i = 0;
  while (n > 0) {
    const j = s.indexOf(old, i);
    if (j < 0) break;
    out += s.slice(i, j) + rep;
    i = j + old.length;
    n--;
  }
  return out + s.slice(i);
}

function affixMatch(s: string, affix: unknown, start: unknown, end: unknown, name: string, atEnd: boolean): boolean {
  const pos = new Positions(s);
  const [a, b] = pos.range(start, end);
  const test = (p: unknown): boolean => {
    if (typeof p !== "string") {
      throw new TypeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
    }
    if (b - a < strLength(p)) return false;
    const sub = s.slice(pos.unit(a), pos.unit(b));
    return atEnd ? sub.endsWith(p) : sub.startsWith(p);
  };
  if (typeof affix === "string") return test(affix);
  if (Array.isArray(affix) && Object.isFrozen(affix)) return affix.some(test);
  throw new TypeError(`${name} first arg must be str or a tuple of str, not ${typeName(affix)}`);
}

/** `s.startswith(prefix | tuple, start=None, end=None)` */
export function strStartswith(s: string, prefix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return affixMatch(s, prefix, start, end, "startswith", false);
}

/** `s.endswith(suffix | tuple, start=None, end=None)` */
export function strEndswith(s: string, suffix: string | readonly string[], start?: number | null, end?: number | null): boolean {
  return affixMatch(s, suffix, start, end, "endswith", true);
}

/** `s.find(sub, start=None, end=None)` */
export function strFind(s: string, sub: string, start?: number | null, end?: number | null): number {
  requireStr(sub, "must be str, not");
  const pos = new Positions(s);
  const [a, b] = pos.range(start, end);
  if (b - a < strLength(sub)) return -1;
  const lo = pos.unit(a);
  const hi = pos.unit(b);
  const i = s.indexOf(sub, lo);
  if (i < 0 || i + sub.length > hi) return -1;
  return pos.point(i);
}

/** `s.rfind(sub, start=None, end=None)` */
export function strRfind(s: string, sub: string, start?: number | null, end?: number | null): number {
  requireStr(sub, "must be str, not");
  const pos = new Positions(s);
  const [a, b] = pos.range(start, end);
  if (b - a < strLength(sub)) return -1;
  const lo = pos.unit(a);
  const hi = pos.unit(b);
  const i = s.lastIndexOf(sub, hi - sub.length);
  if (i < lo) return -1;
  return pos.point(i);
}

/** `s.index(sub, start=None, end=None)`: ValueError "substring not found". */
export function strIndex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = strFind(s, sub, start, end);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}

/** `s.rindex(sub, start=None, end=None)` */
export function strRindex(s: string, sub: string, start?: number | null, end?: number | null): number {
  const i = strRfind(s, sub, start, end);
  if (i < 0) throw new ValueError("substring not found");
  return i;
}

/** `s.count(sub, start=None, end=None)`: non-overlapping occurrences. */
export function strCount(s: string, sub: string, start?: number | null, end?: number | null): number {
  requireStr(sub, "must be str, not");
  const pos = new Positions(s);
  const [a, b] = pos.range(start, end);
  if (b - a < 0) return 0;
  if (sub === "") return b - a + 1;
  const hi = pos.unit(b);
  let n = 0;
  let i = pos.unit(a);
  for (;;) {
    const j = s.indexOf(sub, i);
    if (j < 0 || j + sub.length > hi) return n;
    n++;
    i = j + sub.length;
  }
}

const CASED = /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u;

function titleChar(ch: string): string {
  const up = ch.toUpperCase();
  if (up.length > 1 && ch.length === 1) return up[0] + up.slice(1).toLowerCase();
  return up;
}

/** `s.title()` */
export function strTitle(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    const cased = CASED.test(ch);
    out += cased ? (prevCased ? ch.toLowerCase() : titleChar(ch)) : ch;
    prevCased = cased;
  }
  return out;
}

/** `s.capitalize()` */
export function strCapitalize(s: string): string {
  if (s === "") return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return titleChar(first) + s.slice(first.length).toLowerCase();
}

/** `s.swapcase()` */
export function strSwapcase(s: string): string {
  let out = "";
  for (const ch of s) {
    const lo = ch.toLowerCase();
    out += lo !== ch ? lo : ch.toUpperCase();
  }
  return out;
}

/** `s.casefold()` */
export function strCasefold(s: string): string {
  return s.toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ");
}

function fillChar(fill: unknown): string {
  if (typeof fill !== "string" || strLength(fill) !== 1) {
    throw new TypeError("The fill character must be exactly one character long");
  }
  return fill;
}

/** `s.center(width, fillchar=' ')` */
export function strCenter(s: string, width: number, fillchar: string = " "): string {
  const fill = fillChar(fillchar);
  const w = intArg(width, 0);
  const n = strLength(s);
  if (w <= n) return s;
  const marg = w - n;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return fill.repeat(left) + s + fill.repeat(marg - left);
}

/** `s.ljust(width, fillchar=' ')` */
export function strLjust(s: string, width: number, fillchar: string = " "): string {
  const fill = fillChar(fillchar);
  const n = strLength(s);
  const w = intArg(width, 0);
  return w <= n ? s : s + fill.repeat(w - n);
}

/** `s.rjust(width, fillchar=' ')` */
export function strRjust(s: string, width: number, fillchar: string = " "): string {
  const fill = fillChar(fillchar);
  const n = strLength(s);
  const w = intArg(width, 0);
  return w <= n ? s : fill.repeat(w - n) + s;
}

/** `s.zfill(width)` */
export function strZfill(s: string, width: number): string {
  const n = strLength(s);
  const w = intArg(width, 0);
  if (w <= n) return s;
  const pad = "0".repeat(w - n);
  if (s[0] === "+" || s[0] === "-") return s[0] + pad + s.slice(1);
  return pad + s;
}

/** `s.partition(sep)` -> (head, sep, tail) */
export function strPartition(s: string, sep: string): readonly [string, string, string] {
  requireStr(sep, "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const i = s.indexOf(sep);
  if (i < 0) return tup(s, "", "") as readonly [string, string, string];
  return tup(s.slice(0, i), sep, s.slice(i + sep.length)) as readonly [string, string, string];
}

/** `s.rpartition(sep)` -> (head, sep, tail) */
export function strRpartition(s: string, sep: string): readonly [string, string, string] {
  requireStr(sep, "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const i = s.lastIndexOf(sep);
  if (i < 0) return tup("", "", s) as readonly [string, string, string];
  return tup(s.slice(0, i), sep, s.slice(i + sep.length)) as readonly [string, string, string];
}

/** `s.removeprefix(prefix)` */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

/** `s.removesuffix(suffix)` */
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** `s.expandtabs(tabsize=8)` */
export function strExpandtabs(s: string, tabsize: number = 8): string {
  const size = intArg(tabsize, 8);
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** `s.translate(table)`: table maps code points to str, code point or None. */
export function strTranslate(s: string, table: any): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: any;
    if (table instanceof Map) v = table.has(cp) ? table.get(cp) : MISSING;
    else {
      try {
        v = getitem(table, cp);
      } catch (e) {
        if (e instanceof LookupError) v = MISSING;
        else throw e;
      }
    }
    if (v === MISSING) out += ch;
    else if (v === null || v === undefined) continue;
    else if (typeof v === "number") out += String.fromCodePoint(v);
    else out += v;
  }
  return out;
}

/** `str.maketrans(x, y=None, z=None)` */
export function strMaketrans(x: any, y?: string | null, z?: string | null): Map<number, any> {
  const table = new Map<number, any>();
  if (y === undefined || y === null) {
    if (!(x instanceof Map)) throw new TypeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x) table.set(typeof k === "string" ? k.codePointAt(0)! : k, v);
    return table;
  }
  const a = Array.from(requireStr(x, "maketrans() argument 1"));
  const b = Array.from(requireStr(y, "maketrans() argument 2"));
  if (a.length !== b.length) throw new ValueError("the first two maketrans arguments must have equal length");
  a.forEach((ch, i) => table.set(ch.codePointAt(0)!, b[i]!.codePointAt(0)!));
  if (z) for (const ch of z) table.set(ch.codePointAt(0)!, null);
  return table;
}

/**
 * `s.format(*args, **kwargs)`: keywords come as a trailing plain object or
 * Kwargs map (from `**mapping`).
 */
export function strFormatMethod(s: string, ...args: any[]): string {
  let keywords: Map<string, unknown> | Record<string, unknown> | undefined;
  const last = args[args.length - 1];
  if (isOptions(last) || last instanceof Kwargs) keywords = args.pop();
  return strFormat(s, args, keywords);
}

function allChars(s: string, re: RegExp): boolean {
  return s.length > 0 && re.test(s);
}

const DIGIT_EXTRA = "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792";
const RE_DECIMAL = /^\p{Nd}+$/u;
const RE_DIGIT = new RegExp(`^[\\p{Nd}${DIGIT_EXTRA}]+$`, "u");
const RE_NUMERIC = /^[\p{Nd}\p{Nl}\p{No}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146]+$/u;
const RE_ALPHA = /^[\p{L}\p{Nl}]+$/u;
const RE_ALNUM = /^[\p{L}\p{Nl}\p{N}]+$/u;
const RE_LOWER_ANY = /[\p{Lowercase}]/u;
const RE_UPPER_ANY = /[\p{Uppercase}\p{Lt}]/u;

/** `s.isdigit()` */
export function strIsdigit(s: string): boolean {
  return allChars(s, RE_DIGIT);
}
/** `s.isdecimal()` */
export function strIsdecimal(s: string): boolean {
  return allChars(s, RE_DECIMAL);
}
/** `s.isnumeric()` */
export function strIsnumeric(s: string): boolean {
  return allChars(s, RE_NUMERIC);
}
/** `s.isalpha()` */
export function strIsalpha(s: string): boolean {
  return allChars(s, RE_ALPHA);
}
/** `s.isalnum()` */
export function strIsalnum(s: string): boolean {
  return allChars(s, RE_ALNUM);
}
/** `s.isspace()` */
export function strIsspace(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) return false;
  return true;
}
/** `s.islower()`: some cased character and no uppercase ones. */
export function strIslower(s: string): boolean {
  return RE_LOWER_ANY.test(s) && !RE_UPPER_ANY.test(s);
}
/** `s.isupper()`: some cased character and no lowercase ones. */
export function strIsupper(s: string): boolean {
  return /[\p{Uppercase}]/u.test(s) && !/[\p{Lowercase}\p{Lt}]/u.test(s);
}
/** `s.istitle()` */
export function strIstitle(s: string): boolean {
  let prevCased = false;
  let any = false;
  for (const ch of s) {
    if (/[\p{Uppercase}\p{Lt}]/u.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      any = true;
    } else if (/\p{Lowercase}/u.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
    } else prevCased = false;
  }
  return any;
}
/** `s.isascii()` */
export function strIsascii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}
/** `s.isidentifier()` */
export function strIsidentifier(s: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s);
}
/** `s.isprintable()` */
export function strIsprintable(s: string): boolean {
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u.test(s);
}

// ---------------------------------------------------------------------------
// list and tuple
// ---------------------------------------------------------------------------

function mutableList(xs: unknown, method: string): unknown[] {
  if (!Array.isArray(xs)) throw new TypeError(`descriptor '${method}' for 'list' objects doesn't apply to a '${typeName(xs)}' object`);
  if (Object.isFrozen(xs)) throw new AttributeError(`'tuple' object has no attribute '${method}'`);
  return xs;
}

/** `xs.append(x)` */
export function listAppend<T>(xs: T[], x: T): void {
  mutableList(xs, "append").push(x);
}

/** `xs.extend(iterable)` */
export function listExtend<T>(xs: T[], items: Iterable<T>): void {
  const list = mutableList(xs, "extend");
  const add = items === (xs as unknown) ? [...xs] : [...pyIterable(items)];
  for (const x of add) list.push(x);
}

/** `xs.insert(i, x)`: the index is clamped, as in Python. */
export function listInsert<T>(xs: T[], i: number, x: T): void {
  const list = mutableList(xs, "insert");
  let at = intArg(i, 0);
  const n = list.length;
  if (at < 0) at = Math.max(0, at + n);
  else if (at > n) at = n;
  list.splice(at, 0, x);
}

/** `xs.pop(i=-1)`: IndexError "pop from empty list" / "pop index out of range". */
export function listPop<T>(xs: T[], i: number = -1): T {
  const list = mutableList(xs, "pop") as T[];
  if (list.length === 0) throw new IndexError("pop from empty list");
  let at = intArg(i, -1);
  if (at < 0) at += list.length;
  if (at < 0 || at >= list.length) throw new IndexError("pop index out of range");
  if (at === list.length - 1) return list.pop()!;
  return list.splice(at, 1)[0]!;
}

/** `xs.remove(x)`: ValueError "list.remove(x): x not in list". */
export function listRemove<T>(xs: T[], x: T): void {
  const list = mutableList(xs, "remove");
  for (let i = 0; i < list.length; i++) {
    if (list[i] === x || eq(list[i], x)) {
      list.splice(i, 1);
      return;
    }
  }
  throw new ValueError("list.remove(x): x not in list");
}

function seqIndex(xs: readonly unknown[], x: unknown, start: unknown, end: unknown): number {
  const [a, b] = sliceRange(xs.length, start, end);
  for (let i = a; i < b; i++) if (xs[i] === x || eq(xs[i], x)) return i;
  return -1;
}

function sliceRange(n: number, start: unknown, end: unknown): [number, number] {
  let a = intArg(start, 0);
  let b = intArg(end, n);
  if (a < 0) a = Math.max(0, a + n);
  if (b < 0) b = Math.max(0, b + n);
  return [a, Math.min(b, n)];
}

/** `xs.index(x, start=0, end=len)`: ValueError "x is not in list". */
export function listIndex<T>(xs: readonly T[], x: T, start?: number, end?: number): number {
  const i = seqIndex(xs, x, start, end);
  if (i < 0) throw new ValueError(`${repr(x)} is not in list`);
  return i;
}

/** `xs.count(x)` */
export function listCount<T>(xs: readonly T[], x: T): number {
  let n = 0;
  for (const y of xs) if (y === x || eq(y, x)) n++;
  return n;
}

/** `xs.sort(key=None, reverse=False)` (keywords as `{ key, reverse }`). */
export function listSort<T>(xs: T[], opts: { key?: ((x: T) => unknown) | null; reverse?: boolean } = {}): void {
  pySort(mutableList(xs, "sort") as T[], opts.key, opts.reverse);
}

/** `xs.reverse()` */
export function listReverse<T>(xs: T[]): void {
  mutableList(xs, "reverse").reverse();
}

/** `xs.copy()` */
export function listCopy<T>(xs: readonly T[]): T[] {
  return [...mutableList(xs, "copy")] as T[];
}

/** `xs.clear()` */
export function listClear<T>(xs: T[]): void {
  mutableList(xs, "clear").length = 0;
}

/** `t.index(x, start=0, end=len)`: ValueError "tuple.index(x): x not in tuple". */
export function tupleIndex<T>(t: readonly T[], x: T, start?: number, end?: number): number {
  const i = seqIndex(t, x, start, end);
  if (i < 0) throw new ValueError("tuple.index(x): x not in tuple");
  return i;
}

/** `t.count(x)` */
export function tupleCount<T>(t: readonly T[], x: T): number {
  return listCount(t, x);
}

// ---------------------------------------------------------------------------
// dict
// ---------------------------------------------------------------------------

/** `d.get(k, default=None)` */
export function dictGet<K, V, D = null>(d: Map<K, V>, k: K, dflt?: D): V | D | null {
  const v = pyMapGet(d, k);
  return v === MISSING ? (dflt === undefined ? null : dflt) : v;
}

/** `d.setdefault(k, default=None)` */
export function dictSetdefault<K, V>(d: Map<K, V>, k: K, dflt: V | null = null): V {
  const v = pyMapGet(d, k);
  if (v !== MISSING) return v;
  pyMapSet(d, k, dflt as V);
  return dflt as V;
}

/** `d.pop(k[, default])`: KeyError when absent without a default. */
export function dictPop<K, V>(d: Map<K, V>, k: K, ...dflt: V[]): V {
  const v = pyMapGet(d, k);
  if (v === MISSING) {
    if (dflt.length > 0) return dflt[0]!;
    throw new KeyError(k);
  }
  pyMapDelete(d, k);
  return v;
}

/** `d.popitem()`: the last inserted pair; KeyError when empty. */
export function dictPopitem<K, V>(d: Map<K, V>): readonly [K, V] {
  if (d.size === 0) throw new KeyError("popitem(): dictionary is empty");
  let last: [K, V] | undefined;
  for (const e of d) last = e;
  d.delete(last![0]);
  return tup(last![0], last![1]) as readonly [K, V];
}

/** `d.items()` as a list of (key, value) tuples. */
export function dictItems<K, V>(d: Map<K, V>): (readonly [K, V])[] {
  const out: (readonly [K, V])[] = [];
  for (const [k, v] of d) out.push(tup(k, v) as readonly [K, V]);
  return out;
}

/** `d.keys()` as a list. */
export function dictKeys<K>(d: Map<K, unknown>): K[] {
  return [...d.keys()];
}

/** `d.values()` as a list. */
export function dictValues<V>(d: Map<unknown, V>): V[] {
  return [...d.values()];
}

/**
 * `d.update(other=(), **kwargs)`: `other` is a dict, a mapping or pairs;
 * keywords come as a trailing plain object or Kwargs map.
 */
export function dictUpdate(d: Map<any, any>, ...args: any[]): void {
  for (const a of args) if (a !== undefined) dictUpdateFrom(d, a);
}

/** `d.copy()` */
export function dictCopy<K, V>(d: Map<K, V>): Map<K, V> {
  return new Map(d);
}

/** `d.clear()` */
export function dictClear(d: Map<unknown, unknown>): void {
  d.clear();
}

/** `dict.fromkeys(iterable, value=None)` */
export function dictFromkeys<K, V = null>(keys: Iterable<K>, value?: V): Map<K, V | null> {
  const m = new Map<K, V | null>();
  for (const k of pyIterable(keys)) pyMapSet(m, k, value === undefined ? null : value);
  return m;
}

// set: sets/ops.ts (CPython's algorithms decide the results' order)

// ---------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------

type Impl = (self: any, ...args: any[]) => any;
interface Method {
  fn: Impl;
  /** Python parameter names, for keywords; null: the options object is passed on as is. */
  params: readonly string[] | null;
}

function m(fn: Impl, ...params: string[]): Method {
  return { fn, params };
}

/** A method taking `**kwargs` (or keyword-only options) as its last argument. */
function mk(fn: Impl): Method {
  return { fn, params: null };
}

function bindArgs(args: any[], params: readonly string[], self: unknown, name: string): any[] {
  if (args.length === 0 || !isOptions(args[args.length - 1])) return args;
  const opts = args[args.length - 1] as Record<string, unknown>;
  const out = args.slice(0, -1);
  for (const [k, v] of Object.entries(opts)) {
    const i = params.indexOf(k);
    if (i < 0) throw new TypeError(`${typeName(self)}.${name}() got an unexpected keyword argument '${k}'`);
    if (i < out.length && out[i] !== undefined) throw new TypeError(`argument for ${typeName(self)}.${name}() given by name ('${k}') and position (${i + 1})`);
    while (out.length < i) out.push(undefined);
    out[i] = v;
  }
  return out;
}

const STR_METHODS: Record<string, Method> = {
  upper: m((s: string) => s.toUpperCase()),
  lower: m((s: string) => s.toLowerCase()),
  strip: m(strStrip, "chars"),
  lstrip: m(strLstrip, "chars"),
  rstrip: m(strRstrip, "chars"),
  split: m(strSplit, "sep", "maxsplit"),
  rsplit: m(strRsplit, "sep", "maxsplit"),
  splitlines: m(strSplitlines, "keepends"),
  join: m(strJoin, "iterable"),
  replace: m(strReplace, "old", "new", "count"),
  startswith: m(strStartswith, "prefix", "start", "end"),
  endswith: m(strEndswith, "suffix", "start", "end"),
  find: m(strFind, "sub", "start", "end"),
  rfind: m(strRfind, "sub", "start", "end"),
  index: m(strIndex, "sub", "start", "end"),
  rindex: m(strRindex, "sub", "start", "end"),
  count: m(strCount, "sub", "start", "end"),
  title: m(strTitle),
  capitalize: m(strCapitalize),
  swapcase: m(strSwapcase),
  casefold: m(strCasefold),
  isdigit: m(strIsdigit),
  isdecimal: m(strIsdecimal),
  isnumeric: m(strIsnumeric),
  isalpha: m(strIsalpha),
  isalnum: m(strIsalnum),
  isspace: m(strIsspace),
  isupper: m(strIsupper),
  islower: m(strIslower),
  istitle: m(strIstitle),
  isascii: m(strIsascii),
  isidentifier: m(strIsidentifier),
  isprintable: m(strIsprintable),
  zfill: m(strZfill, "width"),
  center: m(strCenter, "width", "fillchar"),
  ljust: m(strLjust, "width", "fillchar"),
  rjust: m(strRjust, "width", "fillchar"),
  partition: m(strPartition, "sep"),
  rpartition: m(strRpartition, "sep"),
  removeprefix: m(strRemoveprefix, "prefix"),
  removesuffix: m(strRemovesuffix, "suffix"),
  expandtabs: m(strExpandtabs, "tabsize"),
  translate: m(strTranslate, "table"),
  maketrans: m((_s: string, x: any, y?: any, z?: any) => strMaketrans(x, y, z), "x", "y", "z"),
  format: mk(strFormatMethod),
  format_map: m((s: string, mapping: any) => strFormat(s, [], mapping), "mapping"),
  encode: m((s: string, encoding?: unknown, errors?: unknown) => bytesFromString(s, encoding ?? "utf-8", errors ?? "strict"), "encoding", "errors"),
};

const LIST_METHODS: Record<string, Method> = {
  append: m(listAppend, "object"),
  extend: m(listExtend, "iterable"),
  insert: m(listInsert, "index", "object"),
  pop: m(listPop, "index"),
  remove: m(listRemove, "value"),
  index: m(listIndex, "value", "start", "stop"),
  count: m(listCount, "value"),
  sort: mk((xs: any[], opts?: any) => {
    if (opts !== undefined && !isOptions(opts, ["key", "reverse"])) throw new TypeError("sort() takes no positional arguments");
    listSort(xs, opts);
  }),
  reverse: m(listReverse),
  copy: m(listCopy),
  clear: m(listClear),
};

const TUPLE_METHODS: Record<string, Method> = {
  index: m(tupleIndex, "value", "start", "stop"),
  count: m(tupleCount, "value"),
};

const DICT_METHODS: Record<string, Method> = {
  get: m(dictGet, "key", "default"),
  setdefault: m(dictSetdefault, "key", "default"),
  pop: m(dictPop, "key", "default"),
  popitem: m(dictPopitem),
  items: m(itemsView),
  keys: m(keysView),
  values: m(valuesView),
  update: mk(dictUpdate),
  copy: m(dictCopy),
  clear: m(dictClear),
  fromkeys: m((_d: unknown, keys: any, value?: any) => dictFromkeys(keys, value), "iterable", "value"),
};

const SET_METHODS: Record<string, Method> = {
  add: m(setAdd, "elem"),
  discard: m(setDiscard, "elem"),
  remove: m(setRemove, "elem"),
  pop: m(setPop),
  union: m(setUnion),
  intersection: m(setIntersection),
  difference: m(setDifference),
  symmetric_difference: m(setSymmetricDifference, "other"),
  issubset: m(setIssubset, "other"),
  issuperset: m(setIssuperset, "other"),
  isdisjoint: m(setIsdisjoint, "other"),
  update: m(setUpdate),
  intersection_update: m(setIntersectionUpdate),
  difference_update: m(setDifferenceUpdate),
  symmetric_difference_update: m(setSymmetricDifferenceUpdate, "other"),
  copy: m(setCopy),
  clear: m(setClear),
};

const NUMBER_METHODS: Record<string, Method> = {
  to_bytes: m((x: number, length?: unknown, byteorder?: unknown, signed?: unknown) => intToBytes(x, length, byteorder, signed), "length", "byteorder", "signed"),
  is_integer: m((x: number) => Number.isInteger(x)),
  bit_length: m((x: number) => {
    if (typeof x === "bigint") return (x < 0n ? -x : x).toString(2).length;
    let n = Math.abs(Math.trunc(Number(x)));
    let bits = 0;
    while (n >= 1) {
      n = Math.floor(n / 2);
      bits++;
    }
    return bits;
  }),
  bit_count: m((x: number) => {
    if (typeof x === "bigint") return (x < 0n ? -x : x).toString(2).replace(/0/g, "").length;
    let n = Math.abs(Math.trunc(Number(x)));
    let bits = 0;
    while (n >= 1) {
      bits += n % 2;
      n = Math.floor(n / 2);
    }
    return bits;
  }),
  conjugate: m((x: number) => x),
  as_integer_ratio: m((x: number) => {
    if (!Number.isFinite(x)) throw new (Number.isNaN(x) ? ValueError : TypeError)(`cannot convert ${x} to integer ratio`);
    let den = 1;
    let num = Number(x);
    while (!Number.isInteger(num)) {
      num *= 2;
      den *= 2;
    }
    return tup(num, den);
  }),
};

const GENERATOR_METHODS: Record<string, Method> = {
  send: m((g: Generator, v: unknown) => {
    const r = g.next(v);
    if (r.done) throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
    return r.value;
  }, "value"),
  throw: m((g: Generator, e: unknown) => {
    const r = g.throw(typeof e === "function" ? new (e as new () => unknown)() : e);
    if (r.done) throw r.value === undefined ? new StopIteration() : new StopIteration(r.value);
    return r.value;
  }, "value"),
  close: m((g: Generator) => {
    g.return(undefined);
    return null;
  }),
};

/** Dunder methods every builtin value answers to (`x.__len__()`, `super().__eq__(o)`, ...). */
const DUNDER_METHODS: Record<string, Method> = {
  __len__: m((x: any) => len(x)),
  __getitem__: m((x: any, k: any) => getitem(x, k), "key"),
  __setitem__: m((x: any, k: any, v: any) => setitem(x, k, v), "key", "value"),
  __delitem__: m((x: any, k: any) => delitem(x, k), "key"),
  __contains__: m((x: any, k: any) => contains(x, k), "key"),
  __eq__: m((x: any, o: any) => eq(x, o), "other"),
  __ne__: m((x: any, o: any) => ne(x, o), "other"),
  __lt__: m((x: any, o: any) => compare(x, o) < 0, "other"),
  __le__: m((x: any, o: any) => compare(x, o) <= 0, "other"),
  __gt__: m((x: any, o: any) => compare(x, o) > 0, "other"),
  __ge__: m((x: any, o: any) => compare(x, o) >= 0, "other"),
  __hash__: m((x: any) => hash(x)),
  __str__: m((x: any) => str(x)),
  __repr__: m((x: any) => repr(x)),
  __iter__: m((x: any) => iter(x)),
  __bool__: m((x: any) => (typeof x === "string" || Array.isArray(x) ? x.length > 0 : x instanceof Map || x instanceof Set ? x.size > 0 : Boolean(x))),
};

function tableFor(obj: unknown): Record<string, Method> | null {
  if (typeof obj === "string") return STR_METHODS;
  if (Array.isArray(obj)) return Object.isFrozen(obj) ? TUPLE_METHODS : LIST_METHODS;
  if (obj instanceof Map) return DICT_METHODS;
  if (obj instanceof Set) return SET_METHODS;
  if (typeof obj === "number" || typeof obj === "boolean" || typeof obj === "bigint") return NUMBER_METHODS;
  if (Object.prototype.toString.call(obj) === "[object Generator]") return GENERATOR_METHODS;
  return null;
}

let builtinKinds: Map<unknown, string> | null = null;

/** The builtin type a runtime type marker stands for (`str`, `list`, ...), if it is one. */
function builtinKind(obj: unknown): string | undefined {
  if (typeof obj !== "function") return undefined;
  builtinKinds ??= new Map<unknown, string>([
    [str, "str"],
    [list, "list"],
    [tuple, "tuple"],
    [dict, "dict"],
    [set, "set"],
    [frozenset, "frozenset"],
    [int, "int"],
    [float, "float"],
    [bool, "int"],
  ]);
  return builtinKinds.get(obj);
}

const KIND_TABLES: Record<string, () => Record<string, Method>> = {
  str: () => STR_METHODS,
  list: () => LIST_METHODS,
  tuple: () => TUPLE_METHODS,
  dict: () => DICT_METHODS,
  set: () => SET_METHODS,
  frozenset: () => SET_METHODS,
  int: () => NUMBER_METHODS,
  float: () => NUMBER_METHODS,
};

function kindMatches(kind: string, self: unknown): boolean {
  switch (kind) {
    case "str":
      return typeof self === "string";
    case "list":
      return Array.isArray(self);
    case "tuple":
      return Array.isArray(self) && Object.isFrozen(self);
    case "dict":
      return self instanceof Map;
    case "set":
    case "frozenset":
      return self instanceof Set;
    default:
      return typeof self === "number" || typeof self === "boolean";
  }
}

/** `str.upper("a")`, `dict.get(d, k)`: a method looked up on the type, called with self first. */
function callUnbound(kind: string, name: string, args: any[]): any {
  if (kind === "str" && name === "maketrans") return callWith(STR_METHODS.maketrans!, "", args, name);
  if (kind === "dict" && name === "fromkeys") return callWith(DICT_METHODS.fromkeys!, new Map(), args, name);
  if (args.length === 0) throw new TypeError(`unbound method ${kind}.${name}() needs an argument`);
  const [self, ...rest] = args;
  if (!kindMatches(kind, self)) {
    throw new TypeError(`descriptor '${name}' for '${kind}' objects doesn't apply to a '${typeName(self)}' object`);
  }
  return callMethod(self, name, ...rest);
}

function callWith(method: Method, self: unknown, args: any[], name: string): any {
  const bound = method.params ? bindArgs(args, method.params, self, name) : args;
  return method.fn(self, ...bound);
}

function lookup(obj: unknown, name: string): Method | undefined {
  const kind = builtinKind(obj);
  if (kind) {
    const t = KIND_TABLES[kind]!();
    return Object.prototype.hasOwnProperty.call(t, name) ? t[name] : undefined;
  }
  const table = tableFor(obj);
  if (table && Object.prototype.hasOwnProperty.call(table, name)) return table[name];
  if (obj !== null && obj !== undefined && Object.prototype.hasOwnProperty.call(DUNDER_METHODS, name) && (table || typeof obj !== "object")) {
    return DUNDER_METHODS[name];
  }
  return undefined;
}

/** Does the builtin type of `obj` have a Python method `name` that callMethod implements? */
export function hasPythonMethod(obj: unknown, name: string): boolean {
  return lookup(obj, name) !== undefined;
}

const NATIVE_PROTOS: any[] = [Array.prototype, String.prototype, Map.prototype, Set.prototype, PySet.prototype, FrozenSet.prototype, Object.prototype, Number.prototype, Boolean.prototype, Function.prototype];

function isNativeMethod(f: Function, name: string): boolean {
  for (const p of NATIVE_PROTOS) if (Object.prototype.hasOwnProperty.call(p, name) && p[name] === f) return true;
  return false;
}

/**
 * `obj.name(*args)` for a receiver of unknown type. A method the object
 * really has (a user class, a task, a subclass override) is called as is;
 * otherwise the Python method of the builtin type (str, list, tuple, dict,
 * set, int/float, generator). The last argument may be a plain object of
 * keyword arguments: `callMethod(s, "split", { maxsplit: 1 })`.
 */
export function callMethod(obj: any, name: string, ...args: any[]): any {
  // A boxed 2.0 answers float methods on the number behind it.
  if (obj instanceof PyFloat) obj = obj.value;
  if (obj !== null && obj !== undefined) {
    const f = obj[name];
    if (typeof f === "function" && !isNativeMethod(f, name)) return f.apply(obj, args);
  }
  const kind = builtinKind(obj);
  if (kind && lookup(obj, name)) return callUnbound(kind, name, args);
  const method = lookup(obj, name);
  if (!method) {
    if (typeof obj === "function") throw new AttributeError(`type object '${obj.name}' has no attribute '${name}'`);
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  const bound = method.params ? bindArgs(args, method.params, obj, name) : args;
  return method.fn(obj, ...bound);
}

// builtins.ts's getattr() reaches these methods through this registration (it cannot import this module).
registerPythonMethods({ has: hasPythonMethod, call: callMethod });
