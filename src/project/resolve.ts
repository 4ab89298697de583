/**
 * Answers questions about a project's modules from their summaries alone:
 * what `from m import x` reaches once re-exports are followed, what a class
 * offers once its bases (possibly in other modules) are merged, and which
 * of a module's variables other modules assign.
 */
import type { PyType } from "../analyze/types.js";
import type { FunctionSummary, ModuleSummary, NameSummary } from "./summary.js";

/** What a name reached through imports is in the end. */
export type Member =
  | { kind: "module"; module: string }
  | { kind: "name"; module: string; name: string; summary: NameSummary }
  /** A name imported from a module outside the project (asyncio, json …). */
  | { kind: "external"; module: string; name?: string };

/** A class with the methods and dataclass fields of its bases merged in, base first. */
export interface FlatClass {
  module: string;
  name: string;
  isDataclass: boolean;
  fields: { name: string; type: PyType; hasDefault: boolean }[];
  methods: Record<string, FunctionSummary>;
  attributes: string[];
  instanceFields: string[];
  /** Whether the class derives from BaseException, as far as the project can tell. */
  isException: boolean;
}

const EXCEPTION_BASES = /^(Base)?Exception$|Error$|^(Stop(Async)?Iteration|GeneratorExit|KeyboardInterrupt|SystemExit)$/;

export class ProjectModules {
  /** Every package that holds a module, `__init__.py` or not. */
  private readonly packages = new Set<string>();
  private writes: Map<string, Set<string>> | undefined;

  constructor(readonly summaries: Readonly<Record<string, ModuleSummary>>) {
    for (const m of Object.keys(summaries)) {
      const parts = m.split(".");
      for (let i = 1; i < parts.length; i++) this.packages.add(parts.slice(0, i).join("."));
    }
  }

  /** Whether a module of the project starts worker processes: a worker may then be sent a function of any module. */
  startsWorkers(): boolean {
    return Object.values(this.summaries).some((s) => s.startsWorkers === true);
  }

  has(module: string): boolean {
    return this.summaries[module] !== undefined;
  }

  /** `module.name` as Python's `from module import name` finds it: an attribute first, then a submodule. */
  member(module: string, name: string, seen = new Set<string>()): Member | null {
    const key = `${module}:${name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const own = this.summaries[module]?.names[name];
    if (own?.kind === "import" && own.import) {
      const target = own.import;
      if (target.name === undefined) return this.moduleOrExternal(target.module);
      if (!this.has(target.module) && !this.has(`${target.module}.${target.name}`)) return { kind: "external", module: target.module, name: target.name };
      return this.member(target.module, target.name, seen);
    }
    if (own) return { kind: "name", module, name, summary: own };
    for (const from of this.summaries[module]?.star ?? []) {
      if (this.starNames(from).has(name)) return this.member(from, name, seen);
    }
    if (this.has(`${module}.${name}`)) return { kind: "module", module: `${module}.${name}` };
    return null;
  }

  /** The names `from module import *` binds: `__all__`, or else every public name, including those it star-imports. */
  starNames(module: string, seen = new Set<string>()): Set<string> {
    const s = this.summaries[module];
    if (!s || seen.has(module)) return new Set();
    seen.add(module);
    if (s.all) return new Set(s.all);
    const out = new Set(Object.keys(s.names).filter((n) => !n.startsWith("_")));
    for (const from of s.star ?? []) for (const n of this.starNames(from, seen)) out.add(n);
    return out;
  }

  /** `import a.b` binds `a`: a package of the project (possibly without `__init__.py`), or an outside module. */
  private moduleOrExternal(module: string): Member {
    return this.has(module) || this.isPackagePrefix(module) ? { kind: "module", module } : { kind: "external", module };
  }

  /** A dotted prefix of some project module: a package, even without an `__init__.py`. */
  isPackagePrefix(module: string): boolean {
    return this.packages.has(module);
  }

  /** Whether `module` is a module of the project or a package that holds some. */
  isProjectModule(module: string): boolean {
    return this.has(module) || this.isPackagePrefix(module);
  }

  /** A dotted expression (`errors.ShopError`, `Base`) written in `module`, resolved through its names. */
  resolveDotted(module: string, dotted: string): Member | null {
    const [first, ...rest] = dotted.split(".");
    let current = this.member(module, first!);
    for (const part of rest) {
      if (current?.kind !== "module") return null;
      current = this.member(current.module, part);
    }
    return current;
  }

  /** The class `name` of `module` with its bases merged in. */
  flatClass(module: string, name: string, depth = 0): FlatClass | null {
    const cls = this.summaries[module]?.names[name]?.class;
    if (!cls || depth > 20) return null;
    const baseText = cls.bases[0];
    const baseRef = baseText ? this.resolveDotted(module, baseText) : null;
    const base = baseRef?.kind === "name" && baseRef.summary.kind === "class" ? this.flatClass(baseRef.module, baseRef.name, depth + 1) : null;
    const ownFields = new Set(cls.fields.map((f) => f.name));
    const inherited = base?.isDataclass ? base.fields.filter((f) => !ownFields.has(f.name)) : [];
    const isException = base ? base.isException : baseText !== undefined && EXCEPTION_BASES.test(baseText.split(".").pop()!);
    return {
      module,
      name,
      isDataclass: cls.isDataclass,
      fields: [...inherited, ...cls.fields],
      methods: { ...(base?.methods ?? {}), ...cls.methods },
      attributes: [...new Set([...(base?.attributes ?? []), ...cls.attributes])],
      instanceFields: [...new Set([...(base?.instanceFields ?? []), ...cls.instanceFields])],
      isException,
    };
  }

  /** Variables of `module` that other modules assign (`state.count += 1`): they need a setter. */
  externallyWritten(module: string): Set<string> {
    if (!this.writes) {
      this.writes = new Map();
      for (const s of Object.values(this.summaries)) {
        for (const w of s.writes ?? []) {
          const target = this.resolveDotted(s.module, w.object);
          if (target?.kind !== "module") continue;
          const set = this.writes.get(target.module) ?? new Set<string>();
          set.add(w.attr);
          this.writes.set(target.module, set);
        }
      }
    }
    return this.writes.get(module) ?? new Set();
  }
}
