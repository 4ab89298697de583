/**
 * Matching a call's arguments to the callee's parameters. Python binds
 * keywords by name; TypeScript only has positions. When the signature is
 * known, keywords are placed at their parameter's position and skipped
 * optional parameters get `undefined` (which triggers the TS default).
 */
import type { ParamInfo } from "../analyze/analysis.js";
import type { PyType } from "../analyze/types.js";
import { noteArguments } from "./assigned-types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { expr } from "./expressions.js";

export interface CallArgs {
  positional: Expr[];
  /** `*xs` in the call, already spread (`...xs`). */
  hasSplat: boolean;
  keywords: { name: string; value: Expr; node: SyntaxNode }[];
  /** `**kw` in the call. */
  kwSplat: Expr[];
  /** Source offsets of the `**kw` items, to interleave them with keywords in order. */
  kwSplatAt?: number[];
}

export function readArgs(argList: SyntaxNode | null, ctx: Context): CallArgs {
  const out: CallArgs = { positional: [], hasSplat: false, keywords: [], kwSplat: [], kwSplatAt: [] };
  if (!argList) return out;
  if (argList.type === "generator_expression") {
    out.positional.push(expr(argList, ctx));
    return out;
  }
  for (const a of argList.namedChildren) {
    if (a.type === "comment") continue;
    if (a.type === "keyword_argument") {
      out.keywords.push({ name: a.childForFieldName("name")!.text, value: expr(a.childForFieldName("value")!, ctx), node: a });
    } else if (a.type === "list_splat") {
      const inner = expr(a.namedChildren[0]!, ctx);
      out.positional.push({ code: `...${inner.code}`, type: inner.type });
      out.hasSplat = true;
    } else if (a.type === "dictionary_splat") {
      out.kwSplat.push(expr(a.namedChildren[0]!, ctx));
      out.kwSplatAt!.push(a.startIndex);
    } else {
      const e = expr(a, ctx);
      if (e.code.startsWith("...")) out.hasSplat = true;
      out.positional.push(e);
    }
  }
  return out;
}

/**
 * Order of the TypeScript parameters for a Python signature: positional
 * ones, then keyword-only, then `**kwargs` as a Map, then `*args` as the rest
 * parameter (TypeScript wants it last).
 */
export function tsParamOrder(params: ParamInfo[]): ParamInfo[] {
  const varargs = params.filter((p) => p.kind === "vararg");
  const kwargs = params.filter((p) => p.kind === "kwargs");
  // With `*args`, keywords for `**kwargs` travel as a trailing Kwargs inside the rest array.
  const dropKwargs = varargs.length > 0;
  return [
    ...params.filter((p) => p.kind === "positional"),
    ...params.filter((p) => p.kind === "kwonly"),
    ...(dropKwargs ? [] : kwargs),
    ...varargs,
  ];
}

/** Arguments in TypeScript order for a known signature, or the TypeError Python would raise. */
/** `self` is 1 for a method called bound: CPython counts self in "takes N positional arguments but M were given". */
export function bindArgs(params: ParamInfo[], args: CallArgs, ctx: Context, callee: string, call: SyntaxNode, self = 0): string[] | { error: string } {
  const order = tsParamOrder(params);
  let error: string | null = null;
  const fail = (message: string) => {
    error ??= message;
  };
  const slots = new Map<string, string>();
  const types = new Map<string, PyType>();
  const extra: string[] = [];
  const positional = params.filter((p) => p.kind === "positional");
  const vararg = params.find((p) => p.kind === "vararg");
  const kwargsParam = order.find((p) => p.kind === "kwargs") ?? (vararg ? params.find((p) => p.kind === "kwargs") : undefined);
  const plainSpread = !params.some((p) => p.kind === "kwonly" || p.kind === "kwargs") && args.keywords.length === 0 && args.kwSplat.length === 0;
  if (args.hasSplat && plainSpread) {
    // Spread positionals reach positional parameters and *args in order, as in Python.
    return args.positional.map((a) => a.code);
  }
  if (args.hasSplat || (args.kwSplat.length > 0 && !vararg)) {
    // Lengths and keys known only at run time: the runtime binds them by the signature.
    return [`...${ctx.rt("bindBySignature")}(${signatureCode(params, `${self ? "@" : ""}${callee}`)}, ${positionalList(args)}, ${keywordList(args, ctx)})`];
  }
  args.positional.forEach((a, i) => {
    const p = positional[i];
    if (p) {
      slots.set(p.name, a.code);
      types.set(p.name, a.type);
    } else if (vararg) extra.push(a.code);
    else {
      const n = positional.length + self;
      const required = positional.filter((q) => !q.defaultNode).length + self;
      const given = args.positional.length + self;
      const takes = required < n ? `from ${required} to ${n} positional arguments` : `${n} positional argument${n === 1 ? "" : "s"}`;
      fail(`${callee}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`);
    }
  });
  const extraKw: string[] = [];
  for (const k of args.keywords) {
    const p = params.find((q) => q.name === k.name && (q.kind === "positional" || q.kind === "kwonly") && !q.posOnly);
    if (p && slots.has(p.name)) fail(`${callee}() got multiple values for argument '${k.name}'`);
    else if (p) {
      slots.set(p.name, k.value.code);
      types.set(p.name, k.value.type);
    }
    else if (!kwargsParam && params.some((q) => q.name === k.name && q.posOnly)) fail(`${callee}() got some positional-only arguments passed as keyword arguments: '${k.name}'`);
    else if (kwargsParam) extraKw.push(`[${JSON.stringify(k.name)}, ${k.value.code}]`);
    else fail(`${callee}() got an unexpected keyword argument '${k.name}'`);
  }
  const restKwargs = vararg && params.some((p) => p.kind === "kwargs");
  if (restKwargs && (extraKw.length > 0 || args.kwSplat.length > 0)) {
    const spreads = args.kwSplat.map((s) => `...${s.code}`);
    extra.push(`${ctx.rt("kw")}([${[...spreads, ...extraKw].join(", ")}])`);
  } else if (kwargsParam && (extraKw.length > 0 || args.kwSplat.length > 0)) {
    const spreads = args.kwSplat.map((s) => `...${s.code}`);
    slots.set(kwargsParam.name, `new Map<string, any>([${[...spreads, ...extraKw].join(", ")}])`);
  } else if (args.kwSplat.length > 0 && !restKwargs) {
    ctx.diag(call, "TSY1100", `**kwargs in a call to ${callee} cannot be matched to its parameters`);
  }
  const out: string[] = [];
  for (const p of order) {
    if (p.kind === "vararg") {
      out.push(...extra);
      continue;
    }
    const v = slots.get(p.name);
    if (v === undefined && !p.defaultNode && p.kind !== "kwargs") {
      fail(`${callee}() missing 1 required ${p.kind === "kwonly" ? "keyword-only" : "positional"} argument: '${p.name}'`);
    }
    out.push(v ?? "undefined");
  }
  if (error !== null) {
    ctx.diag(call, "TSY1201", `${error}: Python raises TypeError here, and so does the translation`, "warning");
    return { error };
  }
  noteArguments(ctx, params, types);
  // Trailing `undefined`s only restate the defaults.
  while (out.length > 0 && out[out.length - 1] === "undefined" && !vararg) out.pop();
  if (vararg && extra.length === 0) while (out.length > 0 && out[out.length - 1] === "undefined") out.pop();
  return out;
}

/** The positional arguments as an array literal (spreads included). */
export function positionalList(args: CallArgs): string {
  return `[${args.positional.map((a) => a.code).join(", ")}]`;
}

/** Keywords and `**mapping`s as an array of [name, value] pairs, in source order. */
export function keywordList(args: CallArgs, ctx: Context): string {
  const kws = [
    ...args.keywords.map((k) => ({ at: k.node.startIndex, code: `[${JSON.stringify(k.name)}, ${k.value.code}]` })),
    ...args.kwSplat.map((s, i) => ({ at: args.kwSplatAt?.[i] ?? Infinity, code: `...${ctx.rt("kwargsEntries")}(${s.code})` })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((k) => k.code);
  return `[${kws.join(", ")}]`;
}

/** A signature as compact Python-like text for the runtime to parse: `f(a, b=, /, c=, *args, d, **kw)`. */
export function signatureText(params: ParamInfo[], callee: string): string {
  const parts: string[] = [];
  const positional = params.filter((p) => p.kind === "positional");
  positional.forEach((p, i) => {
    parts.push(`${p.name}${p.defaultNode ? "=" : ""}`);
    if (p.posOnly && !positional[i + 1]?.posOnly) parts.push("/");
  });
  const vararg = params.find((p) => p.kind === "vararg");
  const kwonly = params.filter((p) => p.kind === "kwonly");
  if (vararg) parts.push(`*${vararg.name}`);
  else if (kwonly.length > 0) parts.push("*");
  for (const p of kwonly) parts.push(`${p.name}${p.defaultNode ? "=" : ""}`);
  const kwargs = params.find((p) => p.kind === "kwargs");
  if (kwargs) parts.push(`**${kwargs.name}`);
  return JSON.stringify(`${callee}(${parts.join(", ")})`);
}

/** A signature as the runtime's bindBySignature reads it. */
export function signatureCode(params: ParamInfo[], callee: string): string {
  return signatureText(params, callee);
}

/** Keywords as a trailing options object, for runtime functions that take one. */
export function optionsObject(args: CallArgs): string | null {
  if (args.keywords.length === 0) return null;
  return `{ ${args.keywords.map((k) => `${k.name}: ${k.value.code}`).join(", ")} }`;
}
