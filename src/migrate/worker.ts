/**
 * Entry point of migrate's worker threads (piscina loads the compiled
 * `dist/migrate/worker.js`); each task names the phase it belongs to.
 *
 * Every translation needs the summaries of the whole project. Copying them
 * into each task would cost (files × project size); instead they travel
 * once as JSON in shared memory, and each thread decodes them once.
 */
import { isMainThread } from "node:worker_threads";
import { CACHE_ON_ENV, enableCompileCache, flushCompileCache } from "../cli/compile-cache.js";
import type { ModuleSummary } from "../project/summary.js";
import { summarize, translate, type SummaryTask, type TranslateTask } from "./tasks.js";

// A thread compiles ts-morph's and prettier's code again unless it shares the CLI's compile cache.
if (!isMainThread && process.env[CACHE_ON_ENV]) enableCompileCache();

export interface SharedProject {
  /** Identifies the project map, so a thread decodes each one once. */
  id: string;
  bytes: SharedArrayBuffer;
}

export type WorkerTask = ({ phase: "summarize" } & SummaryTask) | ({ phase: "translate"; shared: SharedProject } & Omit<TranslateTask, "project">);

export function shareProject(id: string, project: Record<string, ModuleSummary>): SharedProject {
  const encoded = new TextEncoder().encode(JSON.stringify(project));
  const bytes = new SharedArrayBuffer(encoded.byteLength);
  new Uint8Array(bytes).set(encoded);
  return { id, bytes };
}

let decoded: { id: string; project: Record<string, ModuleSummary> } | undefined;

export function projectOf(shared: SharedProject): Record<string, ModuleSummary> {
  if (decoded?.id !== shared.id) {
    // TextDecoder does not read shared memory directly: copy it out first.
    const text = new TextDecoder().decode(new Uint8Array(shared.bytes).slice());
    decoded = { id: shared.id, project: JSON.parse(text) as Record<string, ModuleSummary> };
  }
  return decoded.project;
}

let translatedOne = false;

export default async function run(task: WorkerTask) {
  if (task.phase === "summarize") return summarize(task);
  const { shared, phase: _phase, ...rest } = task;
  const result = await translate({ ...rest, project: projectOf(shared) });
  if (!translatedOne) {
    translatedOne = true;
    flushCompileCache();
  }
  return result;
}
