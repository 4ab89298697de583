// Preloaded (node --import) into each Node workload of bench/asyncio.js: reports the process's CPU time at exit.
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  writeSync(2, `\ntsyncio-bench-cpu-ms ${(user + system) / 1000}\n`);
});
