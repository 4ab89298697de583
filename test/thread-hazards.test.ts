/**
 * What the threads model cannot keep (src/analyze/thread-hazards.ts): a loop
 * that waits for another thread without reaching a switch point is refused
 * (TSY1303), a read-modify-write of shared state across a blocking call
 * without a lock is flagged (TSY1304). Programs that keep their meaning get
 * neither; samples/threads/ shows they print what CPython prints.
 */
import { describe, expect, test } from "vitest";
import { transpile } from "../src/index.js";

async function check(src: string): Promise<{ code: string; found: string[] }> {
  const r = await transpile(src, { file: "t.py" });
  const found = r.diagnostics.filter((d) => d.code === "TSY1303" || d.code === "TSY1304").map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  return { code: r.code, found };
}

const HEAD = "import threading, time, queue\n";

describe("TSY1303: a loop that waits for another thread without a switch point", () => {
  test("main thread spinning on a flag a thread sets: an error, and the condition raises instead of hanging", async () => {
    const { code, found } = await check(
      HEAD + "done = False\ndef worker():\n    global done\n    time.sleep(0.1)\n    done = True\nthreading.Thread(target=worker).start()\nspins = 0\nwhile not done:\n    spins += 1\nprint('done')\n",
    );
    expect(found).toEqual(["9:1 error TSY1303"]);
    expect(code).toMatch(/while \(\s*\/\* TODO\(tsyncio\): this loop waits for another thread/);
  });

  test("a method spinning on an attribute another thread writes, and a loop testing Event.is_set()", async () => {
    const { found } = await check(
      HEAD +
        "class Spinner:\n    def __init__(self):\n        self.stop = False\n        self.n = 0\n    def run(self):\n        while not self.stop:\n            self.n += 1\n" +
        "ev = threading.Event()\ndef waiter():\n    while not ev.is_set():\n        pass\n" +
        "def poll(t):\n    while True:\n        if not t.is_alive():\n            break\n",
    );
    expect(found).toEqual(["7:9 error TSY1303", "11:5 error TSY1303", "14:5 error TSY1303"]);
  });

  test("a function that loops forever without a switch point (a daemon thread's job)", async () => {
    const { found } = await check(HEAD + "def forever():\n    x = 0\n    while True:\n        x += 1\nthreading.Thread(target=forever, daemon=True).start()\n");
    expect(found).toEqual(["4:5 error TSY1303"]);
  });

  test("loops that drive their own exit or reach a switch point are left alone", async () => {
    const { found } = await check(
      HEAD +
        "done = False\nq = queue.Queue()\nclass Job:\n    def __init__(self):\n        self.stop = False\n    def step(self):\n        self.stop = True\n    def run(self):\n        while not self.stop:\n            self.step()\n" +
        "def count():\n    i = 0\n    while i < 10:\n        i += 1\n    return i\n" +
        "def polite():\n    while not done:\n        time.sleep(0.01)\n" +
        "def drain():\n    out = []\n    while not q.empty():\n        out.append(q.get_nowait())\n    return out\n" +
        "def check():\n    return done\ndef asks():\n    while not check():\n        pass\n" +
        "def waits(ev):\n    while not ev.is_set():\n        ev.wait(0.1)\n" +
        "def node_walk(node):\n    while node.next is not None:\n        node = node.next\n    return node\n" +
        "def setter():\n    global done\n    done = True\n",
    );
    expect(found).toEqual([]);
  });

  test("a module without threads gets no thread diagnostics", async () => {
    const { found } = await check("import time\ndone = False\ndef f():\n    global done\n    done = True\nwhile not done:\n    pass\n");
    expect(found).toEqual([]);
  });
});

describe("TSY1304: shared state read and written back across a blocking call without a lock", () => {
  test("a global, an attribute and a closure's variable: a warning and a TODO comment above the write", async () => {
    const { code, found } = await check(
      HEAD +
        "counter = 0\ndef bump():\n    global counter\n    v = counter\n    time.sleep(0.01)\n    counter = v + 1\n" +
        "class Account:\n    def __init__(self):\n        self.balance = 0\n    def deposit(self, n):\n        b = self.balance\n        b += n\n        time.sleep(0.01)\n        self.balance = b\n" +
        "def make():\n    total = 0\n    def add():\n        nonlocal total\n        t = total\n        time.sleep(0.01)\n        total = t + 1\n    return add\n",
    );
    expect(found).toEqual(["7:5 warning TSY1304", "15:9 warning TSY1304", "22:9 warning TSY1304"]);
    expect(code).toContain("// TODO(tsyncio): 'counter' is written here from a value read at line 5, a blocking call at line 6");
  });

  test("a read and a write in one statement around a blocking call", async () => {
    const { found } = await check(HEAD + "q = queue.Queue()\ntotal = 0\ndef add():\n    global total\n    total = total + q.get()\n");
    expect(found).toEqual(["6:5 warning TSY1304"]);
  });

  test("with lock:, acquire()/release(), and a read after the blocking call are safe", async () => {
    const { found } = await check(
      HEAD +
        "lock = threading.Lock()\ncounter = 0\n" +
        "def a():\n    global counter\n    with lock:\n        v = counter\n        time.sleep(0.01)\n        counter = v + 1\n" +
        "def b():\n    global counter\n    lock.acquire()\n    v = counter\n    time.sleep(0.01)\n    counter = v + 1\n    lock.release()\n" +
        "def c():\n    global counter\n    time.sleep(0.01)\n    v = counter\n    counter = v + 1\n" +
        "def d():\n    local = [counter]\n    time.sleep(0.01)\n    local[0] = local[0] + 1\n",
    );
    expect(found).toEqual([]);
  });
});
