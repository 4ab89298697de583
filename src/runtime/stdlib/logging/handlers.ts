/** Handlers and filters of Python's `logging`. */
import { appendFileSync, writeFileSync } from "node:fs";
import { repr, str } from "../../repr.js";
import { sys } from "../../main.js";
import { keywordOr } from "../args.js";
import { checkLevel, defaultFormatter, getLevelName, NOTSET, WARNING, type Formatter, type LogRecord } from "./records.js";

export class Filter {
  name: string;
  constructor(name: string = "") {
    this.name = name;
  }
  filter(record: LogRecord): boolean {
    if (this.name === "" || this.name === record.name) return true;
    return record.name.startsWith(this.name + ".");
  }
}

type FilterLike = Filter | ((record: LogRecord) => unknown);

export class Filterer {
  filters: FilterLike[] = [];
  addFilter(f: FilterLike): void {
    if (!this.filters.includes(f)) this.filters.push(f);
  }
  removeFilter(f: FilterLike): void {
    const i = this.filters.indexOf(f);
    if (i >= 0) this.filters.splice(i, 1);
  }
  filter(record: LogRecord): boolean {
    for (const f of this.filters) {
      const ok = typeof f === "function" ? f(record) : f.filter(record);
      if (!ok) return false;
    }
    return true;
  }
}

export class Handler extends Filterer {
  level: number;
  formatter: Formatter | null = null;
  name: string | null = null;

  constructor(level: number | string = NOTSET) {
    super();
    this.level = checkLevel(keywordOr(level, "level", NOTSET));
  }
  setLevel(level: number | string): void {
    this.level = checkLevel(level);
  }
  setFormatter(fmt: Formatter | null): void {
    this.formatter = fmt;
  }
  format(record: LogRecord): string {
    return (this.formatter ?? defaultFormatter).format(record);
  }
  handle(record: LogRecord): boolean {
    const ok = this.filter(record);
    if (ok) this.emit(record);
    return ok;
  }
  emit(_record: LogRecord): void {
    throw new (globalThis as any).Error("emit must be implemented by Handler subclasses");
  }
  handleError(_record: LogRecord): void {
    sys.stderr.write("--- Logging error ---\n");
  }
  flush(): void {}
  close(): void {}
  __repr__(): string {
    return `<${this.constructor.name} (${str(getLevelName(this.level))})>`;
  }
}

interface Writable {
  write(s: string): unknown;
  flush?(): unknown;
}

export class StreamHandler extends Handler {
  stream: Writable;
  terminator = "\n";
  constructor(stream?: Writable | null) {
    super();
    this.stream = stream ?? sys.stderr;
  }
  emit(record: LogRecord): void {
    let text: string;
    try {
      text = this.format(record);
    } catch {
      this.handleError(record);
      return;
    }
    this.stream.write(text + this.terminator);
    this.stream.flush?.();
  }
  setStream(stream: Writable): Writable | null {
    if (stream === this.stream) return null;
    const old = this.stream;
    this.stream = stream;
    return old;
  }
  __repr__(): string {
    const name = this.stream === sys.stderr ? "<stderr>" : this.stream === sys.stdout ? "<stdout>" : repr(this.stream);
    return `<${this.constructor.name} ${name} (${str(getLevelName(this.level))})>`;
  }
}

export class FileHandler extends StreamHandler {
  baseFilename: string;
  mode: string;
  constructor(filename: string, mode: string = "a", _encoding?: string | null, _delay: boolean = false) {
    const file = { write: (s: string) => appendFileSync(filename, s) };
    super(file);
    this.baseFilename = filename;
    this.mode = mode;
    if (mode.startsWith("w")) writeFileSync(filename, "");
  }
  __repr__(): string {
    return `<FileHandler ${this.baseFilename} (${str(getLevelName(this.level))})>`;
  }
}

export class NullHandler extends Handler {
  handle(_record: LogRecord): boolean {
    return true;
  }
  emit(_record: LogRecord): void {}
}

/** What logs a record when no handler is configured anywhere: the bare message on stderr, WARNING and up. */
class StderrHandler extends StreamHandler {
  constructor() {
    super(sys.stderr);
    this.level = WARNING;
  }
}

export const lastResort: Handler = new StderrHandler();
