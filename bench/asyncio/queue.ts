// Hand-written idiomatic TypeScript for queue.py: a bounded async queue over promises.
const N = 1_000_000;
const CONSUMERS = 4;

class Queue<T> {
  private items: T[] = [];
  private head = 0;
  private getters: ((v: T) => void)[] = [];
  private putters: (() => void)[] = [];
  constructor(private readonly maxsize: number) {}
  private size(): number {
    return this.items.length - this.head;
  }
  async put(item: T): Promise<void> {
    while (this.size() >= this.maxsize) await new Promise<void>((resolve) => this.putters.push(resolve));
    const getter = this.getters.shift();
    if (getter) getter(item);
    else this.items.push(item);
  }
  async get(): Promise<T> {
    if (this.size() === 0) return new Promise<T>((resolve) => this.getters.push(resolve));
    const item = this.items[this.head++]!;
    if (this.head > 4096 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    this.putters.shift()?.();
    return item;
  }
}

async function producer(q: Queue<number>): Promise<number> {
  for (let i = 0; i < N; i++) await q.put(i);
  for (let i = 0; i < CONSUMERS; i++) await q.put(-1);
  return 0;
}

async function consumer(q: Queue<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const item = await q.get();
    if (item < 0) return total;
    total += item;
  }
}

const q = new Queue<number>(1000);
const results = await Promise.all([producer(q), ...Array.from({ length: CONSUMERS }, () => consumer(q))]);
console.log(results.slice(1).reduce((a, b) => a + b, 0));
