/**
 * The time module: clocks in float seconds, and a sleep that really blocks.
 * Error messages were checked against CPython 3.11.
 */
import { describe, expect, it } from "vitest";
import { time } from "../../src/runtime/time.js";
import { str } from "../../src/runtime/repr.js";
import { typeName } from "../../src/runtime/builtins.js";

function failure(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return `${typeName(e)}: ${str(e)}`;
  }
  return "no error";
}

describe("time", () => {
  it("time() is the epoch in seconds", () => {
    expect(Math.abs(time.time() - Date.now() / 1000)).toBeLessThan(1);
    expect(Number.isInteger(time.time())).toBe(false);
  });

  it("monotonic clocks never go back", () => {
    const a = time.monotonic();
    const b = time.perf_counter();
    expect(time.monotonic()).toBeGreaterThanOrEqual(a);
    expect(time.perf_counter()).toBeGreaterThanOrEqual(b);
    expect(time.perf_counter_ns()).toBeGreaterThan(0);
  });

  it("sleep blocks the thread for at least the given time", () => {
    const start = time.perf_counter();
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    time.sleep(0.03);
    expect(time.perf_counter() - start).toBeGreaterThanOrEqual(0.029);
    expect(timerRan).toBe(false);
    time.sleep(0);
  });

  it("rejects what CPython rejects", () => {
    expect(failure(() => time.sleep(-1))).toBe("ValueError: sleep length must be non-negative");
    expect(failure(() => time.sleep(NaN))).toBe("ValueError: Invalid value NaN (not a number)");
    expect(failure(() => time.sleep("1"))).toBe("TypeError: 'str' object cannot be interpreted as an integer");
    expect(failure(() => time.sleep(null))).toBe("TypeError: 'NoneType' object cannot be interpreted as an integer");
  });
});
