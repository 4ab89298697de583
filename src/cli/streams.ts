/**
 * Standard output and error that cannot be written: a closed pipe
 * (`tsyncio convert x.py | head -1`) or a full disk (`> /dev/full`). Node
 * reports these as an 'error' event which, unhandled, prints a stack trace;
 * here they end the process with one clear line and exit status 2.
 */
import { describeFsError } from "../fs/output-path.js";

export function guardStandardStreams(): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    const why = e.code === "EPIPE" ? "the reader closed the pipe" : describeFsError(e);
    try {
      process.stderr.write(`tsyncio: cannot write to standard output: ${why}\n`);
    } catch {
      // stderr is gone too: the exit status is all that is left.
    }
    process.exit(2);
  });
  // Nowhere left to report a failing stderr: leave quietly rather than with a trace.
  process.stderr.on("error", () => process.exit(2));
}
