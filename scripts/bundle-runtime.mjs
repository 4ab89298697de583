/**
 * Replaces dist/runtime/index.js, the hub that re-exports the runtime's ~190
 * modules, with a bundle of them (rolldown, scope-hoisted ESM): a dozen
 * files instead of ~190. Every translated program imports the runtime;
 * Node 20's ES-module loader pays for each module it resolves, reads and
 * links (about 120 ms of CPU for the hub against 60 ms bundled), and Node 20
 * has no code cache for ES modules.
 *
 * The entries that worker threads start (procs/worker-main.js,
 * blocking/worker.js) are bundled in the same build, so a worker shares one
 * copy of each module with the runtime it loads (one `SystemExit` class, one
 * worker state). The shared code goes to `dist/runtime/runtime-bundle-*.js`,
 * and `new URL("./x.js", import.meta.url)` is rebased to where the code now
 * sits. Only the entries are replaced: `tsc` rewrites them on every build
 * (the project is not incremental), so a plain `npx tsc` gives back the
 * unbundled modules and never leaves a stale bundle in use. The other files
 * stay for whoever imports one module directly (the translator reads
 * runtime/stdlib/re). Function and class names are kept: Python-visible
 * names come from them.
 *
 * `node scripts/bundle-runtime.mjs [--if-needed]`: with --if-needed, does
 * nothing when index.js is already a bundle (vitest's global setup uses it).
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const BUNDLE_MARK = "// tsyncio runtime bundle";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "dist", "runtime");
const index = join(dir, "index.js");
const ENTRIES = ["index", "procs/worker-main", "blocking/worker"];
const CHUNK_PREFIX = "runtime-bundle-";

export function isBundled(file = index) {
  try {
    return readFileSync(file, "utf8").startsWith(BUNDLE_MARK);
  } catch {
    return false;
  }
}

const URL_IN_MODULE = /new URL\((["'])(\.\.?\/[^"']+)\1, import\.meta\.url\)/g;

/** `new URL("./worker.js", import.meta.url)` of a module, made relative to dist/runtime/, where shared chunks go. */
const rebaseUrls = {
  name: "tsyncio-rebase-urls",
  transform(code, id) {
    if (!code.includes("import.meta.url")) return null;
    const out = code.replace(URL_IN_MODULE, (_m, _q, rel) => `new URL(${JSON.stringify(`./${relative(dir, join(dirname(id), rel)).split(sep).join("/")}`)}, import.meta.url)`);
    return out === code ? null : { code: out };
  },
};

export async function bundleRuntime({ ifNeeded = false } = {}) {
  if (isBundled()) {
    if (ifNeeded) return false;
    throw new Error(`${index} is already a bundle: run tsc first`);
  }
  const { rolldown } = await import("rolldown");
  const input = Object.fromEntries(ENTRIES.map((e) => [e, join(dir, `${e}.js`)]));
  const bundle = await rolldown({ input, platform: "node", logLevel: "warn", external: [/^node:/], plugins: [rebaseUrls] });
  const { output } = await bundle.generate({ format: "esm", keepNames: true, chunkFileNames: `${CHUNK_PREFIX}[hash].js` });
  await bundle.close();
  const entries = output.filter((o) => o.type === "chunk" && o.isEntry);
  if (entries.length !== ENTRIES.length || output.some((o) => o.type !== "chunk" || (!o.isEntry && (o.fileName.includes("/") || !o.fileName.startsWith(CHUNK_PREFIX))))) {
    throw new Error(`the runtime bundle came out unexpected: ${output.map((o) => o.fileName).join(", ")}`);
  }
  for (const old of readdirSync(dir)) if (old.startsWith(CHUNK_PREFIX)) rmSync(join(dir, old));
  // Shared chunks first, the entries last: until an entry is replaced, nothing refers to the new chunks.
  const ordered = [...output.filter((o) => !o.isEntry), ...entries.sort((a, b) => (a.fileName === "index.js" ? 1 : b.fileName === "index.js" ? -1 : 0))];
  for (const o of ordered) {
    const file = join(dir, o.fileName);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${BUNDLE_MARK}: dist/runtime/ bundled (scripts/bundle-runtime.mjs); \`tsc\` writes the unbundled modules back.\n${o.code}`);
    renameSync(tmp, file);
    // tsc's map was the unbundled module's; a stack frame in the bundle must not be looked up in it.
    if (o.isEntry) rmSync(`${file}.map`, { force: true });
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleRuntime({ ifNeeded: process.argv.includes("--if-needed") });
}
