/** Runs one translation on this thread's large stack (see deep-stack.ts) and posts the result back. */
import { parentPort, workerData } from "node:worker_threads";
import { transpileInThisThread, type TranspileOptions } from "../index.js";

const { source, options } = workerData as { source: string; options: TranspileOptions };
parentPort!.postMessage(await transpileInThisThread(source, options, true));
