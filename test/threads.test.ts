/**
 * The threads model (src/analyze/threads.ts, src/runtime/stdlib/threading):
 * what the translation awaits, what it refuses, and that a blocking method
 * reached by a call the translator did not recognise raises instead of
 * returning early. Behaviour against CPython is in samples/threads/.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";
import { queue } from "../src/runtime/stdlib/queue.js";
import { threading } from "../src/runtime/stdlib/threading/index.js";

async function translate(src: string): Promise<{ code: string; errors: string[] }> {
  const r = await transpile(src, { file: "t.py" });
  return { code: r.code, errors: r.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.line}:${d.column} ${d.code}`) };
}

describe("threads model: translation", () => {
  test("a function that blocks is async and its calls are awaited; `with lock` enters with __aenter__", async () => {
    const { code, errors } = await translate(
      "import threading, time\nlock = threading.Lock()\ndef work(n):\n    with lock:\n        time.sleep(n)\ndef outer():\n    work(1)\nouter()\n",
    );
    expect(errors).toEqual([]);
    expect(code).toContain("async function work(");
    expect(code).toContain("await cm_1.__aenter__()");
    expect(code).toContain("await threadSleep(n)");
    expect(code).toContain("async function outer(");
    expect(code).toMatch(/await outer\(\)/);
  });

  test("a queue handed to a worker's parameter is recognised: its get is awaited through blockOn", async () => {
    const { code } = await translate("import threading, queue\nq = queue.Queue()\ndef worker(jobs):\n    return jobs.get()\nthreading.Thread(target=worker, args=(q,)).start()\n");
    expect(code).toContain('await blockOn(jobs, "get", [])');
  });

  test("a blocking function used as a value outside a thread runner is TSY1302, with a TODO", async () => {
    const { code, errors } = await translate("import threading, time\ndef key(x):\n    time.sleep(0.1)\n    return x\nprint(sorted([2, 1], key=key))\nthreading.Thread(target=key, args=(1,)).start()\n");
    expect(errors).toEqual(["5:26 TSY1302"]);
    expect(code).toContain("TODO(tsyncio)");
  });

  test("a module without threads keeps time.sleep blocking and functions regular", async () => {
    const { code } = await translate("import time\ndef f():\n    time.sleep(0.1)\nf()\n");
    expect(code).not.toContain("async function f");
    expect(code).not.toContain("threadSleep");
  });
});

describe("threads model: plain calls that would have to wait raise", () => {
  test("Queue.get on an empty queue", () => {
    const q = new queue.Queue();
    expect(() => q.get()).toThrow(/Queue.get\(\) would block here/);
    q.put(1);
    expect(q.get()).toBe(1);
  });

  test("Lock.acquire of a held lock, Event.wait, Thread.join", () => {
    const lock = new threading.Lock();
    expect(lock.acquire()).toBe(true);
    expect(lock.acquire(false)).toBe(false);
    expect(() => lock.acquire()).toThrow(/would block here/);
    expect(() => new threading.Event().wait()).toThrow(/Event.wait\(\) would block here/);
  });
});
