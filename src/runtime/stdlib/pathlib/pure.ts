/**
 * `pathlib.PurePath` / `PurePosixPath`: path arithmetic without touching
 * the file system, as CPython 3.11 does it. Like CPython, an absolute path
 * keeps its root as the first of its parts (`/a/b` is ["/", "a", "b"]).
 */
import { IndexError, TypeError, ValueError } from "../../exceptions.js";
import { PySlice, slice, typeName } from "../../builtins.js";
import { NotImplemented } from "../../operators.js";
import { repr } from "../../repr.js";
import { tup } from "../args.js";
import { patternRegExp } from "../fnmatch.js";
import { fspath } from "../os/fspath.js";

export interface Parsed {
  root: string;
  parts: string[];
}

/** CPython's posix splitroot: exactly two leading slashes are kept, more become one. */
function splitRoot(part: string): [string, string] {
  if (!part.startsWith("/")) return ["", part];
  const stripped = part.replace(/^\/+/, "");
  return [part.length - stripped.length === 2 ? "//" : "/", stripped];
}

/** The parts of `args` joined as PurePath(*args) joins them: an absolute one restarts. */
export function parseArgs(args: readonly unknown[]): Parsed {
  const strings: string[] = [];
  for (const a of args) {
    if (a instanceof PurePath) strings.push(a.toString());
    else if (typeof a === "string") strings.push(a);
    else {
      try {
        strings.push(fspath(a));
      } catch {
        throw new TypeError(`expected str, bytes or os.PathLike object, not ${typeName(a)}`);
      }
    }
  }
  const parsed: string[] = [];
  let root = "";
  for (let i = strings.length - 1; i >= 0; i--) {
    const s = strings[i]!;
    if (!s) continue;
    const [r, rel] = splitRoot(s);
    const comps = rel.split("/").filter((x) => x && x !== ".");
    parsed.unshift(...comps);
    if (r) {
      root = r;
      break;
    }
  }
  return { root, parts: root ? [root, ...parsed] : parsed };
}

/** How a path class makes a new path of its own kind from parsed parts. */
type Maker = new (...args: unknown[]) => PurePath;

/** `pathlib.PurePath`: a PurePosixPath on this platform. */
export class PurePath {
  /** The root (`/`, or `//`), or "" for a relative path. */
  readonly root: string;
  /** Every part, the root first for an absolute path. */
  protected readonly _parts: string[];
  static __module__ = "pathlib";

  constructor(...args: unknown[]) {
    const { root, parts } = args.length === 1 && args[0] instanceof ParsedArg ? args[0].parsed : parseArgs(args);
    this.root = root;
    this._parts = parts;
    // PurePath("x") is a PurePosixPath, as CPython picks the platform's flavour.
    if (new.target === PurePath) Object.setPrototypeOf(this, PurePosixPath.prototype);
  }

  /** A new path of this path's class from already parsed parts. */
  protected make(root: string, parts: string[]): this {
    const Ctor = this.constructor as Maker;
    return new Ctor(new ParsedArg({ root, parts })) as this;
  }

  get drive(): string {
    return "";
  }
  get anchor(): string {
    return this.root;
  }
  get parts(): readonly string[] {
    return tup(...this._parts);
  }
  get name(): string {
    if (this._parts.length === (this.root ? 1 : 0)) return "";
    return this._parts[this._parts.length - 1]!;
  }
  get suffix(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(i) : "";
  }
  get suffixes(): string[] {
    const name = this.name;
    if (name.endsWith(".")) return [];
    return name.replace(/^\.+/, "").split(".").slice(1).map((s) => "." + s);
  }
  get stem(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(0, i) : name;
  }
  get parent(): this {
    if (this._parts.length === 1 && this.root) return this;
    return this.make(this.root, this._parts.slice(0, -1));
  }
  /** `p.parents`: the ancestors, nearest first (a sequence; indexable, negative indices too). */
  get parents(): PathParents<this> {
    const n = this._parts.length - (this.root ? 1 : 0);
    const out: this[] = [];
    for (let i = 0; i < n; i++) out.push(this.make(this.root, this._parts.slice(0, this._parts.length - i - 1)));
    return new PathParents(out, `<${typeName(this)}.parents>`);
  }

  toString(): string {
    if (this.root) return this.root + this._parts.slice(1).join("/");
    return this._parts.join("/") || ".";
  }
  __str__(): string {
    return this.toString();
  }
  __fspath__(): string {
    return this.toString();
  }
  __repr__(): string {
    return `${typeName(this)}(${repr(this.as_posix())})`;
  }
  as_posix(): string {
    return this.toString();
  }
  as_uri(): string {
    if (!this.is_absolute()) throw new ValueError("relative path can't be expressed as a file URI");
    const bytes = new TextEncoder().encode(this.as_posix());
    let out = "";
    for (const b of bytes) out += /[A-Za-z0-9_.\-~/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : "%" + b.toString(16).toUpperCase().padStart(2, "0");
    return "file://" + out;
  }
  is_absolute(): boolean {
    return this.root !== "";
  }
  is_reserved(): boolean {
    return false;
  }

  joinpath(...args: unknown[]): this {
    const other = parseArgs(args);
    if (other.root) return this.make(other.root, other.parts);
    return this.make(this.root, [...this._parts, ...other.parts]);
  }
  __truediv__(key: unknown): this | typeof NotImplemented {
    if (typeof key !== "string" && !(key instanceof PurePath) && typeof (key as { __fspath__?: unknown } | null)?.__fspath__ !== "function") return NotImplemented;
    return this.joinpath(key);
  }
  __rtruediv__(key: unknown): this | typeof NotImplemented {
    if (typeof key !== "string" && typeof (key as { __fspath__?: unknown } | null)?.__fspath__ !== "function") return NotImplemented;
    const { root, parts } = parseArgs([key, this]);
    return this.make(root, parts);
  }

  with_name(name: string): this {
    if (!this.name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const parsed = parseArgs([name]);
    if (!name || name.endsWith("/") || parsed.root || parsed.parts.length !== 1) throw new ValueError(`Invalid name ${repr(name)}`);
    return this.make(this.root, [...this._parts.slice(0, -1), name]);
  }
  with_stem(stem: string): this {
    return this.with_name(stem + this.suffix);
  }
  with_suffix(suffix: string): this {
    if (typeof suffix !== "string") throw new TypeError(`expected str, not ${typeName(suffix)}`);
    if (suffix.includes("/") || (suffix && !suffix.startsWith(".")) || suffix === ".") throw new ValueError(`Invalid suffix ${repr(suffix)}`);
    let name = this.name;
    if (!name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const old = this.suffix;
    name = old ? name.slice(0, -old.length) + suffix : name + suffix;
    return this.make(this.root, [...this._parts.slice(0, -1), name]);
  }

  relative_to(...other: unknown[]): this {
    if (other.length === 0) throw new TypeError("need at least one argument");
    const to = parseArgs(other);
    const n = to.parts.length;
    const mismatch = n === 0 ? this.root !== "" : this._parts.slice(0, n).join("\0") !== to.parts.join("\0") || this._parts.length < n;
    if (mismatch) {
      const formatted = to.root ? to.root + to.parts.slice(1).join("/") : to.parts.join("/");
      throw new ValueError(`${repr(this.toString())} is not in the subpath of ${repr(formatted)} OR one path is relative and the other is absolute.`);
    }
    return this.make(n === 1 ? this.root : "", this._parts.slice(n));
  }
  is_relative_to(...other: unknown[]): boolean {
    try {
      this.relative_to(...other);
      return true;
    } catch (e) {
      if (e instanceof ValueError) return false;
      throw e;
    }
  }
  /** `match(pattern)`: shell patterns matched part by part from the right; an absolute pattern must match all. */
  match(pattern: string): boolean {
    const pat = parseArgs([pattern]);
    if (pat.parts.length === 0) throw new ValueError("empty pattern");
    if (pat.root && pat.root !== this.root) return false;
    let patParts = pat.parts;
    if (pat.root) {
      if (patParts.length !== this._parts.length) return false;
      patParts = patParts.slice(1);
    } else if (patParts.length > this._parts.length) return false;
    const parts = this._parts;
    for (let i = 1; i <= patParts.length; i++) {
      if (!patternRegExp(patParts[patParts.length - i]!).test(parts[parts.length - i]!)) return false;
    }
    return true;
  }

  private comparable(other: unknown): other is PurePath {
    return other instanceof PurePath;
  }
  private cmp(other: PurePath): number {
    const a = this._parts;
    const b = other._parts;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  }
  __eq__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) === 0 : NotImplemented;
  }
  __ne__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) !== 0 : NotImplemented;
  }
  __lt__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) < 0 : NotImplemented;
  }
  __le__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) <= 0 : NotImplemented;
  }
  __gt__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) > 0 : NotImplemented;
  }
  __ge__(other: unknown): boolean | typeof NotImplemented {
    return this.comparable(other) ? this.cmp(other) >= 0 : NotImplemented;
  }
  __hash__(): number {
    let h = 0x811c9dc5;
    for (const c of this._parts.join("\0")) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193);
    return h | 0;
  }
}

/** Already parsed parts handed from one path to a new one of the same class. */
class ParsedArg {
  constructor(readonly parsed: Parsed) {}
}

/** `p.parents`: a sequence of paths, indexable from either end. */
export class PathParents<T> {
  constructor(
    private readonly items: T[],
    private readonly text: string,
  ) {}
  __len__(): number {
    return this.items.length;
  }
  get length(): number {
    return this.items.length;
  }
  __getitem__(i: unknown): T | readonly T[] {
    if (i instanceof PySlice) return tup(...slice(this.items, i.start, i.stop, i.step));
    if (typeof i !== "number") {
      throw new TypeError(`tuple indices must be integers or slices, not ${typeName(i)}`);
    }
    const k = i < 0 ? this.items.length + i : i;
    if (k < 0 || k >= this.items.length) throw new IndexError(i);
    return this.items[k]!;
  }
  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }
  __repr__(): string {
    return this.text;
  }
}

/** `pathlib.PurePosixPath`. */
export class PurePosixPath extends PurePath {}

/** `pathlib.PureWindowsPath` is not translated: Windows path rules are not implemented. */
