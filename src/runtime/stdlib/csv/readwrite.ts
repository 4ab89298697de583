/**
 * csv.reader and csv.writer: CPython's _csv parser state machine (quoted
 * fields across lines, doubled quotes, escape characters, strict mode,
 * QUOTE_NONNUMERIC floats) and its writer's quoting rules.
 */
import { StopIteration, TypeError, ValueError } from "../../exceptions.js";
import { float } from "../../numbers.js";
import { iter } from "../../builtins.js";
import { isFloatValue, pyTypeName, str } from "../../repr.js";
import { takeKwargs } from "../../kwargs.js";
import { currentFieldLimit, Error_, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC, resolveDialect, type ResolvedDialect } from "./dialect.js";

const enum S {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl,
}

/** End of line: the parser sees it after each line's characters. */
const EOL = "EOL";

function dialectArgs(args: any[]): [unknown, Record<string, unknown>] {
  const kw = Object.fromEntries(takeKwargs(args)) as Record<string, unknown>;
  let dialect: unknown = args[0];
  if ("dialect" in kw) {
    dialect = kw.dialect;
    delete kw.dialect;
  }
  return [dialect ?? "excel", kw];
}

/** `csv.reader(iterable, dialect='excel', **fmtparams)`. */
export class Reader {
  static __module__ = "_csv";
  readonly dialect: ResolvedDialect;
  line_num = 0;
  private readonly lines: Iterator<unknown>;
  private state = S.StartRecord;
  private fields: unknown[] = [];
  private field = "";
  private fieldLen = 0;
  private numeric = false;

  constructor(iterable: unknown, ...args: any[]) {
    this.lines = iter(iterable as Iterable<unknown>) as Iterator<unknown>;
    const [dialect, kw] = dialectArgs(args);
    this.dialect = resolveDialect(dialect, kw);
  }

  private save(): void {
    let value: unknown = this.field;
    if (this.numeric) {
      this.numeric = false;
      value = float(this.field);
    }
    this.fields.push(value);
    this.field = "";
    this.fieldLen = 0;
  }

  private add(c: string): void {
    if (this.fieldLen >= currentFieldLimit()) throw new Error_(`field larger than field limit (${currentFieldLimit()})`);
    this.field += c;
    this.fieldLen++;
  }

  private process(c: string): void {
    const d = this.dialect;
    const nl = c === "\n" || c === "\r";
    switch (this.state) {
      case S.StartRecord:
        if (c === EOL) return;
        if (nl) {
          this.state = S.EatCrnl;
          return;
        }
        this.state = S.StartField;
      // falls through
      case S.StartField:
        if (nl || c === EOL) {
          this.save();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = S.InQuotedField;
        else if (c === d.escapechar) this.state = S.EscapedChar;
        else if (c === " " && d.skipinitialspace) {
          // spaces before a field are skipped
        } else if (c === d.delimiter) this.save();
        else {
          if (d.quoting === QUOTE_NONNUMERIC) this.numeric = true;
          this.add(c);
          this.state = S.InField;
        }
        return;
      case S.EscapedChar:
        if (nl) {
          this.add(c);
          this.state = S.AfterEscapedCrnl;
          return;
        }
        this.add(c === EOL ? "\n" : c);
        this.state = S.InField;
        return;
      case S.AfterEscapedCrnl:
        if (c === EOL) return;
        this.inField(c, nl);
        return;
      case S.InField:
        this.inField(c, nl);
        return;
      case S.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = d.doublequote ? S.QuoteInQuotedField : S.InField;
        else this.add(c);
        return;
      case S.EscapeInQuotedField:
        this.add(c === EOL ? "\n" : c);
        this.state = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.add(c);
          this.state = S.InQuotedField;
        } else if (c === d.delimiter) {
          this.save();
          this.state = S.StartField;
        } else if (nl || c === EOL) {
          this.save();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          this.add(c);
          this.state = S.InField;
        } else throw new Error_(`'${d.delimiter}' expected after '${d.quotechar}'`);
        return;
      case S.EatCrnl:
        if (nl) return;
        if (c === EOL) this.state = S.StartRecord;
        else throw new Error_("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        return;
    }
  }

  private inField(c: string, nl: boolean): void {
    const d = this.dialect;
    this.state = S.InField;
    if (nl || c === EOL) {
      this.save();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.escapechar) this.state = S.EscapedChar;
    else if (c === d.delimiter) {
      this.save();
      this.state = S.StartField;
    } else this.add(c);
  }

  __iter__(): this {
    return this;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<unknown[]> {
    try {
      return { value: this.__next__(), done: false };
    } catch (e) {
      if (e instanceof StopIteration) return { value: undefined, done: true };
      throw e;
    }
  }

  __next__(): unknown[] {
    this.fields = [];
    this.field = "";
    this.fieldLen = 0;
    this.numeric = false;
    this.state = S.StartRecord;
    do {
      const step = this.lines.next();
      if (step.done) {
        if (this.fieldLen !== 0 || (this.state as S) === S.InQuotedField) {
          if (this.dialect.strict) throw new Error_("unexpected end of data");
          this.save();
          break;
        }
        throw new StopIteration();
      }
      const line = step.value;
      if (typeof line !== "string") throw new Error_(`iterator should return strings, not ${pyTypeName(line)} (the file should be opened in text mode)`);
      this.line_num++;
      for (const c of line) this.process(c);
      this.process(EOL);
    } while (this.state !== S.StartRecord);
    const fields = this.fields;
    this.fields = [];
    return fields;
  }
}

function isNumber(x: unknown): boolean {
  return typeof x === "number" || typeof x === "boolean" || typeof x === "bigint" || isFloatValue(x);
}

/** `csv.writer(fileobj, dialect='excel', **fmtparams)`. */
export class Writer {
  static __module__ = "_csv";
  readonly dialect: ResolvedDialect;
  private readonly file: { write(s: string): unknown };

  constructor(fileobj: unknown, ...args: any[]) {
    const write = (fileobj as { write?: unknown } | null)?.write;
    if (typeof write !== "function") throw new TypeError('argument 1 must have a "write" method');
    this.file = fileobj as { write(s: string): unknown };
    const [dialect, kw] = dialectArgs(args);
    this.dialect = resolveDialect(dialect, kw);
  }

  /** One field as the record spells it, CPython's two passes in one: escape what must be, quote when needed. */
  private field(text: string | null, quoted: boolean): string {
    const d = this.dialect;
    let body = "";
    for (const c of text ?? "") {
      let escape = false;
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c)) {
        if (d.quoting === QUOTE_NONE) escape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) body += d.quotechar;
            else escape = true;
          } else if (c === d.escapechar) escape = true;
          if (!escape) quoted = true;
        }
        if (escape) {
          if (d.escapechar === null) throw new Error_("need to escape, but no escapechar set");
          body += d.escapechar;
        }
      }
      body += c;
    }
    return quoted ? `${d.quotechar ?? ""}${body}${d.quotechar ?? ""}` : body;
  }

  writerow(row: unknown): unknown {
    const d = this.dialect;
    let it: Iterable<unknown>;
    try {
      it = iter(row as Iterable<unknown>) as Iterable<unknown>;
    } catch (e) {
      if (e instanceof TypeError) throw new Error_(`iterable expected, not ${pyTypeName(row)}`);
      throw e;
    }
    const parts: string[] = [];
    for (const value of it) {
      const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(value) : d.quoting === QUOTE_ALL;
      parts.push(this.field(value == null ? null : typeof value === "string" ? value : str(value), quoted));
    }
    if (parts.length === 1 && parts[0] === "") {
      if (d.quoting === QUOTE_NONE) throw new Error_("single empty field record must be quoted");
      parts[0] = this.field(null, true);
    }
    return this.file.write(parts.join(d.delimiter) + d.lineterminator);
  }

  writerows(rows: unknown): null {
    for (const row of iter(rows as Iterable<unknown>) as Iterable<unknown>) this.writerow(row);
    return null;
  }
}

