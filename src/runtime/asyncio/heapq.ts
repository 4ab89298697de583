/**
 * Python's heapq algorithms, step for step (the C module does the same), so
 * items that compare equal come out in the same order as in CPython: the
 * event loop's timers with equal deadlines, PriorityQueue entries with
 * equal priorities.
 */

export type Less<T> = (a: T, b: T) => boolean;

export function siftdown<T>(heap: T[], startpos: number, pos: number, less: Less<T>): void {
  const newitem = heap[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos]!;
    if (less(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

export function siftup<T>(heap: T[], pos: number, less: Less<T>): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos]!;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos]!, heap[rightpos]!)) childpos = rightpos;
    heap[pos] = heap[childpos]!;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, less);
}

export function heappush<T>(heap: T[], item: T, less: Less<T>): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, less);
}

export function heappop<T>(heap: T[], less: Less<T>): T | undefined {
  const lastelt = heap.pop();
  if (heap.length > 0) {
    const returnitem = heap[0]!;
    heap[0] = lastelt!;
    siftup(heap, 0, less);
    return returnitem;
  }
  return lastelt;
}

export function heapify<T>(heap: T[], less: Less<T>): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}
