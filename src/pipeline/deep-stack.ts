/**
 * Deeply nested input (a sum of 2,000 terms, a long chain of calls) is
 * valid Python up to CPython's own compiler limit of about 3,000 levels,
 * but the recursive transform can exhaust the main thread's ~1 MB stack long
 * before that. Rather than a stack overflow, such input is translated again
 * in a worker thread with a 256 MB stack: ordinary input pays nothing, deep
 * input takes the extra thread's start-up. What overflows even that nests
 * far past anything CPython compiles.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const STACK_MB = 256;

export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

const workerUrl = new URL("./deep-stack-worker.js", import.meta.url);

/** Whether the worker script exists (it does in the built package, not when sources run under a test loader). */
export function deepStackAvailable(): boolean {
  return existsSync(fileURLToPath(workerUrl));
}

/** `options` must be plain data (it is copied to the worker); the result comes back the same way. */
export function transpileWithDeepStack<R>(source: string, options: object): Promise<R> {
  return new Promise((resolve, reject) => {
    // The parent's flags are inherited, but --input-type (node -e) is refused for a worker file.
    const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type"));
    const worker = new Worker(workerUrl, { workerData: { source, options }, execArgv, resourceLimits: { stackSizeMb: STACK_MB } });
    worker.once("message", (result: R) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the deep-input worker stopped (exit ${code})`)));
  });
}
