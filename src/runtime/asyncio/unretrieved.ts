/** "Task exception was never retrieved": failed futures nobody looked at, reported when collected, at loop close or at exit. */
import { describeException, writeStderr } from "./helpers.js";
import type { EventLoop } from "./loop.js";

export interface UnretrievedRecord {
  retrieved: boolean;
  /** The lines naming the future; the exception's traceback is formatted only if it is reported. */
  head: string;
  exc: unknown;
}

export function unretrievedText(rec: UnretrievedRecord): string {
  return rec.head + describeException(rec.exc);
}

/** Loops with failed futures nobody looked at yet, reported at process exit at the latest. */
export const loopsWithUnretrieved = new Set<EventLoop>();
let exitHook = false;

function reportAllUnretrieved(): void {
  for (const loop of loopsWithUnretrieved) loop._reportUnretrieved();
  loopsWithUnretrieved.clear();
}

/** `loop` holds a failure nobody retrieved yet: report it at exit unless it is retrieved or reported first. */
export function noteUnretrievedLoop(loop: EventLoop): void {
  loopsWithUnretrieved.add(loop);
  if (!exitHook && typeof process !== "undefined" && typeof process.on === "function") {
    exitHook = true;
    process.on("exit", reportAllUnretrieved);
  }
}

export const finalizer: FinalizationRegistry<UnretrievedRecord> | null =
  typeof FinalizationRegistry === "function"
    ? new FinalizationRegistry<UnretrievedRecord>((rec) => {
        if (!rec.retrieved) {
          rec.retrieved = true;
          writeStderr(unretrievedText(rec));
        }
      })
    : null;

