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

function bindOne(sig: StubSignature, args: CallArgs, codes: string[], options: readonly string[], callee: string, kwargsEntries: string): StubBinding {
  const positional = sig.params.filter((p) => p.kind === "positional" || p.kind === "normal");
  const varargs = sig.params.some((p) => p.kind === "varargs");
  const kwargs = sig.params.some((p) => p.kind === "kwargs");
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

/** The call bound to the function's (merged) signature, or the TypeError Python would raise. */
export function bindStubArgs(sigs: StubSignature[], args: CallArgs, codes: string[], options: readonly string[], callee: string, kwargsEntries = "kwargsEntries"): StubBinding {
  return bindOne(mergedSignature(sigs), args, codes, options, callee, kwargsEntries);
}
