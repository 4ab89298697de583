/**
 * Binding a call of a standard-library function by typeshed's signature.
 * The runtime implements each function with Python's parameters in order:
 * positional-or-keyword parameters are positions (a keyword goes to its
 * parameter's position, skipped ones get `undefined`), keyword-only ones
 * and `**kwargs` travel in one trailing object. A mapping row may list
 * further `options` its runtime takes in that object.
 */
import { mergedSignature, type StubParam, type StubSignature } from "../mappings/typeshed.js";
import type { CallArgs } from "./arguments.js";

export type StubBinding = { codes: string[]; sig: StubSignature } | { error: string } | { unsupported: string };

/** The runtime's names a binding may need: `kwargsEntries`, and `bindStdlibArgs` for a binding only the run time can do. */
export type StubRuntime = (name: "kwargsEntries" | "bindStdlibArgs") => string;

const SPEC_KIND = { positional: "p", normal: "n", keyword: "k", varargs: "*", kwargs: "**" } as const;

/** `f(*xs, k=v)` or `f(k=v, **m)` where a keyword may land on a position: bound by bindStdlibArgs at run time. */
function runtimeBinding(sig: StubSignature, args: CallArgs, codes: string[], options: readonly string[], callee: string, rt: StubRuntime): StubBinding {
  const params = sig.params.map((p) => [p.name, p.kind === "normal" && options.includes(p.name) ? "o" : SPEC_KIND[p.kind], ...(p.default ? [true] : [])]);
  const keywords = [...args.keywords.map((k) => `[${JSON.stringify(k.name)}, ${k.value.code}] as const`), ...args.kwSplat.map((s) => `...${rt("kwargsEntries")}(${s.code})`)];
  return { codes: [`...${rt("bindStdlibArgs")}(${JSON.stringify(callee)}, ${JSON.stringify(params)}, [${codes.join(", ")}], [${keywords.join(", ")}])`], sig };
}

function bindOne(sig: StubSignature, args: CallArgs, codes: string[], options: readonly string[], callee: string, kwargsEntries: string, rt?: StubRuntime): StubBinding {
  const positional = sig.params.filter((p) => p.kind === "positional" || p.kind === "normal");
  const varargs = sig.params.some((p) => p.kind === "varargs");
  const kwargs = sig.params.some((p) => p.kind === "kwargs");
  if (rt && atRunTime(positional, kwargs, args, options)) return runtimeBinding(sig, args, codes, options, callee, rt);
  if (!kwargs && !sig.params.some((p) => p.kind === "normal" || p.kind === "keyword") && args.keywords.some((k) => !options.includes(k.name))) {
    // CPython's words for a callable that takes no keyword at all (`Exception("x", code=1)`).
    return { error: `${callee}() takes no keyword arguments` };
  }
  // With `f(*xs)` the positions are known only at run time: keywords can only be options.
  const given = args.hasSplat ? Infinity : codes.length;
  if (!args.hasSplat && given > positional.length && !varargs) {
    return { error: `${callee}() takes at most ${positional.length} positional argument${positional.length === 1 ? "" : "s"} (${given} given)` };
  }
  const slots: (string | undefined)[] = [...codes];
  const object: string[] = [];
  const named = new Set<string>();
  for (const k of args.keywords) {
    const i = positional.findIndex((p) => p.name === k.name && p.kind === "normal");
    const param: StubParam | undefined = positional[i] ?? sig.params.find((p) => p.name === k.name && p.kind === "keyword");
    if (param?.kind === "normal" && !options.includes(k.name)) {
      if (i < given) return { error: `${callee}() got multiple values for argument '${k.name}'` };
      slots[i] = k.value.code;
    } else if (param || kwargs || options.includes(k.name)) {
      object.push(`${JSON.stringify(k.name)}: ${k.value.code}`);
    } else {
      return { error: `${callee}() got an unexpected keyword argument '${k.name}'` };
    }
    named.add(k.name);
  }
  if (!args.hasSplat && args.kwSplat.length === 0) {
    const missing = sig.params.find((p, i) => !p.default && ((p.kind === "positional" || p.kind === "normal") && i >= given && !named.has(p.name) || (p.kind === "keyword" && !named.has(p.name))));
    if (missing) return { error: `${callee}() missing required argument '${missing.name}'` };
  }
  if (args.kwSplat.length > 0) {
    // `**m` can only fill the trailing object: a key naming a positional parameter would land in the wrong place.
    const open = positional.some((p, i) => p.kind === "normal" && (i >= given || slots[i] === undefined) && !named.has(p.name));
    if (open || !(kwargs || sig.params.some((p) => p.kind === "keyword"))) return { unsupported: `'**' arguments to ${callee}() whose keys may name positional parameters` };
    for (const s of args.kwSplat) object.push(`...Object.fromEntries(${kwargsEntries}(${s.code}))`);
  }
  const out = Array.from(slots, (c) => c ?? "undefined");
  if (object.length > 0) out.push(`{ ${object.join(", ")} }`);
  return { codes: out, sig };
}

/** Whether the call's positions are known only at run time while a keyword may name a positional parameter. */
function atRunTime(positional: StubParam[], hasKwargs: boolean, args: CallArgs, options: readonly string[]): boolean {
  // A parameter a key of `**m` could fill: positional-or-keyword, after the positions given, named by no keyword.
  const given = args.hasSplat ? 0 : args.positional.length;
  const open = positional.some((p, i) => p.kind === "normal" && i >= given && !options.includes(p.name) && !args.keywords.some((k) => k.name === p.name));
  // Without `**kwargs` in the signature, a key naming nothing must raise CPython's TypeError: only the run time sees the keys.
  if (args.kwSplat.length > 0) return open || !hasKwargs;
  return args.hasSplat && args.keywords.some((k) => positional.some((p) => p.name === k.name && p.kind === "normal" && !options.includes(k.name)));
}

/**
 * The call bound to the function's (merged) signature, or the TypeError
 * Python would raise. With `rt`, a call whose binding depends on run-time
 * values (`*xs`, `**m`) is bound at run time; without, it is refused.
 */
export function bindStubArgs(sigs: StubSignature[], args: CallArgs, codes: string[], options: readonly string[], callee: string, kwargsEntries = "kwargsEntries", rt?: StubRuntime): StubBinding {
  return bindOne(mergedSignature(sigs), args, codes, options, callee, kwargsEntries, rt);
}
