/**
 * A fixed batch of the hostile-input fuzzer (scripts/fuzz/): seeded, so the
 * same inputs every run. Every input must get an answer without a throw,
 * a hang or a stack trace; what CPython refuses as a syntax error must never
 * translate cleanly; whatever code comes back must parse as TypeScript. The
 * long run is `npm run fuzz:inputs -- --count 10000`.
 */
import { describe, expect, test } from "vitest";
// @ts-expect-error plain JavaScript module without typings
import { fuzz } from "../scripts/fuzz/run.js";

interface Finding {
  index: number;
  type: string;
  detail: string;
}

describe("fuzzing: a fixed batch", () => {
  test("seed 1, 200 inputs through the API, every 40th through the CLI", async () => {
    const result = (await fuzz({ seed: 1, count: 200, cliEvery: 40, format: false, limitMs: 120_000 })) as { counts: { inputs: number; cpythonSyntaxError: number; cpythonValid: number; cliRuns: number }; findings: Finding[] };
    expect(result.findings.map((f) => `#${f.index} ${f.type}: ${f.detail.split("\n")[0]}`)).toEqual([]);
    expect(result.counts.inputs).toBe(200);
    // The batch must exercise both sides of CPython's verdict and the CLI.
    expect(result.counts.cpythonSyntaxError).toBeGreaterThan(50);
    expect(result.counts.cpythonValid).toBeGreaterThan(50);
    expect(result.counts.cliRuns).toBe(5);
  }, 600_000);
});
