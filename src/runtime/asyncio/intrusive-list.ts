/** A member of an IntrusiveList. */
export interface Linked {
  _lprev: Linked | null;
  _lnext: Linked | null;
}

/**
 * A doubly-linked list through fields of its members: O(1) add/delete, no
 * hashing. A member is in at most one list, so `_lprev` (or being the head)
 * tells membership without a flag field (one field less on every task).
 */
export class IntrusiveList<T extends Linked> implements Iterable<T> {
  private _head: T | null = null;
  private _tail: T | null = null;
  size = 0;

  private _has(x: T): boolean {
    return x._lprev !== null || this._head === x;
  }

  add(x: T): void {
    if (this._has(x)) return;
    x._lnext = null;
    x._lprev = this._tail;
    if (this._tail !== null) this._tail._lnext = x;
    else this._head = x;
    this._tail = x;
    this.size++;
  }

  delete(x: T): void {
    if (!this._has(x)) return;
    const p = x._lprev as T | null;
    const n = x._lnext as T | null;
    if (p !== null) p._lnext = n;
    else this._head = n;
    if (n !== null) n._lprev = p;
    else this._tail = p;
    x._lprev = x._lnext = null;
    this.size--;
  }

  clear(): void {
    for (let x = this._head; x !== null; ) {
      const n = x._lnext as T | null;
      x._lprev = x._lnext = null;
      x = n;
    }
    this._head = this._tail = null;
    this.size = 0;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let x = this._head; x !== null; ) {
      const n = x._lnext as T | null;
      yield x;
      x = n;
    }
  }
}
