/**
 * Replaces dist/runtime/index.js, the hub that re-exports the runtime's ~190
 * modules, with one file holding all of them (rolldown, scope-hoisted ESM).
 * Every translated program imports the runtime; Node 20's ES-module loader
 * pays for each module it resolves, reads and links (about 120 ms of CPU
 * for the hub, against 60 ms for the single file), and Node 20 has no code
 * cache for ES modules.
 *
 * Only index.js is replaced: `tsc` rewrites it on every build (the project
 * is not incremental), so a plain `npx tsc` gives back the unbundled hub and
 * can never leave a stale bundle behind. The other files stay for whoever
 * imports one module directly (the translator reads runtime/stdlib/re).
 * Function and class names are kept: Python-visible names come from them.
 *
 * `node scripts/bundle-runtime.mjs [--if-needed]`: with --if-needed, does
 * nothing when index.js is already a bundle (vitest's global setup uses it).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const BUNDLE_MARK = "// tsyncio runtime bundle";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const index = join(root, "dist", "runtime", "index.js");

export function isBundled(file = index) {
  try {
    return readFileSync(file, "utf8").startsWith(BUNDLE_MARK);
  } catch {
    return false;
  }
}

export async function bundleRuntime({ ifNeeded = false } = {}) {
  if (isBundled()) {
    if (ifNeeded) return false;
    throw new Error(`${index} is already a bundle: run tsc first`);
  }
  const { rolldown } = await import("rolldown");
  const bundle = await rolldown({ input: index, platform: "node", logLevel: "warn", external: [/^node:/] });
  const { output } = await bundle.generate({ format: "esm", keepNames: true });
  await bundle.close();
  if (output.length !== 1 || output[0].type !== "chunk") throw new Error(`the runtime bundle came out as ${output.length} files, expected one`);
  const tmp = `${index}.${process.pid}.tmp`;
  writeFileSync(tmp, `${BUNDLE_MARK}: the modules of dist/runtime/ in one file (scripts/bundle-runtime.mjs); \`tsc\` writes the unbundled index back.\n${output[0].code}`);
  renameSync(tmp, index);
  // tsc's map was the hub's; a stack frame in the bundle must not be looked up in it.
  rmSync(`${index}.map`, { force: true });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await bundleRuntime({ ifNeeded: process.argv.includes("--if-needed") });
}
