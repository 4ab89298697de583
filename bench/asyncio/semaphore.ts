// Hand-written idiomatic TypeScript for semaphore.py: a small counting semaphore over promises.
const N = 100_000;

class Semaphore {
  private waiters: (() => void)[] = [];
  private head = 0;
  constructor(private permits: number) {}
  async acquire(): Promise<void> {
    if (this.permits > 0) {
      this.permits--;
      return;
    }
    await new Promise<void>((resolve) => this.waiters.push(resolve));
  }
  release(): void {
    // An index instead of shift(): shift() is linear and 100k waiters make it quadratic.
    const next = this.head < this.waiters.length ? this.waiters[this.head++] : undefined;
    if (next) next();
    else this.permits++;
  }
}

async function job(sem: Semaphore, i: number): Promise<number> {
  await sem.acquire();
  try {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return i;
  } finally {
    sem.release();
  }
}

const sem = new Semaphore(100);
const results = await Promise.all(Array.from({ length: N }, (_, i) => job(sem, i)));
console.log(results.length, results.reduce((a, b) => a + b, 0));
