/**
 * Python's `difflib`: SequenceMatcher with CPython's exact algorithm (the
 * longest-match recursion, junk and the autojunk "popular element" rule for
 * sequences of 200+ items), so ratios and opcodes agree digit for digit; the
 * unified, context and ndiff (Differ) formats; get_close_matches; restore.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { compare, eq, iter } from "../builtins.js";
import { flt, pyTypeName, repr } from "../repr.js";
import { takeKwargs } from "../kwargs.js";
import { namedtuple } from "./collections/namedtuple.js";

type Elt = unknown;
type Opcode = readonly [string, number, number, number, number];

export const Match = namedtuple("Match", "a b size");
Object.defineProperty(Match, "__module__", { value: "difflib" });

const tup = <T extends unknown[]>(...xs: T): Readonly<T> => Object.freeze(xs);

/** A sequence's items as Python indexes them: a str by code point. */
function seq(x: unknown): Elt[] {
  if (typeof x === "string") return [...x];
  return [...(iter(x as Iterable<Elt>) as Iterable<Elt>)];
}

/** A Map key that stands for an element as Python's hashing would: primitives as themselves, others by repr. */
const keyOf = (x: Elt): unknown => (x === null || typeof x !== "object" ? x : `\0${repr(x)}`);

function ratioOf(matches: number, length: number): number {
  return flt(length ? (2.0 * matches) / length : 1.0);
}

/** `difflib.SequenceMatcher(isjunk=None, a='', b='', autojunk=True)`. */
export class SequenceMatcher {
  static __module__ = "difflib";
  isjunk: ((x: Elt) => unknown) | null;
  a: unknown = null;
  b: unknown = null;
  autojunk: boolean;
  b2j = new Map<unknown, number[]>();
  bjunk = new Set<unknown>();
  bpopular = new Set<unknown>();
  matching_blocks: any[] | null = null;
  opcodes: Opcode[] | null = null;
  fullbcount: Map<unknown, number> | null = null;
  private sa: Elt[] = [];
  private sb: Elt[] = [];

  constructor(isjunk: ((x: Elt) => unknown) | null = null, a: unknown = "", b: unknown = "", autojunk: unknown = true, ...rest: any[]) {
    const kw = Object.fromEntries(takeKwargs(rest));
    this.isjunk = isjunk ?? (kw.isjunk as typeof isjunk) ?? null;
    this.autojunk = Boolean(kw.autojunk ?? autojunk ?? true);
    this.set_seqs(kw.a ?? a ?? "", kw.b ?? b ?? "");
  }

  set_seqs(a: unknown, b: unknown): void {
    this.set_seq1(a);
    this.set_seq2(b);
  }

  set_seq1(a: unknown): void {
    if (a === this.a) return;
    this.a = a;
    this.sa = seq(a);
    this.matching_blocks = this.opcodes = null;
  }

  set_seq2(b: unknown): void {
    if (b === this.b) return;
    this.b = b;
    this.sb = seq(b);
    this.matching_blocks = this.opcodes = null;
    this.fullbcount = null;
    this.chainB();
  }

  private chainB(): void {
    const b2j = new Map<unknown, number[]>();
    this.sb.forEach((elt, i) => {
      const k = keyOf(elt);
      const list = b2j.get(k);
      if (list) list.push(i);
      else b2j.set(k, [i]);
    });
    const junk = new Set<unknown>();
    if (this.isjunk) {
      const firsts = new Map<unknown, Elt>();
      this.sb.forEach((elt) => firsts.has(keyOf(elt)) || firsts.set(keyOf(elt), elt));
      for (const [k, elt] of firsts) if (this.isjunk(elt)) junk.add(k);
      for (const k of junk) b2j.delete(k);
    }
    const popular = new Set<unknown>();
    const n = this.sb.length;
    if (this.autojunk && n >= 200) {
      const ntest = Math.floor(n / 100) + 1;
      for (const [k, idxs] of b2j) if (idxs.length > ntest) popular.add(k);
      for (const k of popular) b2j.delete(k);
    }
    this.b2j = b2j;
    this.bjunk = junk;
    this.bpopular = popular;
  }

  find_longest_match(alo = 0, ahi: number | null = null, blo = 0, bhi: number | null = null): any {
    const a = this.sa;
    const b = this.sb;
    const isbjunk = (x: Elt): boolean => this.bjunk.has(keyOf(x));
    ahi ??= a.length;
    bhi ??= b.length;
    let [besti, bestj, bestsize] = [alo, blo, 0];
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const newj2len = new Map<number, number>();
      for (const j of this.b2j.get(keyOf(a[i])) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        newj2len.set(j, k);
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
      }
      j2len = newj2len;
    }
    while (besti > alo && bestj > blo && !isbjunk(b[bestj - 1]) && eq(a[besti - 1], b[bestj - 1])) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
    while (besti + bestsize < ahi && bestj + bestsize < bhi && !isbjunk(b[bestj + bestsize]) && eq(a[besti + bestsize], b[bestj + bestsize])) bestsize++;
    while (besti > alo && bestj > blo && isbjunk(b[bestj - 1]) && eq(a[besti - 1], b[bestj - 1])) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
    while (besti + bestsize < ahi && bestj + bestsize < bhi && isbjunk(b[bestj + bestsize]) && eq(a[besti + bestsize], b[bestj + bestsize])) bestsize++;
    return Match(besti, bestj, bestsize);
  }

  get_matching_blocks(): any[] {
    if (this.matching_blocks !== null) return this.matching_blocks;
    const [la, lb] = [this.sa.length, this.sb.length];
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const blocks: [number, number, number][] = [];
    while (queue.length > 0) {
      const [alo, ahi, blo, bhi] = queue.pop()!;
      const [i, j, k] = this.find_longest_match(alo, ahi, blo, bhi) as number[];
      if (k) {
        blocks.push([i!, j!, k]);
        if (alo < i! && blo < j!) queue.push([alo, i!, blo, j!]);
        if (i! + k < ahi && j! + k < bhi) queue.push([i! + k, ahi, j! + k, bhi]);
      }
    }
    blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    let [i1, j1, k1] = [0, 0, 0];
    const nonAdjacent: [number, number, number][] = [];
    for (const [i2, j2, k2] of blocks) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1) nonAdjacent.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1) nonAdjacent.push([i1, j1, k1]);
    nonAdjacent.push([la, lb, 0]);
    this.matching_blocks = nonAdjacent.map(([a, b, s]) => Match(a, b, s));
    return this.matching_blocks;
  }

  get_opcodes(): Opcode[] {
    if (this.opcodes !== null) return this.opcodes;
    let [i, j] = [0, 0];
    const answer: Opcode[] = [];
    for (const [ai, bj, size] of this.get_matching_blocks() as number[][]) {
      let tag = "";
      if (i < ai! && j < bj!) tag = "replace";
      else if (i < ai!) tag = "delete";
      else if (j < bj!) tag = "insert";
      if (tag) answer.push(tup(tag, i, ai!, j, bj!));
      [i, j] = [ai! + size!, bj! + size!];
      if (size) answer.push(tup("equal", ai!, i, bj!, j));
    }
    this.opcodes = answer;
    return answer;
  }

  *get_grouped_opcodes(n = 3): Generator<Opcode[]> {
    let codes = [...this.get_opcodes()];
    if (codes.length === 0) codes = [tup("equal", 0, 1, 0, 1)];
    if (codes[0]![0] === "equal") {
      const [tag, i1, i2, j1, j2] = codes[0]!;
      codes[0] = tup(tag, Math.max(i1, i2 - n), i2, Math.max(j1, j2 - n), j2);
    }
    if (codes[codes.length - 1]![0] === "equal") {
      const [tag, i1, i2, j1, j2] = codes[codes.length - 1]!;
      codes[codes.length - 1] = tup(tag, i1, Math.min(i2, i1 + n), j1, Math.min(j2, j1 + n));
    }
    const nn = n + n;
    let group: Opcode[] = [];
    for (const code of codes) {
      let [tag, i1, i2, j1, j2] = code;
      if (tag === "equal" && i2 - i1 > nn) {
        group.push(tup(tag, i1, Math.min(i2, i1 + n), j1, Math.min(j2, j1 + n)));
        yield group;
        group = [];
        [i1, j1] = [Math.max(i1, i2 - n), Math.max(j1, j2 - n)];
      }
      group.push(tup(tag, i1, i2, j1, j2));
    }
    if (group.length > 0 && !(group.length === 1 && group[0]![0] === "equal")) yield group;
  }

  ratio(): number {
    const matches = (this.get_matching_blocks() as number[][]).reduce((s, m) => s + m[2]!, 0);
    return ratioOf(matches, this.sa.length + this.sb.length);
  }

  quick_ratio(): number {
    if (this.fullbcount === null) {
      this.fullbcount = new Map();
      for (const elt of this.sb) this.fullbcount.set(keyOf(elt), (this.fullbcount.get(keyOf(elt)) ?? 0) + 1);
    }
    const avail = new Map<unknown, number>();
    let matches = 0;
    for (const elt of this.sa) {
      const k = keyOf(elt);
      const numb = avail.has(k) ? avail.get(k)! : (this.fullbcount.get(k) ?? 0);
      avail.set(k, numb - 1);
      if (numb > 0) matches++;
    }
    return ratioOf(matches, this.sa.length + this.sb.length);
  }

  real_quick_ratio(): number {
    const [la, lb] = [this.sa.length, this.sb.length];
    return ratioOf(Math.min(la, lb), la + lb);
  }
}

/** `get_close_matches(word, possibilities, n=3, cutoff=0.6)`: best first, ties by the larger string. */
function get_close_matches(word: unknown, possibilities: unknown, n: unknown = 3, cutoff: unknown = 0.6): unknown[] {
  const count = Number(n);
  const cut = Number(cutoff);
  if (!(count > 0)) throw new ValueError(`n must be > 0: ${repr(n)}`);
  if (!(cut >= 0 && cut <= 1)) throw new ValueError(`cutoff must be in [0.0, 1.0]: ${repr(cutoff)}`);
  const scored: [number, unknown][] = [];
  const s = new SequenceMatcher();
  s.set_seq2(word);
  for (const x of iter(possibilities as Iterable<unknown>) as Iterable<unknown>) {
    s.set_seq1(x);
    if (Number(s.real_quick_ratio()) >= cut && Number(s.quick_ratio()) >= cut && Number(s.ratio()) >= cut) scored.push([Number(s.ratio()), x]);
  }
  scored.sort((p, q) => q[0] - p[0] || compare(q[1], p[1]));
  return scored.slice(0, count).map(([, x]) => x);
}

function keepOriginalWs(s: string, tags: string): string {
  const sc = [...s];
  return [...tags].map((t, i) => (t === " " && i < sc.length && /\s/.test(sc[i]!) ? sc[i]! : t)).slice(0, Math.min(sc.length, [...tags].length)).join("");
}

/** `difflib.Differ(linejunk=None, charjunk=None)`: the line-by-line delta behind ndiff. */
export class Differ {
  static __module__ = "difflib";
  constructor(
    public linejunk: ((x: Elt) => unknown) | null = null,
    public charjunk: ((x: Elt) => unknown) | null = null,
  ) {}

  *compare(a: unknown, b: unknown): Generator<string> {
    const la = seq(a) as string[];
    const lb = seq(b) as string[];
    const cruncher = new SequenceMatcher(this.linejunk, la, lb);
    for (const [tag, alo, ahi, blo, bhi] of cruncher.get_opcodes()) {
      if (tag === "replace") yield* this.fancyReplace(la, alo, ahi, lb, blo, bhi);
      else if (tag === "delete") yield* dump("-", la, alo, ahi);
      else if (tag === "insert") yield* dump("+", lb, blo, bhi);
      else yield* dump(" ", la, alo, ahi);
    }
  }

  private *plainReplace(a: string[], alo: number, ahi: number, b: string[], blo: number, bhi: number): Generator<string> {
    if (bhi - blo < ahi - alo) {
      yield* dump("+", b, blo, bhi);
      yield* dump("-", a, alo, ahi);
    } else {
      yield* dump("-", a, alo, ahi);
      yield* dump("+", b, blo, bhi);
    }
  }

  private *fancyReplace(a: string[], alo: number, ahi: number, b: string[], blo: number, bhi: number): Generator<string> {
    let bestRatio = 0.74;
    const cutoff = 0.75;
    const cruncher = new SequenceMatcher(this.charjunk);
    let eqi: number | null = null;
    let eqj: number | null = null;
    let bestI = 0;
    let bestJ = 0;
    for (let j = blo; j < bhi; j++) {
      const bj = b[j]!;
      cruncher.set_seq2(bj);
      for (let i = alo; i < ahi; i++) {
        const ai = a[i]!;
        if (ai === bj) {
          if (eqi === null) [eqi, eqj] = [i, j];
          continue;
        }
        cruncher.set_seq1(ai);
        if (Number(cruncher.real_quick_ratio()) > bestRatio && Number(cruncher.quick_ratio()) > bestRatio && Number(cruncher.ratio()) > bestRatio) {
          [bestRatio, bestI, bestJ] = [Number(cruncher.ratio()), i, j];
        }
      }
    }
    if (bestRatio < cutoff) {
      if (eqi === null) {
        yield* this.plainReplace(a, alo, ahi, b, blo, bhi);
        return;
      }
      [bestI, bestJ, bestRatio] = [eqi, eqj!, 1.0];
    } else eqi = null;
    yield* this.fancyHelper(a, alo, bestI, b, blo, bestJ);
    const [aelt, belt] = [a[bestI]!, b[bestJ]!];
    if (eqi === null) {
      let atags = "";
      let btags = "";
      cruncher.set_seqs(aelt, belt);
      for (const [tag, ai1, ai2, bj1, bj2] of cruncher.get_opcodes()) {
        const [la, lb] = [ai2 - ai1, bj2 - bj1];
        if (tag === "replace") {
          atags += "^".repeat(la);
          btags += "^".repeat(lb);
        } else if (tag === "delete") atags += "-".repeat(la);
        else if (tag === "insert") btags += "+".repeat(lb);
        else {
          atags += " ".repeat(la);
          btags += " ".repeat(lb);
        }
      }
      yield* qformat(aelt, belt, atags, btags);
    } else yield "  " + aelt;
    yield* this.fancyHelper(a, bestI + 1, ahi, b, bestJ + 1, bhi);
  }

  private *fancyHelper(a: string[], alo: number, ahi: number, b: string[], blo: number, bhi: number): Generator<string> {
    if (alo < ahi) {
      if (blo < bhi) yield* this.fancyReplace(a, alo, ahi, b, blo, bhi);
      else yield* dump("-", a, alo, ahi);
    } else if (blo < bhi) yield* dump("+", b, blo, bhi);
  }
}

function* dump(tag: string, x: string[], lo: number, hi: number): Generator<string> {
  for (let i = lo; i < hi; i++) yield `${tag} ${x[i]}`;
}

function* qformat(aline: string, bline: string, atags: string, btags: string): Generator<string> {
  atags = keepOriginalWs(aline, atags).trimEnd();
  btags = keepOriginalWs(bline, btags).trimEnd();
  yield "- " + aline;
  if (atags) yield `? ${atags}\n`;
  yield "+ " + bline;
  if (btags) yield `? ${btags}\n`;
}

function IS_LINE_JUNK(line: string): boolean {
  return /^\s*(?:#\s*)?$/.test(line);
}

function IS_CHARACTER_JUNK(ch: string, ws = " \t"): boolean {
  return ws.includes(ch);
}

function checkTypes(a: unknown[], b: unknown[], args: unknown[]): void {
  for (const x of [a, b]) {
    if (x.length > 0 && typeof x[0] !== "string") throw new TypeError(`lines to compare must be str, not ${pyTypeName(x[0])} (${repr(x[0])})`);
  }
  for (const arg of args) if (typeof arg !== "string") throw new TypeError(`all arguments must be str, not: ${repr(arg)}`);
}

interface DiffOptions {
  fromfile?: string;
  tofile?: string;
  fromfiledate?: string;
  tofiledate?: string;
  n?: number;
  lineterm?: string;
}

function diffArgs(rest: any[]): Required<DiffOptions> {
  const kw = Object.fromEntries(takeKwargs(rest)) as DiffOptions;
  const names = ["fromfile", "tofile", "fromfiledate", "tofiledate", "n", "lineterm"] as const;
  const o: any = { fromfile: "", tofile: "", fromfiledate: "", tofiledate: "", n: 3, lineterm: "\n" };
  names.forEach((name, i) => {
    if (rest[i] !== undefined) o[name] = rest[i];
    if (kw[name] !== undefined) o[name] = kw[name];
  });
  return o;
}

function unifiedRange(start: number, stop: number): string {
  let beginning = start + 1;
  const length = stop - start;
  if (length === 1) return `${beginning}`;
  if (!length) beginning -= 1;
  return `${beginning},${length}`;
}

/** `unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n')`. */
function* unified_diff(a: unknown, b: unknown, ...rest: any[]): Generator<string> {
  const o = diffArgs(rest);
  const la = seq(a);
  const lb = seq(b);
  checkTypes(la, lb, [o.fromfile, o.tofile, o.fromfiledate, o.tofiledate, o.lineterm]);
  let started = false;
  for (const group of new SequenceMatcher(null, la, lb).get_grouped_opcodes(o.n)) {
    if (!started) {
      started = true;
      yield `--- ${o.fromfile}${o.fromfiledate ? "\t" + o.fromfiledate : ""}${o.lineterm}`;
      yield `+++ ${o.tofile}${o.tofiledate ? "\t" + o.tofiledate : ""}${o.lineterm}`;
    }
    const [first, last] = [group[0]!, group[group.length - 1]!];
    yield `@@ -${unifiedRange(first[1], last[2])} +${unifiedRange(first[3], last[4])} @@${o.lineterm}`;
    for (const [tag, i1, i2, j1, j2] of group) {
      if (tag === "equal") {
        for (const line of la.slice(i1, i2)) yield " " + line;
        continue;
      }
      if (tag === "replace" || tag === "delete") for (const line of la.slice(i1, i2)) yield "-" + line;
      if (tag === "replace" || tag === "insert") for (const line of lb.slice(j1, j2)) yield "+" + line;
    }
  }
}

function contextRange(start: number, stop: number): string {
  let beginning = start + 1;
  const length = stop - start;
  if (!length) beginning -= 1;
  if (length <= 1) return `${beginning}`;
  return `${beginning},${beginning + length - 1}`;
}

/** `context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3, lineterm='\n')`. */
function* context_diff(a: unknown, b: unknown, ...rest: any[]): Generator<string> {
  const o = diffArgs(rest);
  const la = seq(a);
  const lb = seq(b);
  checkTypes(la, lb, [o.fromfile, o.tofile, o.fromfiledate, o.tofiledate, o.lineterm]);
  const prefix: Record<string, string> = { insert: "+ ", delete: "- ", replace: "! ", equal: "  " };
  let started = false;
  for (const group of new SequenceMatcher(null, la, lb).get_grouped_opcodes(o.n)) {
    if (!started) {
      started = true;
      yield `*** ${o.fromfile}${o.fromfiledate ? "\t" + o.fromfiledate : ""}${o.lineterm}`;
      yield `--- ${o.tofile}${o.tofiledate ? "\t" + o.tofiledate : ""}${o.lineterm}`;
    }
    const [first, last] = [group[0]!, group[group.length - 1]!];
    yield "***************" + o.lineterm;
    yield `*** ${contextRange(first[1], last[2])} ****${o.lineterm}`;
    if (group.some(([tag]) => tag === "replace" || tag === "delete")) {
      for (const [tag, i1, i2] of group) if (tag !== "insert") for (const line of la.slice(i1, i2)) yield prefix[tag] + line;
    }
    yield `--- ${contextRange(first[3], last[4])} ----${o.lineterm}`;
    if (group.some(([tag]) => tag === "replace" || tag === "insert")) {
      for (const [tag, , , j1, j2] of group) if (tag !== "delete") for (const line of lb.slice(j1, j2)) yield prefix[tag] + line;
    }
  }
}

/** `ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK)`. */
function ndiff(a: unknown, b: unknown, linejunk: ((x: Elt) => unknown) | null = null, charjunk?: ((x: Elt) => unknown) | null): Generator<string> {
  return new Differ(linejunk, charjunk === undefined ? (IS_CHARACTER_JUNK as (x: Elt) => unknown) : charjunk).compare(a, b);
}

/** `restore(delta, which)`: one of the two inputs of an ndiff delta. */
function* restore(delta: unknown, which: unknown): Generator<string> {
  const w = Number(which);
  if (w !== 1 && w !== 2) throw new ValueError(`unknown delta choice (must be 1 or 2): ${repr(which)}`);
  const tag = w === 1 ? "- " : "+ ";
  for (const line of iter(delta as Iterable<string>) as Iterable<string>) if (line.slice(0, 2) === "  " || line.slice(0, 2) === tag) yield line.slice(2);
}

export const difflib = { Differ, IS_CHARACTER_JUNK, IS_LINE_JUNK, Match, SequenceMatcher, context_diff, get_close_matches, ndiff, restore, unified_diff };
