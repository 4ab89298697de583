/**
 * V8 settings for the translator's processes.
 *
 * Translating runs a lot of library code (the TypeScript compiler inside
 * ts-morph, prettier) a few hundred times each, in a process that lives
 * seconds. With V8's default interrupt budget, well over a thousand of those
 * functions get optimized by TurboFan, and that compilation (on V8's
 * background threads) was about a third of all CPU time of a `migrate`, paid
 * again in every worker thread. A budget a little over twice the default
 * optimizes only the really hot functions: measured on a 30,000-line tree,
 * total CPU fell by about 15 % and the translating thread's own CPU did not
 * grow. The flag is process-wide, so worker threads started later get it
 * too. It is set before any large module is compiled: V8's code cache is
 * keyed by the flags, so the CLI must always run with the same ones.
 *
 * Only the CLI calls this; the library API leaves the host's V8 alone.
 * Programs that `tsyncio run` starts are separate processes, unaffected.
 */
import v8 from "node:v8";

const INTERRUPT_BUDGET = 300_000;

export function tuneV8ForTranslation(): void {
  try {
    v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  } catch {
    // A V8 without this flag: run with its defaults.
  }
}
