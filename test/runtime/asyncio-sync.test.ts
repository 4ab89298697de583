/**
 * Locks, Event, Condition, Barrier and queues against CPython 3.11: each scenario carries the Python
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

import { RuntimeError, TypeError as PyTypeError, ValueError, toPyException } from "../../src/runtime/exceptions.js";
import { repr, tuple } from "../../src/runtime/repr.js";

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
  "Lock and Semaphore are FIFO-fair; BoundedSemaphore refuses over-release; Event wakes all waiters",
  String.raw`
import asyncio
async def main():
    lock = asyncio.Lock()
    async def user(name, hold):
        print(name, "wants")
        async with lock:
            print(name, "has", lock.locked())
            await asyncio.sleep(hold)
        print(name, "released")
    await asyncio.gather(user("a", 0.01), user("b", 0), user("c", 0.01))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    sem = asyncio.Semaphore(2)
    async def limited(name):
        async with sem:
            print(name, "in", sem.locked())
            await asyncio.sleep(0)
            print(name, "out")
    await asyncio.gather(*(limited(n) for n in "pqrst"))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    s.release(); s.release()
    print("plain semaphore goes above start:", s._value, s.locked())
    ev = asyncio.Event()
    async def waiter(n):
        print(n, "waits", ev.is_set())
        print(n, "woke", await ev.wait())
    ts = [asyncio.create_task(waiter(n)) for n in ("e1", "e2")]
    await asyncio.sleep(0)
    ev.set()
    print("set, nobody woke yet")
    await asyncio.gather(*ts)
    ev.clear()
    print("cleared", ev.is_set())
asyncio.run(main())
`,
  [
    "a wants",
    "a has True",
    "b wants",
    "c wants",
    "a released",
    "b has True",
    "b released",
    "c has True",
    "c released",
    "RuntimeError: Lock is not acquired.",
    "p in False",
    "q in True",
    "p out",
    "q out",
    "r in True",
    "s in True",
    "r out",
    "s out",
    "t in False",
    "t out",
    "ValueError: BoundedSemaphore released too many times",
    "plain semaphore goes above start: 2 False",
    "e1 waits False",
    "e2 waits False",
    "set, nobody woke yet",
    "e1 woke True",
    "e2 woke True",
    "cleared False",
  ],
  async (print) => {
    const main = async () => {
      const lock = new asyncio.Lock();
      const user = async (name: string, hold: number) => {
        print(name, "wants");
        await asyncWith(lock, async () => {
          print(name, "has", lock.locked());
          await asyncio.sleep(hold);
        });
        print(name, "released");
      };
      await asyncio.gather(coro(() => user("a", 0.01), "user"), coro(() => user("b", 0), "user"), coro(() => user("c", 0.01), "user"));
      try {
        lock.release();
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        print("RuntimeError:", e);
      }
      const sem = new asyncio.Semaphore(2);
      const limited = async (name: string) => {
        await asyncWith(sem, async () => {
          print(name, "in", sem.locked());
          await asyncio.sleep(0);
          print(name, "out");
        });
      };
      await asyncio.gather(...[..."pqrst"].map((n) => coro(() => limited(n), "limited")));
      const b = new asyncio.BoundedSemaphore(1);
      await b.acquire();
      b.release();
      try {
        b.release();
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("ValueError:", e);
      }
      const s = new asyncio.Semaphore(0);
      s.release();
      s.release();
      print("plain semaphore goes above start:", s._value, s.locked());
      const ev = new asyncio.Event();
      const waiter = async (n: string) => {
        print(n, "waits", ev.is_set());
        print(n, "woke", await ev.wait());
      };
      const ts = ["e1", "e2"].map((n) => asyncio.create_task(coro(() => waiter(n), "waiter")));
      await asyncio.sleep(0);
      ev.set();
      print("set, nobody woke yet");
      await asyncio.gather(...ts);
      ev.clear();
      print("cleared", ev.is_set());
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "Condition: wait_for re-checks the predicate; notify(n) and notify_all wake in FIFO order",
  String.raw`
import asyncio
async def main():
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            print(n, "waiting")
            got = await cond.wait_for(lambda: len(items) > 0)
            print(n, "got", items.pop(0), got)
    async def plain(n):
        async with cond:
            r = await cond.wait()
            print(n, "notified", r)
    cs = [asyncio.create_task(consumer(f"c{i}")) for i in range(3)]
    ps = [asyncio.create_task(plain(f"p{i}")) for i in range(3)]
    await asyncio.sleep(0.01)
    async with cond:
        items.append("x")
        cond.notify(2)
        print("notified 2")
    await asyncio.sleep(0.01)
    async with cond:
        items.extend(["y", "z"])
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*cs, *ps)
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
  [
    "c0 waiting",
    "c1 waiting",
    "c2 waiting",
    "notified 2",
    "c0 got x True",
    "notified all",
    "c2 got y True",
    "p0 notified True",
    "p1 notified True",
    "p2 notified True",
    "c1 got z True",
    "RuntimeError: cannot notify on un-acquired lock",
    "RuntimeError: cannot wait on un-acquired lock",
  ],
  async (print) => {
    const main = async () => {
      const cond = new asyncio.Condition();
      const items: string[] = [];
      const consumer = async (n: string) => {
        await asyncWith(cond, async () => {
          print(n, "waiting");
          const got = await cond.wait_for(() => items.length > 0);
          print(n, "got", items.shift(), got);
        });
      };
      const plain = async (n: string) => {
        await asyncWith(cond, async () => {
          const r = await cond.wait();
          print(n, "notified", r);
        });
      };
      const cs = [0, 1, 2].map((i) => asyncio.create_task(coro(() => consumer(`c${i}`), "consumer")));
      const ps = [0, 1, 2].map((i) => asyncio.create_task(coro(() => plain(`p${i}`), "plain")));
      await asyncio.sleep(0.01);
      await asyncWith(cond, async () => {
        items.push("x");
        cond.notify(2);
        print("notified 2");
      });
      await asyncio.sleep(0.01);
      await asyncWith(cond, async () => {
        items.push("y", "z");
        cond.notify_all();
        print("notified all");
      });
      await asyncio.gather(...cs, ...ps);
      try {
        cond.notify();
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        print("RuntimeError:", e);
      }
      try {
        await cond.wait();
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        print("RuntimeError:", e);
      }
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "Barrier: indexes, release order, async with, abort and reset",
  String.raw`
import asyncio
async def main():
    bar = asyncio.Barrier(3)
    async def party(n, d):
        await asyncio.sleep(d)
        print(n, "arrives, waiting", bar.n_waiting)
        i = await bar.wait()
        print(n, "passes with index", i)
        return i
    r = await asyncio.gather(party("a", 0.01), party("b", 0.02), party("c", 0.03))
    print("indexes", r, "parties", bar.parties, "broken", bar.broken)
    async def second(n):
        async with bar as i:
            print(n, "second round", i)
    await asyncio.gather(second("x"), second("y"), second("z"))
    async def stuck(n):
        try:
            await bar.wait()
        except asyncio.BrokenBarrierError as e:
            print(n, "broken:", type(e).__name__, isinstance(e, RuntimeError))
    ts = [asyncio.create_task(stuck(n)) for n in ("s1", "s2")]
    await asyncio.sleep(0.01)
    print("waiting now", bar.n_waiting)
    await bar.abort()
    await asyncio.gather(*ts)
    print("broken", bar.broken)
    try:
        await bar.wait()
    except asyncio.BrokenBarrierError:
        print("wait on broken barrier raises")
    await bar.reset()
    print("after reset broken", bar.broken, bar.n_waiting)
asyncio.run(main())
`,
  [
    "a arrives, waiting 0",
    "b arrives, waiting 1",
    "c arrives, waiting 2",
    "c passes with index 2",
    "a passes with index 0",
    "b passes with index 1",
    "indexes [0, 1, 2] parties 3 broken False",
    "z second round 2",
    "x second round 0",
    "y second round 1",
    "waiting now 2",
    "s1 broken: BrokenBarrierError True",
    "s2 broken: BrokenBarrierError True",
    "broken True",
    "wait on broken barrier raises",
    "after reset broken False 0",
  ],
  async (print) => {
    const main = async () => {
      const bar = new asyncio.Barrier(3);
      const party = async (n: string, d: number) => {
        await asyncio.sleep(d);
        print(n, "arrives, waiting", bar.n_waiting);
        const i = await bar.wait();
        print(n, "passes with index", i);
        return i;
      };
      const r = await asyncio.gather(coro(() => party("a", 0.01), "party"), coro(() => party("b", 0.02), "party"), coro(() => party("c", 0.03), "party"));
      print("indexes", r, "parties", bar.parties, "broken", bar.broken);
      const second = async (n: string) => {
        await asyncWith(bar, async (i) => {
          print(n, "second round", i);
        });
      };
      await asyncio.gather(coro(() => second("x"), "second"), coro(() => second("y"), "second"), coro(() => second("z"), "second"));
      const stuck = async (n: string) => {
        try {
          await bar.wait();
        } catch (e) {
          if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
          print(n, "broken:", e.name, e instanceof RuntimeError);
        }
      };
      const ts = ["s1", "s2"].map((n) => asyncio.create_task(coro(() => stuck(n), "stuck")));
      await asyncio.sleep(0.01);
      print("waiting now", bar.n_waiting);
      await bar.abort();
      await asyncio.gather(...ts);
      print("broken", bar.broken);
      try {
        await bar.wait();
      } catch (e) {
        if (!(e instanceof asyncio.BrokenBarrierError)) throw e;
        print("wait on broken barrier raises");
      }
      await bar.reset();
      print("after reset broken", bar.broken, bar.n_waiting);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "Queue back-pressure, FIFO getters, join/task_done, QueueEmpty/QueueFull, PriorityQueue and LifoQueue",
  String.raw`
import asyncio
async def main():
    q = asyncio.Queue(2)
    print("maxsize", q.maxsize, q.empty(), q.full())
    async def producer(n, count):
        for i in range(count):
            await q.put(f"{n}{i}")
            print("put", f"{n}{i}", q.qsize())
    async def consumer(n):
        while True:
            item = await q.get()
            print(n, "got", item)
            await asyncio.sleep(0)
            q.task_done()
    cons = [asyncio.create_task(consumer(c)) for c in ("C1", "C2")]
    await asyncio.gather(producer("a", 3), producer("b", 2))
    await q.join()
    print("joined", q.qsize(), q.empty())
    for c in cons:
        c.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull", q.full())
    getters = asyncio.Queue()
    async def g(n):
        print(n, "got", await getters.get())
    gs = [asyncio.create_task(g(f"g{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        getters.put_nowait(i)
    await asyncio.gather(*gs)
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "b"), (1, "a"), (2, "z"), (0, "last?")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(5)])
    nums = asyncio.PriorityQueue()
    for x in [5, 1.5, 3, -2, 10]:
        nums.put_nowait(x)
    print([nums.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])
    bad = asyncio.PriorityQueue()
    bad.put_nowait(1)
    try:
        bad.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
`,
  [
    "maxsize 2 True False",
    "put a0 1",
    "put a1 2",
    "C1 got a0",
    "C2 got a1",
    "put a2 1",
    "C1 got a2",
    "put b0 1",
    "put b1 2",
    "C2 got b0",
    "C1 got b1",
    "joined 0 True",
    "ValueError: task_done() called too many times",
    "QueueEmpty QueueEmpty()",
    "QueueFull True",
    "g0 got 0",
    "g1 got 1",
    "g2 got 2",
    "[(0, 'last?'), (1, 'a'), (1, 'b'), (2, 'z'), (3, 'c')]",
    "[-2, 1.5, 3, 5, 10]",
    "['c', 'b', 'a']",
    "TypeError: '<' not supported between instances of 'str' and 'int'",
  ],
  async (print) => {
    const main = async () => {
      const q = new asyncio.Queue<string | number>(2);
      print("maxsize", q.maxsize, q.empty(), q.full());
      const producer = async (n: string, count: number) => {
        for (let i = 0; i < count; i++) {
          await q.put(`${n}${i}`);
          print("put", `${n}${i}`, q.qsize());
        }
      };
      const consumer = async (n: string) => {
        for (;;) {
          const item = await q.get();
          print(n, "got", item);
          await asyncio.sleep(0);
          q.task_done();
        }
      };
      const cons = ["C1", "C2"].map((c) => asyncio.create_task(coro(() => consumer(c), "consumer")));
      await asyncio.gather(coro(() => producer("a", 3), "producer"), coro(() => producer("b", 2), "producer"));
      await q.join();
      print("joined", q.qsize(), q.empty());
      for (const c of cons) c.cancel();
      try {
        q.task_done();
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("ValueError:", e);
      }
      try {
        q.get_nowait();
      } catch (e) {
        if (!(e instanceof asyncio.QueueEmpty)) throw e;
        print("QueueEmpty", repr(e));
      }
      q.put_nowait(1);
      q.put_nowait(2);
      try {
        q.put_nowait(3);
      } catch (e) {
        if (!(e instanceof asyncio.QueueFull)) throw e;
        print("QueueFull", q.full());
      }
      const getters = new asyncio.Queue<number>();
      const g = async (n: string) => {
        print(n, "got", await getters.get());
      };
      const gs = [0, 1, 2].map((i) => asyncio.create_task(coro(() => g(`g${i}`), "g")));
      await asyncio.sleep(0);
      for (let i = 0; i < 3; i++) getters.put_nowait(i);
      await asyncio.gather(...gs);
      const pq = new asyncio.PriorityQueue<readonly [number, string]>();
      for (const item of [tuple(3, "c"), tuple(1, "b"), tuple(1, "a"), tuple(2, "z"), tuple(0, "last?")]) pq.put_nowait(item);
      print([0, 1, 2, 3, 4].map(() => pq.get_nowait()));
      const nums = new asyncio.PriorityQueue<number>();
      for (const x of [5, 1.5, 3, -2, 10]) nums.put_nowait(x);
      print([0, 1, 2, 3, 4].map(() => nums.get_nowait()));
      const lq = new asyncio.LifoQueue<string>();
      for (const x of "abc") await lq.put(x);
      const popped: string[] = [];
      for (let i = 0; i < 3; i++) popped.push(await lq.get());
      print(popped);
      const bad = new asyncio.PriorityQueue<number | string>();
      bad.put_nowait(1);
      try {
        bad.put_nowait("x");
      } catch (e) {
        if (!(e instanceof PyTypeError)) throw e;
        print("TypeError:", e);
      }
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
