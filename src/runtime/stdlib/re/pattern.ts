/**
 * Python's regular-expression syntax rewritten for JavaScript's engine.
 *
 * Both engines backtrack with leftmost-first alternation, so most of the work
 * is spelling: Python's `.`, `^`, `$`, `\w`, `\d`, `\s`, `\b` mean something
 * else in JavaScript (Unicode-aware by default, `.` stops only at `\n`, `$`
 * also matches before a final newline), so they are written out explicitly
 * and JavaScript's own `m` and `s` flags are never used. Named groups become
 * JavaScript groups named `g<n>` (Python's group n) with the name table kept
 * here, so the hidden capture an atomic group needs (`a<k>`) shifts nothing. The result uses the `v` flag:
 * character classes may then nest, which `\W` inside a class needs.
 *
 * What JavaScript cannot express (conditional groups, a case-insensitive
 * scope with a range outside ASCII) raises PatternError with
 * `unsupported: true`; a pattern CPython itself rejects raises PatternError
 * with CPython's message and position.
 */

export const FLAGS = {
  TEMPLATE: 1,
  IGNORECASE: 2,
  LOCALE: 4,
  MULTILINE: 8,
  DOTALL: 16,
  UNICODE: 32,
  VERBOSE: 64,
  DEBUG: 128,
  ASCII: 256,
} as const;

export class PatternError extends Error {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
    readonly unsupported = false,
  ) {
    super(msg);
  }
}

export interface Translated {
  /** JavaScript source, to be compiled with FLAGS_JS (plus `y` or `g`). */
  source: string;
  /** JavaScript flags: `v`, `d`, and `i` for a global IGNORECASE. */
  jsFlags: string;
  /** Python flags after inline ones (`(?i)`), UNICODE added unless ASCII. */
  flags: number;
  /** Number of Python groups. */
  groups: number;
  /** Python group names → numbers. */
  groupindex: Map<string, number>;
  /** Python group number → position of its closing parenthesis in the pattern (for lastindex). */
  closeAt: number[];
}

interface Scope {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  a: boolean;
}

const WORD_U = "\\p{L}\\p{N}_";
const WORD_A = "a-zA-Z0-9_";
// str.isspace() characters; JavaScript's \s differs (it has U+FEFF, lacks U+001C–U+001F and U+0085).
const SPACE_U = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const SPACE_A = "\\t\\n\\v\\f\\r ";
const DIGIT_U = "\\p{Nd}";
const DIGIT_A = "0-9";

/** A literal code point in JavaScript pattern syntax, safe inside and outside classes under `v`. */
function lit(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (/[A-Za-z0-9_]/.test(ch)) return ch;
  return `\\u{${cp.toString(16)}}`;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}

function caseVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out = new Set<number>([cp]);
  for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if ([...v].length === 1) out.add(v.codePointAt(0)!);
  return [...out];
}

type ClassItem = { kind: "char"; cp: number } | { kind: "range"; lo: number; hi: number } | { kind: "set"; code: string };

class Translator {
  private pos = 0;
  private groups = 0;
  private hidden = 0;
  private readonly groupindex = new Map<string, number>();
  private readonly closeAt: number[] = [0];
  private readonly open = new Set<number>();
  private globalFlags = 0;

  constructor(
    private readonly p: string,
    flags: number,
  ) {
    this.globalFlags = flags;
  }

  private err(msg: string, at: number | null = this.pos): never {
    throw new PatternError(msg, at);
  }

  private unsupported(msg: string): never {
    throw new PatternError(msg, null, true);
  }

  run(): Translated {
    const bodyStart = this.readGlobalFlags();
    const f = this.globalFlags;
    if (f & FLAGS.ASCII && f & FLAGS.UNICODE) this.err("ASCII and UNICODE flags are incompatible", null);
    const scope: Scope = { i: !!(f & FLAGS.IGNORECASE), m: !!(f & FLAGS.MULTILINE), s: !!(f & FLAGS.DOTALL), x: !!(f & FLAGS.VERBOSE), a: !!(f & FLAGS.ASCII) };
    this.pos = bodyStart;
    const body = this.alternation(scope, true);
    if (this.pos < this.p.length) {
      // alternation stops only at ')' when not nested.
      this.err("unbalanced parenthesis");
    }
    const flags = f & FLAGS.ASCII ? f : f | FLAGS.UNICODE;
    return {
      source: body,
      jsFlags: `dv${scope.i ? "i" : ""}`,
      flags,
      groups: this.groups,
      groupindex: this.groupindex,
      closeAt: this.closeAt,
    };
  }

  /** Inline flags at the very start, `(?i)`, apply to the whole pattern; CPython 3.11 refuses them elsewhere. */
  private readGlobalFlags(): number {
    let at = 0;
    for (;;) {
      const m = /^\(\?([aiLmsux]+)\)/.exec(this.p.slice(at));
      if (!m) break;
      if (m[1]!.includes("L")) this.err("bad inline flags: cannot use 'L' flag with a str pattern", at + 2 + m[1]!.indexOf("L") + 1);
      for (const c of m[1]!) this.globalFlags |= flagOf(c);
      at += m[0].length;
      // Under VERBOSE, whitespace and comments may separate them.
      if (this.globalFlags & FLAGS.VERBOSE) {
        const ws = /^(?:\s|#[^\n]*)*/.exec(this.p.slice(at))![0];
        at += ws.length;
      }
    }
    return at;
  }

  private peek(): string | undefined {
    return this.p[this.pos];
  }

  private skipVerbose(scope: Scope): void {
    if (!scope.x) return;
    for (;;) {
      const c = this.p[this.pos];
      if (c === undefined) return;
      if (/\s/.test(c)) this.pos++;
      else if (c === "#") {
        while (this.pos < this.p.length && this.p[this.pos] !== "\n") this.pos++;
      } else return;
    }
  }

  private alternation(scope: Scope, top: boolean): string {
    const branches: string[] = [this.sequence(scope)];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence(scope));
    }
    if (top && this.peek() === ")") this.err("unbalanced parenthesis");
    return branches.join("|");
  }

  private sequence(scope: Scope): string {
    let out = "";
    for (;;) {
      this.skipVerbose(scope);
      const c = this.peek();
      if (c === undefined || c === "|" || c === ")") return out;
      const atom = this.atom(scope);
      if (atom === null) continue;
      out += this.quantified(atom, scope);
    }
  }

  private quantified(atom: { code: string; repeatable: boolean }, scope: Scope): string {
    this.skipVerbose(scope);
    const q = this.quantifier();
    if (q === null) return atom.code;
    if (!atom.repeatable) this.err("nothing to repeat", q.at);
    let code = `(?:${atom.code})${q.code}`;
    this.skipVerbose(scope);
    const next = this.peek();
    if (next === "?") {
      this.pos++;
      code += "?";
    } else if (next === "+") {
      // Possessive (3.11): an atomic group around the repetition.
      this.pos++;
      code = this.atomic(code);
    }
    this.skipVerbose(scope);
    const again = this.peek();
    if (again === "*" || again === "+" || again === "?" || (again === "{" && this.quantifierAhead())) this.err("multiple repeat");
    return code;
  }

  /** `(?>X)` as JavaScript can say it: a lookahead captures what X matches first, and a backreference consumes it. */
  private atomic(code: string): string {
    const name = `a${++this.hidden}`;
    return `(?=(?<${name}>${code}))\\k<${name}>`;
  }

  private quantifierAhead(): boolean {
    return /^\{(\d+(,\d*)?|,\d*)\}/.test(this.p.slice(this.pos));
  }

  private quantifier(): { code: string; at: number } | null {
    const c = this.peek();
    const at = this.pos;
    if (c === "*" || c === "+" || c === "?") {
      this.pos++;
      return { code: c, at };
    }
    if (c === "{") {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(this.pos));
      if (!m || (m[1] === "" && m[2] === undefined)) return null;
      const lo = m[1] === "" ? 0 : Number(m[1]);
      const hi = m[2] === undefined ? lo : m[3] === "" ? null : Number(m[3]);
      if (hi !== null && hi < lo) this.err("min repeat greater than max repeat", at + 1);
      this.pos += m[0].length;
      return { code: hi === lo ? `{${lo}}` : `{${lo},${hi ?? ""}}`, at };
    }
    return null;
  }

  /** One atom; null for what produces nothing (a comment group). */
  private atom(scope: Scope): { code: string; repeatable: boolean } | null {
    const c = this.p[this.pos]!;
    const at = this.pos;
    switch (c) {
      case "(":
        return this.group(scope);
      case "[":
        return { code: this.charClass(scope), repeatable: true };
      case ".":
        this.pos++;
        return { code: scope.s ? "[\\s\\S]" : "[^\\n]", repeatable: true };
      case "^":
        this.pos++;
        return { code: scope.m ? "(?<![^\\n])" : "(?<![\\s\\S])", repeatable: false };
      case "$":
        this.pos++;
        return { code: scope.m ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))", repeatable: false };
      case "*":
      case "+":
      case "?":
        this.err("nothing to repeat", at);
        break;
      case "{":
        if (this.quantifierAhead()) this.err("nothing to repeat", at);
        this.pos++;
        return { code: this.literal(0x7b, scope), repeatable: true };
      case "\\":
        return this.escape(scope);
    }
    const cp = this.p.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return { code: this.literal(cp, scope), repeatable: true };
  }

  private literal(cp: number, scope: Scope): string {
    if (scope.i && !this.globalI()) {
      const vs = caseVariants(cp);
      if (vs.length > 1) return `[${vs.map(lit).join("")}]`;
    }
    return lit(cp);
  }

  /** Whether IGNORECASE holds for the whole pattern (JavaScript's `i` flag does it). */
  private globalI(): boolean {
    return !!(this.globalFlags & FLAGS.IGNORECASE);
  }

  private wordClass(scope: Scope): string {
    return scope.a ? WORD_A : WORD_U;
  }

  private escape(scope: Scope): { code: string; repeatable: boolean } {
    const at = this.pos;
    this.pos++;
    const c = this.p[this.pos];
    if (c === undefined) this.err("bad escape (end of pattern)", at);
    this.pos++;
    const w = this.wordClass(scope);
    switch (c) {
      case "A":
        return { code: "(?<![\\s\\S])", repeatable: false };
      case "Z":
        return { code: "(?![\\s\\S])", repeatable: false };
      case "b":
        return { code: `(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`, repeatable: false };
      case "B":
        return { code: `(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}]))`, repeatable: false };
      case "d":
      case "D":
      case "w":
      case "W":
      case "s":
      case "S":
        return { code: `[${this.classEscape(c, scope)}]`, repeatable: true };
    }
    if (isDigit(c)) {
      // \0, \0oo and \ooo are octal escapes; \N and \NN are backreferences.
      let digits = c;
      if (c === "0" || (isDigit(this.p[this.pos]) && /[0-7]/.test(c) && /[0-7]/.test(this.p[this.pos]!) && /[0-7]/.test(this.p[this.pos + 1] ?? ""))) {
        let oct = c;
        while (oct.length < 3 && /[0-7]/.test(this.p[this.pos] ?? "")) oct += this.p[this.pos++];
        const v = parseInt(oct, 8);
        if (v > 0o377) this.err(`octal escape value \\${oct} outside of range 0-0o377`, at);
        return { code: this.literal(v, scope), repeatable: true };
      }
      if (isDigit(this.p[this.pos])) digits += this.p[this.pos++];
      const n = Number(digits);
      if (n > this.groups) this.err(`invalid group reference ${n}`, at + 1);
      if (this.open.has(n)) this.err("cannot refer to an open group", at);
      return { code: this.backref(n), repeatable: true };
    }
    const cp = this.simpleEscape(c, at);
    return { code: this.literal(cp, scope), repeatable: true };
  }

  private backref(n: number): string {
    return `\\k<g${n}>`;
  }

  /** The code point of an escape that stands for one character, or CPython's error. */
  private simpleEscape(c: string, at: number): number {
    const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, a: 7 };
    if (c in simple) return simple[c]!;
    if (c === "x" || c === "u" || c === "U") {
      const len = c === "x" ? 2 : c === "u" ? 4 : 8;
      const hex = this.p.slice(this.pos, this.pos + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.err(`incomplete escape \\${c}${hex.match(/^[0-9a-fA-F]*/)![0]}`, at);
      this.pos += len;
      const v = parseInt(hex, 16);
      if (v > 0x10ffff) this.err(`bad escape \\${c}${hex}`, at);
      return v;
    }
    if (c === "N") this.unsupported("\\N{...} named characters");
    if (/[A-Za-z0-9]/.test(c)) this.err(`bad escape \\${c}`, at);
    // Any other escaped character stands for itself (astral ones are two code units).
    const cp = this.p.codePointAt(this.pos - 1)!;
    if (cp > 0xffff) this.pos++;
    return cp;
  }

  /** The class contents (without brackets) for \d \w \s and their negations. */
  private classEscape(c: string, scope: Scope): string {
    const d = scope.a ? DIGIT_A : DIGIT_U;
    const s = scope.a ? SPACE_A : SPACE_U;
    const w = this.wordClass(scope);
    switch (c) {
      case "d":
        return d;
      case "D":
        return `[^${d}]`;
      case "w":
        return w;
      case "W":
        return `[^${w}]`;
      case "s":
        return s;
      default:
        return `[^${s}]`;
    }
  }

  private charClass(scope: Scope): string {
    const start = this.pos;
    this.pos++;
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.pos++;
    }
    const items: ClassItem[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.err("unterminated character set", start);
      if (c === "]" && !first) {
        this.pos++;
        break;
      }
      first = false;
      const itemAt = this.pos;
      const item = this.classAtom(scope);
      if (item.kind === "char" && this.peek() === "-" && this.p[this.pos + 1] !== "]" && this.p[this.pos + 1] !== undefined) {
        this.pos++;
        const hi = this.classAtom(scope);
        if (hi.kind !== "char") this.err(`bad character range ${this.p.slice(itemAt, this.pos)}`, itemAt);
        if (hi.cp < item.cp) this.err(`bad character range ${this.p.slice(itemAt, this.pos)}`, itemAt);
        items.push({ kind: "range", lo: item.cp, hi: hi.cp });
      } else items.push(item);
    }
    const parts = items.map((it) => this.classItemCode(it, scope));
    // An empty negated set `[^]` cannot happen (']' first is literal); an empty set matches nothing.
    return `[${negate ? "^" : ""}${parts.join("")}]`;
  }

  private classItemCode(it: ClassItem, scope: Scope): string {
    const scoped = scope.i && !this.globalI();
    if (it.kind === "set") return it.code;
    if (it.kind === "char") return scoped ? caseVariants(it.cp).map(lit).join("") : lit(it.cp);
    const range = `${lit(it.lo)}-${lit(it.hi)}`;
    if (!scoped) return range;
    if (it.hi > 0x7f) this.unsupported("a scoped (?i:...) around a character range beyond ASCII");
    // ASCII range under a scoped (?i:): add the other case of its letters.
    const extra: string[] = [];
    for (const [a, z] of [
      [0x41, 0x5a],
      [0x61, 0x7a],
    ] as const) {
      const lo = Math.max(it.lo, a);
      const hi = Math.min(it.hi, z);
      if (lo <= hi) extra.push(`${lit(lo ^ 0x20)}-${lit(hi ^ 0x20)}`);
    }
    return range + extra.join("");
  }

  private classAtom(scope: Scope): ClassItem {
    const c = this.p[this.pos]!;
    if (c !== "\\") {
      const cp = this.p.codePointAt(this.pos)!;
      this.pos += cp > 0xffff ? 2 : 1;
      return { kind: "char", cp };
    }
    const at = this.pos;
    this.pos++;
    const e = this.p[this.pos];
    if (e === undefined) this.err("bad escape (end of pattern)", at);
    this.pos++;
    if ("dDwWsS".includes(e)) {
      const code = this.classEscape(e, scope);
      return { kind: "set", code: code.startsWith("[") ? code : `[${code}]` };
    }
    if (e === "b") return { kind: "char", cp: 8 };
    if (isDigit(e)) {
      // Inside a class every digit escape is octal.
      let oct = e;
      if (!/[0-7]/.test(e)) this.err(`bad escape \\${e}`, at);
      while (oct.length < 3 && /[0-7]/.test(this.p[this.pos] ?? "")) oct += this.p[this.pos++];
      const v = parseInt(oct, 8);
      if (v > 0o377) this.err(`octal escape value \\${oct} outside of range 0-0o377`, at);
      return { kind: "char", cp: v };
    }
    return { kind: "char", cp: this.simpleEscape(e, at) };
  }

  private group(scope: Scope): { code: string; repeatable: boolean } | null {
    const at = this.pos;
    this.pos++;
    if (this.peek() !== "?") return this.capture(scope, at, null);
    this.pos++;
    const c = this.peek();
    if (c === "P") {
      this.pos++;
      if (this.peek() === "<") {
        this.pos++;
        const end = this.p.indexOf(">", this.pos);
        if (end < 0) this.err("missing >, unterminated name", this.pos);
        const name = this.p.slice(this.pos, end);
        if (name === "") this.err("missing group name", this.pos);
        if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) this.err(`bad character in group name '${name}'`, this.pos);
        if (this.groupindex.has(name)) this.err(`redefinition of group name '${name}' as group ${this.groups + 1}; was group ${this.groupindex.get(name)}`, this.pos);
        this.pos = end + 1;
        return this.capture(scope, at, name);
      }
      if (this.peek() === "=") {
        this.pos++;
        const end = this.p.indexOf(")", this.pos);
        if (end < 0) this.err("missing ), unterminated name", this.pos);
        const name = this.p.slice(this.pos, end);
        const n = this.groupindex.get(name);
        if (n === undefined) {
          if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) this.err(`bad character in group name '${name}'`, this.pos);
          this.err(`unknown group name '${name}'`, this.pos);
        }
        if (this.open.has(n)) this.err("cannot refer to an open group", at);
        this.pos = end + 1;
        return { code: this.backref(n), repeatable: true };
      }
      this.err(`unknown extension ?P${this.peek() ?? ""}`, at + 1);
    }
    if (c === ":" || c === "=" || c === "!") {
      this.pos++;
      return this.closeGroup(scope, at, `(?${c}`, c === ":");
    }
    if (c === "<") {
      this.pos++;
      const d = this.peek();
      if (d === "=" || d === "!") {
        this.pos++;
        return this.closeGroup(scope, at, `(?<${d}`, false);
      }
      this.err(`unknown extension ?<${d ?? ""}`, at + 1);
    }
    if (c === ">") {
      this.pos++;
      const inner = this.closeGroup(scope, at, "(?:", true);
      return { code: this.atomic(inner.code), repeatable: true };
    }
    if (c === "#") {
      const end = this.p.indexOf(")", this.pos);
      if (end < 0) this.err("missing ), unterminated comment", this.pos - 2);
      this.pos = end + 1;
      return null;
    }
    if (c === "(") this.unsupported("conditional groups (?(id)yes|no)");
    if (c !== undefined && /[aiLmsux-]/.test(c)) return this.flagGroup(scope, at);
    if (c === undefined) this.err("unexpected end of pattern", this.pos);
    this.err(`unknown extension ?${c}`, at + 1);
  }

  /** `(?i:...)`, `(?-i:...)`, and `(?i)` out of place. */
  private flagGroup(scope: Scope, at: number): { code: string; repeatable: boolean } {
    const m = /^([aiLmsux]*)(?:-([imsx]*))?([:)])?/.exec(this.p.slice(this.pos))!;
    if (m[3] === undefined) {
      this.pos += m[0].length;
      if (this.pos >= this.p.length) this.err("missing -, : or )", this.pos);
      this.err(`unknown flag`, this.pos);
    }
    if (m[3] === ")") {
      if (m[2] !== undefined) this.err("missing :", this.pos + m[0].length - 1);
      this.err("global flags not at the start of the expression", at);
    }
    this.pos += m[0].length;
    const inner: Scope = { ...scope };
    for (const f of m[1]!) setFlag(inner, f, true);
    for (const f of m[2] ?? "") setFlag(inner, f, false);
    if (!inner.i && this.globalI()) this.unsupported("(?-i:...) inside a case-insensitive pattern");
    if (m[1]!.includes("L")) this.err("bad inline flags: cannot use 'L' flag with a str pattern", this.pos - 1);
    return this.closeGroup(inner, at, "(?:", true);
  }

  private closeGroup(scope: Scope, at: number, head: string, repeatable: boolean): { code: string; repeatable: boolean } {
    const body = this.alternation(scope, false);
    if (this.peek() !== ")") this.err("missing ), unterminated subpattern", at);
    this.pos++;
    return { code: `${head}${body})`, repeatable };
  }

  private capture(scope: Scope, at: number, name: string | null): { code: string; repeatable: boolean } {
    const n = ++this.groups;
    if (name !== null) this.groupindex.set(name, n);
    this.open.add(n);
    const body = this.alternation(scope, false);
    if (this.peek() !== ")") this.err("missing ), unterminated subpattern", at);
    this.closeAt[n] = this.pos;
    this.pos++;
    this.open.delete(n);
    return { code: `(?<g${n}>${body})`, repeatable: true };
  }
}

function flagOf(c: string): number {
  switch (c) {
    case "a":
      return FLAGS.ASCII;
    case "i":
      return FLAGS.IGNORECASE;
    case "L":
      return FLAGS.LOCALE;
    case "m":
      return FLAGS.MULTILINE;
    case "s":
      return FLAGS.DOTALL;
    case "u":
      return FLAGS.UNICODE;
    default:
      return FLAGS.VERBOSE;
  }
}

function setFlag(scope: Scope, f: string, on: boolean): void {
  if (f === "i") scope.i = on;
  else if (f === "m") scope.m = on;
  else if (f === "s") scope.s = on;
  else if (f === "x") scope.x = on;
  else if (f === "a") scope.a = on;
}

export function translatePattern(pattern: string, flags: number): Translated {
  return new Translator(pattern, flags).run();
}
