/**
 * Futures, task state, to_thread and diagnostics against CPython 3.11: each scenario carries the Python
 * program whose output is the expectation; the last block re-runs those
 * programs with python3 (when installed) to prove the expectations true.
 */
import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it, vi } from "vitest";
import { asyncio, coro } from "../../src/runtime/asyncio/index.js";
import { _resetTaskNameCounter, _reportUnawaitedCoroutines, _unawaitedCoroutines } from "../../src/runtime/asyncio/core.js";
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

import { OSError, ValueError, TimeoutError, RuntimeError } from "../../src/runtime/exceptions.js";
import { repr } from "../../src/runtime/repr.js";
import { time as pyTime } from "../../src/runtime/stdlib/time.js";

const { CancelledError, InvalidStateError } = asyncio;

/** The runtime's blocking `time.sleep`, as the stdlib helper marks it. */
const timeSleep = Object.assign(
  (seconds: number): null => {
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      // busy: this is the blocking call
    }
    return null;
  },
  { __tsyncio_blocking_sleep__: true },
);

// ---------------------------------------------------------------------------

scenario(
  "task state: done/cancelled/result/exception, InvalidStateError, done-callback order",
  String.raw`
import asyncio
async def succeed():
    await asyncio.sleep(0.005)
    return "value"
async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("broken")
async def sleeper():
    await asyncio.sleep(1)
def report(label):
    def callback(task):
        if task.cancelled():
            state = "cancelled"
        elif task.exception() is not None:
            state = f"failed with {task.exception()!r}"
        else:
            state = f"returned {task.result()!r}"
        print(f"  callback {label}: {task.get_name()} {state}")
    return callback
async def main():
    ok = asyncio.create_task(succeed(), name="ok")
    bad = asyncio.create_task(fail(), name="bad")
    slow = asyncio.create_task(sleeper(), name="slow")
    for t in (ok, bad, slow):
        t.add_done_callback(report("first"))
    ok.add_done_callback(report("second"))
    ok.add_done_callback(lambda t: print("  lambda callback sees done =", t.done()))
    print("done right after creation:", ok.done(), bad.done(), slow.done())
    try:
        ok.result()
    except asyncio.InvalidStateError as e:
        print("result() before completion -> InvalidStateError", e)
    await asyncio.wait([ok, bad])
    print("after ok and bad finished:", ok.done(), bad.done(), slow.done())
    print("ok.result():", ok.result(), "| ok.exception():", ok.exception())
    print("bad.exception():", repr(bad.exception()))
    try:
        bad.result()
    except ValueError as exc:
        print("bad.result() re-raises:", exc)
    print("cancel() returns", slow.cancel())
    print("cancelled yet?", slow.cancelled(), "(only requested)")
    await asyncio.sleep(0)
    print("after a loop turn:", slow.cancelled(), slow.done())
    try:
        slow.result()
    except asyncio.CancelledError:
        print("slow.result() raises CancelledError")
    try:
        slow.exception()
    except asyncio.CancelledError:
        print("slow.exception() raises CancelledError too")
    print("cancel() on a finished task returns", ok.cancel(), "and it stays", ok.cancelled())
    late = []
    ok.add_done_callback(lambda t: late.append("late callback"))
    print("callback added to a done task has not run yet:", late)
    await asyncio.sleep(0)
    print("it runs on the next loop turn:", late)
    removed = asyncio.create_task(succeed())
    cb = report("removed")
    removed.add_done_callback(cb)
    print("remove_done_callback ->", removed.remove_done_callback(cb))
    await removed
    print("awaiting a done task again returns", await ok)
asyncio.run(main())
`,
  [
    "done right after creation: False False False",
    "result() before completion -> InvalidStateError Result is not set.",
    "  callback first: ok returned 'value'",
    "  callback second: ok returned 'value'",
    "  lambda callback sees done = True",
    "  callback first: bad failed with ValueError('broken')",
    "after ok and bad finished: True True False",
    "ok.result(): value | ok.exception(): None",
    "bad.exception(): ValueError('broken')",
    "bad.result() re-raises: broken",
    "cancel() returns True",
    "cancelled yet? False (only requested)",
    "after a loop turn: True True",
    "slow.result() raises CancelledError",
    "slow.exception() raises CancelledError too",
    "cancel() on a finished task returns False and it stays False",
    "callback added to a done task has not run yet: []",
    "  callback first: slow cancelled",
    "it runs on the next loop turn: ['late callback']",
    "remove_done_callback -> 1",
    "awaiting a done task again returns value",
  ],
  async (print) => {
    const succeed = async () => {
      await asyncio.sleep(0.005);
      return "value";
    };
    const fail = async (): Promise<string> => {
      await asyncio.sleep(0.01);
      throw new ValueError("broken");
    };
    const sleeper = async (): Promise<string> => {
      await asyncio.sleep(1);
      return "";
    };
    const report = (label: string) => (task: asyncio.Future<string>) => {
      const t = task as asyncio.Task<string>;
      let state: string;
      if (t.cancelled()) state = "cancelled";
      else if (t.exception() !== null) state = `failed with ${repr(t.exception())}`;
      else state = `returned ${repr(t.result())}`;
      print(`  callback ${label}: ${t.get_name()} ${state}`);
    };
    const main = async () => {
      const ok = asyncio.create_task(coro(() => succeed(), "succeed"), { name: "ok" });
      const bad = asyncio.create_task(coro(() => fail(), "fail"), { name: "bad" });
      const slow = asyncio.create_task(coro(() => sleeper(), "sleeper"), { name: "slow" });
      for (const t of [ok, bad, slow]) t.add_done_callback(report("first"));
      ok.add_done_callback(report("second"));
      ok.add_done_callback((t) => print("  lambda callback sees done =", t.done()));
      print("done right after creation:", ok.done(), bad.done(), slow.done());
      try {
        ok.result();
      } catch (e) {
        if (!(e instanceof InvalidStateError)) throw e;
        print("result() before completion -> InvalidStateError", e);
      }
      await asyncio.wait([ok, bad]);
      print("after ok and bad finished:", ok.done(), bad.done(), slow.done());
      print("ok.result():", ok.result(), "| ok.exception():", ok.exception());
      print("bad.exception():", repr(bad.exception()));
      try {
        bad.result();
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("bad.result() re-raises:", e);
      }
      print("cancel() returns", slow.cancel());
      print("cancelled yet?", slow.cancelled(), "(only requested)");
      await asyncio.sleep(0);
      print("after a loop turn:", slow.cancelled(), slow.done());
      try {
        slow.result();
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("slow.result() raises CancelledError");
      }
      try {
        slow.exception();
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("slow.exception() raises CancelledError too");
      }
      print("cancel() on a finished task returns", ok.cancel(), "and it stays", ok.cancelled());
      const late: string[] = [];
      ok.add_done_callback(() => late.push("late callback"));
      print("callback added to a done task has not run yet:", late);
      await asyncio.sleep(0);
      print("it runs on the next loop turn:", late);
      const removed = asyncio.create_task(coro(() => succeed(), "succeed"));
      const cb = report("removed");
      removed.add_done_callback(cb);
      print("remove_done_callback ->", removed.remove_done_callback(cb));
      await removed;
      print("awaiting a done task again returns", await ok);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "Future: set_result/set_exception/cancel, InvalidStateError messages, callbacks, awaiting",
  String.raw`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.add_done_callback(lambda x: print("callback", x.result()))
    f.set_result(5)
    print("set, callback pending", f.done())
    try:
        f.set_result(6)
    except asyncio.InvalidStateError:
        print("second set_result refused")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g.exception()))
    try:
        await g
    except ValueError as e:
        print("await re-raises", e)
    h = loop.create_future()
    print(h.cancel("why"), h.cancel(), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled future result:", e.args)
    async def setter(fut):
        await asyncio.sleep(0.01)
        fut.set_result("late")
    k = loop.create_future()
    asyncio.create_task(setter(k))
    print("awaited", await k)
    c = setter(k)
    print(asyncio.isfuture(k), asyncio.iscoroutine(c), asyncio.iscoroutinefunction(setter))
    c.close()
asyncio.run(main())
`,
  [
    "False False",
    "InvalidStateError: Result is not set.",
    "InvalidStateError: Exception is not set.",
    "set, callback pending True",
    "second set_result refused",
    "callback 5",
    "ValueError('bad')",
    "await re-raises bad",
    "True False True",
    "cancelled future result: ('why',)",
    "awaited late",
    "True True True",
  ],
  async (print) => {
    const main = async () => {
      const loop = asyncio.get_running_loop();
      const f = loop.create_future<number>();
      print(f.done(), f.cancelled());
      try {
        f.result();
      } catch (e) {
        if (!(e instanceof InvalidStateError)) throw e;
        print("InvalidStateError:", e);
      }
      try {
        f.exception();
      } catch (e) {
        if (!(e instanceof InvalidStateError)) throw e;
        print("InvalidStateError:", e);
      }
      f.add_done_callback((x) => print("callback", x.result()));
      f.set_result(5);
      print("set, callback pending", f.done());
      try {
        f.set_result(6);
      } catch (e) {
        if (!(e instanceof InvalidStateError)) throw e;
        print("second set_result refused");
      }
      await asyncio.sleep(0);
      const g = loop.create_future();
      g.set_exception(new ValueError("bad"));
      print(repr(g.exception()));
      try {
        await g;
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("await re-raises", e);
      }
      const h = loop.create_future();
      print(h.cancel("why"), h.cancel(), h.cancelled());
      try {
        h.result();
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("cancelled future result:", e.args);
      }
      const setter = async (fut: asyncio.Future<string>) => {
        await asyncio.sleep(0.01);
        fut.set_result("late");
      };
      const k = loop.create_future<string>();
      asyncio.create_task(coro(() => setter(k), "setter"));
      print("awaited", await k);
      const c = coro(() => setter(k), "setter");
      print(asyncio.isfuture(k), asyncio.iscoroutine(c), asyncio.iscoroutinefunction(setter));
      c.close();
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "to_thread / run_in_executor: results, exceptions, time.sleep becomes a timer the others run beside",
  String.raw`
import asyncio, time
def compute(n):
    print("compute runs", n)
    return n * 2
def explode():
    raise OSError("disk unplugged")
async def ticker(stop, ticks):
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.005)
async def main():
    stop = asyncio.Event()
    ticks = []
    t = asyncio.create_task(ticker(stop, ticks))
    print("sleep in a thread ->", await asyncio.to_thread(time.sleep, 0.03))
    stop.set()
    await t
    print("the loop kept ticking:", len(ticks) >= 3)
    print(await asyncio.to_thread(compute, 21))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, compute, 5))
    try:
        await asyncio.to_thread(explode)
    except OSError as e:
        print("OSError", e)
    fut = loop.run_in_executor(None, abs, -2)
    print("future?", isinstance(fut, asyncio.Future))
    print(await fut)
    start = loop.time()
    await asyncio.gather(asyncio.to_thread(time.sleep, 0.05), asyncio.to_thread(time.sleep, 0.05))
    print("overlapped:", loop.time() - start < 0.09)
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.05), 0.01)
    except TimeoutError:
        print("wait_for gave up on the thread")
asyncio.run(main())
`,
  [
    "sleep in a thread -> None",
    "the loop kept ticking: True",
    "compute runs 21",
    "42",
    "compute runs 5",
    "10",
    "OSError disk unplugged",
    "future? True",
    "2",
    "overlapped: True",
    "wait_for gave up on the thread",
  ],
  async (print) => {
    const compute = (n: number) => {
      print("compute runs", n);
      return n * 2;
    };
    const explode = (): never => {
      throw new OSError("disk unplugged");
    };
    const ticker = async (stop: asyncio.Event, ticks: number[]) => {
      while (!stop.is_set()) {
        ticks.push(1);
        await asyncio.sleep(0.005);
      }
    };
    const main = async () => {
      const stop = new asyncio.Event();
      const ticks: number[] = [];
      const t = asyncio.create_task(coro(() => ticker(stop, ticks), "ticker"));
      print("sleep in a thread ->", await asyncio.to_thread(timeSleep, 0.03));
      stop.set();
      await t;
      print("the loop kept ticking:", ticks.length >= 3);
      print(await asyncio.to_thread(compute, 21));
      const loop = asyncio.get_running_loop();
      print(await loop.run_in_executor(null, compute, 5));
      try {
        await asyncio.to_thread(explode);
      } catch (e) {
        if (!(e instanceof OSError)) throw e;
        print("OSError", e);
      }
      const fut = loop.run_in_executor(null, Math.abs, -2);
      print("future?", fut instanceof asyncio.Future);
      print(await fut);
      const start = loop.time();
      await asyncio.gather(asyncio.to_thread(timeSleep, 0.05), asyncio.to_thread(timeSleep, 0.05));
      print("overlapped:", loop.time() - start < 0.09);
      try {
        await asyncio.wait_for(coro(() => asyncio.to_thread(timeSleep, 0.05), "to_thread"), 0.01);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("wait_for gave up on the thread");
      }
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "runtime coroutines are lazy: sleep, Lock.acquire, Event.wait; a timed-out get()/put() leaves no trace",
  String.raw`
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    s = asyncio.sleep(0.03, "lazy sleep")
    await asyncio.sleep(0.03)
    r = await s
    print(r, "| both sleeps counted:", loop.time() - t0 >= 0.059)
    z, o = asyncio.sleep(0), asyncio.sleep(1)
    print(asyncio.iscoroutine(z), asyncio.iscoroutine(o))
    z.close(); o.close()
    lock = asyncio.Lock()
    a = lock.acquire()
    print("locked before awaiting acquire():", lock.locked())
    await a
    print("locked after:", lock.locked())
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("get timed out")
    q.put_nowait("x")
    print("no zombie getter took it:", q.qsize(), q.get_nowait())
    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print("waiter pending:", not w.done())
    ev.set()
    print("wait result:", await w)
    g = q.get()
    q.put_nowait(1)
    print("g", await g, q.qsize())
    full = asyncio.Queue(1)
    full.put_nowait("a")
    try:
        await asyncio.wait_for(full.put("b"), 0.01)
    except TimeoutError:
        print("put timed out, queue holds", full.qsize(), full.get_nowait())
    results = await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0, "r"), asyncio.to_thread(abs, -3))
    print(results)
asyncio.run(main())
`,
  [
    "lazy sleep | both sleeps counted: True",
    "True True",
    "locked before awaiting acquire(): False",
    "locked after: True",
    "get timed out",
    "no zombie getter took it: 1 x",
    "waiter pending: True",
    "wait result: True",
    "g 1 0",
    "put timed out, queue holds 1 a",
    "[None, 'r', 3]",
  ],
  async (print) => {
    const main = async () => {
      const loop = asyncio.get_running_loop();
      const t0 = loop.time();
      const s = asyncio.sleep(0.03, "lazy sleep");
      await asyncio.sleep(0.03);
      const r = await s;
      print(r, "| both sleeps counted:", loop.time() - t0 >= 0.059);
      const z = asyncio.sleep(0);
      const o = asyncio.sleep(1);
      print(asyncio.iscoroutine(z), asyncio.iscoroutine(o));
      z.close();
      o.close();
      const lock = new asyncio.Lock();
      const a = lock.acquire();
      print("locked before awaiting acquire():", lock.locked());
      await a;
      print("locked after:", lock.locked());
      const q = new asyncio.Queue<string | number>();
      try {
        await asyncio.wait_for(q.get(), 0.01);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("get timed out");
      }
      q.put_nowait("x");
      print("no zombie getter took it:", q.qsize(), q.get_nowait());
      const ev = new asyncio.Event();
      const w = asyncio.create_task(ev.wait());
      await asyncio.sleep(0);
      print("waiter pending:", !w.done());
      ev.set();
      print("wait result:", await w);
      const g = q.get();
      q.put_nowait(1);
      print("g", await g, q.qsize());
      const full = new asyncio.Queue<string>(1);
      full.put_nowait("a");
      try {
        await asyncio.wait_for(full.put("b"), 0.01);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("put timed out, queue holds", full.qsize(), full.get_nowait());
      }
      const results = await asyncio.gather(asyncio.sleep(0), asyncio.sleep(0, "r"), asyncio.to_thread(Math.abs, -3));
      print(results);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "a blocking function that calls time.sleep runs 'in a thread': the loop keeps ticking, calls overlap",
  String.raw`
import asyncio, time
def blocking_io(name, seconds):
    t0 = time.monotonic()
    time.sleep(seconds)
    return f"{name} slept {time.monotonic() - t0 >= seconds * 0.99}"
async def ticker(stop, ticks):
    while not stop.is_set():
        ticks.append(1)
        await asyncio.sleep(0.01)
async def main():
    stop = asyncio.Event()
    ticks = []
    t = asyncio.create_task(ticker(stop, ticks))
    print(await asyncio.to_thread(blocking_io, "disk", 0.1))
    stop.set()
    await t
    print("the loop kept ticking:", len(ticks) >= 5)
    loop = asyncio.get_running_loop()
    start = loop.time()
    print(await asyncio.gather(*(asyncio.to_thread(blocking_io, n, 0.1) for n in "abc")))
    print("overlapped:", loop.time() - start < 0.2)
    start = time.monotonic()
    time.sleep(0.05)
    print("outside a thread time.sleep still blocks:", time.monotonic() - start >= 0.05)
asyncio.run(main())
`,
  [
    "disk slept True",
    "the loop kept ticking: True",
    "['a slept True', 'b slept True', 'c slept True']",
    "overlapped: True",
    "outside a thread time.sleep still blocks: True",
  ],
  async (print) => {
    const blockingIo = (name: string, seconds: number) => {
      const t0 = pyTime.monotonic();
      pyTime.sleep(seconds);
      return `${name} slept ${pyTime.monotonic() - t0 >= seconds * 0.99 ? "True" : "False"}`;
    };
    const ticker = async (stop: asyncio.Event, ticks: number[]) => {
      while (!stop.is_set()) {
        ticks.push(1);
        await asyncio.sleep(0.01);
      }
    };
    const main = async () => {
      const stop = new asyncio.Event();
      const ticks: number[] = [];
      const t = asyncio.create_task(coro(() => ticker(stop, ticks), "ticker"));
      print(await asyncio.to_thread(blockingIo, "disk", 0.1));
      stop.set();
      await t;
      print("the loop kept ticking:", ticks.length >= 5);
      const loop = asyncio.get_running_loop();
      let start = loop.time();
      print(await asyncio.gather(...[..."abc"].map((n) => asyncio.to_thread(blockingIo, n, 0.1))));
      print("overlapped:", loop.time() - start < 0.2);
      start = pyTime.monotonic();
      pyTime.sleep(0.05);
      print("outside a thread time.sleep still blocks:", pyTime.monotonic() - start >= 0.05);
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

// ---------------------------------------------------------------------------
// JavaScript-side guarantees (no Python counterpart to compare with)

describe("diagnostics and JavaScript integration", () => {
  afterEach(() => vi.restoreAllMocks());

  function captureStderr(): string[] {
    const lines: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    return lines;
  }

  it("logs an unretrieved task exception at loop close, not a retrieved one, and rejects nothing", async () => {
    const rejections: unknown[] = [];
    const onRejection = (r: unknown) => rejections.push(r);
    process.on("unhandledRejection", onRejection);
    const err = captureStderr();
    const boom = async (msg: string) => {
      await asyncio.sleep(0);
      throw new ValueError(msg);
    };
    await asyncio.run(
      coro(async () => {
        asyncio.create_task(coro(() => boom("ignored"), "boom"));
        const seen = asyncio.create_task(coro(() => boom("seen"), "boom"));
        await asyncio.sleep(0.005);
        seen.exception();
      }, "main"),
    );
    await new Promise((r) => setTimeout(r, 10));
    process.off("unhandledRejection", onRejection);
    const text = err.join("");
    expect(text).toContain("Task exception was never retrieved");
    expect(text).toContain("exception=ValueError('ignored')");
    expect(text).not.toContain("'seen'");
    expect(rejections).toEqual([]);
  });

  it("reports coroutines that were never awaited", () => {
    const err = captureStderr();
    const c = coro(async () => 1, "forgotten");
    expect(_unawaitedCoroutines()).toContain("forgotten");
    _reportUnawaitedCoroutines();
    expect(err.join("")).toMatch(/RuntimeWarning: coroutine 'forgotten' was never awaited/);
    expect(_unawaitedCoroutines()).toEqual([]);
    void c;
  });

  it("a coroutine runs nothing until awaited and cannot be awaited twice", async () => {
    let ran = 0;
    const c = coro(async () => ++ran, "once");
    expect(ran).toBe(0);
    expect(await c).toBe(1);
    await expect(Promise.resolve(c)).rejects.toBeInstanceOf(RuntimeError);
    expect(ran).toBe(1);
  });

  it("asyncio.run inside a running loop is refused; current_task outside a loop raises", async () => {
    await asyncio.run(
      coro(async () => {
        await expect(asyncio.run(coro(async () => 1, "inner"))).rejects.toThrow("asyncio.run() cannot be called from a running event loop");
      }, "main"),
    );
    expect(() => asyncio.current_task()).toThrow("no running event loop");
  });

  it("accepts plain promises and async stand-ins for blocking functions", async () => {
    const result = await asyncio.run(
      coro(async () => {
        const fromPromise = await asyncio.gather(Promise.resolve(1), new Promise<number>((r) => setTimeout(() => r(2), 5)));
        const order: string[] = [];
        const ticker = asyncio.create_task(
          coro(async () => {
            for (let i = 0; i < 3; i++) {
              order.push(`tick${i}`);
              await asyncio.sleep(0.005);
            }
          }, "ticker"),
        );
        const standIn = async (name: string) => {
          order.push(`${name} start`);
          await asyncio.sleep(0.012);
          order.push(`${name} end`);
          return name.toUpperCase();
        };
        const r = await asyncio.to_thread(standIn, "io");
        await ticker;
        return { fromPromise, r, order, tasks: asyncio.all_tasks().size };
      }, "main"),
    );
    expect(result.fromPromise).toEqual([1, 2]);
    expect(result.r).toBe("IO");
    expect(result.order.slice(0, 2)).toEqual(["tick0", "io start"]);
    expect(result.order).toContain("tick2");
    expect(result.tasks).toBe(1);
  });

  it("a task awaiting a foreign promise lets the others run and can still be cancelled afterwards", async () => {
    const log: string[] = [];
    await asyncio.run(
      coro(async () => {
        const t = asyncio.create_task(
          coro(async () => {
            await new Promise((r) => setTimeout(r, 10));
            log.push("foreign done");
            try {
              await asyncio.sleep(1);
            } catch (e) {
              if (e instanceof CancelledError) log.push("cancelled after foreign await");
              throw e;
            }
          }, "foreign"),
        );
        await asyncio.sleep(0);
        log.push("main runs meanwhile");
        await asyncio.sleep(0.03);
        t.cancel();
        await asyncio.gather(t, { return_exceptions: true });
      }, "main"),
    );
    expect(log).toEqual(["main runs meanwhile", "foreign done", "cancelled after foreign await"]);
  });
});

// ---------------------------------------------------------------------------

describe.skipIf(!hasPython)("CPython 3.11 prints the expected lines", () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const out = execFileSync("python3", ["-c", s.py], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      expect(out.trimEnd().split("\n")).toEqual(s.expected);
    });
  }
});
