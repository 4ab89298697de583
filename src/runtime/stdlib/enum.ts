/**
 * Python's `enum`. A translated enum is a class extending one of these, whose
 * class attributes the translation writes as static fields; `enum.finalize`
 * (called right after the class declaration, see the `classHook` of
 * grammar-mappings/modules/enum.json) turns them into members: instances of
 * the class with `name` and `value`, aliases for repeated values, `auto()`
 * values. The class itself then behaves like Python's enum type: iterable,
 * `len()`, `in`, lookup by value (`Color(1)`, through the constructor) and by
 * name (`Color['RED']`).
 */
import { KeyError, TypeError, ValueError } from "../exceptions.js";
import { isTuple, repr, str } from "../repr.js";
import { callMethod } from "../methods.js";

const MEMBERS = Symbol("tsyncio.enumMembers");

interface EnumClass {
  new (...args: any[]): Enum;
  name: string;
  [MEMBERS]?: Enum[];
  _member_map_: Map<string, Enum>;
  _value2member_map_: Map<unknown, Enum>;
}

/** `auto()`: the value is chosen when the class is finalized. */
export class auto {
  readonly __auto__ = true;
}

/** `member(v)`: v becomes a member even where it would not (a function). */
export class EnumMember {
  constructor(readonly value: unknown) {}
}

/** `nonmember(v)`: v stays a plain class attribute. */
export class EnumNonmember {
  constructor(readonly value: unknown) {}
}

function isAuto(v: unknown): boolean {
  return v instanceof auto;
}

function valueKey(v: unknown): unknown {
  // Values compare by Python equality; JavaScript Map keys by identity: key primitives as they are, tuples by repr.
  return isTuple(v) ? `tuple:${repr(v)}` : v;
}

function membersOf(cls: any): Enum[] {
  return Object.prototype.hasOwnProperty.call(cls, MEMBERS) ? cls[MEMBERS] : [];
}

export class Enum {
  _name_!: string;
  _value_: any;

  constructor(...args: any[]) {
    const cls = new.target as unknown as EnumClass;
    // Once the members exist, calling the class looks one up by value: `Color(1)`.
    if (Object.prototype.hasOwnProperty.call(cls, MEMBERS)) return lookup(cls, args[0]);
  }

  get name(): string {
    return this._name_;
  }

  get value(): any {
    return this._value_;
  }

  __repr__(): string {
    return `<${this.constructor.name}.${this._name_}: ${repr(this._value_)}>`;
  }

  __str__(): string {
    return `${this.constructor.name}.${this._name_}`;
  }

  __format__(spec: string): string {
    return spec === "" ? str(this) : formatValue(this._value_, spec);
  }

  __hash__(): number {
    let h = 7;
    for (const c of `${this.constructor.name}.${this._name_}`) h = (h * 31 + c.charCodeAt(0)) | 0;
    return h;
  }

  __reduce_ex__(): never {
    throw new TypeError("enum members cannot be pickled by tsyncio");
  }

  static [Symbol.iterator](): Iterator<any> {
    return membersOf(this)[Symbol.iterator]();
  }

  static __len__(): number {
    return membersOf(this).length;
  }

  static __contains__(x: unknown): boolean {
    if (!(x instanceof Enum)) throw new TypeError(`unsupported operand type(s) for 'in': '${typeNameOf(x)}' and 'EnumType'`);
    return x instanceof (this as any);
  }

  static __getitem__(name: unknown): any {
    const m = (this as unknown as EnumClass)._member_map_?.get(name as string);
    if (!m) throw new KeyError(name);
    return m;
  }

  static get __members__(): Map<string, Enum> {
    return new Map((this as unknown as EnumClass)._member_map_);
  }
}

function typeNameOf(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  return (x as object).constructor?.name ?? "object";
}

function formatValue(v: unknown, spec: string): string {
  // Only the common case: a width/alignment on the value's str.
  const m = /^(.?[<>^])?(\d+)?$/.exec(spec);
  const s = str(v);
  if (!m) return s;
  const width = Number(m[2] ?? 0);
  const align = m[1]?.slice(-1) ?? (typeof v === "number" ? ">" : "<");
  const fill = m[1] && m[1].length === 2 ? m[1][0]! : " ";
  if (s.length >= width) return s;
  const pad = width - s.length;
  if (align === "<") return s + fill.repeat(pad);
  if (align === ">") return fill.repeat(pad) + s;
  return fill.repeat(Math.floor(pad / 2)) + s + fill.repeat(pad - Math.floor(pad / 2));
}

function lookup(cls: EnumClass, value: unknown): any {
  if (value instanceof Enum && value instanceof (cls as any)) return value;
  const m = cls._value2member_map_.get(valueKey(value));
  if (m) return m;
  if (isFlagClass(cls) && typeof value === "number" && Number.isInteger(value)) return flagMember(cls, value);
  // A class's `_missing_(value)` classmethod may find a member for a value that is none's.
  const missing = (cls as any)._missing_;
  if (typeof missing === "function") {
    const found = missing.call(cls, value);
    if (found instanceof (cls as any)) return found;
    if (found !== null && found !== undefined) {
      throw new TypeError(`error in ${cls.name}._missing_: returned ${repr(found)} instead of None or a valid member`);
    }
  }
  throw new ValueError(`${repr(value)} is not a valid ${cls.name}`);
}

/** Numbers behave as their value in arithmetic and comparisons (IntEnum, IntFlag). */
export class IntEnum extends Enum {
  override __str__(): string {
    return String(this._value_);
  }
  override __format__(spec: string): string {
    return formatValue(this._value_, spec);
  }
  valueOf(): number {
    return this._value_;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Enum ? other === this : this._value_ === other;
  }
  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }
  override __hash__(): number {
    return this._value_;
  }
  __lt__(other: any): boolean {
    return this._value_ < Number(other);
  }
  __le__(other: any): boolean {
    return this._value_ <= Number(other);
  }
  __gt__(other: any): boolean {
    return this._value_ > Number(other);
  }
  __ge__(other: any): boolean {
    return this._value_ >= Number(other);
  }
  __index__(): number {
    return this._value_;
  }
  __int__(): number {
    return this._value_;
  }
  __add__(o: any): number {
    return this._value_ + Number(o);
  }
  __radd__(o: any): number {
    return Number(o) + this._value_;
  }
  __sub__(o: any): number {
    return this._value_ - Number(o);
  }
  __mul__(o: any): number {
    return this._value_ * Number(o);
  }
  __neg__(): number {
    return -this._value_;
  }
  __pos__(): number {
    return this._value_;
  }
  __abs__(): number {
    return Math.abs(this._value_);
  }
}

/** str-valued members usable as strings: str() and format() give the value. */
export class StrEnum extends Enum {
  override __str__(): string {
    return this._value_;
  }
  override __format__(spec: string): string {
    return formatValue(this._value_, spec);
  }
  toString(): string {
    return this._value_;
  }
  valueOf(): string {
    return this._value_;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Enum ? other === this : this._value_ === other;
  }
  override __hash__(): number {
    let h = 0;
    for (const c of this._value_ as string) h = (h * 31 + c.charCodeAt(0)) | 0;
    return h;
  }
}

// A StrEnum member is a str in Python: its str methods answer for its value (`Color.RED.upper()`).
const STR_METHOD_NAMES = "capitalize casefold center count encode endswith expandtabs find format index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill".split(" ");
for (const name of STR_METHOD_NAMES) {
  Object.defineProperty(StrEnum.prototype, name, {
    value(this: StrEnum, ...args: unknown[]) {
      return callMethod(this._value_, name, ...args);
    },
    writable: true,
    configurable: true,
  });
}

function isFlagClass(cls: any): boolean {
  return cls.prototype instanceof Flag;
}

/** A flag value: a member, or a combination made (and kept) on demand, named like `R|W`. */
function flagMember(cls: EnumClass, value: number): any {
  const known = cls._value2member_map_.get(value);
  if (known) return known;
  const canonical = membersOf(cls).filter((m) => isPowerOfTwo(m._value_));
  const all = canonical.reduce((acc, m) => acc | m._value_, 0);
  if (value & ~all || value < 0) {
    if (!(cls.prototype instanceof IntFlag)) {
      // CPython 3.11's STRICT boundary message, bits shown after a sign bit.
      const width = Math.max(all.toString(2).length, Math.abs(value).toString(2).length);
      const bits = (n: number) => `0b${n < 0 ? 1 : 0} ${(n < 0 ? ~n : n).toString(2).padStart(width, "0")}`;
      throw new ValueError(`<flag '${cls.name}'> invalid value ${value}\n    given ${bits(value)}\n  allowed ${bits(all)}`);
    }
  }
  const parts = canonical.filter((m) => (value & m._value_) === m._value_ && m._value_ !== 0);
  const m = Object.create(cls.prototype) as Enum;
  const extra = value & ~all;
  m._name_ = value === 0 ? (null as unknown as string) : parts.map((p) => p._name_).join("|") + (extra ? `${parts.length ? "|" : ""}${extra}` : "");
  m._value_ = value;
  if (!(value & ~all)) cls._value2member_map_.set(value, m);
  return m;
}

function isPowerOfTwo(n: number): boolean {
  return typeof n === "number" && n > 0 && (n & (n - 1)) === 0;
}

export class Flag extends Enum {
  // Iterating a flag class gives its single-bit members only (CPython 3.11): WHITE = 7 is left out.
  static override [Symbol.iterator](): Iterator<any> {
    return membersOf(this)
      .filter((m) => isPowerOfTwo(m._value_))
      [Symbol.iterator]();
  }

  static override __len__(): number {
    return membersOf(this).filter((m) => isPowerOfTwo(m._value_)).length;
  }

  private combine(other: any, op: (a: number, b: number) => number, sym: string): any {
    const cls = this.constructor as unknown as EnumClass;
    if (!(other instanceof cls) && !(this instanceof IntFlag && typeof other === "number")) {
      throw new TypeError(`unsupported operand type(s) for ${sym}: '${cls.name}' and '${typeNameOf(other)}'`);
    }
    return flagMember(cls, op(this._value_, other instanceof Enum ? other._value_ : other));
  }
  __or__(o: any): any {
    return this.combine(o, (a, b) => a | b, "|");
  }
  __and__(o: any): any {
    return this.combine(o, (a, b) => a & b, "&");
  }
  __xor__(o: any): any {
    return this.combine(o, (a, b) => a ^ b, "^");
  }
  __invert__(): any {
    const cls = this.constructor as unknown as EnumClass;
    const all = membersOf(cls)
      .filter((m) => isPowerOfTwo(m._value_))
      .reduce((acc, m) => acc | m._value_, 0);
    return flagMember(cls, all & ~this._value_);
  }
  __contains__(other: any): boolean {
    if (!(other instanceof (this.constructor as any))) throw new TypeError(`unsupported operand type(s) for 'in': '${typeNameOf(other)}' and '${this.constructor.name}'`);
    return (this._value_ & other._value_) === other._value_;
  }
  __bool__(): boolean {
    return this._value_ !== 0;
  }
  __len__(): number {
    return [...this].length;
  }
  *[Symbol.iterator](): Iterator<any> {
    for (const m of membersOf(this.constructor)) if (isPowerOfTwo(m._value_) && (this._value_ & m._value_) === m._value_) yield m;
  }
  override __repr__(): string {
    // The empty flag has no name: <Perm: 0>, Perm(0).
    if (this._name_ === null) return `<${this.constructor.name}: ${repr(this._value_)}>`;
    return `<${this.constructor.name}.${this._name_}: ${repr(this._value_)}>`;
  }
  override __str__(): string {
    if (this._name_ === null) return `${this.constructor.name}(${repr(this._value_)})`;
    return `${this.constructor.name}.${this._name_}`;
  }
}

export class IntFlag extends Flag {
  override __str__(): string {
    return String(this._value_);
  }
  override __format__(spec: string): string {
    return formatValue(this._value_, spec);
  }
  valueOf(): number {
    return this._value_;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Enum ? other === this : this._value_ === other;
  }
  override __hash__(): number {
    return this._value_;
  }
  __index__(): number {
    return this._value_;
  }
}

function nextValue(cls: any, name: string, last: unknown[]): unknown {
  // A class's own `_generate_next_value_(name, start, count, last_values)` decides (start is 1; count the members so far).
  if (typeof cls._generate_next_value_ === "function") return cls._generate_next_value_(name, 1, last.length, [...last]);
  if (cls.prototype instanceof StrEnum) return name.toLowerCase();
  if (cls.prototype instanceof Flag) {
    const high = last.filter((v): v is number => typeof v === "number").reduce((a, b) => Math.max(a, b), 0);
    return high === 0 ? 1 : 2 ** Math.floor(Math.log2(high) + 1);
  }
  for (let i = last.length - 1; i >= 0; i--) {
    const v = last[i];
    if (typeof v === "number" && Number.isInteger(v)) return v + 1;
  }
  return 1;
}

/** Turns the class's static fields into its members (see the file comment). */
function finalize<T>(cls: T): T {
  const c = cls as any;
  if (membersOf(Object.getPrototypeOf(c)).length > 0) throw new TypeError(`${c.name}: cannot extend ${Object.getPrototypeOf(c).name}`);
  const members: Enum[] = [];
  const byName = new Map<string, Enum>();
  const byValue = new Map<unknown, Enum>();
  const last: unknown[] = [];
  for (const key of Object.keys(c)) {
    if (key.startsWith("_")) continue;
    const desc = Object.getOwnPropertyDescriptor(c, key)!;
    if (!("value" in desc) || typeof desc.value === "function") continue;
    if (desc.value instanceof EnumNonmember) {
      Object.defineProperty(c, key, { value: desc.value.value, writable: true, enumerable: true, configurable: true });
      continue;
    }
    let value = desc.value instanceof EnumMember ? desc.value.value : desc.value;
    if (isAuto(value)) value = nextValue(c, key, last);
    if (c.prototype instanceof StrEnum && typeof value !== "string") throw new TypeError(`${repr(value)} is not a string`);
    last.push(value);
    const existing = byValue.get(valueKey(value));
    if (existing) {
      // A repeated value makes an alias of the first member.
      byName.set(key, existing);
      Object.defineProperty(c, key, { value: existing, writable: false, enumerable: true, configurable: true });
      continue;
    }
    // The member is an instance built without the lookup-by-value constructor: the class's own __init__ (translated
    // to its constructor) gets the value's items, as Python calls __init__ with a tuple value unpacked.
    const member: Enum = Reflect.construct(c, isTuple(value) ? [...value] : [value]);
    member._name_ = key;
    member._value_ = value;
    members.push(member);
    byName.set(key, member);
    byValue.set(valueKey(value), member);
    Object.defineProperty(c, key, { value: member, writable: false, enumerable: true, configurable: true });
  }
  Object.defineProperty(c, MEMBERS, { value: members });
  Object.defineProperty(c, "_member_map_", { value: byName });
  Object.defineProperty(c, "_value2member_map_", { value: byValue });
  Object.defineProperty(c, "_member_names_", { value: members.map((m) => m._name_) });
  return cls;
}

/** @unique: no aliases. */
function unique<T>(cls: T): T {
  const c = cls as any;
  const dups: string[] = [];
  for (const [name, m] of c._member_map_ as Map<string, Enum>) if (m._name_ !== name) dups.push(`${name} -> ${m._name_}`);
  if (dups.length > 0) throw new ValueError(`duplicate values found in <enum '${c.name}'>: ${dups.join(", ")}`);
  return cls;
}

/** `enum.EnumCheck`: what `@verify(...)` can check. */
class EnumCheck extends StrEnum {
  static CONTINUOUS: any = "no skipped integer values";
  static NAMED_FLAGS: any = "multi-flag aliases may not contain unnamed flags";
  static UNIQUE: any = "one name per value";
}
finalize(EnumCheck);

function bitsOf(n: number): number[] {
  const out: number[] = [];
  for (let bit = 1; bit <= n && bit > 0; bit *= 2) if (Math.floor(n / bit) % 2 === 1) out.push(bit);
  return out;
}

function checkUnique(c: any): void {
  const aliases = [...(c._member_map_ as Map<string, Enum>)].filter(([name, m]) => m._name_ !== name);
  if (aliases.length > 0) throw new ValueError(`aliases found in <enum ${repr(c.name)}>: ${aliases.map(([name, m]) => `${name} -> ${m._name_}`).join(", ")}`);
}

function checkContinuous(c: any): void {
  const values = [...new Set<number>([...c].map((m: Enum) => m._value_))];
  if (values.length < 2) return;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const missing: number[] = [];
  const flag = c.prototype instanceof Flag;
  if (flag) {
    for (let i = Math.floor(Math.log2(low)) + 1; i < Math.floor(Math.log2(high)); i++) if (!values.includes(2 ** i)) missing.push(2 ** i);
  } else {
    for (let i = low + 1; i < high; i++) if (!values.includes(i)) missing.push(i);
  }
  if (missing.length > 0) throw new ValueError(`invalid ${flag ? "flag" : "enum"} ${repr(c.name)}: missing values ${missing.join(", ")}`.slice(0, 256));
}

function checkNamedFlags(c: any): void {
  const named = new Set<number>([...c].map((m: Enum) => m._value_));
  const missingNames: string[] = [];
  let missingValue = 0;
  for (const [name, m] of c._member_map_ as Map<string, Enum>) {
    // Canonical members (single bits, as iteration gives them) are not checked; negative values never are.
    if (named.has(m._value_) && m._name_ === name) continue;
    if (m._value_ < 0) continue;
    const missed = bitsOf(m._value_).filter((b) => !named.has(b));
    if (missed.length > 0) {
      missingNames.push(name);
      missingValue |= missed.reduce((a, b) => a | b, 0);
    }
  }
  if (missingNames.length === 0) return;
  const alias = missingNames.length === 1 ? `alias ${missingNames[0]} is missing` : `aliases ${missingNames.slice(0, -1).join(", ")} and ${missingNames[missingNames.length - 1]} are missing`;
  const value = isPowerOfTwo(missingValue) ? `value 0x${missingValue.toString(16)}` : `combined values of 0x${missingValue.toString(16)}`;
  throw new ValueError(`invalid Flag ${repr(c.name)}: ${alias} ${value} [use enum.show_flag_values(value) for details]`);
}

/** `@verify(UNIQUE, CONTINUOUS, ...)`: checks the finished enum, raising ValueError as CPython does. */
function verify(...checks: Enum[]) {
  return <T>(cls: T): T => {
    for (const check of checks) {
      if (check === EnumCheck.UNIQUE) checkUnique(cls);
      else if (check === EnumCheck.CONTINUOUS) checkContinuous(cls);
      else if (check === EnumCheck.NAMED_FLAGS) checkNamedFlags(cls);
    }
    return cls;
  };
}

export const enum_ = {
  Enum,
  IntEnum,
  StrEnum,
  Flag,
  IntFlag,
  auto,
  unique,
  finalize,
  member: EnumMember,
  nonmember: EnumNonmember,
  verify,
  EnumCheck,
  UNIQUE: EnumCheck.UNIQUE,
  CONTINUOUS: EnumCheck.CONTINUOUS,
  NAMED_FLAGS: EnumCheck.NAMED_FLAGS,
  ReprEnum: Enum,
  EnumMeta: Enum,
  EnumType: Enum,
};
