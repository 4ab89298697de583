/**
 * Entry point of migrate's worker threads (piscina loads the compiled
 * `dist/migrate/worker.js`); each task names the phase it belongs to.
 */
import { summarize, translate, type SummaryTask, type TranslateTask } from "./tasks.js";

export type WorkerTask = ({ phase: "summarize" } & SummaryTask) | ({ phase: "translate" } & TranslateTask);

export default function run(task: WorkerTask) {
  return task.phase === "summarize" ? summarize(task) : translate(task);
}
