import { heapify, heappop, heappush } from "./heapq.js";
import type { TimerHandle } from "./handles.js";

/** The loop's timers: a heapq ordered by deadline only, exactly like CPython's `_scheduled`. */
const timerLess = (a: TimerHandle, b: TimerHandle): boolean => a._when < b._when;

export class TimerHeap {
  items: TimerHandle[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  push(h: TimerHandle): void {
    heappush(this.items, h, timerLess);
  }

  pop(): TimerHandle | undefined {
    return heappop(this.items, timerLess);
  }

  /** Drops cancelled handles and re-heapifies (BaseEventLoop._run_once's clean-up). */
  compact(): void {
    const kept: TimerHandle[] = [];
    for (const h of this.items) {
      if (h._cancelled) h._scheduled = false;
      else kept.push(h);
    }
    heapify(kept, timerLess);
    this.items = kept;
  }
}

