/**
 * Runs the per-file tasks: in this thread when one worker is asked for (no
 * thread start-up cost, simplest to debug), otherwise on a piscina pool of
 * worker threads. The pool is created on first use, so a run where every
 * file comes from the cache starts no threads.
 */
import { availableParallelism } from "node:os";
import type { ModuleSummary } from "../project/summary.js";
import { summarize, translate, type SummaryTask, type TranslateResult, type TranslateTask } from "./tasks.js";
import { shareProject, type SharedProject, type WorkerTask } from "./worker.js";

export interface Runner {
  summarize(task: SummaryTask): Promise<ModuleSummary | null>;
  translate(task: TranslateTask): Promise<TranslateResult>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export function createRunner(workers: number): Runner {
  if (workers <= 1) {
    return {
      summarize: async (task) => summarize(task),
      translate,
      close: async () => {},
    };
  }
  let pool: Promise<import("piscina").Piscina> | undefined;
  const getPool = () =>
    (pool ??= import("piscina").then(
      ({ Piscina }) => new Piscina({ filename: new URL("./worker.js", import.meta.url).href, minThreads: workers, maxThreads: workers, idleTimeout: 1_000 }),
    ));
  const run = async <R>(task: WorkerTask): Promise<R> => (await getPool()).run(task) as Promise<R>;
  const shared = new WeakMap<object, SharedProject>();
  let projects = 0;
  const share = (project: TranslateTask["project"]) => {
    let s = shared.get(project);
    if (!s) shared.set(project, (s = shareProject(String(++projects), project)));
    return s;
  };
  return {
    summarize: (task) => run<ModuleSummary | null>({ phase: "summarize", ...task }),
    translate: ({ project, ...task }) => run<TranslateResult>({ phase: "translate", ...task, shared: share(project) }),
    close: async () => {
      if (pool) await (await pool).destroy();
    },
  };
}
