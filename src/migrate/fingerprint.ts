/**
 * Hashes that key the cache. The tool fingerprint covers the package
 * version and the translator itself (the compiled code and the mapping
 * tables), so a rebuilt tsyncio never reuses translations made by an
 * older build even when the version number did not change.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

export function sha256(...parts: (string | Buffer)[]): string {
  const h = createHash("sha256");
  for (const p of parts) {
    h.update(p);
    h.update("\0");
  }
  return h.digest("hex");
}

/** JSON with object keys sorted, so equal values always hash alike. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && keep(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

let cached: string | undefined;

export function toolFingerprint(): string {
  if (cached) return cached;
  const dist = join(PACKAGE_ROOT, "dist");
  const files = [...filesUnder(dist, (n) => n.endsWith(".js")), ...filesUnder(join(PACKAGE_ROOT, "grammar-mappings"), (n) => n.endsWith(".json"))];
  const h = createHash("sha256").update(packageVersion());
  for (const f of files) h.update(f.slice(PACKAGE_ROOT.length)).update(readFileSync(f));
  cached = `${packageVersion()}+${h.digest("hex").slice(0, 16)}`;
  return cached;
}

export { PACKAGE_ROOT };
