/**
 * Cross-check of edge cases against CPython 3.11: cancellation while waiting
 * on locks, conditions, semaphores and queues; wait_for/timeout with a body
 * that swallows the cancellation; repeated cancel(); futures cancelled by
 * someone else; awaits that do not suspend; async generators inside tasks;
 * callbacks that schedule callbacks; SystemExit inside a task.
 * See asyncio-xcheck-harness.ts for how each scenario is checked.
 */
import { describe, it } from "vitest";
import { asyncWith, check, pyRepr } from "./asyncio-xcheck-harness.js";

describe("xcheck: edge cases match CPython", () => {
  it("cancelled waiters of Lock, Condition, Semaphore and Queue.put hand their turn on", () =>
    check({
      py: `
import asyncio

async def holder(lock, name, hold):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(hold)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked:", lock.locked())
        raise

async def main():
    # a waiter cancelled after it was woken passes the lock on (3.11 no-barging)
    lock = asyncio.Lock()
    a = asyncio.create_task(holder(lock, "a", 0))
    b = asyncio.create_task(holder(lock, "b", 0))
    c = asyncio.create_task(holder(lock, "c", 0))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("lock free:", not lock.locked())

    # Condition.wait re-acquires the lock even when cancelled
    cond = asyncio.Condition()
    async def cwait():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cwait cancelled; holds lock again:", cond.locked())
                raise
    t = asyncio.create_task(cwait())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock; cwait not finished:", not t.done())
    await asyncio.gather(t, return_exceptions=True)
    print("cwait cancelled:", t.cancelled(), "lock free:", not cond.locked())

    # Semaphore: a waiter cancelled after being woken gives its slot to the next
    sem = asyncio.Semaphore(0)
    async def sw(name):
        try:
            async with sem:
                print(name, "in")
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise
    ws = [asyncio.create_task(sw(n)) for n in "xyz"]
    await asyncio.sleep(0)
    sem.release()
    ws[0].cancel()
    await asyncio.gather(*ws[:2], return_exceptions=True)
    print("locked after:", sem.locked(), "z done:", ws[2].done())
    sem.release()
    await ws[2]

    # Queue.put cancelled while the queue is full
    q = asyncio.Queue(1)
    q.put_nowait(0)
    async def p(v):
        try:
            await q.put(v)
            print("put", v)
        except asyncio.CancelledError:
            print("put", v, "cancelled")
            raise
    ps = [asyncio.create_task(p(v)) for v in (1, 2)]
    await asyncio.sleep(0)
    ps[0].cancel()
    print("got", q.get_nowait())
    await asyncio.gather(*ps, return_exceptions=True)
    print("queue now", q.get_nowait(), q.empty())

asyncio.run(main())
`,
      expected: [
        "a has the lock",
        "a released",
        "b cancelled; lock locked: False",
        "c has the lock",
        "c released",
        "lock free: True",
        "main still holds the lock; cwait not finished: True",
        "cwait cancelled; holds lock again: True",
        "cwait cancelled: True lock free: True",
        "x cancelled",
        "y in",
        "z in",
        "locked after: False z done: True",
        "got 0",
        "put 1 cancelled",
        "put 2",
        "queue now 2 True",
      ],
      async run({ asyncio, coro, exc }, print) {
        const P = exc.toPyException;
        async function holder(
          lock: InstanceType<typeof asyncio.Lock>,
          name: string,
          hold: number,
        ): Promise<void> {
          try {
            await asyncWith(
              lock,
              async () => {
                print(name, "has the lock");
                await asyncio.sleep(hold);
              },
              P,
            );
            print(name, "released");
          } catch (e) {
            if (e instanceof asyncio.CancelledError)
              print(name, "cancelled; lock locked:", lock.locked());
            throw e;
          }
        }
        async function main(): Promise<void> {
          const lock = new asyncio.Lock();
          const a = asyncio.create_task(
            coro(() => holder(lock, "a", 0), "holder"),
          );
          const b = asyncio.create_task(
            coro(() => holder(lock, "b", 0), "holder"),
          );
          const c = asyncio.create_task(
            coro(() => holder(lock, "c", 0), "holder"),
          );
          await asyncio.sleep(0);
          await asyncio.sleep(0);
          b.cancel();
          await asyncio.gather(a, b, c, { return_exceptions: true });
          print("lock free:", !lock.locked());

          const cond = new asyncio.Condition();
          async function cwait(): Promise<void> {
            await asyncWith(
              cond,
              async () => {
                try {
                  await cond.wait();
                } catch (e) {
                  if (e instanceof asyncio.CancelledError)
                    print("cwait cancelled; holds lock again:", cond.locked());
                  throw e;
                }
              },
              P,
            );
          }
          const t = asyncio.create_task(coro(() => cwait(), "cwait"));
          await asyncio.sleep(0);
          await asyncWith(
            cond,
            async () => {
              t.cancel();
              await asyncio.sleep(0);
              print(
                "main still holds the lock; cwait not finished:",
                !t.done(),
              );
            },
            P,
          );
          await asyncio.gather(t, { return_exceptions: true });
          print(
            "cwait cancelled:",
            t.cancelled(),
            "lock free:",
            !cond.locked(),
          );

          const sem = new asyncio.Semaphore(0);
          async function sw(name: string): Promise<void> {
            try {
              await asyncWith(sem, async () => print(name, "in"), P);
            } catch (e) {
              if (e instanceof asyncio.CancelledError) print(name, "cancelled");
              throw e;
            }
          }
          const ws = [..."xyz"].map((n) =>
            asyncio.create_task(coro(() => sw(n), "sw")),
          );
          await asyncio.sleep(0);
          sem.release();
          ws[0]!.cancel();
          await asyncio.gather(...ws.slice(0, 2), { return_exceptions: true });
          print("locked after:", sem.locked(), "z done:", ws[2]!.done());
          sem.release();
          await ws[2];

          const q = new asyncio.Queue<number>(1);
          q.put_nowait(0);
          async function p(v: number): Promise<void> {
            try {
              await q.put(v);
              print("put", v);
            } catch (e) {
              if (e instanceof asyncio.CancelledError)
                print("put", v, "cancelled");
              throw e;
            }
          }
          const ps = [1, 2].map((v) =>
            asyncio.create_task(coro(() => p(v), "p")),
          );
          await asyncio.sleep(0);
          ps[0]!.cancel();
          print("got", q.get_nowait());
          await asyncio.gather(...ps, { return_exceptions: true });
          print("queue now", q.get_nowait(), q.empty());
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("wait_for/timeout with a body that swallows cancellation; cancel() twice; futures cancelled by others; gather cancelled from outside", () =>
    check({
      py: `
import asyncio

async def stubborn(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "swallows the cancellation")
    return name + " result"

async def main():
    # wait_for returns the value when the inner task swallows the cancellation
    print(await asyncio.wait_for(stubborn("w"), 0.01))

    # timeout(): a body that swallows the cancellation gets no TimeoutError
    async with asyncio.timeout(0.01) as cm:
        r = await stubborn("t")
        print("body continues:", r)
    print("expired:", cm.expired())

    # cancelling the task from outside while it is inside timeout(): CancelledError, not TimeoutError
    async def inside():
        try:
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
        except TimeoutError:
            print("WRONG: TimeoutError")
        except asyncio.CancelledError:
            print("inside got CancelledError")
            raise
    t = asyncio.create_task(inside())
    await asyncio.sleep(0.005)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cancelled:", t.cancelled())

    # cancel twice, cancelling() counts
    async def sleeper():
        try:
            await asyncio.sleep(1)
        finally:
            me = asyncio.current_task()
            print("cancelling() in finally:", me.cancelling())
    s = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(s.cancel(), s.cancel(), s.cancelling())
    await asyncio.gather(s, return_exceptions=True)

    # a future cancelled by someone else cancels the awaiting task
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    async def waiter():
        await fut
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    fut.cancel("external")
    r = await asyncio.gather(w, return_exceptions=True)
    print("waiter cancelled:", w.cancelled(), repr(r[0]))

    # await in finally during cancellation; second cancel while cleaning up
    async def cleanup():
        try:
            await asyncio.sleep(1)
        finally:
            print("cleanup starts")
            try:
                await asyncio.sleep(0.01)
                print("cleanup finished")
            except asyncio.CancelledError:
                print("cleanup interrupted")
                raise
    c = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("cleanup task cancelled:", c.cancelled())

    # gather cancelled from outside: children cancelled
    async def child(n):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("child", n, "cancelled")
            raise
    async def parent():
        await asyncio.gather(child(1), child(2))
    pt = asyncio.create_task(parent())
    await asyncio.sleep(0.005)
    pt.cancel()
    await asyncio.gather(pt, return_exceptions=True)
    print("parent cancelled:", pt.cancelled())

asyncio.run(main())
`,
      expected: [
        "w swallows the cancellation",
        "w result",
        "t swallows the cancellation",
        "body continues: t result",
        "expired: True",
        "inside got CancelledError",
        "cancelled: True",
        "True True 2",
        "cancelling() in finally: 2",
        "waiter cancelled: True CancelledError('')",
        "cleanup starts",
        "cleanup interrupted",
        "cleanup task cancelled: True",
        "child 1 cancelled",
        "child 2 cancelled",
        "parent cancelled: True",
      ],
      async run({ asyncio, coro, exc }, print) {
        const P = exc.toPyException;
        async function stubborn(name: string): Promise<string> {
          try {
            await asyncio.sleep(1);
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print(name, "swallows the cancellation");
          }
          return name + " result";
        }
        async function main(): Promise<void> {
          print(
            await asyncio.wait_for(
              coro(() => stubborn("w"), "stubborn"),
              0.01,
            ),
          );

          const cm = asyncio.timeout(0.01);
          await asyncWith(
            cm,
            async () => {
              const r = await stubborn("t");
              print("body continues:", r);
            },
            P,
          );
          print("expired:", cm.expired());

          async function inside(): Promise<void> {
            try {
              await asyncWith(
                asyncio.timeout(1),
                async () => void (await asyncio.sleep(1)),
                P,
              );
            } catch (e) {
              if (e instanceof exc.TimeoutError) print("WRONG: TimeoutError");
              else if (e instanceof asyncio.CancelledError) {
                print("inside got CancelledError");
                throw e;
              } else throw e;
            }
          }
          const t = asyncio.create_task(coro(() => inside(), "inside"));
          await asyncio.sleep(0.005);
          t.cancel();
          await asyncio.gather(t, { return_exceptions: true });
          print("cancelled:", t.cancelled());

          async function sleeper(): Promise<void> {
            try {
              await asyncio.sleep(1);
            } finally {
              const me = asyncio.current_task()!;
              print("cancelling() in finally:", me.cancelling());
            }
          }
          const s = asyncio.create_task(coro(() => sleeper(), "sleeper"));
          await asyncio.sleep(0);
          print(s.cancel(), s.cancel(), s.cancelling());
          await asyncio.gather(s, { return_exceptions: true });

          const loop = asyncio.get_running_loop();
          const fut = loop.create_future<void>();
          async function waiter(): Promise<void> {
            await fut;
          }
          const w = asyncio.create_task(coro(() => waiter(), "waiter"));
          await asyncio.sleep(0);
          fut.cancel("external");
          const r = await asyncio.gather(w, { return_exceptions: true });
          print("waiter cancelled:", w.cancelled(), pyRepr(r[0]));

          async function cleanup(): Promise<void> {
            try {
              await asyncio.sleep(1);
            } finally {
              print("cleanup starts");
              try {
                await asyncio.sleep(0.01);
                print("cleanup finished");
              } catch (e) {
                if (e instanceof asyncio.CancelledError)
                  print("cleanup interrupted");
                throw e;
              }
            }
          }
          const c = asyncio.create_task(coro(() => cleanup(), "cleanup"));
          await asyncio.sleep(0);
          c.cancel();
          await asyncio.sleep(0);
          c.cancel();
          await asyncio.gather(c, { return_exceptions: true });
          print("cleanup task cancelled:", c.cancelled());

          async function child(n: number): Promise<void> {
            try {
              await asyncio.sleep(1);
            } catch (e) {
              if (e instanceof asyncio.CancelledError)
                print("child", n, "cancelled");
              throw e;
            }
          }
          async function parent(): Promise<void> {
            await asyncio.gather(
              coro(() => child(1), "child"),
              coro(() => child(2), "child"),
            );
          }
          const pt = asyncio.create_task(coro(() => parent(), "parent"));
          await asyncio.sleep(0.005);
          pt.cancel();
          await asyncio.gather(pt, { return_exceptions: true });
          print("parent cancelled:", pt.cancelled());
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("awaits that do not suspend, async generators in tasks, callbacks scheduling callbacks, SystemExit in a task", () =>
    check({
      py: `
import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def no_suspend(x):
    return x + 1

async def agen(name, n):
    for i in range(n):
        await asyncio.sleep(0)
        yield f"{name}{i}"

async def consume(name, n):
    async for v in agen(name, n):
        print("got", v)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    t = asyncio.create_task(ticker(3))
    await asyncio.sleep(0)
    print("A")
    print(await done)          # does not yield
    print(await no_suspend(1)) # does not yield
    print(await t if t.done() else "ticker still running")
    await t
    print("B")
    # async generators interleave with other tasks exactly like coroutines
    await asyncio.gather(consume("x", 3), consume("y", 2))
    # callbacks scheduling callbacks: each hop is one loop iteration
    order = []
    f1 = loop.create_future()
    f2 = loop.create_future()
    f1.add_done_callback(lambda f: (order.append("f1 cb"), f2.set_result(None)))
    f2.add_done_callback(lambda f: order.append("f2 cb"))
    loop.call_soon(f1.set_result, None)
    loop.call_soon(order.append, "soon")
    for i in range(4):
        order.append(f"turn {i}")
        await asyncio.sleep(0)
    print(order)
    # ensure_future returns futures and tasks unchanged
    print(asyncio.ensure_future(t) is t, asyncio.ensure_future(done) is done)

asyncio.run(main())

async def exits():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def main2():
    t = asyncio.create_task(exits())
    try:
        await asyncio.sleep(1)
    finally:
        print("main2 finally")

try:
    asyncio.run(main2())
except SystemExit as e:
    print("SystemExit", e.code)
`,
      expected: [
        "tick 0",
        "A",
        "ready",
        "2",
        "ticker still running",
        "tick 1",
        "tick 2",
        "B",
        "got x0",
        "got y0",
        "got x1",
        "got y1",
        "got x2",
        "['turn 0', 'soon', 'turn 1', 'f1 cb', 'turn 2', 'f2 cb', 'turn 3']",
        "True True",
        "main2 finally",
        "SystemExit 3",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function ticker(n: number): Promise<void> {
          for (let i = 0; i < n; i++) {
            print("tick", i);
            await asyncio.sleep(0);
          }
        }
        async function noSuspend(x: number): Promise<number> {
          return x + 1;
        }
        async function* agen(name: string, n: number): AsyncGenerator<string> {
          for (let i = 0; i < n; i++) {
            await asyncio.sleep(0);
            yield `${name}${i}`;
          }
        }
        async function consume(name: string, n: number): Promise<void> {
          for await (const v of agen(name, n)) print("got", v);
        }
        async function main(): Promise<void> {
          const loop = asyncio.get_running_loop();
          const done = loop.create_future<string>();
          done.set_result("ready");
          const t = asyncio.create_task(coro(() => ticker(3), "ticker"));
          await asyncio.sleep(0);
          print("A");
          print(await done);
          print(await noSuspend(1));
          print(t.done() ? await t : "ticker still running");
          await t;
          print("B");
          await asyncio.gather(
            coro(() => consume("x", 3), "consume"),
            coro(() => consume("y", 2), "consume"),
          );
          const order: string[] = [];
          const f1 = loop.create_future<null>();
          const f2 = loop.create_future<null>();
          f1.add_done_callback(() => {
            order.push("f1 cb");
            f2.set_result(null);
          });
          f2.add_done_callback(() => void order.push("f2 cb"));
          loop.call_soon(() => f1.set_result(null));
          loop.call_soon((x: string) => void order.push(x), "soon");
          for (let i = 0; i < 4; i++) {
            order.push(`turn ${i}`);
            await asyncio.sleep(0);
          }
          print(order);
          print(
            (asyncio.ensure_future(t) as unknown) === t,
            (asyncio.ensure_future(done) as unknown) === done,
          );
        }
        await asyncio.run(coro(() => main(), "main"));

        async function exits(): Promise<void> {
          await asyncio.sleep(0);
          throw new exc.SystemExit(3);
        }
        async function main2(): Promise<void> {
          asyncio.create_task(coro(() => exits(), "exits"));
          try {
            await asyncio.sleep(1);
          } finally {
            print("main2 finally");
          }
        }
        const stderr = process.stderr.write;
        process.stderr.write = (() => true) as typeof process.stderr.write;
        try {
          await asyncio.run(coro(() => main2(), "main2"));
        } catch (e) {
          if (!(e instanceof exc.SystemExit)) throw e;
          print("SystemExit", e.code);
        } finally {
          process.stderr.write = stderr;
        }
      },
    }));

  it("how many loop iterations each await, combinator and primitive takes", () =>
    check({
      py: `
import asyncio

ticks = 0

async def ticker():
    global ticks
    while True:
        await asyncio.sleep(0)
        ticks += 1

async def instant(x):
    return x

async def one_yield(x):
    await asyncio.sleep(0)
    return x

async def measure(label, make):
    start = ticks
    await make()
    print(label, ticks - start)

async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result(1)
    await measure("await instant coroutine", lambda: instant(1))
    await measure("await done future", lambda: done_fut)
    await measure("sleep(0)", lambda: asyncio.sleep(0))
    await measure("create_task + await", lambda: asyncio.create_task(instant(1)))
    await measure("gather(instant)", lambda: asyncio.gather(instant(1)))
    await measure("gather(instant, one_yield)", lambda: asyncio.gather(instant(1), one_yield(2)))
    await measure("gather()", lambda: asyncio.gather())
    await measure("wait_for(instant, 1)", lambda: asyncio.wait_for(instant(1), 1))
    await measure("wait_for(instant, None)", lambda: asyncio.wait_for(instant(1), None))
    await measure("wait_for(done future, 1)", lambda: asyncio.wait_for(done_fut, 1))
    await measure("wait([task])", lambda: asyncio.wait([asyncio.create_task(instant(1))]))
    await measure("wait FIRST_COMPLETED", lambda: asyncio.wait([asyncio.create_task(instant(1)), asyncio.create_task(one_yield(1))], return_when=asyncio.FIRST_COMPLETED))
    await measure("shield(instant)", lambda: asyncio.shield(instant(1)))
    async def ac():
        for f in asyncio.as_completed([instant(1), one_yield(2)]):
            await f
    await measure("as_completed x2", ac)
    async def tmo():
        async with asyncio.timeout(1):
            await instant(1)
    await measure("timeout block", tmo)
    async def tg():
        async with asyncio.TaskGroup() as g:
            g.create_task(instant(1))
            g.create_task(one_yield(1))
    await measure("TaskGroup x2", tg)
    async def lock():
        l = asyncio.Lock()
        async with l:
            pass
    await measure("free Lock", lock)
    async def ev():
        e = asyncio.Event()
        loop.call_soon(e.set)
        await e.wait()
    await measure("Event set by call_soon", ev)
    async def q():
        qq = asyncio.Queue()
        loop.call_soon(qq.put_nowait, 1)
        await qq.get()
    await measure("Queue.get woken by call_soon", q)
    async def th():
        await asyncio.to_thread(lambda: 1)
    r = ticks
    await th()
    print("to_thread ran", ticks - r >= 1)
    async def sl():
        await asyncio.sleep(0.001)
    t.cancel()

asyncio.run(main())
`,
      expected: [
        "await instant coroutine 0",
        "await done future 0",
        "sleep(0) 1",
        "create_task + await 2",
        "gather(instant) 3",
        "gather(instant, one_yield) 4",
        "gather() 0",
        "wait_for(instant, 1) 3",
        "wait_for(instant, None) 0",
        "wait_for(done future, 1) 2",
        "wait([task]) 3",
        "wait FIRST_COMPLETED 3",
        "shield(instant) 3",
        "as_completed x2 4",
        "timeout block 0",
        "TaskGroup x2 4",
        "free Lock 0",
        "Event set by call_soon 2",
        "Queue.get woken by call_soon 2",
        "to_thread ran True",
      ],
      async run({ asyncio, coro }, print) {
        let ticks = 0;
        async function ticker(): Promise<void> {
          for (;;) {
            await asyncio.sleep(0);
            ticks += 1;
          }
        }
        async function instant<T>(x: T): Promise<T> {
          return x;
        }
        async function oneYield<T>(x: T): Promise<T> {
          await asyncio.sleep(0);
          return x;
        }
        const I = (x: number) => coro(() => instant(x), "instant");
        const Y = (x: number) => coro(() => oneYield(x), "one_yield");
        async function measure(
          label: string,
          make: () => PromiseLike<unknown>,
        ): Promise<void> {
          const start = ticks;
          await make();
          print(label, ticks - start);
        }
        async function main(): Promise<void> {
          const t = asyncio.create_task(coro(() => ticker(), "ticker"));
          await asyncio.sleep(0);
          const loop = asyncio.get_running_loop();
          const doneFut = loop.create_future<number>();
          doneFut.set_result(1);
          await measure("await instant coroutine", () => I(1));
          await measure("await done future", () => doneFut);
          await measure("sleep(0)", () => asyncio.sleep(0));
          await measure("create_task + await", () => asyncio.create_task(I(1)));
          await measure("gather(instant)", () => asyncio.gather(I(1)));
          await measure("gather(instant, one_yield)", () =>
            asyncio.gather(I(1), Y(2)),
          );
          await measure("gather()", () => asyncio.gather());
          await measure("wait_for(instant, 1)", () =>
            asyncio.wait_for(I(1), 1),
          );
          await measure("wait_for(instant, None)", () =>
            asyncio.wait_for(I(1), null),
          );
          await measure("wait_for(done future, 1)", () =>
            asyncio.wait_for(doneFut, 1),
          );
          await measure("wait([task])", () =>
            asyncio.wait([asyncio.create_task(I(1))]),
          );
          await measure("wait FIRST_COMPLETED", () =>
            asyncio.wait(
              [asyncio.create_task(I(1)), asyncio.create_task(Y(1))],
              { return_when: asyncio.FIRST_COMPLETED },
            ),
          );
          await measure("shield(instant)", () => asyncio.shield(I(1)));
          async function ac(): Promise<void> {
            for (const f of asyncio.as_completed([I(1), Y(2)])) await f;
          }
          await measure("as_completed x2", () => coro(() => ac(), "ac"));
          async function tmo(): Promise<void> {
            const cm = asyncio.timeout(1);
            await cm.__aenter__();
            await instant(1);
            await cm.__aexit__(null, null, null);
          }
          await measure("timeout block", () => coro(() => tmo(), "tmo"));
          async function tg(): Promise<void> {
            const g = new asyncio.TaskGroup();
            await g.__aenter__();
            g.create_task(I(1));
            g.create_task(Y(1));
            await g.__aexit__(null, null, null);
          }
          await measure("TaskGroup x2", () => coro(() => tg(), "tg"));
          async function lock(): Promise<void> {
            const l = new asyncio.Lock();
            await l.__aenter__();
            await l.__aexit__(null, null, null);
          }
          await measure("free Lock", () => coro(() => lock(), "lock"));
          async function ev(): Promise<void> {
            const e = new asyncio.Event();
            loop.call_soon(() => e.set());
            await e.wait();
          }
          await measure("Event set by call_soon", () => coro(() => ev(), "ev"));
          async function q(): Promise<void> {
            const qq = new asyncio.Queue<number>();
            loop.call_soon((x: number) => qq.put_nowait(x), 1);
            await qq.get();
          }
          await measure("Queue.get woken by call_soon", () =>
            coro(() => q(), "q"),
          );
          const r = ticks;
          await asyncio.to_thread(() => 1);
          print("to_thread ran", ticks - r >= 1);
          t.cancel();
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("wait() argument checks, TaskGroup error order and nesting, exception identity and chaining", () =>
    check({
      py: `
import asyncio

async def fail(exc, d=0):
    await asyncio.sleep(d)
    raise exc

async def ok(x, d=0):
    await asyncio.sleep(d)
    return x

async def main():
    c = ok(1)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    try:
        await asyncio.wait(asyncio.create_task(ok(1)))
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.wait([asyncio.create_task(ok(1))], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

    # children errors come first (in completion order), then the body's error
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("late child"), 0.5))
            tg.create_task(fail(KeyError("early child"), 0.01))
            await asyncio.sleep(0.05)
    except* Exception as eg:
        print("order:", *[repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("child"), 0))
            raise TypeError("body")
    except ExceptionGroup as eg:
        print("body + child:", *[repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(KeyError("b")))
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            raise TypeError("body")
    except ExceptionGroup as eg:
        print("children then body:", *[repr(e) for e in eg.exceptions])
    # nested groups nest their ExceptionGroups
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(fail(ValueError("deep"), 0))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        sub = eg.exceptions[0]
        print("nested:", type(sub).__name__, str(sub), repr(sub.exceptions[0]))
    # a finished group refuses new tasks
    async with asyncio.TaskGroup() as tg:
        pass
    c = ok(1)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], "...", str(e).split(" ")[-1])
    c.close()
    # a child that finishes with CancelledError of its own is not an error
    async def self_cancel():
        asyncio.current_task().cancel()
        await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        st = tg.create_task(self_cancel())
        tg.create_task(ok(1, 0.005))
    print("self-cancelled child:", st.cancelled())
    # exception identity and chaining through await
    err = ValueError("same object")
    try:
        await asyncio.create_task(fail(err))
    except ValueError as e:
        print("same exception object:", e is err)
    try:
        async with asyncio.timeout(0.001):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout cause:", type(e.__cause__).__name__, "| context:", type(e.__context__).__name__)
    # all_tasks contains the current task
    print("current in all_tasks:", asyncio.current_task() in asyncio.all_tasks())

asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
`,
      expected: [
        "TypeError: Passing coroutines is forbidden, use tasks explicitly.",
        "TypeError: expect a list of futures, not Task",
        "ValueError: Invalid return_when value: SOMETIMES",
        "order: KeyError('early child')",
        "body + child: TypeError('body')",
        "children then body: ValueError('a') KeyError('b') TypeError('body')",
        "nested: ExceptionGroup unhandled errors in a TaskGroup (1 sub-exception) ValueError('deep')",
        "RuntimeError: TaskGroup ... finished",
        "self-cancelled child: True",
        "same exception object: True",
        "timeout cause: CancelledError | context: CancelledError",
        "current in all_tasks: True",
        "RuntimeError: no running event loop",
        "RuntimeError: no running event loop",
      ],
      async run({ asyncio, coro, exc }, print) {
        const P = exc.toPyException;
        const msg = (e: unknown) => (e as { __str__(): string }).__str__();
        async function fail(err: unknown, d = 0): Promise<never> {
          await asyncio.sleep(d);
          throw err;
        }
        async function ok<T>(x: T, d = 0): Promise<T> {
          await asyncio.sleep(d);
          return x;
        }
        const F = (err: unknown, d = 0) => coro(() => fail(err, d), "fail");
        const O = <T>(x: T, d = 0) => coro(() => ok(x, d), "ok");
        async function groupErrors(
          body: (tg: InstanceType<typeof asyncio.TaskGroup>) => Promise<void>,
        ): Promise<InstanceType<typeof exc.BaseExceptionGroup>> {
          try {
            await asyncWith(new asyncio.TaskGroup(), body, P);
          } catch (e) {
            if (e instanceof exc.BaseExceptionGroup) return e;
            throw e;
          }
          throw new Error("no ExceptionGroup");
        }
        async function main(): Promise<void> {
          let c: any = O(1);
          try {
            await asyncio.wait([c]);
          } catch (e) {
            if (!(e instanceof exc.TypeError)) throw e;
            print("TypeError:", msg(e));
          }
          c.close();
          try {
            await asyncio.wait(asyncio.create_task(O(1)) as never);
          } catch (e) {
            if (!(e instanceof exc.TypeError)) throw e;
            print("TypeError:", msg(e));
          }
          try {
            await asyncio.wait([asyncio.create_task(O(1))], {
              return_when: "SOMETIMES" as never,
            });
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError:", msg(e));
          }
          let eg = await groupErrors(async (tg) => {
            tg.create_task(F(new exc.ValueError("late child"), 0.5));
            tg.create_task(F(new exc.KeyError("early child"), 0.01));
            await asyncio.sleep(0.05);
          });
          print("order:", ...eg.exceptions.map(pyRepr));
          eg = await groupErrors(async (tg) => {
            tg.create_task(F(new exc.ValueError("child"), 0));
            throw new exc.TypeError("body");
          });
          print("body + child:", ...eg.exceptions.map(pyRepr));
          eg = await groupErrors(async (tg) => {
            tg.create_task(F(new exc.ValueError("a")));
            tg.create_task(F(new exc.KeyError("b")));
            await asyncio.sleep(0);
            await asyncio.sleep(0);
            throw new exc.TypeError("body");
          });
          print("children then body:", ...eg.exceptions.map(pyRepr));
          eg = await groupErrors(async (outer) => {
            async function innerGroup(): Promise<void> {
              await asyncWith(
                new asyncio.TaskGroup(),
                async (inner) =>
                  void inner.create_task(F(new exc.ValueError("deep"), 0)),
                P,
              );
            }
            outer.create_task(coro(() => innerGroup(), "inner_group"));
          });
          const sub = eg.exceptions[0] as InstanceType<
            typeof exc.BaseExceptionGroup
          >;
          print("nested:", sub.name, msg(sub), pyRepr(sub.exceptions[0]));
          const tg = new asyncio.TaskGroup();
          await asyncWith(tg, async () => undefined, P);
          c = O(1);
          try {
            tg.create_task(c);
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            const words = msg(e).split(" ");
            print("RuntimeError:", words[0], "...", words[words.length - 1]);
          }
          c.close();
          async function selfCancel(): Promise<void> {
            asyncio.current_task()!.cancel();
            await asyncio.sleep(0);
          }
          let st: any;
          await asyncWith(
            new asyncio.TaskGroup(),
            async (g) => {
              st = g.create_task(coro(() => selfCancel(), "self_cancel"));
              g.create_task(O(1, 0.005));
            },
            P,
          );
          print("self-cancelled child:", st.cancelled());
          const err = new exc.ValueError("same object");
          try {
            await asyncio.create_task(F(err));
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("same exception object:", e === err);
          }
          try {
            await asyncWith(
              asyncio.timeout(0.001),
              async () => void (await asyncio.sleep(1)),
              P,
            );
          } catch (e) {
            if (!(e instanceof exc.TimeoutError)) throw e;
            print(
              "timeout cause:",
              (e.__cause__ as object | null)?.constructor.name,
              "| context:",
              (e.__context__ as object | null)?.constructor.name,
            );
          }
          print(
            "current in all_tasks:",
            asyncio.all_tasks().has(asyncio.current_task()!),
          );
        }
        await asyncio.run(coro(() => main(), "main"));
        try {
          asyncio.get_running_loop();
        } catch (e) {
          if (!(e instanceof exc.RuntimeError)) throw e;
          print("RuntimeError:", msg(e));
        }
        try {
          asyncio.current_task();
        } catch (e) {
          if (!(e instanceof exc.RuntimeError)) throw e;
          print("RuntimeError:", msg(e));
        }
      },
    }));

  it("old-style loop API: run_forever/stop, exception handler, call_later handles, closed loop, Runner", () =>
    check({
      py: `
import asyncio

async def job(name, d):
    await asyncio.sleep(d)
    print("job", name)
    return name

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
seen = []
def handler(lp, context):
    seen.append(context["message"])
loop.set_exception_handler(handler)
def bad():
    raise ValueError("in a callback")
loop.call_soon(bad)
t = loop.create_task(job("a", 0.01))
h = loop.call_later(0.005, print, "call_later fired")
print("timer when > time:", h.when() > loop.time(), "| cancelled:", h.cancelled())
loop.call_later(0.02, loop.stop)
loop.run_forever()
print("stopped; task done:", t.done(), t.result(), "| handler saw:", len(seen), seen[0].startswith("Exception in callback"))
print("is_running:", loop.is_running())
loop.call_soon(print, "queued before the next run")
print(loop.run_until_complete(job("b", 0)))
loop.close()
try:
    loop.run_until_complete(job("c", 0))
except RuntimeError as e:
    print("RuntimeError:", e)

with asyncio.Runner() as runner:
    print(runner.run(job("r1", 0)))
    print(runner.run(job("r2", 0)))
    print("runner loop is a loop:", isinstance(runner.get_loop(), asyncio.AbstractEventLoop))
`,
      expected: [
        "timer when > time: True | cancelled: False",
        "call_later fired",
        "job a",
        "stopped; task done: True a | handler saw: 1 True",
        "is_running: False",
        "queued before the next run",
        "job b",
        "b",
        "RuntimeError: Event loop is closed",
        "job r1",
        "r1",
        "job r2",
        "r2",
        "runner loop is a loop: True",
      ],
      async run({ asyncio, coro, exc }, print) {
        const msg = (e: unknown) => (e as { __str__(): string }).__str__();
        async function job(name: string, d: number): Promise<string> {
          await asyncio.sleep(d);
          print("job", name);
          return name;
        }
        const loop = asyncio.new_event_loop();
        asyncio.set_event_loop(loop);
        const seen: string[] = [];
        loop.set_exception_handler(
          (_lp: unknown, context: { message: string }) =>
            void seen.push(context.message),
        );
        loop.call_soon(() => {
          throw new exc.ValueError("in a callback");
        });
        const t = loop.create_task(coro(() => job("a", 0.01), "job"));
        const h = loop.call_later(
          0.005,
          (x: string) => print(x),
          "call_later fired",
        );
        print(
          "timer when > time:",
          h.when() > loop.time(),
          "| cancelled:",
          h.cancelled(),
        );
        loop.call_later(0.02, () => loop.stop());
        await loop.run_forever();
        print(
          "stopped; task done:",
          t.done(),
          t.result(),
          "| handler saw:",
          seen.length,
          seen[0]!.startsWith("Exception in callback"),
        );
        print("is_running:", loop.is_running());
        loop.call_soon((x: string) => print(x), "queued before the next run");
        print(await loop.run_until_complete(coro(() => job("b", 0), "job")));
        loop.close();
        const stderr = process.stderr.write;
        process.stderr.write = (() => true) as typeof process.stderr.write;
        try {
          await loop.run_until_complete(coro(() => job("c", 0), "job"));
        } catch (e) {
          if (!(e instanceof exc.RuntimeError)) throw e;
          print("RuntimeError:", msg(e));
        } finally {
          process.stderr.write = stderr;
        }
        const runner = new asyncio.Runner();
        runner.__enter__();
        try {
          print(await runner.run(coro(() => job("r1", 0), "job")));
          print(await runner.run(coro(() => job("r2", 0), "job")));
          print(
            "runner loop is a loop:",
            runner.get_loop() instanceof asyncio.AbstractEventLoop,
          );
        } finally {
          await runner.close();
        }
      },
    }));
});
