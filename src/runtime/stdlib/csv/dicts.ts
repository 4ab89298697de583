/** csv.DictReader and csv.DictWriter: rows as dicts keyed by the header (or given) field names. */
import { StopIteration, ValueError } from "../../exceptions.js";
import { iter } from "../../builtins.js";
import { repr } from "../../repr.js";
import { takeKwargs } from "../../kwargs.js";
import { Reader, Writer } from "./readwrite.js";

function names(x: unknown): unknown[] | null {
  return x == null ? null : [...(iter(x as Iterable<unknown>) as Iterable<unknown>)];
}

/** `DictReader(f, fieldnames=None, restkey=None, restval=None, dialect='excel', *args, **kwds)`. */
export class DictReader {
  static __module__ = "csv";
  _fieldnames: unknown[] | null;
  restkey: unknown;
  restval: unknown;
  reader: Reader;
  dialect: unknown;
  line_num = 0;

  constructor(f: unknown, fieldnames: unknown = null, restkey: unknown = null, restval: unknown = null, dialect: unknown = "excel", ...rest: any[]) {
    const kw = Object.fromEntries(takeKwargs(rest));
    this._fieldnames = names(fieldnames);
    this.restkey = restkey ?? null;
    this.restval = restval ?? null;
    this.dialect = dialect ?? "excel";
    this.reader = new Reader(f, this.dialect, ...rest, kw);
  }

  get fieldnames(): unknown[] | null {
    if (this._fieldnames === null) {
      try {
        this._fieldnames = this.reader.__next__();
      } catch (e) {
        if (!(e instanceof StopIteration)) throw e;
      }
    }
    this.line_num = this.reader.line_num;
    return this._fieldnames;
  }

  set fieldnames(value: unknown[] | null) {
    this._fieldnames = value;
  }

  __iter__(): this {
    return this;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Map<unknown, unknown>> {
    try {
      return { value: this.__next__(), done: false };
    } catch (e) {
      if (e instanceof StopIteration) return { value: undefined, done: true };
      throw e;
    }
  }

  __next__(): Map<unknown, unknown> {
    if (this.line_num === 0) void this.fieldnames;
    let row = this.reader.__next__();
    this.line_num = this.reader.line_num;
    while (row.length === 0) row = this.reader.__next__();
    const keys = this.fieldnames ?? [];
    const d = new Map<unknown, unknown>();
    keys.forEach((k, i) => {
      if (i < row.length) d.set(k, row[i]);
    });
    if (keys.length < row.length) d.set(this.restkey, row.slice(keys.length));
    else for (const k of keys.slice(row.length)) d.set(k, this.restval);
    return d;
  }
}

/** `DictWriter(f, fieldnames, restval='', extrasaction='raise', dialect='excel', *args, **kwds)`. */
export class DictWriter {
  static __module__ = "csv";
  fieldnames: unknown[];
  restval: unknown;
  extrasaction: string;
  writer: Writer;

  constructor(f: unknown, fieldnames: unknown, restval: unknown = "", extrasaction: string = "raise", dialect: unknown = "excel", ...rest: any[]) {
    const kw = Object.fromEntries(takeKwargs(rest));
    this.fieldnames = names(fieldnames) ?? [];
    this.restval = restval ?? "";
    const action = String(extrasaction ?? "raise").toLowerCase();
    if (action !== "raise" && action !== "ignore") throw new ValueError(`extrasaction (${action}) must be 'raise' or 'ignore'`);
    this.extrasaction = action;
    this.writer = new Writer(f, dialect ?? "excel", ...rest, kw);
  }

  writeheader(): unknown {
    return this.writerow(new Map(this.fieldnames.map((n) => [n, n])));
  }

  private toList(rowdict: unknown): unknown[] {
    const m = rowdict instanceof Map ? rowdict : new Map(Object.entries(rowdict as object));
    if (this.extrasaction === "raise") {
      const wrong = [...m.keys()].filter((k) => !this.fieldnames.includes(k));
      if (wrong.length > 0) throw new ValueError("dict contains fields not in fieldnames: " + wrong.map((x) => repr(x)).join(", "));
    }
    return this.fieldnames.map((k) => (m.has(k) ? m.get(k) : this.restval));
  }

  writerow(rowdict: unknown): unknown {
    return this.writer.writerow(this.toList(rowdict));
  }

  writerows(rowdicts: unknown): null {
    for (const r of iter(rowdicts as Iterable<unknown>) as Iterable<unknown>) this.writerow(r);
    return null;
  }
}
