/**
 * vitest global setup: bundles the built runtime (scripts/bundle-runtime.mjs)
 * when dist/runtime/index.js is the plain hub `tsc` writes, so the samples
 * run the same single-file runtime as `npm run build` gives users.
 */
type BundleScript = { bundleRuntime(o: { ifNeeded: boolean }): Promise<boolean> };

export default async function setup(): Promise<void> {
  const script = new URL("../../scripts/bundle-runtime.mjs", import.meta.url).href;
  const { bundleRuntime } = (await import(script)) as BundleScript;
  await bundleRuntime({ ifNeeded: true });
}
