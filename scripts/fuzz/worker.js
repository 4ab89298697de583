// Translates fuzz inputs one at a time for scripts/fuzz/run.js, which
// watches for hangs and can terminate this thread. For each input: did
// transpile() throw, what did it report, and does its code parse as TypeScript?
import { parentPort } from "node:worker_threads";
import { transpile } from "../../dist/index.js";
import { typeScriptParses } from "./ts-parse.js";

parentPort.on("message", async ({ index, source, format, parseOnly }) => {
  // The CLI's output files are checked here too: this thread has the large stack deep code needs.
  if (parseOnly) {
    parentPort.postMessage({ index, parseError: typeScriptParses(source) });
    return;
  }
  const start = performance.now();
  let result;
  try {
    const r = await transpile(source, { file: "fuzz.py", format });
    result = {
      index,
      threw: null,
      hasCode: r.code.length > 0,
      parseError: r.code ? typeScriptParses(r.code) : null,
      diagnostics: r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message.slice(0, 300), line: d.line })),
    };
  } catch (e) {
    result = { index, threw: String(e?.stack ?? e).slice(0, 2000) };
  }
  result.ms = performance.now() - start;
  parentPort.postMessage(result);
});
