// Hand-written idiomatic TypeScript for tasks.py: plain promises, no runtime.
const N = 100_000;

async function job(i: number): Promise<number> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return i * 2;
}

const results = await Promise.all(Array.from({ length: N }, (_, i) => job(i)));
console.log(results.length, results.reduce((a, b) => a + b, 0));
