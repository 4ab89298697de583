/**
 * `collections.UserDict`, `UserList` and `UserString`: wrappers around a
 * real dict/list/str in `.data`, meant to be subclassed. As in CPython, the
 * mixin methods go through the item methods (`update` and the constructor
 * call `self[key] = value`), so a subclass overriding `__setitem__` sees
 * every write, and methods that build a new object build the subclass.
 */
import { KeyError } from "../../exceptions.js";
import { compare, contains, delitem, eq, getitem, hash as hashOf, isOptions, len, MISSING, NotImplemented as NOT_IMPLEMENTED, pyHasKey, pyIterable, pyMapGet, pySort, PySlice, setitem, slice } from "../../builtins.js";
import { mul } from "../../operators.js";
import { callMethod } from "../../methods.js";
import { repr, str, tuple } from "../../repr.js";
import { percentFormat } from "../../format.js";

type Ctor<T> = new (...args: any[]) => T;

function fresh<T>(self: object, ...args: unknown[]): T {
  return new (self.constructor as Ctor<T>)(...args);
}

/** The views `keys()`, `values()` and `items()` return: live, iterable, sized, with CPython's repr. */
class MappingView<T> {
  constructor(
    readonly _mapping: UserDict,
    private readonly pick: (m: UserDict, k: unknown) => T,
  ) {}
  __len__(): number {
    return len(this._mapping);
  }
  *[Symbol.iterator](): Generator<T> {
    for (const k of this._mapping) yield this.pick(this._mapping, k);
  }
  __contains__(x: unknown): boolean {
    for (const v of this) if (eq(v, x)) return true;
    return false;
  }
  __repr__(): string {
    return `${this.constructor.name}(${repr(this._mapping)})`;
  }
}
class KeysView extends MappingView<unknown> {}
class ValuesView extends MappingView<unknown> {}
class ItemsView extends MappingView<readonly [unknown, unknown]> {}

export class UserDict {
  data: Map<unknown, unknown> = new Map();

  constructor(dict?: unknown, kwargs?: unknown) {
    if (isOptions(dict) && kwargs === undefined) [dict, kwargs] = [undefined, dict];
    if (dict !== undefined && dict !== null) this.update(dict);
    if (kwargs) this.update(kwargs);
  }

  __len__(): number {
    return this.data.size;
  }
  __getitem__(key: unknown): unknown {
    const v = pyMapGet(this.data, key);
    if (v !== MISSING) return v;
    const missing = (this as { __missing__?: (k: unknown) => unknown }).__missing__;
    if (typeof missing === "function") return missing.call(this, key);
    throw new KeyError(key);
  }
  __setitem__(key: unknown, item: unknown): void {
    setitem(this.data, key, item);
  }
  __delitem__(key: unknown): void {
    delitem(this.data, key);
  }
  __iter__(): Iterator<unknown> {
    return this.data.keys();
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.__iter__();
  }
  __contains__(key: unknown): boolean {
    return pyHasKey(this.data, key);
  }
  __repr__(): string {
    return repr(this.data);
  }
  __eq__(other: unknown): boolean {
    return eq(this.data, other instanceof UserDict ? other.data : other);
  }
  __or__(other: unknown): UserDict | symbol {
    if (other instanceof UserDict || other instanceof Map) {
      const out = this.copy();
      out.update(other);
      return out;
    }
    return NOT_IMPLEMENTED;
  }
  keys(): KeysView {
    return new KeysView(this, (_m, k) => k);
  }
  values(): ValuesView {
    return new ValuesView(this, (m, k) => getitem(m, k));
  }
  items(): ItemsView {
    return new ItemsView(this, (m, k) => tuple(k, getitem(m, k)));
  }
  get(key: unknown, dflt: unknown = null): unknown {
    return contains(this, key) ? getitem(this, key) : dflt;
  }
  pop(key: unknown, ...dflt: unknown[]): unknown {
    if (!contains(this, key)) {
      if (dflt.length > 0) return dflt[0];
      throw new KeyError(key);
    }
    const v = getitem(this, key);
    delitem(this, key);
    return v;
  }
  popitem(): readonly [unknown, unknown] {
    const first = this.data.keys().next();
    if (first.done) throw new KeyError("popitem(): dictionary is empty");
    const v = getitem(this, first.value);
    delitem(this, first.value);
    return tuple(first.value, v);
  }
  setdefault(key: unknown, dflt: unknown = null): unknown {
    if (!contains(this, key)) setitem(this, key, dflt);
    return getitem(this, key);
  }
  clear(): void {
    for (const k of [...this.data.keys()]) delitem(this, k);
  }
  /** MutableMapping.update: every pair goes through `self[key] = value`. */
  update(other?: unknown, kwds?: unknown): void {
    if (isOptions(other) && kwds === undefined) [other, kwds] = [undefined, other];
    if (other instanceof UserDict || other instanceof Map) for (const k of [...pyIterable(other)]) setitem(this, k, getitem(other, k));
    else if (other !== undefined && other !== null && typeof (other as { keys?: unknown }).keys === "function") {
      for (const k of pyIterable((other as { keys(): unknown }).keys())) setitem(this, k, getitem(other, k));
    } else if (other !== undefined && other !== null) {
      for (const pair of pyIterable(other)) {
        const [k, v] = [...pyIterable(pair)];
        setitem(this, k, v);
      }
    }
    if (kwds) for (const [k, v] of kwds instanceof Map ? kwds : Object.entries(kwds as object)) setitem(this, k, v);
  }
  copy(): UserDict {
    // CPython copies the data without calling __init__ for a subclass: same class, same attributes.
    const out = Object.create(Object.getPrototypeOf(this)) as UserDict;
    Object.assign(out, this);
    out.data = new Map(this.data);
    return out;
  }
  static fromkeys(iterable: unknown, value: unknown = null): UserDict {
    const d = new this();
    for (const k of pyIterable(iterable)) setitem(d, k, value);
    return d;
  }
}


function listData(x: unknown): unknown[] {
  return x instanceof UserList ? x.data : [...pyIterable(x)];
}

export class UserList {
  data: unknown[];

  constructor(initlist?: unknown) {
    this.data = initlist === undefined || initlist === null ? [] : initlist instanceof UserList ? [...initlist.data] : [...pyIterable(initlist)];
  }

  __len__(): number {
    return this.data.length;
  }
  __getitem__(i: unknown): unknown {
    if (i instanceof PySlice) return fresh(this, slice(this.data, i.start, i.stop, i.step));
    return getitem(this.data, i);
  }
  __setitem__(i: unknown, item: unknown): void {
    setitem(this.data, i, item);
  }
  __delitem__(i: unknown): void {
    delitem(this.data, i);
  }
  __iter__(): Iterator<unknown> {
    return this.data[Symbol.iterator]();
  }
  [Symbol.iterator](): Iterator<unknown> {
    return this.__iter__();
  }
  __contains__(item: unknown): boolean {
    return contains(this.data, item);
  }
  __repr__(): string {
    return repr(this.data);
  }
  __eq__(other: unknown): boolean {
    return eq(this.data, other instanceof UserList ? other.data : other);
  }
  __lt__(other: unknown): boolean {
    return compare(this.data, other instanceof UserList ? other.data : other) < 0;
  }
  __le__(other: unknown): boolean {
    return compare(this.data, other instanceof UserList ? other.data : other) <= 0;
  }
  __gt__(other: unknown): boolean {
    return compare(this.data, other instanceof UserList ? other.data : other) > 0;
  }
  __ge__(other: unknown): boolean {
    return compare(this.data, other instanceof UserList ? other.data : other) >= 0;
  }
  __add__(other: unknown): UserList {
    if (other instanceof UserList) return fresh(this, [...this.data, ...other.data]);
    if (Array.isArray(other) && !Object.isFrozen(other)) return fresh(this, [...this.data, ...other]);
    return fresh(this, [...this.data, ...pyIterable(other)]);
  }
  __radd__(other: unknown): UserList {
    return fresh(this, [...listData(other), ...this.data]);
  }
  __iadd__(other: unknown): this {
    this.data.push(...listData(other));
    return this;
  }
  __mul__(n: unknown): UserList {
    return fresh(this, mul(this.data, n));
  }
  __rmul__(n: unknown): UserList {
    return this.__mul__(n);
  }
  __imul__(n: unknown): this {
    this.data = mul(this.data, n) as unknown[];
    return this;
  }
  append(item: unknown): void {
    this.data.push(item);
  }
  insert(i: number, item: unknown): void {
    callMethod(this.data, "insert", i, item);
  }
  pop(i: number = -1): unknown {
    return callMethod(this.data, "pop", i);
  }
  remove(item: unknown): void {
    callMethod(this.data, "remove", item);
  }
  clear(): void {
    this.data.length = 0;
  }
  copy(): UserList {
    return fresh(this, this);
  }
  count(item: unknown): number {
    return callMethod(this.data, "count", item);
  }
  index(item: unknown, ...args: unknown[]): number {
    return callMethod(this.data, "index", item, ...args);
  }
  reverse(): void {
    this.data.reverse();
  }
  sort(opts: { key?: ((x: unknown) => unknown) | null; reverse?: unknown } = {}): void {
    pySort(this.data, opts.key ?? null, opts.reverse ?? false);
  }
  extend(other: unknown): void {
    this.data.push(...listData(other));
  }
}

/** UserString methods that return a new string of the subclass, as CPython's `self.__class__(...)`. */
const STRING_RESULT = ["capitalize", "casefold", "center", "expandtabs", "ljust", "lower", "lstrip", "removeprefix", "removesuffix", "replace", "rjust", "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill"];
/** Methods whose result is passed through unchanged (counts, tests, lists of str, plain str). */
const PLAIN_RESULT = ["count", "encode", "endswith", "find", "format", "format_map", "index", "isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "partition", "rfind", "rindex", "rpartition", "rsplit", "split", "splitlines", "startswith"];

export class UserString {
  data: string;

  constructor(seq: unknown) {
    this.data = seq instanceof UserString ? seq.data : str(seq);
  }

  __str__(): string {
    return this.data;
  }
  __repr__(): string {
    return repr(this.data);
  }
  __len__(): number {
    return len(this.data);
  }
  __hash__(): number {
    return hashOf(this.data);
  }
  __getitem__(i: unknown): UserString {
    return fresh(this, getitem(this.data, i));
  }
  __iter__(): Iterator<string> {
    return this.data[Symbol.iterator]();
  }
  [Symbol.iterator](): Iterator<string> {
    return this.__iter__();
  }
  __contains__(char: unknown): boolean {
    return contains(this.data, char instanceof UserString ? char.data : char);
  }
  __eq__(other: unknown): boolean {
    return this.data === (other instanceof UserString ? other.data : other);
  }
  __lt__(other: unknown): boolean {
    return compare(this.data, other instanceof UserString ? other.data : other) < 0;
  }
  __le__(other: unknown): boolean {
    return compare(this.data, other instanceof UserString ? other.data : other) <= 0;
  }
  __gt__(other: unknown): boolean {
    return compare(this.data, other instanceof UserString ? other.data : other) > 0;
  }
  __ge__(other: unknown): boolean {
    return compare(this.data, other instanceof UserString ? other.data : other) >= 0;
  }
  __add__(other: unknown): UserString {
    if (other instanceof UserString) return fresh(this, this.data + other.data);
    if (typeof other === "string") return fresh(this, this.data + other);
    return fresh(this, this.data + str(other));
  }
  __radd__(other: unknown): UserString {
    if (typeof other === "string") return fresh(this, other + this.data);
    return fresh(this, str(other) + this.data);
  }
  __mul__(n: unknown): UserString {
    return fresh(this, mul(this.data, n));
  }
  __rmul__(n: unknown): UserString {
    return this.__mul__(n);
  }
  __mod__(args: unknown): UserString {
    return fresh(this, percentFormat(this.data, args));
  }
}

/** The str methods UserString delegates (defined below from the two lists). */
export interface UserString {
  capitalize(...args: any[]): this;
  casefold(...args: any[]): this;
  center(...args: any[]): this;
  expandtabs(...args: any[]): this;
  ljust(...args: any[]): this;
  lower(...args: any[]): this;
  lstrip(...args: any[]): this;
  removeprefix(...args: any[]): this;
  removesuffix(...args: any[]): this;
  replace(...args: any[]): this;
  rjust(...args: any[]): this;
  rstrip(...args: any[]): this;
  strip(...args: any[]): this;
  swapcase(...args: any[]): this;
  title(...args: any[]): this;
  translate(...args: any[]): this;
  upper(...args: any[]): this;
  zfill(...args: any[]): this;
  count(...args: any[]): any;
  encode(...args: any[]): any;
  endswith(...args: any[]): any;
  find(...args: any[]): any;
  format(...args: any[]): any;
  format_map(...args: any[]): any;
  index(...args: any[]): any;
  isalpha(...args: any[]): any;
  isalnum(...args: any[]): any;
  isascii(...args: any[]): any;
  isdecimal(...args: any[]): any;
  isdigit(...args: any[]): any;
  isidentifier(...args: any[]): any;
  islower(...args: any[]): any;
  isnumeric(...args: any[]): any;
  isprintable(...args: any[]): any;
  isspace(...args: any[]): any;
  istitle(...args: any[]): any;
  isupper(...args: any[]): any;
  join(...args: any[]): any;
  partition(...args: any[]): any;
  rfind(...args: any[]): any;
  rindex(...args: any[]): any;
  rpartition(...args: any[]): any;
  rsplit(...args: any[]): any;
  split(...args: any[]): any;
  splitlines(...args: any[]): any;
  startswith(...args: any[]): any;
}

for (const name of STRING_RESULT) {
  Object.defineProperty(UserString.prototype, name, {
    value: function (this: UserString, ...args: unknown[]) {
      return fresh(this, callMethod(this.data, name, ...args.map((a) => (a instanceof UserString ? a.data : a))));
    },
    writable: true,
    configurable: true,
  });
}
for (const name of PLAIN_RESULT) {
  Object.defineProperty(UserString.prototype, name, {
    value: function (this: UserString, ...args: unknown[]) {
      return callMethod(this.data, name, ...args.map((a) => (a instanceof UserString ? a.data : a)));
    },
    writable: true,
    configurable: true,
  });
}
