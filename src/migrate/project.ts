/**
 * The files that make the output folder a project of its own: the runtime
 * (copied, or depended upon as `tsyncio/runtime`), `package.json` with a
 * build script and a start script per entry module, and a strict
 * `tsconfig.json`. `tsc -p .` compiles each `.ts` to a `.js` beside it, so
 * the relative imports of the copied runtime work both for `tsc` and for
 * Node without a copy step.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, posix, relative, sep } from "node:path";
import { outputPathFor } from "../project/layout.js";
import { PACKAGE_ROOT } from "./fingerprint.js";

export type RuntimeMode = "copy" | "package";

export interface GeneratedFile {
  path: string;
  content: string;
}

export const RUNTIME_DIR = "runtime";

/** The specifier the translation of `outputRel` imports the runtime with. */
export function runtimeSpecifier(outputRel: string, mode: RuntimeMode): string {
  if (mode === "package") return "tsyncio/runtime";
  const rel = posix.relative(posix.dirname(outputRel), `${RUNTIME_DIR}/index.js`);
  return rel.startsWith(".") ? rel : `./${rel}`;
}

/** The compiled runtime and its declarations, without source maps (their sources are not shipped). */
export function runtimeFiles(): GeneratedFile[] {
  const dir = join(PACKAGE_ROOT, "dist", "runtime");
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && (e.name.endsWith(".js") || e.name.endsWith(".d.ts")))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((abs) => ({
      path: `${RUNTIME_DIR}/${relative(dir, abs).split(sep).join("/")}`,
      content: readFileSync(abs, "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n"),
    }));
}

interface OurPackage {
  version: string;
  engines?: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** Folder names that say where the code sits rather than what it is. */
const GENERIC = new Set(["src", "lib", "python", "py", "source"]);

/** An npm package name made from the source folder's name (or its parent's, for `src` and the like). */
function packageName(src: string): string {
  const folder = GENERIC.has(basename(src).toLowerCase()) ? basename(dirname(src)) : basename(src);
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|[-]+$/g, "");
  return name || "migrated-project";
}

/** The start script of an entry, named after its module (`start:app.cli`). */
function startScript(entry: string): string {
  return `tsc -p . && node ${outputPathFor(entry).replace(/\.ts$/, ".js")}`;
}

/** The entry `npm start` runs: the only one, or a `__main__` / `main` module. */
function preferredEntry(entries: { path: string; module: string }[]): string | undefined {
  if (entries.length === 1) return entries[0]!.path;
  const last = (m: string) => m.split(".").pop();
  return (entries.find((e) => last(e.module) === "__main__") ?? entries.find((e) => last(e.module) === "main"))?.path;
}

export function packageJson(src: string, entries: { path: string; module: string }[], mode: RuntimeMode): string {
  const ours = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as OurPackage;
  const scripts: Record<string, string> = { build: "tsc -p .", typecheck: "tsc --noEmit -p ." };
  const preferred = preferredEntry(entries);
  if (preferred) scripts["start"] = startScript(preferred);
  for (const e of entries) scripts[`start:${e.module || "__init__"}`] = startScript(e.path);
  const pkg = {
    name: packageName(src),
    version: "0.0.0",
    private: true,
    description: `TypeScript translation of ${basename(src)} by tsyncio ${ours.version}`,
    type: "module",
    ...(ours.engines ? { engines: ours.engines } : {}),
    scripts,
    ...(mode === "package" ? { dependencies: { tsyncio: `^${ours.version}` } } : {}),
    devDependencies: { "@types/node": ours.devDependencies["@types/node"], typescript: ours.devDependencies["typescript"] },
  };
  return JSON.stringify(pkg, null, 2) + "\n";
}

/** With source maps, tsc maps each .js to its .ts, whose own map leads on to the .py. */
export function tsconfigJson(sourceMap = false): string {
  const config = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      lib: ["ES2023"],
      types: ["node"],
      strict: true,
      skipLibCheck: true,
      forceConsistentCasingInFileNames: true,
      ...(sourceMap ? { sourceMap: true } : {}),
    },
    include: ["**/*.ts"],
    exclude: ["node_modules"],
  };
  return JSON.stringify(config, null, 2) + "\n";
}
