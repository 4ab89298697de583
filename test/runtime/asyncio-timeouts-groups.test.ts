/**
 * timeout(), TaskGroup, as_completed, shield against CPython 3.11: each scenario carries the Python
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

import { BaseException, ExceptionGroup, KeyError, TimeoutError, ValueError, toPyException } from "../../src/runtime/exceptions.js";
import { repr } from "../../src/runtime/repr.js";

const { CancelledError } = asyncio;

/** `async with cm as v: body` exactly as the translator emits it. */
async function asyncWith<V>(cm: { __aenter__(): PromiseLike<V>; __aexit__(t: unknown, v: unknown, tb: unknown): PromiseLike<unknown> }, body: (v: V) => Promise<void>): Promise<void> {
  const v = await cm.__aenter__();
  let ok = true;
  try {
    await body(v);
  } catch (raw) {
    ok = false;
    const exc = toPyException(raw);
    if (!(await cm.__aexit__(exc.constructor, exc, null))) throw exc;
  } finally {
    if (ok) await cm.__aexit__(null, null, null);
  }
}

// ---------------------------------------------------------------------------

scenario(
  "timeout(): expiry cancels the body and becomes TimeoutError; reschedule; nesting; outside cancellation stays",
  String.raw`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.02) as cm:
            print("inside, expired?", cm.expired(), cm.when() is not None)
            try:
                await asyncio.sleep(1)
            finally:
                print("body finally")
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__ if e.__cause__ else None, cm.expired())
    print("current task cancelling:", asyncio.current_task().cancelling())
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
    print("no timeout, expired?", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            print("when None:", cm.when())
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled timeout fired")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body saw CancelledError")
                raise
    except TimeoutError:
        print("outer TimeoutError")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("already expired body starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout_at in the past")
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
    except TimeoutError:
        print("inner timeout surfaces first")
    async def victim():
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
    t = asyncio.create_task(victim())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await asyncio.gather(t, return_exceptions=True)
    print("outside cancel stays CancelledError:", type(r[0]).__name__)
asyncio.run(main())
`,
  [
    "inside, expired? False True",
    "body finally",
    "TimeoutError CancelledError True",
    "current task cancelling: 0",
    "no timeout, expired? False",
    "when None: None",
    "rescheduled timeout fired",
    "body saw CancelledError",
    "outer TimeoutError",
    "already expired body starts",
    "timeout_at in the past",
    "inner timeout surfaces first",
    "outside cancel stays CancelledError: CancelledError",
  ],
  async (print) => {
    const main = async () => {
      const loop = asyncio.get_running_loop();
      let cm!: asyncio.Timeout;
      try {
        await asyncWith(asyncio.timeout(0.02), async (c) => {
          cm = c;
          print("inside, expired?", cm.expired(), cm.when() !== null);
          try {
            await asyncio.sleep(1);
          } finally {
            print("body finally");
          }
        });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("TimeoutError", e.__cause__ ? e.__cause__.name : null, cm.expired());
      }
      print("current task cancelling:", asyncio.current_task()!.cancelling());
      await asyncWith(asyncio.timeout(0.05), async (c) => {
        cm = c;
        await asyncio.sleep(0.01);
      });
      print("no timeout, expired?", cm.expired());
      try {
        await asyncWith(asyncio.timeout(null), async (c) => {
          print("when None:", c.when());
          c.reschedule(loop.time() + 0.01);
          await asyncio.sleep(1);
        });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("rescheduled timeout fired");
      }
      try {
        await asyncWith(asyncio.timeout(0.01), async () => {
          try {
            await asyncio.sleep(1);
          } catch (e) {
            if (e instanceof CancelledError) print("body saw CancelledError");
            throw e;
          }
        });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("outer TimeoutError");
      }
      try {
        await asyncWith(asyncio.timeout_at(loop.time() - 1), async () => {
          print("already expired body starts");
          await asyncio.sleep(0);
          print("not reached");
        });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("timeout_at in the past");
      }
      try {
        await asyncWith(asyncio.timeout(0.05), async () => {
          await asyncWith(asyncio.timeout(0.01), async () => {
            await asyncio.sleep(1);
          });
        });
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("inner timeout surfaces first");
      }
      const victim = async () => {
        await asyncWith(asyncio.timeout(1), async () => {
          await asyncio.sleep(1);
        });
      };
      const t = asyncio.create_task(coro(() => victim(), "victim"));
      await asyncio.sleep(0.01);
      t.cancel();
      const r = await asyncio.gather(t, { return_exceptions: true });
      print("outside cancel stays CancelledError:", (r[0] as BaseException).name);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "TaskGroup: waits for children; a failure cancels siblings and the body; errors in an ExceptionGroup",
  String.raw`
import asyncio
async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"{name} failed")
        print("done", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.01))
        b = tg.create_task(job("b", 0.02), name="bee")
        print("names", a.get_name(), b.get_name())
    print("results", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("x", 0.05))
            tg.create_task(job("y", 0.01, True))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except* ValueError as eg:
        print("caught group", repr(eg), [str(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("p", 0.05))
            raise KeyError("body error")
    except* KeyError as eg:
        print("body error group", repr(eg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("q", 0.01, True))
            tg.create_task(job("r", 0.01, True))
    except ExceptionGroup as eg:
        print("two", str(eg), [str(e) for e in eg.exceptions])
    print("cancelling", asyncio.current_task().cancelling())
asyncio.run(main())
`,
  [
    "names Task-2 bee",
    "done a",
    "done b",
    "results a b",
    "cancelled x",
    "body cancelled",
    "caught group ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('y failed')]) ['y failed']",
    "body error group ExceptionGroup('unhandled errors in a TaskGroup', [KeyError('body error')])",
    "two unhandled errors in a TaskGroup (2 sub-exceptions) ['q failed', 'r failed']",
    "cancelling 1",
  ],
  async (print) => {
    const job = async (name: string, d: number, fail = false) => {
      try {
        await asyncio.sleep(d);
        if (fail) throw new ValueError(`${name} failed`);
        print("done", name);
        return name;
      } catch (e) {
        if (e instanceof CancelledError) print("cancelled", name);
        throw e;
      }
    };
    const main = async () => {
      let a!: asyncio.Task<string>;
      let b!: asyncio.Task<string>;
      await asyncWith(new asyncio.TaskGroup(), async (tg) => {
        a = tg.create_task(coro(() => job("a", 0.01), "job"));
        b = tg.create_task(coro(() => job("b", 0.02), "job"), { name: "bee" });
        print("names", a.get_name(), b.get_name());
      });
      print("results", a.result(), b.result());
      try {
        await asyncWith(new asyncio.TaskGroup(), async (tg) => {
          tg.create_task(coro(() => job("x", 0.05), "job"));
          tg.create_task(coro(() => job("y", 0.01, true), "job"));
          try {
            await asyncio.sleep(1);
          } catch (e) {
            if (e instanceof CancelledError) print("body cancelled");
            throw e;
          }
        });
      } catch (e) {
        if (!(e instanceof ExceptionGroup)) throw e;
        print("caught group", repr(e), e.exceptions.map((x) => x.__str__()));
      }
      try {
        await asyncWith(new asyncio.TaskGroup(), async (tg) => {
          tg.create_task(coro(() => job("p", 0.05), "job"));
          throw new KeyError("body error");
        });
      } catch (e) {
        if (!(e instanceof ExceptionGroup)) throw e;
        print("body error group", repr(e));
      }
      try {
        await asyncWith(new asyncio.TaskGroup(), async (tg) => {
          tg.create_task(coro(() => job("q", 0.01, true), "job"));
          tg.create_task(coro(() => job("r", 0.01, true), "job"));
        });
      } catch (e) {
        if (!(e instanceof ExceptionGroup)) throw e;
        print("two", e.__str__(), e.exceptions.map((x) => x.__str__()));
      }
      print("cancelling", asyncio.current_task()!.cancelling());
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "as_completed yields in completion order and times out; shield protects the inner task",
  String.raw`
import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    return name
async def main():
    for f in asyncio.as_completed([job("c", 0.03), job("a", 0.01), job("b", 0.02)]):
        print(await f)
    try:
        for f in asyncio.as_completed([job("x", 0.01), job("y", 0.5)], timeout=0.03):
            print(await f)
    except TimeoutError:
        print("as_completed timeout")
    inner = asyncio.create_task(job("protected", 0.02))
    async def waiter():
        return await asyncio.shield(inner)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.005)
    w.cancel()
    print(await asyncio.gather(w, return_exceptions=True), "inner cancelled?", inner.cancelled())
    print("inner result", await inner)
asyncio.run(main())
`,
  ["a", "b", "c", "x", "as_completed timeout", "[CancelledError('')] inner cancelled? False", "inner result protected"],
  async (print) => {
    const job = async (name: string, d: number) => {
      await asyncio.sleep(d);
      return name;
    };
    const main = async () => {
      for (const f of asyncio.as_completed([coro(() => job("c", 0.03), "job"), coro(() => job("a", 0.01), "job"), coro(() => job("b", 0.02), "job")])) {
        print(await f);
      }
      try {
        for (const f of asyncio.as_completed([coro(() => job("x", 0.01), "job"), coro(() => job("y", 0.5), "job")], { timeout: 0.03 })) {
          print(await f);
        }
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("as_completed timeout");
      }
      const inner = asyncio.create_task(coro(() => job("protected", 0.02), "job"));
      const waiter = async () => await asyncio.shield(inner);
      const w = asyncio.create_task(coro(() => waiter(), "waiter"));
      await asyncio.sleep(0.005);
      w.cancel();
      print(await asyncio.gather(w, { return_exceptions: true }), "inner cancelled?", inner.cancelled());
      print("inner result", await inner);
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
