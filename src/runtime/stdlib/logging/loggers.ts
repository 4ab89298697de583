/**
 * Loggers of Python's `logging`: a tree by dotted name under the root,
 * levels inherited from the nearest ancestor that sets one, records passed
 * up to every ancestor's handlers unless `propagate` is false, and
 * `lastResort` when nobody handles them.
 */
import { BaseException } from "../../exceptions.js";
import { lastCaughtException } from "../../exceptions.js";
import { str } from "../../repr.js";
import { callerStack, noteHandled } from "../../frames.js";
import { Filterer, lastResort, type Handler } from "./handlers.js";
import { checkLevel, CRITICAL, DEBUG, ERROR, getLevelName, INFO, LogRecord, NOTSET, WARNING } from "./records.js";

interface LogOptions {
  exc_info?: unknown;
  stack_info?: boolean;
  stacklevel?: number;
  extra?: Map<string, unknown> | null;
}

/** Splits `(msg, *args, **options)` as translated code passes them: keywords in a trailing plain object. */
function splitArgs(args: unknown[]): [unknown[], LogOptions] {
  const last = args[args.length - 1];
  if (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype) return [args.slice(0, -1), last as LogOptions];
  return [args, {}];
}

export const manager = { disable: NOTSET, loggers: new Map<string, Logger>() };

export class Logger extends Filterer {
  name: string;
  level: number;
  propagate = true;
  handlers: Handler[] = [];
  disabled = false;

  constructor(name: string, level: number | string = NOTSET) {
    super();
    this.name = name;
    this.level = checkLevel(level);
  }

  /** The nearest existing ancestor by dotted name, else the root. */
  get parent(): Logger | null {
    if (this === (root as Logger)) return null;
    const parts = this.name.split(".");
    for (let i = parts.length - 1; i > 0; i--) {
      const p = manager.loggers.get(parts.slice(0, i).join("."));
      if (p) return p;
    }
    return root;
  }

  setLevel(level: number | string): void {
    this.level = checkLevel(level);
  }

  getEffectiveLevel(): number {
    for (let l: Logger | null = this; l; l = l.parent) if (l.level) return l.level;
    return NOTSET;
  }

  isEnabledFor(level: number): boolean {
    if (this.disabled || manager.disable >= level) return false;
    return level >= this.getEffectiveLevel();
  }

  getChild(suffix: string): Logger {
    return getLogger(this === (root as Logger) ? suffix : `${this.name}.${suffix}`);
  }

  addHandler(h: Handler): void {
    if (!this.handlers.includes(h)) this.handlers.push(h);
  }

  removeHandler(h: Handler): void {
    const i = this.handlers.indexOf(h);
    if (i >= 0) this.handlers.splice(i, 1);
  }

  hasHandlers(): boolean {
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) if (l.handlers.length > 0) return true;
    return false;
  }

  debug(msg: unknown, ...args: unknown[]): void {
    this.logAt(DEBUG, msg, args);
  }
  info(msg: unknown, ...args: unknown[]): void {
    this.logAt(INFO, msg, args);
  }
  warning(msg: unknown, ...args: unknown[]): void {
    this.logAt(WARNING, msg, args);
  }
  warn(msg: unknown, ...args: unknown[]): void {
    this.logAt(WARNING, msg, args);
  }
  error(msg: unknown, ...args: unknown[]): void {
    this.logAt(ERROR, msg, args);
  }
  critical(msg: unknown, ...args: unknown[]): void {
    this.logAt(CRITICAL, msg, args);
  }
  fatal(msg: unknown, ...args: unknown[]): void {
    this.logAt(CRITICAL, msg, args);
  }
  /** `logger.exception(msg)`: an ERROR with the traceback of the exception being handled. */
  exception(msg: unknown, ...args: unknown[]): void {
    const [rest, opts] = splitArgs(args);
    this.logAt(ERROR, msg, [...rest, { exc_info: true, ...opts }]);
  }
  log(level: number, msg: unknown, ...args: unknown[]): void {
    this.logAt(checkLevel(level), msg, args);
  }

  private logAt(level: number, msg: unknown, all: unknown[]): void {
    if (!this.isEnabledFor(level)) return;
    const [args, opts] = splitArgs(all);
    let exc: BaseException | null = null;
    if (opts.exc_info instanceof BaseException) exc = opts.exc_info;
    else if (opts.exc_info) exc = lastCaughtException();
    // Logged from its handler: the traceback starts there, as the exception's __traceback__ does.
    if (exc) noteHandled(exc, callerStack());
    const record = new LogRecord(this.name, level, msg, args, exc);
    if (opts.extra) for (const [k, v] of opts.extra) record[k] = v;
    this.handle(record);
  }

  handle(record: LogRecord): void {
    if (this.disabled || !this.filter(record)) return;
    this.callHandlers(record);
  }

  callHandlers(record: LogRecord): void {
    let found = 0;
    for (let l: Logger | null = this; l; l = l.propagate ? l.parent : null) {
      for (const h of l.handlers) {
        found++;
        if (record.levelno >= h.level) h.handle(record);
      }
    }
    if (found === 0 && lastResort && record.levelno >= lastResort.level) lastResort.handle(record);
  }

  __repr__(): string {
    return `<${this.constructor.name} ${this.name} (${str(getLevelName(this.getEffectiveLevel()))})>`;
  }
}

export class RootLogger extends Logger {
  constructor(level: number) {
    super("root", level);
  }
}

export const root = new RootLogger(WARNING);

let loggerClass: new (name: string) => Logger = Logger;

export function setLoggerClass(cls: new (name: string) => Logger): void {
  loggerClass = cls;
}

export function getLoggerClass(): new (name: string) => Logger {
  return loggerClass;
}

export function getLogger(name?: string | null): Logger {
  if (name === undefined || name === null || name === "" || name === "root") return root;
  let logger = manager.loggers.get(name);
  if (!logger) {
    logger = new loggerClass(name);
    manager.loggers.set(name, logger);
  }
  return logger;
}

export function disable(level: number | string = CRITICAL): void {
  manager.disable = checkLevel(level);
}
