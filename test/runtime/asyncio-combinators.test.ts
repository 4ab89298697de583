/**
 * gather, wait, wait_for, shield against CPython 3.11: each scenario carries the Python
 * program whose output is the expectation; the last block re-runs those
 * programs with python3 (when installed) to prove the expectations true.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { asyncio, coro } from "../../src/runtime/asyncio/index.js";
import { _resetTaskNameCounter } from "../../src/runtime/asyncio/core.js";
import { str } from "../../src/runtime/repr.js";

type Print = (...args: unknown[]) => void;
const scenarios: { name: string; py: string; expected: string[] }[] = [];
const hasPython = (() => {
  try {
    return execFileSync("python3", ["-c", "import sys; print(sys.version_info >= (3, 11))"], { encoding: "utf8" }).trim() === "True";
  } catch {
    return false;
  }
})();

function scenario(name: string, py: string, expected: string[], body: (print: Print) => Promise<unknown>): void {
  scenarios.push({ name, py, expected });
  it(name, async () => {
    const out: string[] = [];
    const print: Print = (...args) => out.push(args.map((a) => str(a)).join(" "));
    _resetTaskNameCounter();
    await body(print);
    expect(out).toEqual(expected);
  });
}

import { TimeoutError, ValueError, TypeError as PyTypeError } from "../../src/runtime/exceptions.js";
import { repr } from "../../src/runtime/repr.js";

const { CancelledError } = asyncio;

function names(s: Set<asyncio.Future<unknown>>): string[] {
  return [...s].map((t) => (t as asyncio.Task<unknown>).get_name()).sort();
}

// ---------------------------------------------------------------------------

scenario(
  "gather: argument order, return_exceptions, first exception while the rest run on, cancellation",
  String.raw`
import asyncio
async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(name)
        print("job done", name)
        return name
    except asyncio.CancelledError:
        print("job cancelled", name)
        raise
async def main():
    print(await asyncio.gather(job("a", 0.06), job("b", 0.02), job("c", 0.04)))
    print(await asyncio.gather(job("d", 0.02, True), job("e", 0.04), asyncio.sleep(0, "plain"), return_exceptions=True))
    try:
        await asyncio.gather(job("f", 0.04), job("g", 0.02, True), job("h", 0.06))
    except ValueError as e:
        print("first exception", repr(e))
    await asyncio.sleep(0.08)
    print("others kept running")
    g = asyncio.gather(job("i", 0.1), job("j", 0.1))
    await asyncio.sleep(0.02)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError", g.cancelled())
    t = asyncio.create_task(job("k", 0.01))
    print("same awaitable twice", await asyncio.gather(t, t))
    print("empty", await asyncio.gather())
    async def outer():
        return await asyncio.gather(job("l", 0.1), job("m", 0.1))
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.02)
    o.cancel()
    print(await asyncio.gather(o, return_exceptions=True))
asyncio.run(main())
`,
  [
    "job done b",
    "job done c",
    "job done a",
    "['a', 'b', 'c']",
    "job done e",
    "[ValueError('d'), 'e', 'plain']",
    "first exception ValueError('g')",
    "job done f",
    "job done h",
    "others kept running",
    "cancel gather True",
    "job cancelled i",
    "job cancelled j",
    "gather raised CancelledError False",
    "job done k",
    "same awaitable twice ['k', 'k']",
    "empty []",
    "job cancelled l",
    "job cancelled m",
    "[CancelledError('')]",
  ],
  async (print) => {
    const job = async (name: string, d: number, fail = false) => {
      try {
        await asyncio.sleep(d);
        if (fail) throw new ValueError(name);
        print("job done", name);
        return name;
      } catch (e) {
        if (e instanceof CancelledError) print("job cancelled", name);
        throw e;
      }
    };
    const main = async () => {
      print(await asyncio.gather(coro(() => job("a", 0.06), "job"), coro(() => job("b", 0.02), "job"), coro(() => job("c", 0.04), "job")));
      print(
        await asyncio.gather(coro(() => job("d", 0.02, true), "job"), coro(() => job("e", 0.04), "job"), coro(() => asyncio.sleep(0, "plain"), "sleep"), {
          return_exceptions: true,
        }),
      );
      try {
        await asyncio.gather(coro(() => job("f", 0.04), "job"), coro(() => job("g", 0.02, true), "job"), coro(() => job("h", 0.06), "job"));
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("first exception", repr(e));
      }
      await asyncio.sleep(0.08);
      print("others kept running");
      const g = asyncio.gather(coro(() => job("i", 0.1), "job"), coro(() => job("j", 0.1), "job"));
      await asyncio.sleep(0.02);
      print("cancel gather", g.cancel());
      try {
        await g;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("gather raised CancelledError", g.cancelled());
      }
      const t = asyncio.create_task(coro(() => job("k", 0.01), "job"));
      print("same awaitable twice", await asyncio.gather(t, t));
      print("empty", await asyncio.gather());
      const outer = async () => await asyncio.gather(coro(() => job("l", 0.1), "job"), coro(() => job("m", 0.1), "job"));
      const o = asyncio.create_task(coro(() => outer(), "outer"));
      await asyncio.sleep(0.02);
      o.cancel();
      print(await asyncio.gather(o, { return_exceptions: true }));
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "wait: FIRST_COMPLETED, timeout, ALL_COMPLETED, FIRST_EXCEPTION; coroutines are refused",
  String.raw`
import asyncio
async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name
def names(s):
    return sorted(t.get_name() for t in s)
async def main():
    ts = [asyncio.create_task(job(n, d), name=n) for n, d in [("slow", 0.1), ("fast", 0.02), ("mid", 0.06)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0.02)
    print("timeout", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all", names(done), names(pending), [t.result() for t in ts])
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("ok", 0.02, False), ("bad", 0.04, True), ("late", 0.1, False)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending))
    for t in pending:
        t.cancel()
    for t in done:
        if t.exception():
            print("exc", repr(t.exception()))
    try:
        await asyncio.wait([job("x", 0)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
asyncio.run(main())
`,
  [
    "first completed ['fast'] ['mid', 'slow']",
    "timeout ['fast'] ['mid', 'slow']",
    "all ['fast', 'mid', 'slow'] [] ['slow', 'fast', 'mid']",
    "first exception ['bad', 'ok'] ['late']",
    "exc ValueError('bad')",
    "TypeError: Passing coroutines is forbidden, use tasks explicitly.",
    "ValueError: Set of Tasks/Futures is empty.",
    "FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED",
  ],
  async (print) => {
    const job = async (name: string, d: number, fail = false) => {
      await asyncio.sleep(d);
      if (fail) throw new ValueError(name);
      return name;
    };
    const main = async () => {
      const specs: [string, number][] = [
        ["slow", 0.1],
        ["fast", 0.02],
        ["mid", 0.06],
      ];
      let ts = specs.map(([n, d]) => asyncio.create_task(coro(() => job(n, d), "job"), { name: n }));
      let [done, pending] = await asyncio.wait(ts, { return_when: asyncio.FIRST_COMPLETED });
      print("first completed", names(done), names(pending));
      [done, pending] = await asyncio.wait(ts, { timeout: 0.02 });
      print("timeout", names(done), names(pending));
      [done, pending] = await asyncio.wait(ts);
      print(
        "all",
        names(done),
        names(pending),
        ts.map((t) => t.result()),
      );
      const specs2: [string, number, boolean][] = [
        ["ok", 0.02, false],
        ["bad", 0.04, true],
        ["late", 0.1, false],
      ];
      ts = specs2.map(([n, d, f]) => asyncio.create_task(coro(() => job(n, d, f), "job"), { name: n }));
      [done, pending] = await asyncio.wait(ts, { return_when: asyncio.FIRST_EXCEPTION });
      print("first exception", names(done), names(pending));
      for (const t of pending) t.cancel();
      for (const t of done) if (t.exception()) print("exc", repr(t.exception()));
      try {
        await asyncio.wait([coro(() => job("x", 0), "job")]);
      } catch (e) {
        if (!(e instanceof PyTypeError)) throw e;
        print("TypeError:", e);
      }
      try {
        await asyncio.wait([]);
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("ValueError:", e);
      }
      print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "wait_for: result, timeout cancels the inner task (TimeoutError from CancelledError), None, 0, shield, outer cancel",
  String.raw`
import asyncio
async def job(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print("inner cancelled", name)
        raise
    finally:
        print("inner finally", name)
async def main():
    print(await asyncio.wait_for(job("quick", 0.01), 0.5))
    try:
        await asyncio.wait_for(job("slow", 0.5), 0.02)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(job("none", 0.01), None))
    try:
        await asyncio.wait_for(job("zero", 0.01), 0)
    except TimeoutError:
        print("zero timeout")
    t = asyncio.create_task(job("shielded", 0.06))
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.02)
    except TimeoutError:
        print("shield kept it running:", t.done())
    print("shielded result", await t)
    async def waiter():
        return await asyncio.wait_for(job("outer-cancel", 0.5), 1)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    print(await asyncio.gather(w, return_exceptions=True))
asyncio.run(main())
`,
  [
    "inner finally quick",
    "quick",
    "inner cancelled slow",
    "inner finally slow",
    "timeout TimeoutError CancelledError True",
    "inner finally none",
    "none",
    "zero timeout",
    "shield kept it running: False",
    "inner finally shielded",
    "shielded result shielded",
    "inner cancelled outer-cancel",
    "inner finally outer-cancel",
    "[CancelledError('')]",
  ],
  async (print) => {
    const job = async (name: string, d: number) => {
      try {
        await asyncio.sleep(d);
        return name;
      } catch (e) {
        if (e instanceof CancelledError) print("inner cancelled", name);
        throw e;
      } finally {
        print("inner finally", name);
      }
    };
    const main = async () => {
      print(await asyncio.wait_for(coro(() => job("quick", 0.01), "job"), 0.5));
      try {
        await asyncio.wait_for(coro(() => job("slow", 0.5), "job"), 0.02);
      } catch (e) {
        if (!(e instanceof asyncio.TimeoutError)) throw e;
        print("timeout", e.name, e.__cause__?.name, asyncio.TimeoutError === TimeoutError);
      }
      print(await asyncio.wait_for(coro(() => job("none", 0.01), "job"), null));
      try {
        await asyncio.wait_for(coro(() => job("zero", 0.01), "job"), 0);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("zero timeout");
      }
      const t = asyncio.create_task(coro(() => job("shielded", 0.06), "job"));
      try {
        await asyncio.wait_for(asyncio.shield(t), 0.02);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("shield kept it running:", t.done());
      }
      print("shielded result", await t);
      const waiter = async () => await asyncio.wait_for(coro(() => job("outer-cancel", 0.5), "job"), 1);
      const w = asyncio.create_task(coro(() => waiter(), "waiter"));
      await asyncio.sleep(0.01);
      w.cancel();
      print(await asyncio.gather(w, { return_exceptions: true }));
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

// ---------------------------------------------------------------------------

describe.skipIf(!hasPython)("CPython 3.11 prints the expected lines", () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const out = execFileSync("python3", ["-c", s.py], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      expect(out.trimEnd().split("\n")).toEqual(s.expected);
    });
  }
});
