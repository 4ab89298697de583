import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Translated samples load dist/runtime/index.js: as one bundle (after a plain `tsc`, it is made here) each starts ~100 ms sooner.
    globalSetup: ["test/support/bundle-runtime.setup.ts"],
    // Samples and runtime tests measure event order with real timers: keep the machine's load moderate.
    maxConcurrency: 2,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
