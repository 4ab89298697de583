/**
 * migrate's progress on stderr: a bar redrawn in place on a terminal, plain
 * lines (one per tenth of the work) when stderr is a file or a pipe, so CI
 * logs stay readable.
 */
import type { ProgressEvent } from "../migrate/index.js";

function describe(e: ProgressEvent): string {
  const lps = Math.round(e.lines / Math.max(e.elapsedMs / 1000, 0.001));
  const verb = e.phase === "summarize" ? "summarised" : "translated";
  return `${verb} ${e.done}/${e.total} files, ${e.failed} failed, ${lps.toLocaleString("en-US")} lines/s`;
}

export function progressPrinter(stream: NodeJS.WriteStream): { onProgress: (e: ProgressEvent) => void; finish: () => void } {
  if (stream.isTTY) {
    let last = 0;
    let shown = false;
    return {
      onProgress(e) {
        const now = performance.now();
        if (now - last < 80 && e.done !== e.total) return;
        last = now;
        const width = 24;
        const filled = e.total ? Math.round((e.done / e.total) * width) : width;
        stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${describe(e)}\x1b[K`);
        shown = true;
      },
      finish() {
        if (shown) stream.write("\r\x1b[K");
      },
    };
  }
  let nextTenth = new Map<string, number>();
  return {
    onProgress(e) {
      const tenth = e.total ? Math.floor((e.done * 10) / e.total) : 10;
      if (tenth < (nextTenth.get(e.phase) ?? 1)) return;
      nextTenth.set(e.phase, tenth + 1);
      if (e.phase === "translate" || e.done === e.total) stream.write(`tsyncio: ${describe(e)}\n`);
    },
    finish() {
      nextTenth = new Map();
    },
  };
}
