/**
 * Lambdas and comprehensions run in frames of their own in CPython
 * (`<lambda>`, 3.11's `<listcomp>`), so a traceback through one names it.
 * Their translations are arrow functions (or generator functions) inside the
 * statement's code, so the statement markers cannot place them. Instead the
 * transform puts a frame marker at the start of each such body (see
 * PositionMarks.frame); before formatting, the markers are taken out and
 * remembered by the function they open, counted in source order (prettier
 * neither adds nor removes nor reorders functions); after formatting, the
 * same functions are found again in the laid-out code and their bodies get
 * segments of their own in the position table. Taking the comments out
 * before prettier keeps the layout exactly that of a translation without a
 * map.
 */
import { createRequire } from "node:module";
import type { ts as TS } from "ts-morph";
import type { PositionSegment, PyPosition } from "./positions.js";

// Loaded with require (an ESM import of ts-morph makes Node scan all of it for named exports), and only
// when a translation has frame markers: loading the compiler is ~120 ms, most of a cold `convert`.
let tsModule: typeof TS | null = null;
function tsLib(): typeof TS {
  return (tsModule ??= (createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph")).ts);
}

/** Frame positions by the ordinal of the function whose body they open. */
export type FrameMarks = Map<number, PyPosition>;

function isFunction(node: TS.Node): node is TS.ArrowFunction | TS.FunctionExpression {
  const ts = tsLib();
  return ts.isArrowFunction(node) || ts.isFunctionExpression(node);
}

/** Every function expression of `text`, in source order (pre-order). */
function functionsOf(text: string): { sf: TS.SourceFile; fns: (TS.ArrowFunction | TS.FunctionExpression)[] } {
  const ts = tsLib();
  const sf = ts.createSourceFile("frames.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const fns: (TS.ArrowFunction | TS.FunctionExpression)[] = [];
  const visit = (n: TS.Node): void => {
    if (isFunction(n)) fns.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { sf, fns };
}

/** The text without the frame markers tagged `tag`, and which function each opened. */
export function takeFrameMarks(text: string, tag: string): { text: string; frames: FrameMarks } {
  const frames: FrameMarks = new Map();
  if (!text.includes(`/*${tag} `)) return { text, frames };
  const pattern = new RegExp(`/\\*${tag} (\\d+):(\\d+) ([^*]*)\\*/`, "g");
  const found = [...text.matchAll(pattern)].map((m) => ({ at: m.index!, pos: { line: Number(m[1]), column: Number(m[2]), scope: m[3]! } }));
  const { fns } = functionsOf(text);
  for (const { at, pos } of found) {
    // The innermost function whose body the marker is in.
    let owner = -1;
    fns.forEach((f, i) => {
      if (f.body.pos <= at && at < f.body.end) owner = i;
    });
    if (owner >= 0) frames.set(owner, pos);
  }
  return { text: text.replace(pattern, ""), frames };
}

function before(a: { genLine: number; genColumn: number }, line: number, column: number): boolean {
  return a.genLine < line || (a.genLine === line && a.genColumn <= column);
}

/**
 * The position table of the formatted `code` with the marked functions'
 * bodies mapped to their own frames: from the body's start to its end, then
 * back to what encloses it.
 */
export function addFrameSegments(code: string, segments: PositionSegment[], frames: FrameMarks): PositionSegment[] {
  if (frames.size === 0) return segments;
  const { sf, fns } = functionsOf(code);
  let table = [...segments];
  // Outer functions first: an inner one's end goes back to the outer frame.
  fns.forEach((f, i) => {
    const pos = frames.get(i);
    if (!pos) return;
    const start = sf.getLineAndCharacterOfPosition(f.body.getStart(sf));
    const end = sf.getLineAndCharacterOfPosition(f.body.getEnd());
    const enclosing = table.filter((s) => before(s, start.line, start.character)).pop();
    const inside = (s: PositionSegment) => before({ genLine: start.line, genColumn: start.character }, s.genLine, s.genColumn) && before(s, end.line, end.character);
    table = table.filter((s) => !inside(s));
    table.push({ ...pos, genLine: start.line, genColumn: start.character });
    for (let line = start.line + 1; line <= end.line; line++) table.push({ ...pos, genLine: line, genColumn: 0 });
    if (enclosing) table.push({ line: enclosing.line, column: enclosing.column, scope: enclosing.scope, genLine: end.line, genColumn: end.character });
    table.sort((a, b) => a.genLine - b.genLine || a.genColumn - b.genColumn);
  });
  return table;
}
