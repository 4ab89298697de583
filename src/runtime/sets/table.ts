/**
 * CPython's set table (Objects/setobject.c, 3.11), kept beside a JavaScript
 * Set only to know the order CPython iterates in: open addressing, a run of
 * up to ten neighbouring slots, then a jump driven by the hash's higher bits
 * (`perturb`); deleted slots become dummies that later inserts may reuse; the
 * table grows to four times the live count when three fifths are filled.
 * Membership is the Set's job: every insert here is of a key known absent,
 * every delete of a key known present (compared by identity).
 */
import type { Hash64 } from "./hash.js";

const MIN_SIZE = 8;
const LINEAR_PROBES = 9;
/** A deleted slot. */
const DUMMY: unique symbol = Symbol("dummy");
/** A slot never used (JavaScript arrays start as holes; `undefined` is a key of its own). */
const EMPTY: unique symbol = Symbol("empty");

type Slot = unknown;

export class SetTable {
  keys: Slot[] = new Array<Slot>(MIN_SIZE).fill(EMPTY);
  lo = new Uint32Array(MIN_SIZE);
  hi = new Uint32Array(MIN_SIZE);
  mask = MIN_SIZE - 1;
  /** Active plus dummy slots. */
  fill = 0;
  used = 0;
  /** Where set.pop() looks first. */
  finger = 0;

  /** Adds a key known to be absent (set_add_entry, found_unused_or_dummy). */
  insert(key: unknown, h: Hash64): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = h.lo & mask;
    let plo = h.lo;
    let phi = h.hi;
    let free = -1;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === EMPTY) {
          if (free >= 0) {
            this.put(free, key, h);
            this.used++;
            return;
          }
          this.put(j, key, h);
          this.fill++;
          this.used++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        // CPython keeps the last dummy it passed.
        if (k === DUMMY) free = j;
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  /** Turns the slot holding `key` into a dummy (set_discard_entry). */
  remove(key: unknown, h: Hash64): void {
    const j = this.find(key, h);
    if (j < 0) return;
    this.keys[j] = DUMMY;
    this.used--;
  }

  private find(key: unknown, h: Hash64): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = h.lo & mask;
    let plo = h.lo;
    let phi = h.hi;
    for (let guard = 0; guard <= 4 * (mask + 1) + 64; guard++) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      do {
        const k = keys[j];
        if (k === EMPTY) return -1;
        if (k === key || (k !== k && key !== key)) return j;
        j++;
      } while (probes--);
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
    return this.keys.indexOf(key);
  }

  /** set.pop(): the first live slot from the finger on, wrapping around. */
  pop(): unknown {
    let j = this.finger & this.mask;
    while (this.keys[j] === EMPTY || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    const key = this.keys[j];
    this.keys[j] = DUMMY;
    this.used--;
    this.finger = j + 1;
    return key;
  }

  /** set.clear(): back to the small table; the finger stays. */
  clear(): void {
    this.keys = new Array<Slot>(MIN_SIZE).fill(EMPTY);
    this.lo = new Uint32Array(MIN_SIZE);
    this.hi = new Uint32Array(MIN_SIZE);
    this.mask = MIN_SIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** Live keys in slot order: CPython's iteration order. */
  *live(): Generator<unknown> {
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== EMPTY && k !== DUMMY) yield k;
    }
  }

  /** Live slots with their hashes, for merging into another table. */
  *liveEntries(): Generator<[unknown, Hash64]> {
    const keys = this.keys;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== EMPTY && k !== DUMMY) yield [k, { lo: this.lo[j]!, hi: this.hi[j]! }];
    }
  }

  /** Rebuilds with the smallest power-of-two size above `minUsed` (set_table_resize). */
  resize(minUsed: number): void {
    let size = MIN_SIZE;
    while (size <= minUsed) size <<= 1;
    if (size === MIN_SIZE && this.mask === MIN_SIZE - 1 && this.fill === this.used) return;
    const { keys, lo, hi } = this;
    this.keys = new Array<Slot>(size).fill(EMPTY);
    this.lo = new Uint32Array(size);
    this.hi = new Uint32Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k !== EMPTY && k !== DUMMY) this.insertClean(k, lo[j]!, hi[j]!);
    }
  }

  /** One resize ahead of adding about n keys (set_update_internal with a dict). */
  reserve(n: number): void {
    if ((this.fill + n) * 5 >= this.mask * 3) this.resize((this.used + n) * 2);
  }

  /** Dummies past a quarter of the table are resized away (after difference_update). */
  purgeDummies(): void {
    if (this.fill - this.used <= this.mask >>> 2) return;
    this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /**
   * set_merge into this table of another one's entries, for keys `isNew`
   * says are absent: one resize up front, then a slot-for-slot copy when
   * this table is empty and the sizes match, else clean or normal inserts.
   */
  merge(other: SetTable, isNew: (key: unknown) => boolean, added: (key: unknown) => void): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0) {
      if (this.mask === other.mask && other.fill === other.used) {
        this.keys = other.keys.slice();
        this.lo = other.lo.slice();
        this.hi = other.hi.slice();
      } else {
        for (const [k, h] of other.liveEntries()) this.insertClean(k, h.lo, h.hi);
      }
      this.fill = this.used = other.used;
      for (const k of other.live()) added(k);
      return;
    }
    for (const [k, h] of other.liveEntries()) {
      if (!isNew(k)) continue;
      this.insert(k, h);
      added(k);
    }
  }

  /** Takes over another table's slots (set_swap_bodies, for intersection_update). */
  adopt(other: SetTable): void {
    this.keys = other.keys;
    this.lo = other.lo;
    this.hi = other.hi;
    this.mask = other.mask;
    this.fill = other.fill;
    this.used = other.used;
  }

  private put(j: number, key: unknown, h: Hash64): void {
    this.keys[j] = key;
    this.lo[j] = h.lo;
    this.hi[j] = h.hi;
  }

  /** Insert into a table without dummies or equal keys (set_insert_clean). */
  private insertClean(key: unknown, lo: number, hi: number): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    for (;;) {
      if (keys[i] === EMPTY) return this.put(i, key, { lo, hi });
      if (i + LINEAR_PROBES <= mask) {
        for (let j = 1; j <= LINEAR_PROBES; j++) {
          if (keys[i + j] === EMPTY) return this.put(i + j, key, { lo, hi });
        }
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}
