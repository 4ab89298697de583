/**
 * Cancellation against CPython 3.11: each scenario carries the Python
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

import { BaseException, Exception, ValueError } from "../../src/runtime/exceptions.js";

const { CancelledError } = asyncio;

// ---------------------------------------------------------------------------

scenario(
  "cancel() raises CancelledError at the await, with the message; finally runs; awaiting re-raises",
  String.raw`
import asyncio
async def worker(name):
    try:
        print(name, "start")
        await asyncio.sleep(1)
        print(name, "never")
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "finally")
async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    await asyncio.sleep(0)
    return "survived"
async def catch_exception():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("caught as Exception?!")
    return "no"
async def never_runs():
    print("body ran?!")
async def main():
    t = asyncio.create_task(worker("w1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"), t.cancelled(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got CancelledError", e.args, t.cancelled())
    s = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    s.cancel()
    print("swallow result", await s, s.cancelled(), s.cancelling())
    n = asyncio.create_task(never_runs())
    n.cancel()
    await asyncio.sleep(0)
    print("never_runs cancelled", n.cancelled())
    c = asyncio.create_task(catch_exception())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("except Exception did not catch CancelledError")
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises", type(e).__name__)
    print("cancel done task ->", t.cancel())
asyncio.run(main())
`,
  [
    "w1 start",
    "cancel -> True False 1",
    "w1 cancelled ('stop it',)",
    "w1 finally",
    "awaiter got CancelledError ('stop it',) True",
    "swallowed",
    "swallow result survived False 1",
    "never_runs cancelled True",
    "except Exception did not catch CancelledError",
    "False True",
    "result raises CancelledError",
    "cancel done task -> False",
  ],
  async (print) => {
    const worker = async (name: string) => {
      try {
        print(name, "start");
        await asyncio.sleep(1);
        print(name, "never");
      } catch (e) {
        if (e instanceof CancelledError) {
          print(name, "cancelled", e.args);
        }
        throw e;
      } finally {
        print(name, "finally");
      }
    };
    const swallow = async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("swallowed");
      }
      await asyncio.sleep(0);
      return "survived";
    };
    const catchException = async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (!(e instanceof Exception)) throw e;
        print("caught as Exception?!");
      }
      return "no";
    };
    const neverRuns = async () => {
      print("body ran?!");
    };
    const main = async () => {
      const t = asyncio.create_task(coro(() => worker("w1"), "worker"));
      await asyncio.sleep(0);
      print("cancel ->", t.cancel("stop it"), t.cancelled(), t.cancelling());
      try {
        await t;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("awaiter got CancelledError", e.args, t.cancelled());
      }
      const s = asyncio.create_task(coro(() => swallow(), "swallow"));
      await asyncio.sleep(0);
      s.cancel();
      print("swallow result", await s, s.cancelled(), s.cancelling());
      const n = asyncio.create_task(coro(() => neverRuns(), "never_runs"));
      n.cancel();
      await asyncio.sleep(0);
      print("never_runs cancelled", n.cancelled());
      const c = asyncio.create_task(coro(() => catchException(), "catch_exception"));
      await asyncio.sleep(0);
      c.cancel();
      try {
        await c;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("except Exception did not catch CancelledError");
      }
      print(new CancelledError() instanceof Exception, new CancelledError() instanceof BaseException);
      try {
        t.result();
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("result raises", e.name);
      }
      print("cancel done task ->", t.cancel());
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "cancelling a task that awaits a task cancels the inner one; self-cancel arrives at the next await; a converted exception",
  String.raw`
import asyncio
async def leaf():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf cancelled")
        raise
    finally:
        print("leaf finally")
async def mid(inner):
    try:
        await inner
    except asyncio.CancelledError:
        print("mid cancelled, inner.cancelled() =", inner.cancelled())
        raise
async def selfcancel():
    asyncio.current_task().cancel()
    print("still running after self-cancel")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("self-cancel arrived at next await")
    return 1
async def main():
    inner = asyncio.create_task(leaf())
    m = asyncio.create_task(mid(inner))
    await asyncio.sleep(0.01)
    m.cancel()
    r = await asyncio.gather(m, inner, return_exceptions=True)
    print([type(x).__name__ for x in r], m.cancelled(), inner.cancelled())
    t = asyncio.create_task(selfcancel())
    print(await t)
    async def reraise_other():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ValueError("converted")
    t = asyncio.create_task(reraise_other())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except ValueError as e:
        print("converted:", e, t.cancelled())
asyncio.run(main())
`,
  [
    "leaf cancelled",
    "leaf finally",
    "mid cancelled, inner.cancelled() = True",
    "['CancelledError', 'CancelledError'] True True",
    "still running after self-cancel",
    "self-cancel arrived at next await",
    "1",
    "converted: converted False",
  ],
  async (print) => {
    const leaf = async () => {
      try {
        await asyncio.sleep(1);
      } catch (e) {
        if (e instanceof CancelledError) print("leaf cancelled");
        throw e;
      } finally {
        print("leaf finally");
      }
    };
    const mid = async (inner: asyncio.Task<void>) => {
      try {
        await inner;
      } catch (e) {
        if (e instanceof CancelledError) print("mid cancelled, inner.cancelled() =", inner.cancelled());
        throw e;
      }
    };
    const selfcancel = async () => {
      asyncio.current_task()!.cancel();
      print("still running after self-cancel");
      try {
        await asyncio.sleep(0);
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("self-cancel arrived at next await");
      }
      return 1;
    };
    const main = async () => {
      const inner = asyncio.create_task(coro(() => leaf(), "leaf"));
      const m = asyncio.create_task(coro(() => mid(inner), "mid"));
      await asyncio.sleep(0.01);
      m.cancel();
      const r = await asyncio.gather(m, inner, { return_exceptions: true });
      print(
        r.map((x) => (x as BaseException).name),
        m.cancelled(),
        inner.cancelled(),
      );
      const t = asyncio.create_task(coro(() => selfcancel(), "selfcancel"));
      print(await t);
      const reraiseOther = async () => {
        try {
          await asyncio.sleep(1);
        } catch (e) {
          if (e instanceof CancelledError) throw new ValueError("converted");
          throw e;
        }
      };
      const t2 = asyncio.create_task(coro(() => reraiseOther(), "reraise_other"));
      await asyncio.sleep(0);
      t2.cancel();
      try {
        await t2;
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("converted:", e, t2.cancelled());
      }
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "every suspending primitive delivers the cancellation (in CPython's order)",
  String.raw`
import asyncio
async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    cond = asyncio.Condition()
    sem = asyncio.Semaphore(0)
    q = asyncio.Queue(1)
    fut = asyncio.get_running_loop().create_future()
    await lock.acquire()
    await q.put(1)
    async def waiting(name, aw):
        try:
            await aw
            print(name, "finished?!")
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise
        finally:
            print(name, "finally")
    async def cond_wait():
        async with cond:
            await cond.wait()
    ts = [asyncio.create_task(waiting(n, a)) for n, a in [
        ("lock", lock.acquire()), ("event", ev.wait()), ("cond", cond_wait()), ("sem", sem.acquire()),
        ("put", q.put(2)), ("future", fut), ("sleep", asyncio.sleep(5)),
        ("gather", asyncio.gather(asyncio.sleep(5), asyncio.sleep(6))),
        ("wait_for", asyncio.wait_for(asyncio.sleep(5), 10)),
        ("join", q.join()),
    ]]
    await asyncio.sleep(0.01)
    for t in ts:
        t.cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print("fut cancelled:", fut.cancelled(), "lock still locked:", lock.locked(), "sem waiters:", sem.locked())
    lock.release()
    print("lock free again:", not lock.locked())
    print("queue untouched:", q.qsize(), q.get_nowait())
asyncio.run(main())
`,
  [
    "lock cancelled",
    "lock finally",
    "event cancelled",
    "event finally",
    "cond cancelled",
    "cond finally",
    "sem cancelled",
    "sem finally",
    "put cancelled",
    "put finally",
    "future cancelled",
    "future finally",
    "sleep cancelled",
    "sleep finally",
    "join cancelled",
    "join finally",
    "gather cancelled",
    "gather finally",
    "wait_for cancelled",
    "wait_for finally",
    "['CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError', 'CancelledError']",
    "fut cancelled: True lock still locked: True sem waiters: True",
    "lock free again: True",
    "queue untouched: 1 1",
  ],
  async (print) => {
    const main = async () => {
      const lock = new asyncio.Lock();
      const ev = new asyncio.Event();
      const cond = new asyncio.Condition();
      const sem = new asyncio.Semaphore(0);
      const q = new asyncio.Queue<number>(1);
      const fut = asyncio.get_running_loop().create_future();
      await lock.acquire();
      await q.put(1);
      const waiting = async (name: string, aw: PromiseLike<unknown>) => {
        try {
          await aw;
          print(name, "finished?!");
        } catch (e) {
          if (e instanceof CancelledError) print(name, "cancelled");
          throw e;
        } finally {
          print(name, "finally");
        }
      };
      const condWait = async () => {
        await cond.__aenter__();
        try {
          await cond.wait();
        } finally {
          await cond.__aexit__(null, null, null);
        }
      };
      const specs: [string, PromiseLike<unknown>][] = [
        ["lock", coro(() => lock.acquire(), "acquire")],
        ["event", coro(() => ev.wait(), "wait")],
        ["cond", coro(() => condWait(), "cond_wait")],
        ["sem", coro(() => sem.acquire(), "acquire")],
        ["put", coro(() => q.put(2), "put")],
        ["future", fut],
        ["sleep", coro(() => asyncio.sleep(5), "sleep")],
        ["gather", asyncio.gather(coro(() => asyncio.sleep(5), "sleep"), coro(() => asyncio.sleep(6), "sleep"))],
        ["wait_for", coro(() => asyncio.wait_for(coro(() => asyncio.sleep(5), "sleep"), 10), "wait_for")],
        ["join", coro(() => q.join(), "join")],
      ];
      const ts = specs.map(([n, a]) => asyncio.create_task(coro(() => waiting(n, a), "waiting")));
      await asyncio.sleep(0.01);
      for (const t of ts) t.cancel();
      const res = await asyncio.gather(...ts, { return_exceptions: true });
      print(res.map((r) => (r as BaseException).name));
      print("fut cancelled:", fut.cancelled(), "lock still locked:", lock.locked(), "sem waiters:", sem.locked());
      lock.release();
      print("lock free again:", !lock.locked());
      print("queue untouched:", q.qsize(), q.get_nowait());
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
