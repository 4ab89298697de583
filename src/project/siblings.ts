/**
 * `tsyncio convert app.py` when app.py imports modules beside it: the file
 * is translated as one module of the project its folder makes (its package,
 * when the folder has an `__init__.py`, climbing to the top package), so its
 * imports of those modules become ES imports of their translations
 * (`./util.js`), known through their summaries, instead of being refused.
 */
import { basename, delimiter, dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { collectProgram } from "./program.js";
import { summarizeModule, type ModuleSummary } from "./summary.js";

export interface SiblingProject {
  module: string;
  isPackage: boolean;
  project: Record<string, ModuleSummary>;
}

/** The module name of `file` and the root its package tree starts at. */
function placeOf(file: string): { module: string; isPackage: boolean; root: string } {
  const abs = resolve(file);
  const isPackage = basename(abs) === "__init__.py";
  const parts = isPackage ? [] : [basename(abs).replace(/\.py$/, "")];
  let dir = dirname(abs);
  while (existsSync(join(dir, "__init__.py")) && dirname(dir) !== dir) {
    parts.unshift(basename(dir));
    dir = dirname(dir);
  }
  return { module: parts.join("."), isPackage, root: dir };
}

/** Undefined when the file imports no module of its folder (or of PYTHONPATH): it is a program on its own. */
export function siblingProject(file: string, source: string): SiblingProject | undefined {
  const place = placeOf(file);
  if (place.module === "") return undefined;
  const roots = [place.root, ...(process.env["PYTHONPATH"] ?? "").split(delimiter).filter((p) => p !== "").map((p) => resolve(p))];
  const program = collectProgram({ module: place.module, isPackage: place.isPackage, file: resolve(file), source }, roots);
  if (program.modules.length === 1) return undefined;
  const project: Record<string, ModuleSummary> = {};
  for (const m of program.modules) {
    const summary = summarizeModule(m.source, m);
    if (summary) project[m.module] = summary;
  }
  return { module: place.module, isPackage: place.isPackage, project };
}
