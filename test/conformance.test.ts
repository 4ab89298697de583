/**
 * The conformance suite: every Python program in samples/ runs under CPython
 * and, translated, under Node; stdout and success/failure must match.
 * Samples listed in samples/known-failures.json are expected to fail, with
 * the reason shown in the test name; if one starts passing, the suite fails
 * until it is taken off the list.
 */
import { describe, expect, test } from "vitest";
import { knownFailures, listSamples, runPython, runTranslation, translate } from "./support/samples.js";

const known = knownFailures();
const samples = listSamples();

async function conforms(sample: string): Promise<void> {
  const [py, t] = await Promise.all([runPython(sample), translate(sample)]);
  expect(t.diagnostics, "translation errors").toEqual([]);
  const node = await runTranslation(t);
  expect(node.stdout, `stdout differs; node stderr:\n${node.stderr}`).toBe(py.stdout);
  expect(node.status === 0, `exit status: python ${py.status}, node ${node.status}\n${node.stderr}`).toBe(py.status === 0);
}

describe("conformance: CPython vs translated TypeScript on Node", () => {
  for (const sample of samples) {
    const k = known[sample];
    if (k) test.fails(`${sample} [known failure: ${k.reason}]`, () => conforms(sample), 120_000);
    else test.concurrent(sample, () => conforms(sample), 120_000);
  }
});

test("every known failure names an existing sample", () => {
  for (const name of Object.keys(known)) expect(samples).toContain(name);
});
