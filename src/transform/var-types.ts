/**
 * Static types of variables as the transform learns them, assignment by
 * assignment, and the check that such learning in source order told no lie
 * about numbers.
 *
 * Types are refined in the order the statements are translated, which is not
 * always the order they run: a read in a loop body runs again after a later
 * assignment in the same body (`print(acc * 2); acc = json.loads(s)`), a
 * branch may not run at all, and a closure runs whenever it is called. A read
 * that took a variable for an int while another assignment can store a float
 * (or anything) there would emit native arithmetic that drops the float
 * (`-98` for `-98.0`). So every assignment's type is recorded; when a number
 * was read narrower than the join of all of a variable's assignments, the
 * module is translated again with those variables widened to that join at
 * every read (module.ts). Variables assigned one numeric type throughout,
 * which is typed code, never pay.
 */
import type { Binding } from "../analyze/scopes.js";
import { isNumeric, join, sameType, type PyType } from "../analyze/types.js";

/** A binding's identity across translations of the same tree (each translation analyses afresh). */
const keyOf = (b: Binding): string => `${b.name}@${b.sites[0]?.startIndex ?? -1}`;

export class VarTypes extends Map<Binding, PyType> {
  /** The join of every type assigned to each variable in this translation. */
  private readonly assigned = new Map<string, PyType>();
  /** Numeric types each variable was read as in this translation. */
  private readonly numericReads = new Map<string, PyType[]>();
  /** The type of every value stored in each variable, for its TypeScript declaration (assigned-types.ts). */
  private readonly stored = new Map<Binding, PyType[]>();
  private recording = true;

  /** `widened`: the types to read variables as, found by the previous translation (empty on the first). */
  constructor(private readonly widened: ReadonlyMap<string, PyType> = new Map()) {
    super();
  }

  override set(b: Binding, t: PyType): this {
    // Map's constructor calls set before the fields exist.
    if (this.assigned) {
      const key = keyOf(b);
      const before = this.assigned.get(key);
      this.assigned.set(key, before === undefined ? t : join(before, t));
      if (this.recording) {
        const list = this.stored.get(b) ?? [];
        list.push(t);
        this.stored.set(b, list);
      }
    }
    return super.set(b, t);
  }

  /** Changes how later reads see a variable without storing a value in it (a read type widened on purpose). */
  setReadType(b: Binding, t: PyType): void {
    this.recording = false;
    try {
      this.set(b, t);
    } finally {
      this.recording = true;
    }
  }

  /** The types of the values stored in a variable so far, in the order the stores were translated. */
  storedTypes(b: Binding): readonly PyType[] {
    return this.stored.get(b) ?? [];
  }

  override get(b: Binding): PyType | undefined {
    const t = super.get(b);
    if (t === undefined || !isNumeric(t)) return t;
    const key = keyOf(b);
    const wide = this.widened.get(key);
    const read = wide ? join(t, wide) : t;
    if (isNumeric(read)) {
      const reads = this.numericReads.get(key) ?? [];
      reads.push(read);
      this.numericReads.set(key, reads);
    }
    return read;
  }

  /**
   * The widening the next translation needs, or null when every numeric read
   * was as wide as all the variable's assignments together.
   */
  widening(): Map<string, PyType> | null {
    const out = new Map(this.widened);
    let changed = false;
    for (const [key, reads] of this.numericReads) {
      const all = this.assigned.get(key);
      if (all === undefined) continue;
      for (const r of reads) {
        const wide = join(r, all);
        if (sameType(wide, r)) continue;
        const before = out.get(key);
        const next = before === undefined ? wide : join(before, wide);
        if (before === undefined || !sameType(before, next)) {
          out.set(key, next);
          changed = true;
        }
      }
    }
    return changed ? out : null;
  }
}
