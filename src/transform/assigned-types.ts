/**
 * TypeScript types for variable declarations that precede some of their
 * stores: a name declared at the top of a function (`let x`) and one whose
 * first value is not its only kind (`let best = null`, later a number). The
 * declaration is written before the rest of the body is translated, so it
 * holds a slot that is filled once the body is done, with the union of the
 * TypeScript types of every value stored in the variable.
 *
 * These types only annotate: what the transforms emit for a read is decided
 * by the read type (var-types.ts), so a union here never changes behaviour.
 * A variable bound by anything but assignments and for loops, or that
 * stores a value of unknown type, stays `any`.
 *
 * Parameters likewise: an unannotated parameter of a function that the
 * module only ever calls directly (analyze/call-site-types.ts callOnlyParams)
 * is typed with the union of what every call passes, its default included.
 * When the calls translated are not all the calls the analysis counted, it
 * stays `any`.
 */
import type { FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import type { Binding, Scope } from "../analyze/scopes.js";
import type { SyntaxNode } from "../parse/parser.js";
import { tsType, type PyType } from "../analyze/types.js";
import type { Context } from "./context.js";

const slots = new WeakMap<Context, Map<string, Binding | ParamInfo>>();
/** What each call passed to a parameter; "default" when the call left it out. */
const passed = new WeakMap<ParamInfo, (string[] | null | "default")[]>();
const defaults = new WeakMap<ParamInfo, string[] | null>();
const expectedCalls = new WeakMap<ParamInfo, number>();
const STORES = new Set(["assign", "for", "walrus"]);

/**
 * A placeholder for the type of an unannotated parameter whose every call is
 * seen, or null. `def`: the type of its default value.
 */
export function paramSlot(ctx: Context, fn: FunctionInfo, p: ParamInfo, def: PyType | undefined): string | null {
  const info = ctx.analysis.callOnly?.get(fn);
  if (!info || !info.params.includes(p) || p.annotated) return null;
  expectedCalls.set(p, info.calls);
  if (def) defaults.set(p, spelled(ctx, def));
  return typeSlot(ctx, p);
}

/** A call bound these argument types to these parameters (undefined: left to the default). */
export function noteArguments(ctx: Context, params: readonly ParamInfo[], types: ReadonlyMap<string, PyType>): void {
  for (const p of params) {
    if (p.kind !== "positional" && p.kind !== "kwonly") continue;
    const list = passed.get(p) ?? [];
    const t = types.get(p.name);
    list.push(t ? spelled(ctx, t) : "default");
    passed.set(p, list);
  }
}

function paramTsType(ctx: Context, p: ParamInfo): string {
  const list = passed.get(p) ?? [];
  if (list.length === 0 || list.length !== expectedCalls.get(p)) return "any";
  const def = defaults.get(p);
  const types = list.map((t) => (t === "default" ? def : t));
  if (def) types.push(def);
  return types.some((t) => t === undefined) ? "any" : joinSpelled(types as (string[] | null)[]);
}

/** A placeholder for the declared type of `b`, filled by fillTypeSlots. */
export function typeSlot(ctx: Context, b: Binding | ParamInfo): string {
  let m = slots.get(ctx);
  if (!m) slots.set(ctx, (m = new Map()));
  const id = `__tsyType${m.size}$__`;
  m.set(id, b);
  return id;
}

/** The lines with every slot replaced by its variable's type. */
export function fillTypeSlots(ctx: Context, lines: string[]): string[] {
  const m = slots.get(ctx);
  if (!m || m.size === 0) return lines;
  return lines.map((l) => (l.includes("__tsyType") ? l.replace(/__tsyType\d+\$__/g, (id) => slotType(ctx, m.get(id))) : l));
}

function slotType(ctx: Context, x: Binding | ParamInfo | undefined): string {
  if (x && "kind" in x) return paramTsType(ctx, x);
  return storedTsType(ctx, x);
}

/** The union of the types stored in a variable, or `any` when one of them is unknown. */
export function storedTsType(ctx: Context, b: Binding | undefined): string {
  if (!b || ![...b.kinds].every((k) => STORES.has(k))) return "any";
  return joinSpelled(ctx.varTypes.storedTypes(b).map((t) => spelled(ctx, t)));
}

/** One union of the members of several types; `any` when there are none or one is unknown. */
function joinSpelled(types: readonly (string[] | null)[]): string {
  if (types.length === 0) return "any";
  const parts: string[] = [];
  for (const ts of types) {
    if (ts === null) return "any";
    for (const p of ts) if (!parts.includes(p)) parts.push(p);
  }
  return parts.join(" | ");
}

/** The union members a value of this type adds, or null when it says nothing TypeScript can use. */
function spelled(ctx: Context, t: PyType): string[] | null {
  if (t.k === "union") {
    const out: string[] = [];
    for (const u of t.of) {
      const s = spelled(ctx, u);
      if (s === null) return null;
      out.push(...s);
    }
    return out;
  }
  // Only the program's classes are TypeScript types by their Python name (a builtin's `range` is not).
  if (t.k === "instance" && !ctx.classNamed(t.name)) return null;
  if (t.k === "named" && !/^(Generator|AsyncGenerator|Iterator|AsyncIterator|Iterable)</.test(t.ts) && ctx.analysis.classNames.get(t.ts) !== "alias") return null;
  const ts = t.k === "func" ? "any" : tsType(t);
  if (/\bany\b/.test(ts)) return null;
  return [/[|&]|=>/.test(ts) && !/^(Map|Set|readonly \[)/.test(ts) ? `(${ts})` : ts];
}

/** What each generator's body yields, by the generator's scope (a method's view shares it). */
const yields = new WeakMap<Scope, (string[] | null)[]>();

/**
 * `bare`: a `yield` without a value yields undefined, which the runtime reads
 * as None but TypeScript does not take for the `null` the transform types it as.
 */
export function noteYieldType(ctx: Context, fn: FunctionInfo, t: PyType, bare = false): void {
  const list = yields.get(fn.scope) ?? [];
  list.push(bare ? null : spelled(ctx, t));
  yields.set(fn.scope, list);
}

/**
 * `Generator<Y, R, N>` for a generator whose body has been translated: Y the
 * union of what it yields (or `yieldAnnotated`, from a `-> Iterator[T]`), R
 * `void` when no `return` gives a value, N `unknown` when no `yield` is used
 * as a value (nothing it is sent is read).
 */
export function generatorAnnotation(fn: FunctionInfo, yieldAnnotated: string | null): string {
  const y = yieldAnnotated ?? joinSpelled(yields.get(fn.scope) ?? []);
  const body = fn.node.childForFieldName("body");
  const own = body ? ownNodes(body) : [];
  const r = own.some((n) => n.type === "return_statement" && n.namedChildren.some((c) => c.type !== "comment")) ? "any" : "void";
  const n = own.some((n) => n.type === "yield" && n.parent?.type !== "expression_statement") ? "any" : "unknown";
  return `${fn.isAsync ? "AsyncGenerator" : "Generator"}<${y}, ${r}, ${n}>`;
}

/** The nodes of a body outside its nested functions, lambdas and classes. */
function ownNodes(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  for (const c of node.namedChildren) {
    if (c.type === "function_definition" || c.type === "lambda" || c.type === "class_definition") continue;
    out.push(c);
    ownNodes(c, out);
  }
  return out;
}
