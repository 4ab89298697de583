/**
 * Module names and the paths between their translations. A relative import
 * is resolved against the importing module the way Python resolves it: one
 * leading dot is the importer's package (a package's `__init__` is its own
 * package), each further dot goes one package up.
 */
import { posix } from "node:path";
import { outputPathFor } from "./layout.js";

export interface ModuleId {
  module: string;
  isPackage: boolean;
}

/** The absolute module named by `from <dots><name> import …`; null when the dots climb above the top package. */
export function absoluteModule(importer: ModuleId, level: number, name: string): string | null {
  if (level === 0) return name;
  const parts = importer.module.split(".");
  if (!importer.isPackage) parts.pop();
  for (let i = 1; i < level; i++) {
    if (parts.length === 0) return null;
    parts.pop();
  }
  if (parts.length === 0 && name === "") return null;
  return [...parts, ...(name ? name.split(".") : [])].join(".");
}

/** The source path, relative to the project root, of a module. */
export function sourcePathOf(id: ModuleId): string {
  return id.module.replace(/\./g, "/") + (id.isPackage ? "/__init__.py" : ".py");
}

/** The ES module specifier by which `from`'s translation imports `to`'s: `./store.js`, `../app/__init__.js`. */
export function importSpecifier(from: ModuleId, to: ModuleId): string {
  const fromFile = outputPathFor(sourcePathOf(from));
  const toFile = outputPathFor(sourcePathOf(to)).replace(/\.ts$/, ".js");
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** `a.b.c` → `a`, `a.b`, `a.b.c`: importing a module imports every package above it first. */
export function parentModules(module: string): string[] {
  const parts = module.split(".");
  return parts.map((_, i) => parts.slice(0, i + 1).join("."));
}
