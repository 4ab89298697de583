// Preloaded (node --import) into the Node processes bench/asyncio.js and bench/run.js time: reports the process's CPU time at exit.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\ntsyncio-bench-cpu-ms ${(user + system) / 1000}\n`);
});
