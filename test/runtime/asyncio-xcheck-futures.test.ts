/**
 * Cross-check of Future/Task API details against CPython 3.11: error
 * messages, callbacks outside tasks, exception chaining, asyncio.run's
 * argument checks; plus awaiting foreign (non-asyncio) promises in a task.
 * See asyncio-xcheck-harness.ts for how each scenario is checked.
 */
import { describe, expect, it } from "vitest";
import { check, freshRuntime, pyRepr } from "./asyncio-xcheck-harness.js";

describe("xcheck: Future and Task API match CPython", () => {
  it("states, messages, callbacks, chaining, asyncio.run argument checks", () =>
    check({
      py: `
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print("done", f.done(), "cancelled", f.cancelled())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.add_done_callback(lambda fut: print("callback; current task:", asyncio.current_task()))
    loop.call_soon(f.set_result, 7)
    print("awaited", await f)
    try:
        f.set_result(8)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = asyncio.Future()
    g.set_exception(KeyError)
    try:
        await g
    except KeyError as e:
        print("KeyError raised from future", repr(e), repr(g.exception()))
    h = loop.create_future()
    print("cancel", h.cancel("why"), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))
    print(str(asyncio.CancelledError()) == "")
    t = asyncio.create_task(asyncio.sleep(0.001, "slept"))
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("task InvalidStateError:", e)
    print(await t)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.001)
    except TimeoutError as e:
        print("cause", type(e.__cause__).__name__)
    def bad_callback(fut):
        raise ValueError("callback failed")
    k = loop.create_future()
    k.add_done_callback(bad_callback)
    k.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("loop survived a failing callback")
    c = asyncio.sleep(0)
    print(asyncio.iscoroutine(c), asyncio.isfuture(k), asyncio.isfuture(t))
    c.close()

asyncio.run(main())
try:
    asyncio.run(1)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    c = asyncio.sleep(0)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
asyncio.run(nested())
`,
      expected: [
        "done False cancelled False",
        "InvalidStateError: Result is not set.",
        "InvalidStateError: Exception is not set.",
        "callback; current task: None",
        "awaited 7",
        "InvalidStateError: invalid state",
        "KeyError raised from future KeyError() KeyError()",
        "cancel True True",
        "CancelledError ('why',)",
        "False True",
        "True",
        "task InvalidStateError: Result is not set.",
        "slept",
        "RuntimeError: Task does not support set_result operation",
        "cause CancelledError",
        "loop survived a failing callback",
        "True True True",
        "ValueError: a coroutine was expected, got 1",
        "RuntimeError: asyncio.run() cannot be called from a running event loop",
      ],
      async run({ asyncio, coro, exc }, print) {
        const msg = (e: unknown) => (e as { __str__(): string }).__str__();
        async function main(): Promise<void> {
          const loop = asyncio.get_running_loop();
          const f = loop.create_future<number>();
          print("done", f.done(), "cancelled", f.cancelled());
          for (const meth of [() => f.result(), () => f.exception()]) {
            try {
              meth();
            } catch (e) {
              if (!(e instanceof asyncio.InvalidStateError)) throw e;
              print("InvalidStateError:", msg(e));
            }
          }
          f.add_done_callback(() => print("callback; current task:", asyncio.current_task()));
          loop.call_soon((v: number) => f.set_result(v), 7);
          print("awaited", await f);
          try {
            f.set_result(8);
          } catch (e) {
            if (!(e instanceof asyncio.InvalidStateError)) throw e;
            print("InvalidStateError:", msg(e));
          }
          const g = new asyncio.Future<never>();
          g.set_exception(exc.KeyError);
          try {
            await g;
          } catch (e) {
            if (!(e instanceof exc.KeyError)) throw e;
            print("KeyError raised from future", pyRepr(e), pyRepr(g.exception()));
          }
          const h = loop.create_future();
          print("cancel", h.cancel("why"), h.cancelled());
          try {
            h.result();
          } catch (e) {
            if (!(e instanceof asyncio.CancelledError)) throw e;
            print("CancelledError", e.args);
          }
          print(new asyncio.CancelledError() instanceof exc.Exception, new asyncio.CancelledError() instanceof exc.BaseException);
          print(msg(new asyncio.CancelledError()) === "");
          const t = asyncio.create_task(asyncio.sleep(0.001, "slept"));
          try {
            t.result();
          } catch (e) {
            if (!(e instanceof asyncio.InvalidStateError)) throw e;
            print("task InvalidStateError:", msg(e));
          }
          print(await t);
          try {
            t.set_result("x");
          } catch (e) {
            if (!(e instanceof exc.RuntimeError)) throw e;
            print("RuntimeError:", msg(e));
          }
          try {
            await asyncio.wait_for(asyncio.sleep(1), 0.001);
          } catch (e) {
            if (!(e instanceof exc.TimeoutError)) throw e;
            print("cause", (e.__cause__ as object | null)?.constructor.name);
          }
          const k = loop.create_future<null>();
          k.add_done_callback(() => {
            throw new exc.ValueError("callback failed");
          });
          k.set_result(null);
          await asyncio.sleep(0);
          await asyncio.sleep(0);
          print("loop survived a failing callback");
          const c = asyncio.sleep(0);
          print(asyncio.iscoroutine(c), asyncio.isfuture(k), asyncio.isfuture(t));
          (c as { close?: () => void }).close?.();
        }
        const stderr = process.stderr.write;
        process.stderr.write = (() => true) as typeof process.stderr.write;
        try {
          await asyncio.run(coro(() => main(), "main"));
          try {
            await asyncio.run(1 as never);
          } catch (e) {
            if (!(e instanceof exc.ValueError)) throw e;
            print("ValueError:", msg(e));
          }
          async function nested(): Promise<void> {
            const c = asyncio.sleep(0);
            try {
              await asyncio.run(c);
            } catch (e) {
              if (!(e instanceof exc.RuntimeError)) throw e;
              print("RuntimeError:", msg(e));
            }
            (c as { close?: () => void }).close?.();
          }
          await asyncio.run(coro(() => nested(), "nested"));
        } finally {
          process.stderr.write = stderr;
        }
      },
    }));
});

describe("xcheck: runtime coroutines are lazy like Python's", () => {
  it("asyncio.sleep(), Lock.acquire() and coro()-wrapped Queue.get() do nothing until awaited", () =>
    check({
      py: `
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    s = asyncio.sleep(0.03, "lazy sleep")
    await asyncio.sleep(0.03)
    r = await s
    print(r, "| both sleeps counted:", loop.time() - t0 >= 0.059)
    q = asyncio.Queue()
    g = q.get()
    q.put_nowait(1)
    q.put_nowait(2)
    t = asyncio.create_task(q.get())
    print("g", await g)
    print("t", await t)
    lock = asyncio.Lock()
    a = lock.acquire()
    print("locked before awaiting acquire():", lock.locked())
    await a
    print("locked after:", lock.locked())

asyncio.run(main())
`,
      expected: ["lazy sleep | both sleeps counted: True", "g 1", "t 2", "locked before awaiting acquire(): False", "locked after: True"],
      async run({ asyncio, coro }, print) {
        async function main(): Promise<void> {
          const loop = asyncio.get_running_loop();
          const t0 = loop.time();
          const s = asyncio.sleep(0.03, "lazy sleep");
          await asyncio.sleep(0.03);
          const r = await s;
          print(r, "| both sleeps counted:", loop.time() - t0 >= 0.059);
          const q = new asyncio.Queue<number>();
          // A runtime coroutine method called without an immediate await is
          // wrapped in coro() like a user coroutine: Queue.get()/put() only
          // wait lazily when they have to wait, so the wrapper is what keeps
          // the Python order here.
          const g = coro(() => q.get(), "get");
          q.put_nowait(1);
          q.put_nowait(2);
          const t = asyncio.create_task(coro(() => q.get(), "get"));
          print("g", await g);
          print("t", await t);
          const lock = new asyncio.Lock();
          const a = lock.acquire();
          print("locked before awaiting acquire():", lock.locked());
          await a;
          print("locked after:", lock.locked());
        }
        await asyncio.run(coro(() => main(), "main"));
      },
    }));
});

describe("xcheck: foreign promises inside tasks", () => {
  it("a task awaiting a plain promise resolved by a Node timer still completes, and other tasks keep running", async () => {
    const { asyncio, coro } = await freshRuntime();
    const log: string[] = [];
    async function foreign(): Promise<string> {
      log.push("foreign waits");
      await new Promise((r) => setTimeout(r, 150));
      log.push("foreign resumed");
      await asyncio.sleep(0);
      log.push("foreign after sleep(0)");
      return "foreign done";
    }
    async function ticker(): Promise<number> {
      let n = 0;
      for (let i = 0; i < 3; i++) {
        await asyncio.sleep(0.002);
        n++;
      }
      log.push("ticker done");
      return n;
    }
    async function main(): Promise<unknown[]> {
      return await asyncio.gather(coro(() => foreign(), "foreign"), coro(() => ticker(), "ticker"));
    }
    const res = await asyncio.run(coro(() => main(), "main"));
    expect(res).toEqual(["foreign done", 3]);
    expect(log).toEqual(["foreign waits", "ticker done", "foreign resumed", "foreign after sleep(0)"]);
  });

  it("cancelling a task while it awaits a foreign promise delivers CancelledError at its next asyncio await", async () => {
    const { asyncio, coro } = await freshRuntime();
    const log: string[] = [];
    async function foreign(): Promise<void> {
      await new Promise((r) => setTimeout(r, 150));
      log.push("back from the foreign promise");
      try {
        await asyncio.sleep(1);
        log.push("WRONG");
      } catch (e) {
        log.push(e instanceof asyncio.CancelledError ? "cancelled at the next await" : "other error");
        throw e;
      }
    }
    async function main(): Promise<void> {
      const t = asyncio.create_task(coro(() => foreign(), "foreign"));
      await asyncio.sleep(0.002);
      t.cancel();
      try {
        await t;
      } catch (e) {
        log.push(e instanceof asyncio.CancelledError ? "task cancelled" : "other");
      }
    }
    await asyncio.run(coro(() => main(), "main"));
    expect(log).toEqual(["back from the foreign promise", "cancelled at the next await", "task cancelled"]);
  });
});
