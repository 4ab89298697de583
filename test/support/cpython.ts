/** CPython's compile() as the judge of valid Python (shared with the fuzzer, scripts/fuzz/cpython.js). */
// @ts-expect-error plain JavaScript module without typings
import { cpythonVerdicts as judge } from "../../scripts/fuzz/cpython.js";

export interface Verdict {
  ok: boolean;
  kind?: "syntax" | "limit";
  /** `IndentationError: expected an indented block after …`, as CPython words it. */
  message?: string;
  line?: number;
}

export const cpythonVerdicts = judge as (sources: string[]) => Verdict[];
