/** A growable ring buffer: O(1) push/shift at both ends (the ready queue, waiter queues). */
export class Deque<T> implements Iterable<T> {
  private _buf: (T | undefined)[];
  private _head = 0;
  private _size = 0;
  private _mask: number;

  constructor(items?: Iterable<T>) {
    this._buf = new Array(16);
    this._mask = 15;
    if (items) for (const x of items) this.push(x);
  }

  get length(): number {
    return this._size;
  }

  push(x: T): void {
    if (this._size > this._mask) this._grow();
    this._buf[(this._head + this._size) & this._mask] = x;
    this._size++;
  }

  unshift(x: T): void {
    if (this._size > this._mask) this._grow();
    this._head = (this._head - 1) & this._mask;
    this._buf[this._head] = x;
    this._size++;
  }

  shift(): T | undefined {
    if (this._size === 0) return undefined;
    const i = this._head;
    const x = this._buf[i];
    this._buf[i] = undefined;
    this._head = (i + 1) & this._mask;
    this._size--;
    return x;
  }

  pop(): T | undefined {
    if (this._size === 0) return undefined;
    const i = (this._head + this._size - 1) & this._mask;
    const x = this._buf[i];
    this._buf[i] = undefined;
    this._size--;
    return x;
  }

  peek(): T | undefined {
    return this._size === 0 ? undefined : this._buf[this._head];
  }

  at(i: number): T | undefined {
    if (i < 0 || i >= this._size) return undefined;
    return this._buf[(this._head + i) & this._mask];
  }

  /** Removes the first occurrence of `x`; false when absent. */
  remove(x: T): boolean {
    // Waiters are woken first-in first-out, so the one removed is nearly always at the front.
    if (this._size > 0 && this._buf[this._head] === x) {
      this.shift();
      return true;
    }
    const n = this._size;
    for (let i = 0; i < n; i++) {
      if (this._buf[(this._head + i) & this._mask] === x) {
        for (let j = i; j < n - 1; j++) {
          this._buf[(this._head + j) & this._mask] = this._buf[(this._head + j + 1) & this._mask];
        }
        this._buf[(this._head + n - 1) & this._mask] = undefined;
        this._size--;
        return true;
      }
    }
    return false;
  }

  clear(): void {
    this._buf = new Array(16);
    this._mask = 15;
    this._head = 0;
    this._size = 0;
  }

  toArray(): T[] {
    const out: T[] = new Array(this._size);
    for (let i = 0; i < this._size; i++) out[i] = this._buf[(this._head + i) & this._mask] as T;
    return out;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this._size; i++) yield this._buf[(this._head + i) & this._mask] as T;
  }

  private _grow(): void {
    const old = this._buf;
    const cap = old.length * 2;
    const buf: (T | undefined)[] = new Array(cap);
    for (let i = 0; i < this._size; i++) buf[i] = old[(this._head + i) & this._mask];
    this._buf = buf;
    this._head = 0;
    this._mask = cap - 1;
  }
}

