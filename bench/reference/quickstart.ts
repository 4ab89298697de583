// Hand-written TypeScript for samples/quickstart.py: what the translation aims at.
const CATALOG = new Map<string, [delay: number, size: number]>([
  ["apple", [0.15, 120]],
  ["banana", [0.2, 80]],
  ["cherry", [0.05, 45]],
  ["durian", [0.25, 300]],
  ["elderberry", [0.2, 15]],
]);

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function fetch(item: string): Promise<[string, number]> {
  const [delay, size] = CATALOG.get(item)!;
  await sleep(delay); // pretend this is a network call
  return [item, size];
}

async function worker(name: string, items: string[]): Promise<number> {
  let total = 0;
  for (const item of items) {
    const [fetched, size] = await fetch(item);
    console.log(`[${name}] fetched ${fetched.padEnd(10)} ${String(size).padStart(4)} bytes`);
    total += size;
  }
  return total;
}

async function main(): Promise<void> {
  const started = performance.now();
  const plan = new Map<string, string[]>([
    ["w1", ["apple", "banana"]],
    ["w2", ["cherry"]],
    ["w3", ["durian", "elderberry"]],
  ]);
  const items = [...plan.values()].reduce((n, list) => n + list.length, 0);
  console.log(`starting ${plan.size} workers for ${items} items`);
  const totals = await Promise.all([...plan].map(([n, list]) => worker(n, list)));
  [...plan.keys()].forEach((name, i) => console.log(`${name}: ${totals[i]} bytes`));
  const grand = totals.reduce((a, b) => a + b, 0);
  console.log(`done: ${grand.toLocaleString("en-US")} bytes total, average ${(grand / CATALOG.size).toFixed(1)} per item`);
  const sequential = [...CATALOG.values()].reduce((n, [delay]) => n + delay, 0);
  console.log("faster than one by one:", (performance.now() - started) / 1000 < sequential ? "True" : "False");
}

await main();
