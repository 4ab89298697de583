/**
 * What typeshed says about a standard module: its public names, each
 * function's parameters and result type. The data is generated from the
 * stubs by scripts/gen-stdlib.mjs into grammar-mappings/typeshed/ and read
 * here lazily, one module at a time, when a program imports it.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type StubParamKind = "positional" | "normal" | "keyword" | "varargs" | "kwargs";

export interface StubParam {
  name: string;
  kind: StubParamKind;
  default?: boolean;
  type?: string;
}

export interface StubSignature {
  params: StubParam[];
  returns?: string;
  async?: boolean;
}

export type StubEntry =
  | { kind: "function"; sigs: StubSignature[]; overloaded?: boolean; static?: boolean; classmethod?: boolean; from?: string }
  | { kind: "class"; bases: string[]; members: Record<string, StubEntry>; metaclass?: string; from?: string }
  | { kind: "constant" | "attribute" | "property"; type?: string; from?: string }
  | { kind: "module"; module: string }
  | { kind: "alias"; of: string; from?: string };

export interface ModuleStub {
  module: string;
  /** `__all__`: what `from m import *` binds (absent: every public name). */
  all?: string[];
  names: Record<string, StubEntry>;
}

const cache = new Map<string, ModuleStub | null>();

/** The stub data of a module, or null when tsyncio has none for it. */
export function moduleStub(module: string): ModuleStub | null {
  if (cache.has(module)) return cache.get(module)!;
  const url = new URL(`../../grammar-mappings/typeshed/${module}.json`, import.meta.url);
  const file = fileURLToPath(url);
  const stub = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ModuleStub) : null;
  cache.set(module, stub);
  return stub;
}

/** The names `from m import *` binds. */
export function starNames(stub: ModuleStub): string[] {
  return stub.all ?? Object.keys(stub.names).filter((n) => !n.startsWith("_"));
}

/** The signatures a call of this entry binds against: a function's, or a class's constructor (without self). */
export function callSignatures(entry: StubEntry | undefined): StubSignature[] | null {
  if (!entry) return null;
  if (entry.kind === "function") return entry.sigs;
  if (entry.kind === "class") {
    const init = entry.members["__init__"];
    const ctor = init?.kind === "function" ? init : entry.members["__new__"];
    // The generator has already dropped `self` / `cls`.
    if (ctor?.kind === "function") return ctor.sigs;
  }
  return null;
}

/**
 * One signature for a function's overloads, as the function really takes its
 * arguments: overloads describe types, and a parameter that one overload
 * makes keyword-only (`count(*, step)`) is positional in another
 * (`count(start, step)`). Positions come from the overload with the most;
 * as many leading positions are required as every overload requires.
 */
export function mergedSignature(sigs: StubSignature[]): StubSignature {
  if (sigs.length === 1) return sigs[0]!;
  const positional = (s: StubSignature) => s.params.filter((p) => p.kind === "positional" || p.kind === "normal");
  const widest = sigs.reduce((a, b) => (positional(b).length > positional(a).length ? b : a));
  const required = (name: string) => sigs.every((s) => s.params.some((p) => p.name === name && !p.default && p.kind !== "varargs" && p.kind !== "kwargs"));
  // Positions differ between overloads (`islice(it, stop)`, `islice(it, start, stop)`): count the required ones.
  const requiredCount = Math.min(...sigs.map((s) => positional(s).filter((p) => !p.default).length));
  const params: StubParam[] = positional(widest).map((p, i) => {
    const keywordSomewhere = sigs.some((s) => s.params.some((q) => q.name === p.name && (q.kind === "normal" || q.kind === "keyword")));
    return { name: p.name, kind: keywordSomewhere ? "normal" : "positional", ...(i < requiredCount ? {} : { default: true }) };
  });
  const taken = new Set(params.map((p) => p.name));
  for (const s of sigs) {
    for (const p of s.params) {
      if (taken.has(p.name) || p.kind === "positional" || p.kind === "normal") continue;
      taken.add(p.name);
      params.push(p.kind === "keyword" ? { name: p.name, kind: "keyword", ...(required(p.name) ? {} : { default: true }) } : { name: p.name, kind: p.kind });
    }
  }
  const results = new Set(sigs.map((s) => s.returns));
  return { params, ...(results.size === 1 && sigs[0]!.returns ? { returns: sigs[0]!.returns } : {}) };
}
