/**
 * What one Python module offers to the others in a project: the facts the
 * translation of an importer needs (which names are coroutine functions,
 * generator functions, classes, their parameters for keyword calls).
 *
 * Contract shared by `tsyncio migrate` (which computes every module's
 * summary first, possibly in worker threads, so it must stay plain JSON)
 * and `transpile()` (which reads the summaries of the modules a file
 * imports through `TranspileOptions.project`).
 */
export interface ModuleSummary {
  /** Dotted module name within the project: `app.store`; a package's `__init__.py` is `app`. */
  module: string;
  /** True for a package's `__init__.py`. */
  isPackage: boolean;
  /** The module has an `if __name__ == "__main__":` block: it is an entry module of the project. */
  hasMainGuard: boolean;
  /** Top-level names the module binds, with what is known about them. */
  names: Record<string, NameSummary>;
}

export interface NameSummary {
  kind: "function" | "class" | "variable" | "import";
}

/** Summarise one module; null when it does not parse (the translation reports why). */
export function summarizeModule(source: string, options: { module: string; isPackage: boolean }): ModuleSummary | null {
  const hasMainGuard = /^if\s+__name__\s*==\s*["']__main__["']\s*:/m.test(source);
  return { module: options.module, isPackage: options.isPackage, hasMainGuard, names: {} };
}
