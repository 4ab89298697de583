/**
 * Cross-check of Lock, Semaphore, BoundedSemaphore, Event, Condition,
 * Barrier and the queues against CPython 3.11: who wakes in which order.
 * See asyncio-xcheck-harness.ts for how each scenario is checked.
 */
import { describe, it } from "vitest";
import { asyncWith, check } from "./asyncio-xcheck-harness.js";

describe("xcheck: synchronisation primitives match CPython", () => {
  it("Lock: FIFO hand-over, no barging past waiters, a cancelled waiter passes its turn on", () =>
    check({
      py: `
import asyncio

async def user(lock, name):
    print(name, "wants")
    async with lock:
        print(name, "has")
        await asyncio.sleep(0)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(user(lock, n)) for n in "abc"]
    await asyncio.sleep(0)
    print("locked", lock.locked())
    lock.release()
    print("released; locked:", lock.locked())
    print("main tries again")
    await lock.acquire()
    print("main has it again")
    lock.release()
    await asyncio.gather(*ts)
    await lock.acquire()
    ts = [asyncio.create_task(user(lock, n)) for n in "xyz"]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*ts, return_exceptions=True)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`,
      expected: [
        "a wants",
        "b wants",
        "c wants",
        "locked True",
        "released; locked: False",
        "main tries again",
        "a has",
        "a releases",
        "b has",
        "b releases",
        "c has",
        "c releases",
        "main has it again",
        "x wants",
        "y wants",
        "z wants",
        "y has",
        "y releases",
        "z has",
        "z releases",
        "RuntimeError: Lock is not acquired.",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function user(lock: InstanceType<typeof asyncio.Lock>, name: string): Promise<void> {
          print(name, "wants");
          await asyncWith(
            lock,
            async () => {
              print(name, "has");
              await asyncio.sleep(0);
              print(name, "releases");
            },
            exc.toPyException,
          );
        }
        async function main(): Promise<void> {
          const lock = new asyncio.Lock();
          await lock.acquire();
          let ts = [..."abc"].map((n) => asyncio.create_task(coro(() => user(lock, n), "user")));
          await asyncio.sleep(0);
          print("locked", lock.locked());
          lock.release();
          print("released; locked:", lock.locked());
          print("main tries again");
          await lock.acquire();
          print("main has it again");
          lock.release();
          await asyncio.gather(...ts);
          await lock.acquire();
          ts = [..."xyz"].map((n) => asyncio.create_task(coro(() => user(lock, n), "user")));
          await asyncio.sleep(0);
          ts[0]!.cancel();
          await asyncio.sleep(0);
          lock.release();
          await asyncio.gather(...ts, { return_exceptions: true });
          try {
            lock.release();
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            print("RuntimeError:", e.__str__());
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("Semaphore: at most N inside, FIFO wake-ups; BoundedSemaphore over-release", () =>
    check({
      py: `
import asyncio

async def worker(sem, name, d):
    print(name, "wants")
    async with sem:
        print(name, "in")
        await asyncio.sleep(d)
        print(name, "out")

async def main():
    sem = asyncio.Semaphore(2)
    delays = {"a": 0.05, "b": 0.2, "c": 0.05, "d": 0.2, "e": 0.05}
    await asyncio.gather(*(worker(sem, n, delays[n]) for n in "abcde"))
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(worker(sem, n, 0)) for n in "xyz"]
    await asyncio.sleep(0)
    print("locked", sem.locked())
    sem.release()
    sem.release()
    print("released twice")
    await asyncio.sleep(0)
    print("after one turn")
    sem.release()
    await asyncio.gather(*ts)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
`,
      expected: [
        "a wants",
        "a in",
        "b wants",
        "b in",
        "c wants",
        "d wants",
        "e wants",
        "a out",
        "c in",
        "c out",
        "d in",
        "b out",
        "e in",
        "e out",
        "d out",
        "x wants",
        "y wants",
        "z wants",
        "locked True",
        "released twice",
        "x in",
        "y in",
        "after one turn",
        "x out",
        "y out",
        "z in",
        "z out",
        "ValueError: BoundedSemaphore released too many times",
        "ValueError: Semaphore initial value must be >= 0",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function worker(sem: InstanceType<typeof asyncio.Semaphore>, name: string, d: number): Promise<void> {
          print(name, "wants");
          await asyncWith(
            sem,
            async () => {
              print(name, "in");
              await asyncio.sleep(d);
              print(name, "out");
            },
            exc.toPyException,
          );
        }
        async function main(): Promise<void> {
          let sem = new asyncio.Semaphore(2);
          const delays: Record<string, number> = { a: 0.05, b: 0.2, c: 0.05, d: 0.2, e: 0.05 };
          await asyncio.gather(...[..."abcde"].map((n) => coro(() => worker(sem, n, delays[n]!), "worker")));
          sem = new asyncio.Semaphore(0);
          const ts = [..."xyz"].map((n) => asyncio.create_task(coro(() => worker(sem, n, 0), "worker")));
          await asyncio.sleep(0);
          print("locked", sem.locked());
          sem.release();
          sem.release();
          print("released twice");
          await asyncio.sleep(0);
          print("after one turn");
          sem.release();
          await asyncio.gather(...ts);
          const b = new asyncio.BoundedSemaphore(1);
          await b.acquire();
          b.release();
          try {
            b.release();
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError:", e.__str__());
          }
          try {
            new asyncio.Semaphore(-1);
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError:", e.__str__());
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("Event and Condition: wake order, notify(n), notify_all, wait_for(predicate)", () =>
    check({
      py: `
import asyncio

async def waiter(ev, name):
    print(name, "waits")
    r = await ev.wait()
    print(name, "woke", r)

async def cwaiter(cond, name, box):
    async with cond:
        print(name, "waiting")
        r = await cond.wait()
        print(name, "woke", r, len(box))

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in "ab"]
    await asyncio.sleep(0)
    ev.set()
    print("set", ev.is_set())
    ev.clear()
    print("cleared", ev.is_set())
    await asyncio.gather(*ts)
    ev.set()
    print("wait on a set event:", await ev.wait())

    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(cwaiter(cond, n, box)) for n in "abc"]
    await asyncio.sleep(0)
    async with cond:
        box.append(1)
        cond.notify(1)
        print("notified 1")
    await asyncio.sleep(0)
    print("after a turn")
    async with cond:
        box.append(2)
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    state = {"n": 0}
    async def pred_waiter():
        async with cond:
            r = await cond.wait_for(lambda: state["n"] >= 2 and state["n"])
            print("predicate true with", r)
    t = asyncio.create_task(pred_waiter())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify()
    await t
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
`,
      expected: [
        "a waits",
        "b waits",
        "set True",
        "cleared False",
        "a woke True",
        "b woke True",
        "wait on a set event: True",
        "a waiting",
        "b waiting",
        "c waiting",
        "notified 1",
        "a woke True 1",
        "after a turn",
        "notified all",
        "b woke True 2",
        "c woke True 2",
        "n = 1",
        "n = 2",
        "predicate true with 2",
        "n = 3",
        "RuntimeError: cannot notify on un-acquired lock",
        "RuntimeError: cannot wait on un-acquired lock",
      ],
      async run({ asyncio, coro, exc }, print) {
        const P = exc.toPyException;
        async function waiter(ev: InstanceType<typeof asyncio.Event>, name: string): Promise<void> {
          print(name, "waits");
          const r = await ev.wait();
          print(name, "woke", r);
        }
        async function cwaiter(cond: InstanceType<typeof asyncio.Condition>, name: string, box: number[]): Promise<void> {
          await asyncWith(
            cond,
            async () => {
              print(name, "waiting");
              const r = await cond.wait();
              print(name, "woke", r, box.length);
            },
            P,
          );
        }
        async function main(): Promise<void> {
          const ev = new asyncio.Event();
          let ts = [..."ab"].map((n) => asyncio.create_task(coro(() => waiter(ev, n), "waiter")));
          await asyncio.sleep(0);
          ev.set();
          print("set", ev.is_set());
          ev.clear();
          print("cleared", ev.is_set());
          await asyncio.gather(...ts);
          ev.set();
          print("wait on a set event:", await ev.wait());

          const cond = new asyncio.Condition();
          const box: number[] = [];
          ts = [..."abc"].map((n) => asyncio.create_task(coro(() => cwaiter(cond, n, box), "cwaiter")));
          await asyncio.sleep(0);
          await asyncWith(
            cond,
            async () => {
              box.push(1);
              cond.notify(1);
              print("notified 1");
            },
            P,
          );
          await asyncio.sleep(0);
          print("after a turn");
          await asyncWith(
            cond,
            async () => {
              box.push(2);
              cond.notify_all();
              print("notified all");
            },
            P,
          );
          await asyncio.gather(...ts);
          const state = { n: 0 };
          async function predWaiter(): Promise<void> {
            await asyncWith(
              cond,
              async () => {
                const r = await cond.wait_for(() => state.n >= 2 && state.n);
                print("predicate true with", r);
              },
              P,
            );
          }
          const t = asyncio.create_task(coro(() => predWaiter(), "pred_waiter"));
          for (let i = 0; i < 3; i++) {
            await asyncio.sleep(0);
            await asyncWith(
              cond,
              async () => {
                state.n += 1;
                print("n =", state.n);
                cond.notify();
              },
              P,
            );
          }
          await t;
          try {
            cond.notify();
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            print("RuntimeError:", e.__str__());
          }
          try {
            await cond.wait();
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            print("RuntimeError:", e.__str__());
          }
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));

  it("Barrier: indices, rounds, n_waiting, abort and BrokenBarrierError, reset", () =>
    check({
      py: `
import asyncio

async def party(b, name, d):
    await asyncio.sleep(d)
    print(name, "arrives; waiting:", b.n_waiting)
    idx = await b.wait()
    print(name, "passes with index", idx)
    return idx

async def main():
    b = asyncio.Barrier(3)
    print("parties", b.parties, "broken", b.broken)
    print(await asyncio.gather(party(b, "a", 0.01), party(b, "b", 0), party(b, "c", 0.02)))
    print("second round", await asyncio.gather(*(party(b, n, 0) for n in "xyz")))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print("waiting", b2.n_waiting)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", isinstance(e, RuntimeError), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError:
        print("still broken")
    await b2.reset()
    print("reset; broken:", b2.broken)

asyncio.run(main())
`,
      expected: [
        "parties 3 broken False",
        "b arrives; waiting: 0",
        "a arrives; waiting: 1",
        "c arrives; waiting: 2",
        "c passes with index 2",
        "b passes with index 0",
        "a passes with index 1",
        "[1, 0, 2]",
        "x arrives; waiting: 0",
        "y arrives; waiting: 1",
        "z arrives; waiting: 2",
        "z passes with index 2",
        "x passes with index 0",
        "y passes with index 1",
        "second round [0, 1, 2]",
        "waiting 1",
        "BrokenBarrierError True True",
        "still broken",
        "reset; broken: False",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function party(b: InstanceType<typeof asyncio.Barrier>, name: string, d: number): Promise<number> {
          await asyncio.sleep(d);
          print(name, "arrives; waiting:", b.n_waiting);
          const idx = await b.wait();
          print(name, "passes with index", idx);
          return idx;
        }
        async function main(): Promise<void> {
          const b = new asyncio.Barrier(3);
          print("parties", b.parties, "broken", b.broken);
          print(await asyncio.gather(coro(() => party(b, "a", 0.01), "party"), coro(() => party(b, "b", 0), "party"), coro(() => party(b, "c", 0.02), "party")));
          print("second round", await asyncio.gather(...[..."xyz"].map((n) => coro(() => party(b, n, 0), "party"))));
          const b2 = new asyncio.Barrier(2);
          const t = asyncio.create_task(b2.wait());
          await asyncio.sleep(0);
          print("waiting", b2.n_waiting);
          await b2.abort();
          try {
            await t;
          } catch (e) {
            if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
            print("BrokenBarrierError", e instanceof exc.RuntimeError, b2.broken);
          }
          try {
            await b2.wait();
          } catch (e) {
            if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
            print("still broken");
          }
          await b2.reset();
          print("reset; broken:", b2.broken);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));
});

describe("xcheck: queues match CPython", () => {
  it("Queue back-pressure, join/task_done, FIFO getters and putters, PriorityQueue and LifoQueue order", () =>
    check({
      py: `
import asyncio

async def producer(q, n):
    for i in range(n):
        print("put", i)
        await q.put(i)
    print("producer done")

async def consumer(q, name):
    while True:
        x = await q.get()
        print(name, "got", x)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(2)
    cs = [asyncio.create_task(consumer(q, f"c{i}")) for i in range(2)]
    await producer(q, 6)
    await q.join()
    print("joined", q.qsize(), q.empty(), q.full(), q.maxsize)
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)

    q2 = asyncio.Queue(1)
    q2.put_nowait("x")
    print("full", q2.full())
    try:
        q2.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull")
    q2.get_nowait()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2.task_done()
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)

    q3 = asyncio.Queue()
    async def getter(name):
        try:
            print(name, "got", await q3.get())
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise
    gs = [asyncio.create_task(getter(n)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    q3.put_nowait("first")
    gs[0].cancel()
    q3.put_nowait("second")
    await asyncio.gather(*gs, return_exceptions=True)
    print("left", q3.qsize())

    q4 = asyncio.Queue(1)
    await q4.put("p0")
    async def putter(v):
        await q4.put(v)
        print("put done", v)
    ps = [asyncio.create_task(putter(v)) for v in ("p1", "p2")]
    await asyncio.sleep(0)
    for _ in range(3):
        print("got", await q4.get())
    await asyncio.gather(*ps)

    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q"), (1, "y")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(5)])
    pq2 = asyncio.PriorityQueue()
    for item in ["pear", "apple", "fig"]:
        pq2.put_nowait(item)
    print([pq2.get_nowait() for _ in range(3)])
    pq3 = asyncio.PriorityQueue()
    for item in [3, 1.5, 2, -1]:
        pq3.put_nowait(item)
    print([pq3.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

asyncio.run(main())
`,
      expected: [
        "put 0",
        "put 1",
        "put 2",
        "c0 got 0",
        "c1 got 1",
        "put 3",
        "put 4",
        "c0 got 2",
        "c1 got 3",
        "put 5",
        "producer done",
        "c0 got 4",
        "c1 got 5",
        "joined 0 True False 2",
        "full True",
        "QueueFull",
        "QueueEmpty",
        "ValueError: task_done() called too many times",
        "g1 cancelled",
        "g2 got first",
        "g3 got second",
        "left 0",
        "got p0",
        "put done p1",
        "got p1",
        "put done p2",
        "got p2",
        "[(0, 'q'), (1, 'y'), (1, 'z'), (2, 'a'), (2, 'b')]",
        "['apple', 'fig', 'pear']",
        "[-1, 1.5, 2, 3]",
        "[2, 1, 0]",
      ],
      async run({ asyncio, coro, exc }, print) {
        async function producer(q: InstanceType<typeof asyncio.Queue<number>>, n: number): Promise<void> {
          for (let i = 0; i < n; i++) {
            print("put", i);
            await q.put(i);
          }
          print("producer done");
        }
        async function consumer(q: InstanceType<typeof asyncio.Queue<number>>, name: string): Promise<void> {
          for (;;) {
            const x = await q.get();
            print(name, "got", x);
            await asyncio.sleep(0);
            q.task_done();
          }
        }
        async function main(): Promise<void> {
          const q = new asyncio.Queue<number>(2);
          const cs = [0, 1].map((i) => asyncio.create_task(coro(() => consumer(q, `c${i}`), "consumer")));
          await producer(q, 6);
          await q.join();
          print("joined", q.qsize(), q.empty(), q.full(), q.maxsize);
          for (const c of cs) c.cancel();
          await asyncio.gather(...cs, { return_exceptions: true });

          const q2 = new asyncio.Queue<string>(1);
          q2.put_nowait("x");
          print("full", q2.full());
          try {
            q2.put_nowait("y");
          } catch (e) {
            if (!(e instanceof asyncio.QueueFull)) throw e;
            print("QueueFull");
          }
          q2.get_nowait();
          try {
            q2.get_nowait();
          } catch (e) {
            if (!(e instanceof asyncio.QueueEmpty)) throw e;
            print("QueueEmpty");
          }
          q2.task_done();
          try {
            q2.task_done();
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError:", e.__str__());
          }

          const q3 = new asyncio.Queue<string>();
          async function getter(name: string): Promise<void> {
            try {
              print(name, "got", await q3.get());
            } catch (e) {
              if (e instanceof asyncio.CancelledError) print(name, "cancelled");
              throw e;
            }
          }
          const gs = ["g1", "g2", "g3"].map((n) => asyncio.create_task(coro(() => getter(n), "getter")));
          await asyncio.sleep(0);
          q3.put_nowait("first");
          gs[0]!.cancel();
          q3.put_nowait("second");
          await asyncio.gather(...gs, { return_exceptions: true });
          print("left", q3.qsize());

          const q4 = new asyncio.Queue<string>(1);
          await q4.put("p0");
          async function putter(v: string): Promise<void> {
            await q4.put(v);
            print("put done", v);
          }
          const ps = ["p1", "p2"].map((v) => asyncio.create_task(coro(() => putter(v), "putter")));
          await asyncio.sleep(0);
          for (let i = 0; i < 3; i++) print("got", await q4.get());
          await asyncio.gather(...ps);

          const T = <A extends unknown[]>(...xs: A) => Object.freeze(xs);
          const pq = new asyncio.PriorityQueue<readonly [number, string]>();
          for (const item of [T(2, "b"), T(1, "z"), T(2, "a"), T(0, "q"), T(1, "y")]) pq.put_nowait(item);
          print([0, 1, 2, 3, 4].map(() => pq.get_nowait()));
          const pq2 = new asyncio.PriorityQueue<string>();
          for (const item of ["pear", "apple", "fig"]) pq2.put_nowait(item);
          print([0, 1, 2].map(() => pq2.get_nowait()));
          const pq3 = new asyncio.PriorityQueue<number>();
          for (const item of [3, 1.5, 2, -1]) pq3.put_nowait(item);
          print([0, 1, 2, 3].map(() => pq3.get_nowait()));
          const lq = new asyncio.LifoQueue<number>();
          for (let i = 0; i < 3; i++) await lq.put(i);
          const out: number[] = [];
          for (let i = 0; i < 3; i++) out.push(await lq.get());
          print(out);
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));
});
