/**
 * Where a Python file sits in a project and where its translation goes.
 * The output mirrors the source tree: `app/store.py` → `app/store.ts`, a
 * package's `app/__init__.py` → `app/__init__.ts`; importers refer to those
 * files with ES module paths ending in `.js`, as Node and `tsc` expect.
 */

/** The dotted module name of a file given by its path relative to the source root (`/` separated). */
export function moduleNameFor(relPath: string): { module: string; isPackage: boolean } {
  const parts = relPath.replace(/\\/g, "/").replace(/\.py$/, "").split("/");
  const isPackage = parts[parts.length - 1] === "__init__";
  if (isPackage) parts.pop();
  return { module: parts.join("."), isPackage };
}

/** The output path of a file given by its path relative to the source root. */
export function outputPathFor(relPath: string): string {
  return relPath.replace(/\\/g, "/").replace(/\.py$/, ".ts");
}
