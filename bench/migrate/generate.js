// Writes a synthetic Python repository for the migrate benchmark: packages of
// asyncio modules (queues, semaphores, gather, timeouts, cancellation,
// dataclasses, comprehensions) that import each other, and an entry module.
// Deterministic: the same arguments always give the same files.
//
//   node bench/migrate/generate.js [folder] [--lines N]    (default: a new temp folder, 100000 lines)
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** A small seeded generator (mulberry32), so the repository is the same on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ["order", "invoice", "ticket", "parcel", "sensor", "report", "session", "payment", "upload", "metric"];

// Each block is a self-contained piece of asyncio code; `n` makes its names unique within the module.
const BLOCKS = [
  (n, w) => `
@dataclass
class ${cap(w)}${n}:
    """A ${w} as the service sees it."""

    ident: int
    name: str
    weight: float = 1.0
    tags: list[str] = field(default_factory=list)

    def label(self) -> str:
        return f"{self.name}#{self.ident} ({self.weight:.2f})"

    def heavier_than(self, other: "${cap(w)}${n}") -> bool:
        return self.weight > other.weight
`,
  (n, w) => `
async def fetch_${w}_${n}(ident: int, delay: float = 0.001) -> dict[str, int]:
    """Pretend to fetch a ${w} over the network."""
    await asyncio.sleep(delay)
    if ident < 0:
        raise ValueError(f"bad ${w} id {ident}")
    return {"id": ident, "size": ident * ${n + 3} % 97}
`,
  (n, w) => `
async def produce_${w}_${n}(queue: asyncio.Queue, count: int) -> None:
    for i in range(count):
        await queue.put(i * ${n + 1})
    await queue.put(None)


async def consume_${w}_${n}(queue: asyncio.Queue, seen: list[int]) -> int:
    total = 0
    while True:
        item = await queue.get()
        try:
            if item is None:
                break
            seen.append(item)
            total += item
        finally:
            queue.task_done()
    return total


async def pipeline_${w}_${n}(count: int) -> int:
    queue: asyncio.Queue = asyncio.Queue(maxsize=4)
    seen: list[int] = []
    producer = asyncio.create_task(produce_${w}_${n}(queue, count))
    total = await consume_${w}_${n}(queue, seen)
    await producer
    print(f"pipeline ${n}: {len(seen)} items, total {total}")
    return total
`,
  (n, w) => `
async def limited_${w}_${n}(idents: list[int], limit: int = 3) -> list[int]:
    semaphore = asyncio.Semaphore(limit)
    active = 0
    peak = 0

    async def one(ident: int) -> int:
        nonlocal active, peak
        async with semaphore:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0)
            active -= 1
            return ident * 2

    results = await asyncio.gather(*(one(i) for i in idents))
    print(f"limited ${n}: peak {peak} of {limit}")
    return list(results)
`,
  (n, w) => `
async def guarded_${w}_${n}(delay: float, budget: float) -> str:
    try:
        await asyncio.wait_for(asyncio.sleep(delay), timeout=budget)
        return "done"
    except asyncio.TimeoutError:
        return "timed out"
    finally:
        print(f"guarded ${n} finished after {delay}")
`,
  (n, w) => `
async def cancellable_${w}_${n}(steps: int) -> list[str]:
    log: list[str] = []

    async def worker() -> None:
        try:
            for step in range(steps):
                log.append(f"step {step}")
                await asyncio.sleep(0.001)
        except asyncio.CancelledError:
            log.append("cancelled")
            raise
        finally:
            log.append("cleanup")

    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("caller saw the cancellation")
    return log
`,
  (n, w) => `
def summarize_${w}_${n}(values: list[int]) -> dict[str, float]:
    if not values:
        return {"count": 0, "mean": 0.0}
    evens = [v for v in values if v % 2 == 0]
    squares = {v: v * v for v in values[:5]}
    mean = sum(values) / len(values)
    spread = max(values) - min(values)
    print(f"summary ${n}: {len(evens)} even, squares {squares}")
    return {"count": len(values), "mean": round(mean, 2), "spread": float(spread)}
`,
  (n, w) => `
class ${cap(w)}Store${n}:
    """In-memory store of ${w}s with an async lock around writes."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: dict[str, int] = {}
        self.lock = asyncio.Lock()
        self.writes = 0

    async def put(self, key: str, value: int) -> None:
        async with self.lock:
            await asyncio.sleep(0)
            self.items[key] = value
            self.writes += 1

    async def get(self, key: str, default: int = 0) -> int:
        await asyncio.sleep(0)
        return self.items.get(key, default)

    def keys(self) -> list[str]:
        return sorted(self.items)

    def __repr__(self) -> str:
        return f"${cap(w)}Store${n}({self.name!r}, {len(self.items)} items)"
`,
  (n, w) => `
async def first_done_${w}_${n}(delays: list[float]) -> list[int]:
    order: list[int] = []

    async def sleeper(i: int, d: float) -> int:
        await asyncio.sleep(d)
        return i

    tasks = [asyncio.create_task(sleeper(i, d)) for i, d in enumerate(delays)]
    for finished in asyncio.as_completed(tasks):
        order.append(await finished)
    print(f"first done ${n}: {order}")
    return order
`,
];

/** Imported names get the module's name in front, so they never collide with the importer's own. */
function alias(imp) {
  return `${imp.module}_${imp.name}`;
}

function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}

/** The names a module defines that other modules can import: its fetch functions and summaries. */
function exported(module) {
  return module.blocks.filter((b) => b.kind === 1 || b.kind === 6).map((b) => (b.kind === 1 ? `fetch_${b.word}_${b.n}` : `summarize_${b.word}_${b.n}`));
}

function planModule(rnd, pkg, index) {
  const count = 9 + Math.floor(rnd() * 6);
  const blocks = [];
  for (let n = 0; n < count; n++) blocks.push({ kind: Math.floor(rnd() * BLOCKS.length), word: WORDS[Math.floor(rnd() * WORDS.length)], n });
  // Every module offers at least one importable function.
  blocks.push({ kind: 1, word: WORDS[index % WORDS.length], n: count });
  return { pkg, name: `mod${String(index).padStart(2, "0")}`, blocks };
}

function renderModule(module, imports) {
  const usesDataclass = module.blocks.some((b) => b.kind === 0);
  const lines = [`"""Synthetic ${module.pkg}.${module.name}: asyncio building blocks for the migrate benchmark."""`, "import asyncio"];
  if (usesDataclass) lines.push("from dataclasses import dataclass, field");
  for (const imp of imports) lines.push(`from ${imp.relative ? "." : imp.pkg + "."}${imp.module} import ${imp.name} as ${alias(imp)}`);
  const body = module.blocks.map((b) => BLOCKS[b.kind](b.n, b.word)).join("\n");
  const fetches = module.blocks.filter((b) => b.kind === 1).map((b) => `fetch_${b.word}_${b.n}`);
  const calls = imports.map((imp) => (imp.name.startsWith("fetch_") ? `    print(await ${alias(imp)}(${imp.name.length}))` : `    print(${alias(imp)}([1, 2, 3]))`));
  const selfTest = [
    "",
    "",
    `async def self_test() -> None:`,
    ...fetches.map((f, i) => `    print(await ${f}(${i + 1}))`),
    ...calls,
    "",
  ];
  return lines.join("\n") + "\n\n" + body + selfTest.join("\n");
}

export function generate(root, targetLines = 100_000) {
  const rnd = random(20251123);
  const modules = [];
  let lines = 0;
  let pkgIndex = 0;
  const written = [];
  const write = (path, text) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
    lines += text.split("\n").length - 1;
  };
  while (lines < targetLines) {
    const pkg = `svc${String(pkgIndex++).padStart(2, "0")}`;
    const inPackage = [];
    for (let i = 0; i < 12 && lines < targetLines; i++) {
      const module = planModule(rnd, pkg, i);
      // Imports: a sibling in the same package (relative) and a module of an earlier package (absolute).
      const imports = [];
      if (inPackage.length > 0) {
        const sibling = inPackage[Math.floor(rnd() * inPackage.length)];
        imports.push({ relative: true, module: sibling.name, name: exported(sibling)[0] });
      }
      const earlier = modules.filter((m) => m.pkg !== pkg);
      if (earlier.length > 0) {
        const other = earlier[Math.floor(rnd() * earlier.length)];
        const names = exported(other);
        imports.push({ relative: false, pkg: other.pkg, module: other.name, name: names[names.length - 1] });
      }
      write(`${pkg}/${module.name}.py`, renderModule(module, imports));
      inPackage.push(module);
      modules.push(module);
    }
    const first = inPackage[0];
    write(`${pkg}/__init__.py`, `"""Package ${pkg}."""\nfrom .${first.name} import ${exported(first)[0]}\n`);
  }
  const picks = modules.filter((_, i) => i % 25 === 0);
  const entry = [
    `"""Entry module: runs the self-tests of a few modules."""`,
    "import asyncio",
    ...picks.map((m) => `from ${m.pkg} import ${m.name}`),
    "",
    "",
    "async def main() -> None:",
    ...picks.map((m) => `    await ${m.name}.self_test()`),
    "",
    "",
    'if __name__ == "__main__":',
    "    asyncio.run(main())",
    "",
  ].join("\n");
  write("main.py", entry);
  return { root, files: written.length, lines };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--lines");
  const target = at >= 0 ? Number(args.splice(at, 2)[1]) : 100_000;
  const root = args[0] ?? mkdtempSync(join(tmpdir(), "tsyncio-bench-repo-"));
  const r = generate(root, target);
  console.log(`${r.root}: ${r.files} files, ${r.lines} lines`);
}
