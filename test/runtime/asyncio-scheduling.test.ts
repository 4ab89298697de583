/**
 * Scheduling order against CPython 3.11: each scenario carries the Python
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

// ---------------------------------------------------------------------------

scenario(
  "created tasks start when the creator yields, in creation order; sleep(0) is one turn; callbacks are FIFO",
  String.raw`
import asyncio
async def w(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)
    return name
async def quick(name):
    print(f"quick {name}")
async def main():
    a = asyncio.create_task(w("a", 3))
    b = asyncio.create_task(w("b", 2))
    c = asyncio.create_task(quick("c"))
    print("created", a.get_name(), b.get_name(), c.get_name(), asyncio.current_task().get_name())
    print("not started yet")
    await asyncio.sleep(0)
    print("main 1")
    await asyncio.sleep(0)
    print("main 2")
    print(await a, await b)
    cb = asyncio.create_task(quick("d"))
    cb.add_done_callback(lambda t: print("cb1", t.get_name()))
    cb.add_done_callback(lambda t: print("cb2"))
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon 1")
    await asyncio.sleep(0)
    print("main 3")
    await asyncio.sleep(0)
    print("main 4")
    loop.call_soon(print, "call_soon 2")
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
`,
  [
    "created Task-2 Task-3 Task-4 Task-1",
    "not started yet",
    "a0",
    "b0",
    "quick c",
    "main 1",
    "a1",
    "b1",
    "main 2",
    "a2",
    "a b",
    "quick d",
    "call_soon 1",
    "main 3",
    "cb1 Task-5",
    "cb2",
    "main 4",
    "call_soon 2",
    "end",
  ],
  async (print) => {
    const w = async (name: string, n: number) => {
      for (let i = 0; i < n; i++) {
        print(`${name}${i}`);
        await asyncio.sleep(0);
      }
      return name;
    };
    const quick = async (name: string) => {
      print(`quick ${name}`);
    };
    const main = async () => {
      const a = asyncio.create_task(coro(() => w("a", 3), "w"));
      const b = asyncio.create_task(coro(() => w("b", 2), "w"));
      const c = asyncio.create_task(coro(() => quick("c"), "quick"));
      print("created", a.get_name(), b.get_name(), c.get_name(), asyncio.current_task()!.get_name());
      print("not started yet");
      await asyncio.sleep(0);
      print("main 1");
      await asyncio.sleep(0);
      print("main 2");
      print(await a, await b);
      const cb = asyncio.create_task(coro(() => quick("d"), "quick"));
      cb.add_done_callback((t) => print("cb1", (t as asyncio.Task).get_name()));
      cb.add_done_callback(() => print("cb2"));
      const loop = asyncio.get_running_loop();
      loop.call_soon(print, "call_soon 1");
      await asyncio.sleep(0);
      print("main 3");
      await asyncio.sleep(0);
      print("main 4");
      loop.call_soon(print, "call_soon 2");
      await asyncio.sleep(0);
      print("end");
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "timers fire in deadline order; cancelled handles never run; sleep returns its result",
  String.raw`
import asyncio
async def s(name, d):
    await asyncio.sleep(d)
    print(name, d)
async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(s(n, d)) for n, d in [("x", 0.12), ("y", 0.04), ("z", 0.08), ("w", 0), ("v", 0.04)]]
    await asyncio.sleep(0)
    loop.call_later(0.06, print, "call_later 0.06")
    loop.call_later(0.02, print, "call_later 0.02")
    h = loop.call_later(0.03, print, "cancelled handle")
    h.cancel()
    await asyncio.gather(*ts)
    r = await asyncio.sleep(0.001, result="res")
    print("sleep result", r, await asyncio.sleep(0, "zero"), await asyncio.sleep(0))
asyncio.run(main())
`,
  ["w 0", "call_later 0.02", "y 0.04", "v 0.04", "call_later 0.06", "z 0.08", "x 0.12", "sleep result res zero None"],
  async (print) => {
    const s = async (name: string, d: number) => {
      await asyncio.sleep(d);
      print(name, d);
    };
    const main = async () => {
      const loop = asyncio.get_running_loop();
      const specs: [string, number][] = [
        ["x", 0.12],
        ["y", 0.04],
        ["z", 0.08],
        ["w", 0],
        ["v", 0.04],
      ];
      const ts = specs.map(([n, d]) => asyncio.create_task(coro(() => s(n, d), "s")));
      await asyncio.sleep(0);
      loop.call_later(0.06, print, "call_later 0.06");
      loop.call_later(0.02, print, "call_later 0.02");
      const h = loop.call_later(0.03, print, "cancelled handle");
      h.cancel();
      await asyncio.gather(...ts);
      const r = await asyncio.sleep(0.001, "res");
      print("sleep result", r, await asyncio.sleep(0, "zero"), await asyncio.sleep(0));
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "awaiting a coroutine, a done future or a done task does not yield",
  String.raw`
import asyncio
async def inline(n):
    if n == 0:
        return 0
    return 1 + await inline(n - 1)
async def other():
    print("other ran")
async def main():
    t = asyncio.create_task(other())
    print("deep", await inline(50))
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print("done future", await f)
    print("before yielding")
    await asyncio.sleep(0)
    done = asyncio.create_task(asyncio.sleep(0, "tv"))
    await asyncio.sleep(0.005)
    t2 = asyncio.create_task(other())
    print("done task", await done)
    c = inline(3)
    print("coroutine object made, nothing ran")
    print("awaited later", await c)
    await t2
asyncio.run(main())
`,
  ["deep 50", "done future ready", "before yielding", "other ran", "done task tv", "coroutine object made, nothing ran", "awaited later 3", "other ran"],
  async (print) => {
    const inline = async (n: number): Promise<number> => {
      if (n === 0) return 0;
      return 1 + (await inline(n - 1));
    };
    const other = async () => {
      print("other ran");
    };
    const main = async () => {
      asyncio.create_task(coro(() => other(), "other"));
      print("deep", await inline(50));
      const f = asyncio.get_running_loop().create_future<string>();
      f.set_result("ready");
      print("done future", await f);
      print("before yielding");
      await asyncio.sleep(0);
      const done = asyncio.create_task(coro(() => asyncio.sleep(0, "tv"), "sleep"));
      await asyncio.sleep(0.005);
      const t2 = asyncio.create_task(coro(() => other(), "other"));
      print("done task", await done);
      const c = coro(() => inline(3), "inline");
      print("coroutine object made, nothing ran");
      print("awaited later", await c);
      await t2;
    };
    await asyncio.run(coro(() => main(), "main"));
  },
);

scenario(
  "asyncio.run returns main's result, cancels leftover tasks and runs their finally blocks",
  String.raw`
import asyncio
async def forever(name):
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup", name)
async def main():
    asyncio.create_task(forever("a"))
    asyncio.create_task(forever("b"))
    await asyncio.sleep(0)
    print("main returns")
    return 7
print("result", asyncio.run(main()))
async def again():
    return asyncio.current_task().get_name()
print("second run", asyncio.run(again()))
`,
  ["main returns", "cleanup a", "cleanup b", "result 7", "second run Task-6"],
  async (print) => {
    const forever = async (name: string) => {
      try {
        await asyncio.sleep(10);
      } finally {
        print("cleanup", name);
      }
    };
    const main = async () => {
      asyncio.create_task(coro(() => forever("a"), "forever"));
      asyncio.create_task(coro(() => forever("b"), "forever"));
      await asyncio.sleep(0);
      print("main returns");
      return 7;
    };
    print("result", await asyncio.run(coro(() => main(), "main")));
    const again = async () => asyncio.current_task()!.get_name();
    print("second run", await asyncio.run(coro(() => again(), "again")));
  },
);

scenario(
  "legacy loop API: run_until_complete, call_soon/call_later, create_future, stop keeps pending tasks",
  String.raw`
import asyncio
async def compute(name, d):
    print(name, "start")
    await asyncio.sleep(d)
    print(name, "end")
    return len(name)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("direct", loop.run_until_complete(compute("direct", 0.001)))
loop.call_soon(print, "call_soon callback")
loop.call_later(0.02, print, "call_later callback")
async def orchestrate():
    t1 = loop.create_task(compute("t1", 0.03))
    t2 = asyncio.ensure_future(compute("t2", 0.01))
    print(asyncio.ensure_future(t1) is t1, isinstance(t2, asyncio.Task))
    fut = loop.create_future()
    loop.call_later(0.002, fut.set_result, "future value")
    print("manual future", await fut)
    return await asyncio.gather(t1, t2)
print("results", loop.run_until_complete(orchestrate()))
print("running?", loop.is_running(), "closed?", loop.is_closed())
bg = loop.create_task(compute("bg", 0.01))
loop.run_until_complete(asyncio.sleep(0.001))
print("bg done after first run?", bg.done())
loop.run_until_complete(bg)
print("bg", bg.result())
loop.close()
print("closed", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
`,
  [
    "direct start",
    "direct end",
    "direct 6",
    "call_soon callback",
    "True True",
    "t1 start",
    "t2 start",
    "manual future future value",
    "t2 end",
    "call_later callback",
    "t1 end",
    "results [2, 2]",
    "running? False closed? False",
    "bg start",
    "bg done after first run? False",
    "bg end",
    "bg 2",
    "closed True",
    "RuntimeError: no running event loop",
  ],
  async (print) => {
    const compute = async (name: string, d: number) => {
      print(name, "start");
      await asyncio.sleep(d);
      print(name, "end");
      return name.length;
    };
    const loop = asyncio.new_event_loop();
    asyncio.set_event_loop(loop);
    print("direct", await loop.run_until_complete(coro(() => compute("direct", 0.001), "compute")));
    loop.call_soon(print, "call_soon callback");
    loop.call_later(0.02, print, "call_later callback");
    const orchestrate = async () => {
      const t1 = loop.create_task(coro(() => compute("t1", 0.03), "compute"));
      const t2 = asyncio.ensure_future(coro(() => compute("t2", 0.01), "compute"));
      print(asyncio.ensure_future(t1) === t1, t2 instanceof asyncio.Task);
      const fut = loop.create_future<string>();
      loop.call_later(0.002, (v: string) => fut.set_result(v), "future value");
      print("manual future", await fut);
      return await asyncio.gather(t1, t2);
    };
    print("results", await loop.run_until_complete(coro(() => orchestrate(), "orchestrate")));
    print("running?", loop.is_running(), "closed?", loop.is_closed());
    const bg = loop.create_task(coro(() => compute("bg", 0.01), "compute"));
    await loop.run_until_complete(coro(() => asyncio.sleep(0.001), "sleep"));
    print("bg done after first run?", bg.done());
    await loop.run_until_complete(bg);
    print("bg", bg.result());
    loop.close();
    asyncio.set_event_loop(null);
    print("closed", loop.is_closed());
    try {
      asyncio.get_running_loop();
    } catch (e) {
      print("RuntimeError:", e);
    }
  },
);

scenario(
  "an unretrieved task exception does not crash the program",
  String.raw`
import asyncio
async def boom():
    raise ValueError("nobody looks")
async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.001)
    print("main goes on", t.done())
    del t
asyncio.run(main())
print("exit normally")
`,
  ["main goes on True", "exit normally"],
  async (print) => {
    const boom = async () => {
      throw new (await import("../../src/runtime/exceptions.js")).ValueError("nobody looks");
    };
    const main = async () => {
      const t = asyncio.create_task(coro(() => boom(), "boom"));
      await asyncio.sleep(0.001);
      print("main goes on", t.done());
    };
    await asyncio.run(coro(() => main(), "main"));
    print("exit normally");
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
