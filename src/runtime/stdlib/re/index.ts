/**
 * Python's `re` on JavaScript's regular-expression engine. Patterns are
 * rewritten by pattern.ts; this file gives them Python's API: where a search
 * may start and end (`pos`/`endpos`), how empty matches advance (CPython
 * 3.7+: an empty match may follow a non-empty one at the same place, never
 * another empty one), Match objects with groups numbered and named as in
 * Python, and CPython's messages for bad patterns and templates.
 */
import { Exception, IndexError, TypeError, ValueError } from "../../exceptions.js";
import { repr, tuple } from "../../repr.js";
import { typeName } from "../../builtins.js";
import { FLAGS, PatternError, translatePattern, type Translated } from "./pattern.js";
import { expandTemplate, parseTemplate, type Template } from "./template.js";

/** re.error: `msg`, `pattern`, `pos`, `lineno`, `colno`; str adds the position as CPython does. */
export class error extends Exception {
  readonly msg: string;
  readonly pattern: string | null;
  readonly pos: number | null;
  readonly lineno: number | null;
  readonly colno: number | null;
  constructor(msg: string, pattern: string | null = null, pos: number | null = null) {
    let text = msg;
    let lineno: number | null = null;
    let colno: number | null = null;
    if (pattern !== null && pos !== null) {
      lineno = pattern.slice(0, pos).split("\n").length;
      colno = pos - pattern.lastIndexOf("\n", pos - 1);
      text = pattern.includes("\n") ? `${msg} at position ${pos} (line ${lineno}, column ${colno})` : `${msg} at position ${pos}`;
    }
    super(text);
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}
Object.defineProperty(error, "__module__", { value: "re" });

function toError(e: unknown, pattern: string): never {
  if (e instanceof PatternError) {
    throw new error(e.unsupported ? `tsyncio cannot translate this pattern to JavaScript: ${e.msg}` : e.msg, pattern, e.pos);
  }
  throw e;
}

function strArg(x: unknown): string {
  if (typeof x === "string") return x;
  throw new TypeError(`expected string or bytes-like object, got '${typeName(x)}'`);
}

function intOr(x: unknown, dflt: number): number {
  if (x === undefined) return dflt;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

/** Keywords given to a method of an object whose type was unknown at translation arrive as a trailing plain object. */
function withKeywords(args: unknown[], names: readonly string[], method: string): unknown[] {
  const last = args[args.length - 1];
  if (last === null || typeof last !== "object" || Object.getPrototypeOf(last) !== Object.prototype) return args;
  const out = args.slice(0, -1);
  for (const [k, v] of Object.entries(last as Record<string, unknown>)) {
    const i = names.indexOf(k);
    if (i < 0) throw new TypeError(`${method}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw new TypeError(`argument for ${method}() given by name ('${k}') and position (${i + 1})`);
    out[i] = v;
  }
  return out;
}

const FLAG_NAMES: [string, number][] = [
  ["TEMPLATE", FLAGS.TEMPLATE],
  ["IGNORECASE", FLAGS.IGNORECASE],
  ["LOCALE", FLAGS.LOCALE],
  ["MULTILINE", FLAGS.MULTILINE],
  ["DOTALL", FLAGS.DOTALL],
  ["UNICODE", FLAGS.UNICODE],
  ["VERBOSE", FLAGS.VERBOSE],
  ["DEBUG", FLAGS.DEBUG],
  ["ASCII", FLAGS.ASCII],
];

function flagsRepr(flags: number): string {
  const names: string[] = [];
  let rest = flags;
  for (const [name, bit] of FLAG_NAMES) {
    if (flags & bit) {
      names.push(`re.${name}`);
      rest &= ~bit;
    }
  }
  if (rest) names.push(`0x${rest.toString(16)}`);
  return names.join("|");
}

type Mode = "search" | "match" | "fullmatch";

/**
 * A match attempt's result as TypeScript sees it. At run time it is None
 * (null) when nothing matched, but Python code checks that its own way
 * (`if m:`, `assert m`, or not at all when it knows better), which
 * TypeScript cannot follow: the declared type leaves null out, as Python's
 * own type checkers are usually told to.
 */
export type MaybeMatch = Match;

export class Pattern {
  readonly pattern: string;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: Map<string, number>;
  private readonly t: Translated;
  private readonly regexes = new Map<Mode, RegExp>();

  constructor(pattern: string, flags: number) {
    this.pattern = pattern;
    try {
      this.t = translatePattern(pattern, flags);
    } catch (e) {
      toError(e, pattern);
    }
    this.flags = this.t.flags;
    this.groups = this.t.groups;
    this.groupindex = this.t.groupindex;
  }

  private regex(mode: Mode): RegExp {
    let r = this.regexes.get(mode);
    if (!r) {
      const source = mode === "fullmatch" ? `(?:${this.t.source})(?![\\s\\S])` : this.t.source;
      r = new RegExp(source, this.t.jsFlags + (mode === "search" ? "g" : "y"));
      this.regexes.set(mode, r);
    }
    return r;
  }

  /** One match attempt in `s` (already cut at endpos) from `at`. */
  private exec(mode: Mode, s: string, at: number): RegExpExecArray | null {
    const r = this.regex(mode);
    r.lastIndex = at;
    return r.exec(s);
  }

  /** A match at `at` that is not empty, when an empty one just ended there (CPython's must_advance). */
  private execNonEmpty(s: string, at: number): RegExpExecArray | null {
    const before = [...s.slice(0, at)].length;
    const r = new RegExp(`(?:${this.t.source})(?<=^[\\s\\S]{${before + 1},})`, this.t.jsFlags + "y");
    r.lastIndex = at;
    return r.exec(s);
  }

  private bounds(string: unknown, pos: unknown, endpos: unknown): [string, number, number] {
    const s = strArg(string);
    let p = intOr(pos, 0);
    let e = intOr(endpos, s.length);
    if (p < 0) p = 0;
    if (p > s.length) p = s.length;
    if (e < 0) e = 0;
    if (e > s.length) e = s.length;
    return [s, p, e];
  }

  private one(mode: Mode, args: unknown[]): MaybeMatch {
    const [string, pos, endpos] = withKeywords(args, ["string", "pos", "endpos"], mode);
    const [s, p, e] = this.bounds(string, pos, endpos);
    if (p > e) return null as unknown as MaybeMatch;
    const r = this.exec(mode, s.slice(0, e), p);
    return r ? new Match(this, s, r, p, e) : (null as unknown as MaybeMatch);
  }

  search(...args: unknown[]): MaybeMatch {
    return this.one("search", args);
  }

  match(...args: unknown[]): MaybeMatch {
    return this.one("match", args);
  }

  fullmatch(...args: unknown[]): MaybeMatch {
    return this.one("fullmatch", args);
  }

  /** Every match from pos, as CPython's scanner finds them. */
  *iterate(s: string, p: number, e: number): Generator<Match> {
    const cut = s.slice(0, e);
    let at = p;
    let mustAdvance = false;
    while (at <= cut.length) {
      let r = this.exec("search", cut, at);
      if (r && mustAdvance && r.index === at && r[0] === "") {
        r = this.execNonEmpty(cut, at);
        if (!r) {
          if (at >= cut.length) return;
          const step = (cut.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
          r = this.exec("search", cut, at + step);
        }
      }
      if (!r) return;
      const m = new Match(this, s, r, p, e);
      yield m;
      const [start, end] = m.span();
      mustAdvance = start === end;
      at = end;
    }
  }

  finditer(...args: unknown[]): Generator<Match> {
    const [string, pos, endpos] = withKeywords(args, ["string", "pos", "endpos"], "finditer");
    const [s, p, e] = this.bounds(string, pos, endpos);
    return p > e ? [][Symbol.iterator]() as unknown as Generator<Match> : this.iterate(s, p, e);
  }

  findall(...args: unknown[]): any[] {
    const [string, pos, endpos] = withKeywords(args, ["string", "pos", "endpos"], "findall");
    const [s, p, e] = this.bounds(string, pos, endpos);
    const out: unknown[] = [];
    if (p > e) return out;
    for (const m of this.iterate(s, p, e)) {
      if (this.groups === 0) out.push(m.group(0));
      else if (this.groups === 1) out.push(m.group(1) ?? "");
      else out.push(m.groups(""));
    }
    return out;
  }

  split(...args: unknown[]): any[] {
    const [string, maxsplit] = withKeywords(args, ["string", "maxsplit"], "split");
    const s = strArg(string);
    const max = intOr(maxsplit, 0);
    const out: (string | null)[] = [];
    if (max < 0) return [s];
    let last = 0;
    let n = 0;
    for (const m of this.iterate(s, 0, s.length)) {
      if (max > 0 && n >= max) break;
      const [start, end] = m.span();
      out.push(s.slice(last, start));
      for (let g = 1; g <= this.groups; g++) out.push(m.group(g) as string | null);
      last = end;
      n++;
    }
    out.push(s.slice(last));
    return out;
  }

  /** What replaces a match: a function's result (None adds nothing, checked when joined) or the filled template. */
  private replacer(repl: unknown): (m: Match) => unknown {
    if (typeof repl === "function") return (m) => repl(m);
    if (typeof repl !== "string") throw new TypeError(`expected str instance, ${typeName(repl)} found`);
    if (!repl.includes("\\")) return () => repl;
    let parts: Template;
    try {
      parts = parseTemplate(repl, this.groups, this.groupindex);
    } catch (e) {
      toError(e, repl);
    }
    return (m) => expandTemplate(parts, (n) => m.group(n) as string | null);
  }

  subn(...args: unknown[]): readonly [string, number] {
    const [repl, string, count] = withKeywords(args, ["repl", "string", "count"], "subn");
    const s = strArg(string);
    const max = intOr(count, 0);
    const fill = this.replacer(repl);
    // CPython collects the pieces and joins them at the end: a bad replacement fails after every call ran.
    const pieces: unknown[] = [];
    let last = 0;
    let n = 0;
    if (max >= 0) {
      for (const m of this.iterate(s, 0, s.length)) {
        if (max > 0 && n >= max) break;
        const [start, end] = m.span();
        if (last < start) pieces.push(s.slice(last, start));
        const r = fill(m);
        if (r !== null && r !== undefined) pieces.push(r);
        last = end;
        n++;
      }
    }
    if (last < s.length) pieces.push(s.slice(last));
    pieces.forEach((p, i) => {
      if (typeof p !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(p)} found`);
    });
    return tuple(pieces.join(""), n);
  }

  sub(...args: unknown[]): string {
    const [repl, string, count] = withKeywords(args, ["repl", "string", "count"], "sub");
    return this.subn(repl, string, count)[0];
  }

  __repr__(): string {
    const shown = this.flags & ~(FLAGS.UNICODE);
    const p = repr(this.pattern);
    return `re.compile(${p.length > 200 ? p.slice(0, 200) : p}${shown ? `, ${flagsRepr(shown)}` : ""})`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof Pattern && other.pattern === this.pattern && other.flags === this.flags;
  }

  __hash__(): number {
    let h = this.flags;
    for (let i = 0; i < this.pattern.length; i++) h = (h * 31 + this.pattern.charCodeAt(i)) | 0;
    return h;
  }
}

/** A match: groups by number or name, their spans, and CPython's repr. */
export class Match {
  readonly re: Pattern;
  readonly string: string;
  readonly pos: number;
  readonly endpos: number;
  readonly regs: readonly (readonly [number, number])[];
  readonly lastindex: number | null;
  readonly lastgroup: string | null;

  constructor(re: Pattern, string: string, r: RegExpExecArray, pos: number, endpos: number) {
    this.re = re;
    this.string = string;
    this.pos = pos;
    this.endpos = endpos;
    const named = r.indices?.groups ?? {};
    const regs: (readonly [number, number])[] = [tuple(r.index, r.index + r[0].length)];
    for (let g = 1; g <= re.groups; g++) {
      const span = named[`g${g}`];
      regs.push(span ? tuple(span[0], span[1]) : tuple(-1, -1));
    }
    this.regs = tuple(...regs);
    // lastindex: the group that closed last, i.e. the one ending furthest right, the outer one on a tie.
    const closeAt = (re as unknown as { t: Translated }).t.closeAt;
    let last: number | null = null;
    for (let g = 1; g <= re.groups; g++) {
      const [, end] = regs[g]!;
      if (end < 0) continue;
      if (last === null || end > regs[last]![1] || (end === regs[last]![1] && closeAt[g]! > closeAt[last]!)) last = g;
    }
    this.lastindex = last;
    let name: string | null = null;
    for (const [k, v] of re.groupindex) if (v === last) name = k;
    this.lastgroup = name;
  }

  private index(g: unknown): number {
    if (typeof g === "number" && Number.isInteger(g) && g >= 0 && g <= this.re.groups) return g;
    if (typeof g === "boolean") return this.index(g ? 1 : 0);
    if (typeof g === "string" && this.re.groupindex.has(g)) return this.re.groupindex.get(g)!;
    throw new IndexError("no such group");
  }

  private value(g: unknown, dflt: unknown = null): string | null {
    const [a, b] = this.regs[this.index(g)]!;
    return a < 0 ? (dflt as string | null) : this.string.slice(a, b);
  }

  // Group values are str or None; the declared `any` lets Python code that knows which use them as str.
  group(...gs: unknown[]): any {
    if (gs.length === 0) return this.value(0);
    if (gs.length === 1) return this.value(gs[0]);
    return tuple(...gs.map((g) => this.value(g)));
  }

  __getitem__(g: unknown): any {
    return this.value(g);
  }

  groups(...args: unknown[]): readonly any[] {
    const [dflt] = withKeywords(args, ["default"], "groups");
    const out: (string | null)[] = [];
    for (let g = 1; g <= this.re.groups; g++) out.push(this.value(g, dflt === undefined ? null : dflt));
    return tuple(...out);
  }

  groupdict(...args: unknown[]): Map<string, any> {
    const [dflt] = withKeywords(args, ["default"], "groupdict");
    const out = new Map<string, any>();
    for (const [name, g] of this.re.groupindex) out.set(name, this.value(g, dflt === undefined ? null : dflt));
    return out;
  }

  start(g: unknown = 0): number {
    return this.regs[this.index(g)]![0];
  }

  end(g: unknown = 0): number {
    return this.regs[this.index(g)]![1];
  }

  span(g: unknown = 0): readonly [number, number] {
    return this.regs[this.index(g)]!;
  }

  expand(template: unknown): string {
    const t = strArg(template);
    let parts: Template;
    try {
      parts = parseTemplate(t, this.re.groups, this.re.groupindex);
    } catch (e) {
      toError(e, t);
    }
    return expandTemplate(parts, (n) => this.value(n));
  }

  __repr__(): string {
    const [a, b] = this.regs[0]!;
    const m = repr(this.string.slice(a, b));
    return `<re.Match object; span=(${a}, ${b}), match=${m.length > 50 ? m.slice(0, 50) : m}>`;
  }

  __copy__(): Match {
    return this;
  }
}
Object.defineProperty(Match, "__qualname__", { value: "Match" });
Object.defineProperty(Match, "__module__", { value: "re" });
Object.defineProperty(Pattern, "__module__", { value: "re" });

const cache = new Map<string, Pattern>();

function compile(pattern: unknown, flags: unknown = 0): Pattern {
  const f = intOr(flags, 0);
  if (pattern instanceof Pattern) {
    if (f) throw new ValueError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  if (typeof pattern !== "string") throw new TypeError("first argument must be string or compiled pattern");
  if (f & FLAGS.LOCALE) throw new ValueError("cannot use LOCALE flag with a str pattern");
  const key = `${f}:${pattern}`;
  let p = cache.get(key);
  if (!p) {
    p = new Pattern(pattern, f);
    if (cache.size >= 512) cache.clear();
    cache.set(key, p);
  }
  return p;
}

// re.escape: CPython 3.7+ escapes only the characters special in patterns.
const SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");

export const re = {
  compile,
  search: (pattern: unknown, string: unknown, flags?: unknown): MaybeMatch => compile(pattern, flags).search(string),
  match: (pattern: unknown, string: unknown, flags?: unknown): MaybeMatch => compile(pattern, flags).match(string),
  fullmatch: (pattern: unknown, string: unknown, flags?: unknown): MaybeMatch => compile(pattern, flags).fullmatch(string),
  findall: (pattern: unknown, string: unknown, flags?: unknown): any[] => compile(pattern, flags).findall(string),
  finditer: (pattern: unknown, string: unknown, flags?: unknown): Generator<Match> => compile(pattern, flags).finditer(string),
  split: (pattern: unknown, string: unknown, maxsplit?: unknown, flags?: unknown): any[] => compile(pattern, flags).split(string, maxsplit),
  sub: (pattern: unknown, repl: unknown, string: unknown, count?: unknown, flags?: unknown): string => compile(pattern, flags).sub(repl, string, count),
  subn: (pattern: unknown, repl: unknown, string: unknown, count?: unknown, flags?: unknown): readonly [string, number] => compile(pattern, flags).subn(repl, string, count),
  escape(pattern: unknown): string {
    const s = strArg(pattern);
    let out = "";
    for (const c of s) out += SPECIAL.has(c) ? `\\${c}` : c;
    return out;
  },
  purge(): null {
    cache.clear();
    return null;
  },
  error,
  Pattern,
  Match,
  NOFLAG: 0,
  A: FLAGS.ASCII,
  ASCII: FLAGS.ASCII,
  I: FLAGS.IGNORECASE,
  IGNORECASE: FLAGS.IGNORECASE,
  L: FLAGS.LOCALE,
  LOCALE: FLAGS.LOCALE,
  M: FLAGS.MULTILINE,
  MULTILINE: FLAGS.MULTILINE,
  S: FLAGS.DOTALL,
  DOTALL: FLAGS.DOTALL,
  U: FLAGS.UNICODE,
  UNICODE: FLAGS.UNICODE,
  X: FLAGS.VERBOSE,
  VERBOSE: FLAGS.VERBOSE,
  T: FLAGS.TEMPLATE,
  TEMPLATE: FLAGS.TEMPLATE,
  DEBUG: FLAGS.DEBUG,
};
