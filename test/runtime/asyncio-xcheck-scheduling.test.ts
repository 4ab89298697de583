/**
 * Cross-check of the asyncio runtime's event order against CPython 3.11:
 * task start order and names, lazy coroutines, timers, the shared ready
 * queue, asyncio.run's shutdown, old-style loops, cancellation.
 * See asyncio-xcheck-harness.ts for how each scenario is checked.
 */
import { describe, it } from "vitest";
import { check } from "./asyncio-xcheck-harness.js";

describe("xcheck: scheduling order matches CPython", () => {
  it("create_task starts tasks in creation order only when the creator yields; Task-N names", () =>
    check({
      py: `
import asyncio

async def worker(name, n):
    print(name, "start")
    for i in range(n):
        await asyncio.sleep(0)
        print(name, "step", i)
    print(name, "end")
    return name

async def main():
    t1 = asyncio.create_task(worker("a", 2))
    t2 = asyncio.create_task(worker("b", 1))
    print("created", t1.get_name(), t2.get_name(), asyncio.current_task().get_name())
    t3 = asyncio.create_task(worker("c", 0), name="custom")
    t4 = asyncio.create_task(worker("d", 0))
    print("names", t3.get_name(), t4.get_name())
    print("tasks alive", len(asyncio.all_tasks()))
    await asyncio.sleep(0)
    print("main after one yield")
    r = await t1
    print("t1 ->", r, "| t2 done:", t2.done())
    print("tasks alive", len(asyncio.all_tasks()))

asyncio.run(main())
`,
      expected: [
        "created Task-2 Task-3 Task-1",
        "names custom Task-5",
        "tasks alive 5",
        "a start",
        "b start",
        "c start",
        "c end",
        "d start",
        "d end",
        "main after one yield",
        "a step 0",
        "b step 0",
        "b end",
        "a step 1",
        "a end",
        "t1 -> a | t2 done: True",
        "tasks alive 1",
      ],
      async run({ asyncio, coro }, print) {
        async function worker(name: string, n: number): Promise<string> {
          print(name, "start");
          for (let i = 0; i < n; i++) {
            await asyncio.sleep(0);
            print(name, "step", i);
          }
          print(name, "end");
          return name;
        }
        async function main(): Promise<void> {
          const t1 = asyncio.create_task(coro(() => worker("a", 2), "worker"));
          const t2 = asyncio.create_task(coro(() => worker("b", 1), "worker"));
          print("created", t1.get_name(), t2.get_name(), asyncio.current_task()!.get_name());
          const t3 = asyncio.create_task(coro(() => worker("c", 0), "worker"), { name: "custom" });
          const t4 = asyncio.create_task(coro(() => worker("d", 0), "worker"));
          print("names", t3.get_name(), t4.get_name());
          print("tasks alive", asyncio.all_tasks().size);
          await asyncio.sleep(0);
          print("main after one yield");
          const r = await t1;
          print("t1 ->", r, "| t2 done:", t2.done());
          print("tasks alive", asyncio.all_tasks().size);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("which ways of naming a task still use up a Task-N number", () =>
    check({
      py: `
import asyncio

async def w():
    pass

async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_task(w(), name="x")
    b = asyncio.Task(w(), name="y")
    c = asyncio.create_task(w())
    d = asyncio.create_task(w(), name="z")
    e = asyncio.create_task(w())
    async with asyncio.TaskGroup() as tg:
        f = tg.create_task(w(), name="q")
        g = tg.create_task(w())
    h = asyncio.ensure_future(w())
    print(a.get_name(), b.get_name(), c.get_name(), d.get_name(), e.get_name(), f.get_name(), g.get_name(), h.get_name())
    await asyncio.gather(a, b, c, d, e, h)

asyncio.run(main())
`,
      expected: ["x y Task-2 z Task-4 q Task-6 Task-7"],
      async run({ asyncio, coro }, print) {
        async function w(): Promise<void> {}
        async function main(): Promise<void> {
          const loop = asyncio.get_running_loop();
          const a = loop.create_task(coro(() => w(), "w"), { name: "x" });
          const b = new asyncio.Task(coro(() => w(), "w"), { name: "y" });
          const c = asyncio.create_task(coro(() => w(), "w"));
          const d = asyncio.create_task(coro(() => w(), "w"), { name: "z" });
          const e = asyncio.create_task(coro(() => w(), "w"));
          const tg = new asyncio.TaskGroup();
          await tg.__aenter__();
          const f = tg.create_task(coro(() => w(), "w"), { name: "q" });
          const g = tg.create_task(coro(() => w(), "w"));
          await tg.__aexit__(null, null, null);
          const h = asyncio.ensure_future(coro(() => w(), "w")) as InstanceType<typeof asyncio.Task>;
          print(a.get_name(), b.get_name(), c.get_name(), d.get_name(), e.get_name(), f.get_name(), g.get_name(), h.get_name());
          await asyncio.gather(a, b, c, d, e, h);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("coroutines are lazy: nothing runs until awaited or scheduled", () =>
    check({
      py: `
import asyncio

async def work(i):
    print("work", i, "runs")
    await asyncio.sleep(0)
    return i * 10

async def main():
    c = work(1)
    cs = [work(i) for i in range(2, 4)]
    print("made", asyncio.iscoroutine(c))
    print("awaited", await c)
    print("gathered", await asyncio.gather(*cs))
    t = asyncio.create_task(work(4))
    print("task made")
    print("task", await t)

asyncio.run(main())
`,
      expected: ["made True", "work 1 runs", "awaited 10", "work 2 runs", "work 3 runs", "gathered [20, 30]", "task made", "work 4 runs", "task 40"],
      async run({ asyncio, coro }, print) {
        async function work(i: number): Promise<number> {
          print("work", i, "runs");
          await asyncio.sleep(0);
          return i * 10;
        }
        async function main(): Promise<void> {
          const c = coro(() => work(1), "work");
          const cs = [2, 3].map((i) => coro(() => work(i), "work"));
          print("made", asyncio.iscoroutine(c));
          print("awaited", await c);
          print("gathered", await asyncio.gather(...cs));
          const t = asyncio.create_task(coro(() => work(4), "work"));
          print("task made");
          print("task", await t);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("timers fire in deadline order; call_soon is FIFO; equal deadlines pop in heapq order", () =>
    check({
      py: `
import asyncio

async def sleeper(name, d):
    await asyncio.sleep(d)
    print(name, "woke")

async def main():
    ts = [asyncio.create_task(sleeper(n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02), ("w", 0)]]
    await asyncio.gather(*ts)
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, order.append, "late")
    loop.call_later(0.01, order.append, "early")
    loop.call_soon(order.append, "soon1")
    h = loop.call_soon(order.append, "cancelled")
    loop.call_soon(order.append, "soon2")
    h.cancel()
    print("sleep result", await asyncio.sleep(0.03, "r"))
    print(order)
    when = loop.time() + 0.01
    ties = []
    for i in range(8):
        loop.call_at(when, ties.append, i)
    await asyncio.sleep(0.02)
    print(ties)

asyncio.run(main())
`,
      expected: ["w woke", "y woke", "z woke", "x woke", "sleep result r", "['soon1', 'soon2', 'early', 'late']", "[0, 2, 6, 5, 7, 1, 3, 4]"],
      async run({ asyncio, coro }, print) {
        async function sleeper(name: string, d: number): Promise<void> {
          await asyncio.sleep(d);
          print(name, "woke");
        }
        async function main(): Promise<void> {
          const specs: [string, number][] = [
            ["x", 0.03],
            ["y", 0.01],
            ["z", 0.02],
            ["w", 0],
          ];
          const ts = specs.map(([n, d]) => asyncio.create_task(coro(() => sleeper(n, d), "sleeper")));
          await asyncio.gather(...ts);
          const loop = asyncio.get_running_loop();
          const order: string[] = [];
          const append = (x: string) => void order.push(x);
          loop.call_later(0.02, append, "late");
          loop.call_later(0.01, append, "early");
          loop.call_soon(append, "soon1");
          const h = loop.call_soon(append, "cancelled");
          loop.call_soon(append, "soon2");
          h.cancel();
          print("sleep result", await asyncio.sleep(0.03, "r"));
          print(order);
          const when = loop.time() + 0.01;
          const ties: number[] = [];
          for (let i = 0; i < 8; i++) loop.call_at(when, (x: number) => void ties.push(x), i);
          await asyncio.sleep(0.02);
          print(ties);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("done callbacks and task wake-ups share one FIFO ready queue", () =>
    check({
      py: `
import asyncio

async def child():
    await asyncio.sleep(0)
    print("child returns")
    return 5

async def watcher(t, name):
    print(name, "waits")
    print(name, "got", await t)

async def main():
    t = asyncio.create_task(child())
    t.add_done_callback(lambda f: print("cb1 sees", f.result()))
    w1 = asyncio.create_task(watcher(t, "w1"))
    t.add_done_callback(lambda f: print("cb2"))
    await asyncio.sleep(0)
    w2 = asyncio.create_task(watcher(t, "w2"))
    t.add_done_callback(lambda f: print("cb3"))
    print("main waits")
    await w1
    print("main resumes")
    await w2
    late = []
    t.add_done_callback(lambda f: late.append("late"))
    print("late callback not run yet:", late)
    await asyncio.sleep(0)
    print("after one turn:", late)
    def cb(f):
        print("removed callback ran")
    t2 = asyncio.create_task(child())
    t2.add_done_callback(cb)
    t2.add_done_callback(cb)
    print("removed", t2.remove_done_callback(cb))
    await t2

asyncio.run(main())
`,
      expected: [
        "w1 waits",
        "main waits",
        "child returns",
        "w2 waits",
        "w2 got 5",
        "cb1 sees 5",
        "cb2",
        "w1 got 5",
        "cb3",
        "main resumes",
        "late callback not run yet: []",
        "after one turn: ['late']",
        "removed 2",
        "child returns",
      ],
      async run({ asyncio, coro }, print) {
        async function child(): Promise<number> {
          await asyncio.sleep(0);
          print("child returns");
          return 5;
        }
        async function watcher(t: PromiseLike<number>, name: string): Promise<void> {
          print(name, "waits");
          print(name, "got", await t);
        }
        async function main(): Promise<void> {
          const t = asyncio.create_task(coro(() => child(), "child"));
          t.add_done_callback((f) => print("cb1 sees", f.result()));
          const w1 = asyncio.create_task(coro(() => watcher(t, "w1"), "watcher"));
          t.add_done_callback(() => print("cb2"));
          await asyncio.sleep(0);
          const w2 = asyncio.create_task(coro(() => watcher(t, "w2"), "watcher"));
          t.add_done_callback(() => print("cb3"));
          print("main waits");
          await w1;
          print("main resumes");
          await w2;
          const late: string[] = [];
          t.add_done_callback(() => void late.push("late"));
          print("late callback not run yet:", late);
          await asyncio.sleep(0);
          print("after one turn:", late);
          const cb = () => print("removed callback ran");
          const t2 = asyncio.create_task(coro(() => child(), "child"));
          t2.add_done_callback(cb);
          t2.add_done_callback(cb);
          print("removed", t2.remove_done_callback(cb));
          await t2;
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("asyncio.run cancels the tasks still pending when main returns; numbering goes on across runs", () =>
    check({
      py: `
import asyncio

async def lingering(name):
    try:
        print(name, "starts")
        await asyncio.sleep(10)
    finally:
        print(name, "cleaned up")

async def main():
    asyncio.create_task(lingering("l1"))
    asyncio.create_task(lingering("l2"))
    await asyncio.sleep(0)
    print("main returns")
    return 42

async def again():
    t = asyncio.create_task(lingering("l3"))
    await asyncio.sleep(0)
    print("again returns", t.get_name())
    return 43

print("result", asyncio.run(main()))
print("second run", asyncio.run(again()))
`,
      expected: ["l1 starts", "l2 starts", "main returns", "l1 cleaned up", "l2 cleaned up", "result 42", "l3 starts", "again returns Task-7", "l3 cleaned up", "second run 43"],
      async run({ asyncio, coro }, print) {
        async function lingering(name: string): Promise<void> {
          try {
            print(name, "starts");
            await asyncio.sleep(10);
          } finally {
            print(name, "cleaned up");
          }
        }
        async function main(): Promise<number> {
          asyncio.create_task(coro(() => lingering("l1"), "lingering"));
          asyncio.create_task(coro(() => lingering("l2"), "lingering"));
          await asyncio.sleep(0);
          print("main returns");
          return 42;
        }
        async function again(): Promise<number> {
          const t = asyncio.create_task(coro(() => lingering("l3"), "lingering"));
          await asyncio.sleep(0);
          print("again returns", t.get_name());
          return 43;
        }
        print("result", await asyncio.run(coro(() => main(), "main")));
        print("second run", await asyncio.run(coro(() => again(), "again")));
      },
    }));

  it("new_event_loop().run_until_complete and loop.time/call_later", () =>
    check({
      py: `
import asyncio

async def job(x):
    await asyncio.sleep(0.005)
    return x * 2

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("running?", loop.is_running())
print(loop.run_until_complete(job(21)))
fut = loop.create_future()
loop.call_later(0.005, fut.set_result, "from a timer")
print(loop.run_until_complete(fut))
print(loop.run_until_complete(asyncio.gather(job(1), job(2))))
loop.close()
print("closed", loop.is_closed())
`,
      expected: ["running? False", "42", "from a timer", "[2, 4]", "closed True"],
      async run({ asyncio, coro }, print) {
        async function job(x: number): Promise<number> {
          await asyncio.sleep(0.005);
          return x * 2;
        }
        const loop = asyncio.new_event_loop();
        asyncio.set_event_loop(loop);
        print("running?", loop.is_running());
        print(await loop.run_until_complete(coro(() => job(21), "job")));
        const fut = loop.create_future<string>();
        loop.call_later(0.005, (v: string) => fut.set_result(v), "from a timer");
        print(await loop.run_until_complete(fut));
        print(await loop.run_until_complete(asyncio.gather(coro(() => job(1), "job"), coro(() => job(2), "job"))));
        loop.close();
        print("closed", loop.is_closed());
      },
    }));
});

describe("xcheck: cancellation matches CPython", () => {
  it("cancel() raises CancelledError at the await, finally runs, message travels; cancel before start", () =>
    check({
      py: `
import asyncio

async def victim():
    try:
        print("victim start")
        await asyncio.sleep(1)
        print("not reached")
    except asyncio.CancelledError as e:
        print("victim caught", e.args)
        raise
    finally:
        print("victim finally")

async def never():
    print("never runs")

async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"), "cancelling:", t.cancelling())
    print("cancelled yet?", t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting it raised", e.args)
    print("cancelled now?", t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__, e.args)
    print("cancel again ->", t.cancel())
    t2 = asyncio.create_task(never())
    print("cancel before start ->", t2.cancel())
    await asyncio.sleep(0)
    print("t2 cancelled", t2.cancelled())
    me = asyncio.current_task()
    me.cancel("self")
    print("self-cancel requested, still running")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("self-cancel arrives at the next await", e.args, me.cancelling())
        me.uncancel()
    print("main goes on", me.cancelling())

asyncio.run(main())
`,
      expected: [
        "victim start",
        "cancel -> True cancelling: 1",
        "cancelled yet? False",
        "victim caught ('stop it',)",
        "victim finally",
        "awaiting it raised ('stop it',)",
        "cancelled now? True True",
        "result() raises CancelledError ()",
        "cancel again -> False",
        "cancel before start -> True",
        "t2 cancelled True",
        "self-cancel requested, still running",
        "self-cancel arrives at the next await ('self',) 1",
        "main goes on 0",
      ],
      async run({ asyncio, coro }, print) {
        async function victim(): Promise<void> {
          try {
            print("victim start");
            await asyncio.sleep(1);
            print("not reached");
          } catch (e) {
            if (e instanceof asyncio.CancelledError) {
              print("victim caught", e.args);
              throw e;
            }
            throw e;
          } finally {
            print("victim finally");
          }
        }
        async function never(): Promise<void> {
          print("never runs");
        }
        async function main(): Promise<void> {
          const t = asyncio.create_task(coro(() => victim(), "victim"));
          await asyncio.sleep(0);
          print("cancel ->", t.cancel("stop it"), "cancelling:", t.cancelling());
          print("cancelled yet?", t.cancelled());
          try {
            await t;
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("awaiting it raised", e.args);
          }
          print("cancelled now?", t.cancelled(), t.done());
          try {
            t.result();
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("result() raises", e.name, e.args);
          }
          print("cancel again ->", t.cancel());
          const t2 = asyncio.create_task(coro(() => never(), "never"));
          print("cancel before start ->", t2.cancel());
          await asyncio.sleep(0);
          print("t2 cancelled", t2.cancelled());
          const me = asyncio.current_task()!;
          me.cancel("self");
          print("self-cancel requested, still running");
          try {
            await asyncio.sleep(0);
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("self-cancel arrives at the next await", e.args, me.cancelling());
            me.uncancel();
          }
          print("main goes on", me.cancelling());
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("a task may swallow cancellation; except Exception does not catch CancelledError", () =>
    check({
      py: `
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallowed it")
    await asyncio.sleep(0)
    return "survived"

async def selective():
    try:
        try:
            await asyncio.sleep(1)
        except Exception:
            print("WRONG: except Exception caught the cancellation")
    except BaseException as e:
        print("BaseException handler got", type(e).__name__, isinstance(e, Exception))
        raise

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print("uncancel ->", t.uncancel())
    s = asyncio.create_task(selective())
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("selective cancelled", s.cancelled())

asyncio.run(main())
`,
      expected: ["stubborn swallowed it", "survived False 1", "uncancel -> 0", "BaseException handler got CancelledError False", "selective cancelled True"],
      async run({ asyncio, coro, exc }, print) {
        async function stubborn(): Promise<string> {
          try {
            await asyncio.sleep(1);
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("stubborn swallowed it");
          }
          await asyncio.sleep(0);
          return "survived";
        }
        async function selective(): Promise<void> {
          try {
            try {
              await asyncio.sleep(1);
            } catch (raw) {
              const e = exc.toPyException(raw);
              if (!(e instanceof exc.Exception)) throw e;
              print("WRONG: except Exception caught the cancellation");
            }
          } catch (raw) {
            const e = exc.toPyException(raw);
            print("BaseException handler got", e.name, e instanceof exc.Exception);
            throw e;
          }
        }
        async function main(): Promise<void> {
          const t = asyncio.create_task(coro(() => stubborn(), "stubborn"));
          await asyncio.sleep(0);
          t.cancel();
          print(await t, t.cancelled(), t.cancelling());
          print("uncancel ->", t.uncancel());
          const s = asyncio.create_task(coro(() => selective(), "selective"));
          await asyncio.sleep(0);
          s.cancel();
          try {
            await s;
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("selective cancelled", s.cancelled());
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("cancelling a task that awaits another task cancels that one too", () =>
    check({
      py: `
import asyncio

async def inner():
    try:
        print("inner waits")
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
    finally:
        print("inner finally")

async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled, inner done:", t.done())
        raise
    finally:
        print("outer finally")

async def main():
    b = asyncio.create_task(inner())
    a = asyncio.create_task(outer(b))
    await asyncio.sleep(0)
    print("cancel outer")
    a.cancel()
    res = await asyncio.gather(a, b, return_exceptions=True)
    print([type(r).__name__ for r in res], a.cancelled(), b.cancelled())

asyncio.run(main())
`,
      expected: ["inner waits", "cancel outer", "inner cancelled", "inner finally", "outer cancelled, inner done: True", "outer finally", "['CancelledError', 'CancelledError'] True True"],
      async run({ asyncio, coro }, print) {
        async function inner(): Promise<void> {
          try {
            print("inner waits");
            await asyncio.sleep(1);
          } catch (e) {
            if (e instanceof asyncio.CancelledError) print("inner cancelled");
            throw e;
          } finally {
            print("inner finally");
          }
        }
        async function outer(t: { done(): boolean } & PromiseLike<void>): Promise<void> {
          try {
            await t;
          } catch (e) {
            if (e instanceof asyncio.CancelledError) print("outer cancelled, inner done:", t.done());
            throw e;
          } finally {
            print("outer finally");
          }
        }
        async function main(): Promise<void> {
          const b = asyncio.create_task(coro(() => inner(), "inner"));
          const a = asyncio.create_task(coro(() => outer(b), "outer"));
          await asyncio.sleep(0);
          print("cancel outer");
          a.cancel();
          const res = await asyncio.gather(a, b, { return_exceptions: true });
          print(
            res.map((r) => (r as object)?.constructor?.name),
            a.cancelled(),
            b.cancelled(),
          );
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("a failed task nobody awaits does not stop the program", () =>
    check({
      py: `
import asyncio

async def boom():
    raise ValueError("nobody listens")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.005)
    print("still running, task done:", t.done())
    del t

asyncio.run(main())
print("after run")
`,
      expected: ["still running, task done: True", "after run"],
      async run({ asyncio, coro, exc }, print) {
        async function boom(): Promise<void> {
          throw new exc.ValueError("nobody listens");
        }
        async function main(): Promise<void> {
          const t = asyncio.create_task(coro(() => boom(), "boom"));
          await asyncio.sleep(0.005);
          print("still running, task done:", t.done());
        }
        await asyncio.run(coro(() => main(), "main"));
        print("after run");
      },
    }));
});
