/**
 * gather, wait, wait_for, as_completed, shield, timeout() and TaskGroup
 * against CPython 3.11 (see asyncio-xcheck-harness.ts).
 */
import { describe, it } from "vitest";
import { asyncWith, check, pyRepr, type Print, type Runtime } from "./asyncio-xcheck-harness.js";

/** `job(name, d, fail)` as used by several scenarios. */
function makeJob({ asyncio, exc }: Runtime, print: Print, opts: { logCancel?: boolean; logFail?: boolean } = {}) {
  return async function job(name: string, d: number, fail = false): Promise<string> {
    try {
      await asyncio.sleep(d);
    } catch (e) {
      if (opts.logCancel && e instanceof asyncio.CancelledError) print("job cancelled", name);
      throw e;
    }
    if (fail) {
      if (opts.logFail) print("job fails", name);
      throw new exc.ValueError(name);
    }
    if (opts.logCancel) print("job done", name);
    return name;
  };
}

describe("gather / wait / wait_for / as_completed / shield match CPython", () => {
  it("gather: argument order, return_exceptions, first exception, cancellation", () =>
    check({
      py: `
import asyncio

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("job cancelled", name)
        raise
    if fail:
        print("job fails", name)
        raise ValueError(name)
    print("job done", name)
    return name

async def main():
    print(await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0)))
    res = await asyncio.gather(job("d", 0.01), job("e", 0, True), return_exceptions=True)
    print(*map(repr, res))
    try:
        await asyncio.gather(job("f", 0.1), job("g", 0.01, True), job("h", 0.15))
    except ValueError as e:
        print("first exception", repr(e))
    await asyncio.sleep(0.2)
    print("the others kept running")
    g = asyncio.gather(job("i", 1), job("j", 1))
    await asyncio.sleep(0)
    print("cancel gather ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; cancelled():", g.cancelled())
    print(await asyncio.gather())
    t = asyncio.create_task(job("k", 0))
    print(await asyncio.gather(t, t, job("l", 0)))
    g2 = asyncio.gather(job("m", 0.01), job("n", 1), return_exceptions=True)
    async def canceller():
        await asyncio.sleep(0.02)
        print("cancelling outer gather with return_exceptions")
        g2.cancel()
    asyncio.create_task(canceller())
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("outer cancelled anyway")

asyncio.run(main())
`,
      expected: [
        "job done c",
        "job done b",
        "job done a",
        "['a', 'b', 'c']",
        "job fails e",
        "job done d",
        "'d' ValueError('e')",
        "job fails g",
        "first exception ValueError('g')",
        "job done f",
        "job done h",
        "the others kept running",
        "cancel gather -> True",
        "job cancelled i",
        "job cancelled j",
        "gather raised CancelledError; cancelled(): False",
        "[]",
        "job done k",
        "job done l",
        "['k', 'k', 'l']",
        "job done m",
        "cancelling outer gather with return_exceptions",
        "job cancelled n",
        "outer cancelled anyway",
      ],
      async run(rt, print) {
        const { asyncio, coro, exc } = rt;
        const job = makeJob(rt, print, { logCancel: true, logFail: true });
        const J = (name: string, d: number, fail = false) => coro(() => job(name, d, fail), "job");
        async function main(): Promise<void> {
          print(await asyncio.gather(J("a", 0.02), J("b", 0.01), J("c", 0)));
          const res = await asyncio.gather(J("d", 0.01), J("e", 0, true), { return_exceptions: true });
          print(...res.map(pyRepr));
          try {
            await asyncio.gather(J("f", 0.1), J("g", 0.01, true), J("h", 0.15));
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("first exception", pyRepr(e));
          }
          await asyncio.sleep(0.2);
          print("the others kept running");
          const g = asyncio.gather(J("i", 1), J("j", 1));
          await asyncio.sleep(0);
          print("cancel gather ->", g.cancel());
          try {
            await g;
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("gather raised CancelledError; cancelled():", g.cancelled());
          }
          print(await asyncio.gather());
          const t = asyncio.create_task(J("k", 0));
          print(await asyncio.gather(t, t, J("l", 0)));
          const g2 = asyncio.gather(J("m", 0.01), J("n", 1), { return_exceptions: true });
          async function canceller(): Promise<void> {
            await asyncio.sleep(0.02);
            print("cancelling outer gather with return_exceptions");
            g2.cancel();
          }
          asyncio.create_task(coro(() => canceller(), "canceller"));
          try {
            print(await g2);
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("outer cancelled anyway");
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("wait: FIRST_COMPLETED, FIRST_EXCEPTION, timeout, ALL_COMPLETED", () =>
    check({
      py: `
import asyncio

async def job(name, d, fail=False):
    try:
        await asyncio.sleep(d)
    except asyncio.CancelledError:
        print("job cancelled", name)
        raise
    if fail:
        raise ValueError(name)
    print("job done", name)
    return name

def names(ts):
    return sorted(t.get_name() for t in ts)

async def main():
    a = asyncio.create_task(job("a", 0.01), name="a")
    b = asyncio.create_task(job("b", 0.2), name="b")
    done, pending = await asyncio.wait([a, b], return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    c = asyncio.create_task(job("c", 0.01, True), name="c")
    d = asyncio.create_task(job("d", 0.005), name="d")
    done, pending = await asyncio.wait([b, c, d], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending))
    done, pending = await asyncio.wait([b], timeout=0.001)
    print("timeout", names(done), names(pending), b.done())
    done, pending = await asyncio.wait([b, c])
    print("all", names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
`,
      expected: [
        "job done a",
        "first completed ['a'] ['b']",
        "job done d",
        "first exception ['c', 'd'] ['b']",
        "timeout [] ['b'] False",
        "job done b",
        "all ['b', 'c'] []",
        "ValueError Set of Tasks/Futures is empty.",
        "FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED",
      ],
      async run(rt, print) {
        const { asyncio, coro, exc } = rt;
        const job = makeJob(rt, print, { logCancel: true });
        const J = (name: string, d: number, fail = false) => coro(() => job(name, d, fail), "job");
        const names = (ts: Iterable<{ get_name(): string }>) => [...ts].map((t) => t.get_name()).sort();
        async function main(): Promise<void> {
          const a = asyncio.create_task(J("a", 0.01), { name: "a" });
          const b = asyncio.create_task(J("b", 0.2), { name: "b" });
          let [done, pending] = await asyncio.wait([a, b], { return_when: asyncio.FIRST_COMPLETED });
          print("first completed", names(done as Set<any>), names(pending as Set<any>));
          const c = asyncio.create_task(J("c", 0.01, true), { name: "c" });
          const d = asyncio.create_task(J("d", 0.005), { name: "d" });
          [done, pending] = await asyncio.wait([b, c, d], { return_when: asyncio.FIRST_EXCEPTION });
          print("first exception", names(done as Set<any>), names(pending as Set<any>));
          [done, pending] = await asyncio.wait([b], { timeout: 0.001 });
          print("timeout", names(done as Set<any>), names(pending as Set<any>), b.done());
          [done, pending] = await asyncio.wait([b, c]);
          print("all", names(done as Set<any>), names(pending as Set<any>));
          try {
            await asyncio.wait([]);
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError", e.__str__());
          }
          print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("wait_for: timeout cancels the inner task and raises TimeoutError; cancelling the waiter cancels it too", () =>
    check({
      py: `
import asyncio

async def slow(name):
    try:
        print(name, "starts")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "finally")

async def quick(x):
    await asyncio.sleep(0)
    return x

async def main():
    try:
        await asyncio.wait_for(slow("s1"), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(quick("fast"), 1))
    print(await asyncio.wait_for(quick("no limit"), None))
    try:
        await asyncio.wait_for(slow("s2"), 0)
    except TimeoutError:
        print("zero timeout: s2 never started")
    t = asyncio.create_task(slow("s3"))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())
    async def outer():
        return await asyncio.wait_for(slow("s4"), 1)
    o = asyncio.create_task(outer())
    await asyncio.sleep(0.005)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled too")

asyncio.run(main())
`,
      expected: [
        "s1 starts",
        "s1 cancelled",
        "s1 finally",
        "timeout TimeoutError True",
        "fast",
        "no limit",
        "zero timeout: s2 never started",
        "s3 starts",
        "s3 cancelled",
        "s3 finally",
        "task cancelled by wait_for: True",
        "s4 starts",
        "s4 cancelled",
        "s4 finally",
        "outer cancelled, inner cancelled too",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function slow(name: string): Promise<void> {
          try {
            print(name, "starts");
            await asyncio.sleep(1);
          } catch (e) {
            if (e instanceof asyncio.CancelledError) print(name, "cancelled");
            throw e;
          } finally {
            print(name, "finally");
          }
        }
        async function quick<T>(x: T): Promise<T> {
          await asyncio.sleep(0);
          return x;
        }
        async function main(): Promise<void> {
          try {
            await asyncio.wait_for(coro(() => slow("s1"), "slow"), 0.01);
          } catch (e) {
            if (!(e instanceof asyncio.TimeoutError)) throw e;
            print("timeout", e.name, asyncio.TimeoutError === exc.TimeoutError);
          }
          print(await asyncio.wait_for(coro(() => quick("fast"), "quick"), 1));
          print(await asyncio.wait_for(coro(() => quick("no limit"), "quick"), null));
          try {
            await asyncio.wait_for(coro(() => slow("s2"), "slow"), 0);
          } catch (e) {
            if (!(e instanceof exc.TimeoutError)) throw e;
            print("zero timeout: s2 never started");
          }
          const t = asyncio.create_task(coro(() => slow("s3"), "slow"));
          try {
            await asyncio.wait_for(t, 0.01);
          } catch (e) {
            if (!(e instanceof exc.TimeoutError)) throw e;
            print("task cancelled by wait_for:", t.cancelled());
          }
          async function outer(): Promise<void> {
            return await asyncio.wait_for(coro(() => slow("s4"), "slow"), 1);
          }
          const o = asyncio.create_task(coro(() => outer(), "outer"));
          await asyncio.sleep(0.005);
          o.cancel();
          try {
            await o;
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("outer cancelled, inner cancelled too");
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("as_completed yields in completion order, raises, times out; shield protects the inner task", () =>
    check({
      py: `
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

async def main():
    for f in asyncio.as_completed([job("a", 0.03), job("b", 0.01), job("c", 0.02)]):
        print("completed", await f)
    try:
        for f in asyncio.as_completed([job("x", 0.01, True), job("y", 0.02)]):
            print("got", await f)
    except ValueError as e:
        print("as_completed raised", repr(e))
    try:
        for f in asyncio.as_completed([job("fast", 0.001), job("slow", 1)], timeout=0.02):
            print("before timeout", await f)
    except TimeoutError:
        print("as_completed timeout")

    inner = asyncio.create_task(job("inner", 0.02))
    async def waiter():
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print("waiter cancelled; inner cancelled?", inner.cancelled())
            raise
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("inner still finishes:", await inner)
    done = asyncio.create_task(job("done", 0))
    await done
    print("shield of a done task:", asyncio.shield(done) is done)

asyncio.run(main())
`,
      expected: [
        "completed b",
        "completed c",
        "completed a",
        "as_completed raised ValueError('x')",
        "before timeout fast",
        "as_completed timeout",
        "waiter cancelled; inner cancelled? False",
        "inner still finishes: inner",
        "shield of a done task: True",
      ],
      async run(rt, print) {
        const { asyncio, coro, exc } = rt;
        const job = makeJob(rt, print);
        const J = (name: string, d: number, fail = false) => coro(() => job(name, d, fail), "job");
        async function main(): Promise<void> {
          for (const f of asyncio.as_completed([J("a", 0.03), J("b", 0.01), J("c", 0.02)])) {
            print("completed", await f);
          }
          try {
            for (const f of asyncio.as_completed([J("x", 0.01, true), J("y", 0.02)])) print("got", await f);
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("as_completed raised", pyRepr(e));
          }
          try {
            for (const f of asyncio.as_completed([J("fast", 0.001), J("slow", 1)], { timeout: 0.02 })) print("before timeout", await f);
          } catch (e) {
            if (!(e instanceof exc.TimeoutError)) throw e;
            print("as_completed timeout");
          }
          const inner = asyncio.create_task(J("inner", 0.02));
          async function waiter(): Promise<string> {
            try {
              return await asyncio.shield(inner);
            } catch (e) {
              if (e instanceof asyncio.CancelledError) print("waiter cancelled; inner cancelled?", inner.cancelled());
              throw e;
            }
          }
          const w = asyncio.create_task(coro(() => waiter(), "waiter"));
          await asyncio.sleep(0.005);
          w.cancel();
          await asyncio.gather(w, { return_exceptions: true });
          print("inner still finishes:", await inner);
          const done = asyncio.create_task(J("done", 0));
          await done;
          print("shield of a done task:", (asyncio.shield(done) as unknown) === done);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));
});

describe("timeout() and TaskGroup match CPython", () => {
  it("asyncio.timeout / timeout_at: expiry, reschedule, nesting", () =>
    check({
      py: `
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.001)
    print("fits; expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: CancelledError")
                raise
            finally:
                print("inside: finally")
    except TimeoutError:
        print("outside: TimeoutError; expired:", cm.expired())
    deadline = loop.time() + 0.01
    try:
        async with asyncio.timeout_at(deadline) as cm:
            print("when matches:", cm.when() == deadline)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    async with asyncio.timeout(None) as cm:
        print("when None:", cm.when())
        cm.reschedule(loop.time() + 0.5)
        await asyncio.sleep(0.001)
    print("rescheduled, expired:", cm.expired())
    try:
        async with asyncio.timeout(0.5) as cm:
            cm.reschedule(loop.time() + 0.005)
            await asyncio.sleep(0.2)
    except TimeoutError:
        print("tightened deadline fired")
    try:
        async with asyncio.timeout(0.02):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("WRONG: inner")
    except TimeoutError:
        print("outer expired through the inner block")
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.005):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner expired, handled")
            print("outer goes on")
    except TimeoutError:
        print("WRONG: outer")
    try:
        async with asyncio.timeout(-1):
            print("negative delay: body starts")
            await asyncio.sleep(0)
            print("WRONG: not reached")
    except TimeoutError:
        print("negative delay expires at the first await")
    async with asyncio.timeout(0.01) as cm:
        pass
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`,
      expected: [
        "fits; expired: False",
        "inside: CancelledError",
        "inside: finally",
        "outside: TimeoutError; expired: True",
        "when matches: True",
        "timeout_at fired",
        "when None: None",
        "rescheduled, expired: False",
        "tightened deadline fired",
        "outer expired through the inner block",
        "inner expired, handled",
        "outer goes on",
        "negative delay: body starts",
        "negative delay expires at the first await",
        "RuntimeError: Cannot change state of finished Timeout",
      ],
      async run({ asyncio, coro, exc }, print) {
        const W = asyncWith;
        const P = exc.toPyException;
        const isTimeout = (e: unknown) => e instanceof exc.TimeoutError;
        async function main(): Promise<void> {
          const loop = asyncio.get_running_loop();
          let cm: any = asyncio.timeout(0.5);
          await W(cm, async () => void (await asyncio.sleep(0.001)), P);
          print("fits; expired:", cm.expired());
          try {
            cm = asyncio.timeout(0.01);
            await W(
              cm,
              async () => {
                try {
                  await asyncio.sleep(1);
                } catch (e) {
                  if (e instanceof asyncio.CancelledError) print("inside: CancelledError");
                  throw e;
                } finally {
                  print("inside: finally");
                }
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("outside: TimeoutError; expired:", cm.expired());
          }
          const deadline = loop.time() + 0.01;
          try {
            await W(
              asyncio.timeout_at(deadline),
              async (c) => {
                print("when matches:", c.when() === deadline);
                await asyncio.sleep(1);
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("timeout_at fired");
          }
          cm = asyncio.timeout(null);
          await W(
            cm,
            async (c) => {
              print("when None:", c.when());
              c.reschedule(loop.time() + 0.5);
              await asyncio.sleep(0.001);
            },
            P,
          );
          print("rescheduled, expired:", cm.expired());
          try {
            await W(
              asyncio.timeout(0.5),
              async (c) => {
                c.reschedule(loop.time() + 0.005);
                await asyncio.sleep(0.2);
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("tightened deadline fired");
          }
          try {
            await W(
              asyncio.timeout(0.02),
              async () => {
                try {
                  await W(asyncio.timeout(1), async () => void (await asyncio.sleep(0.5)), P);
                } catch (e) {
                  if (!isTimeout(e)) throw e;
                  print("WRONG: inner");
                }
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("outer expired through the inner block");
          }
          try {
            await W(
              asyncio.timeout(0.05),
              async () => {
                try {
                  await W(asyncio.timeout(0.005), async () => void (await asyncio.sleep(0.5)), P);
                } catch (e) {
                  if (!isTimeout(e)) throw e;
                  print("inner expired, handled");
                }
                print("outer goes on");
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("WRONG: outer");
          }
          try {
            await W(
              asyncio.timeout(-1),
              async () => {
                print("negative delay: body starts");
                await asyncio.sleep(0);
                print("WRONG: not reached");
              },
              P,
            );
          } catch (e) {
            if (!isTimeout(e)) throw e;
            print("negative delay expires at the first await");
          }
          cm = asyncio.timeout(0.01);
          await W(cm, async () => undefined, P);
          try {
            cm.reschedule(1);
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            print("RuntimeError:", e.__str__());
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("TaskGroup: waits for children; a failure cancels siblings and raises an ExceptionGroup", () =>
    check({
      py: `
import asyncio

async def child(name, d, error=None):
    try:
        await asyncio.sleep(d)
        if error is not None:
            print(name, "raises")
            raise error(name)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.02))
        t2 = tg.create_task(child("b", 0.01), name="bee")
        print("in block, none started")
    print("after block", t1.result(), t2.result(), t2.get_name())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("slow", 0.2))
            tg.create_task(child("bad", 0.01, ValueError))
            tg.create_task(child("slower", 0.3))
            print("body waits")
        print("WRONG")
    except ExceptionGroup as eg:
        print("group:", str(eg), *[repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("k", 0, KeyError))
            tg.create_task(child("t", 0, TypeError))
            tg.create_task(child("late", 0.2))
    except ExceptionGroup as eg:
        print("two errors:", sorted(type(e).__name__ for e in eg.exceptions))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sibling", 0.2))
            await asyncio.sleep(0.005)
            raise LookupError("body failed")
    except ExceptionGroup as eg:
        print("body error:", *[repr(e) for e in eg.exceptions])
    async def cancel_me():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("grandchild", 1))
            await asyncio.sleep(1)
    t = asyncio.create_task(cancel_me())
    await asyncio.sleep(0.005)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("parent cancelled, group propagated CancelledError")

asyncio.run(main())
`,
      expected: [
        "in block, none started",
        "b done",
        "a done",
        "after block a b bee",
        "body waits",
        "bad raises",
        "slow cancelled",
        "slower cancelled",
        "group: unhandled errors in a TaskGroup (1 sub-exception) ValueError('bad')",
        "k raises",
        "t raises",
        "late cancelled",
        "two errors: ['KeyError', 'TypeError']",
        "sibling cancelled",
        "body error: LookupError('body failed')",
        "grandchild cancelled",
        "parent cancelled, group propagated CancelledError",
      ],
      async run({ asyncio, coro, exc }, print) {
        const W = asyncWith;
        const P = exc.toPyException;
        type ErrorClass = new (...args: unknown[]) => InstanceType<typeof exc.Exception>;
        async function child(name: string, d: number, error: ErrorClass | null = null): Promise<string> {
          try {
            await asyncio.sleep(d);
            if (error !== null) {
              print(name, "raises");
              throw new error(name);
            }
            print(name, "done");
            return name;
          } catch (e) {
            if (e instanceof asyncio.CancelledError) print(name, "cancelled");
            throw e;
          }
        }
        const C = (name: string, d: number, error: ErrorClass | null = null) => coro(() => child(name, d, error), "child");
        async function main(): Promise<void> {
          let t1: any, t2: any;
          await W(
            new asyncio.TaskGroup(),
            async (tg) => {
              t1 = tg.create_task(C("a", 0.02));
              t2 = tg.create_task(C("b", 0.01), { name: "bee" });
              print("in block, none started");
            },
            P,
          );
          print("after block", t1.result(), t2.result(), t2.get_name());
          try {
            await W(
              new asyncio.TaskGroup(),
              async (tg) => {
                tg.create_task(C("slow", 0.2));
                tg.create_task(C("bad", 0.01, exc.ValueError));
                tg.create_task(C("slower", 0.3));
                print("body waits");
              },
              P,
            );
            print("WRONG");
          } catch (e) {
            if (!(e instanceof exc.ExceptionGroup)) throw e;
            print("group:", e.__str__(), ...e.exceptions.map(pyRepr));
          }
          try {
            await W(
              new asyncio.TaskGroup(),
              async (tg) => {
                tg.create_task(C("k", 0, exc.KeyError));
                tg.create_task(C("t", 0, exc.TypeError));
                tg.create_task(C("late", 0.2));
              },
              P,
            );
          } catch (e) {
            if (!(e instanceof exc.ExceptionGroup)) throw e;
            print("two errors:", e.exceptions.map((x) => x.name).sort());
          }
          try {
            await W(
              new asyncio.TaskGroup(),
              async (tg) => {
                tg.create_task(C("sibling", 0.2));
                await asyncio.sleep(0.005);
                throw new exc.LookupError("body failed");
              },
              P,
            );
          } catch (e) {
            if (!(e instanceof exc.ExceptionGroup)) throw e;
            print("body error:", ...e.exceptions.map(pyRepr));
          }
          async function cancelMe(): Promise<void> {
            await W(
              new asyncio.TaskGroup(),
              async (tg) => {
                tg.create_task(C("grandchild", 1));
                await asyncio.sleep(1);
              },
              P,
            );
          }
          const t = asyncio.create_task(coro(() => cancelMe(), "cancel_me"));
          await asyncio.sleep(0.005);
          t.cancel();
          try {
            await t;
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("parent cancelled, group propagated CancelledError");
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));
});
