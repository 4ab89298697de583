/** Python's `logging`: loggers, handlers, formatters and the module-level shortcuts. */
import { ValueError } from "../../exceptions.js";
import { FileHandler, Filter, Filterer, Handler, lastResort, NullHandler, StreamHandler } from "./handlers.js";
import { disable, getLogger, getLoggerClass, Logger, manager, root, RootLogger, setLoggerClass } from "./loggers.js";
import * as levels from "./records.js";
import { BASIC_FORMAT, Formatter, LogRecord } from "./records.js";

interface BasicConfig {
  filename?: string;
  filemode?: string;
  format?: string;
  datefmt?: string;
  style?: "%" | "{" | "$";
  level?: number | string;
  stream?: { write(s: string): unknown };
  handlers?: Iterable<Handler>;
  force?: boolean;
  encoding?: string;
  errors?: string;
}

const KNOWN = ["filename", "filemode", "format", "datefmt", "style", "level", "stream", "handlers", "force", "encoding", "errors"];

/** `basicConfig(**kwargs)`: gives the root logger a handler, unless it has one (or `force=True`). */
function basicConfig(kwargs: BasicConfig = {}): void {
  if (kwargs.force) for (const h of [...root.handlers]) root.removeHandler(h);
  if (root.handlers.length > 0) return;
  let handlers = kwargs.handlers ? [...kwargs.handlers] : null;
  if (handlers && (kwargs.stream || kwargs.filename)) throw new ValueError("'stream' or 'filename' should not be specified together with 'handlers'");
  if (kwargs.stream && kwargs.filename) throw new ValueError("'stream' and 'filename' should not be specified together");
  if (!handlers) handlers = [kwargs.filename ? new FileHandler(kwargs.filename, kwargs.filemode ?? "a") : new StreamHandler(kwargs.stream ?? null)];
  const style = kwargs.style ?? "%";
  const fmt = new Formatter(kwargs.format ?? (style === "%" ? BASIC_FORMAT : style === "{" ? "{levelname}:{name}:{message}" : "${levelname}:${name}:${message}"), kwargs.datefmt ?? null, style);
  for (const h of handlers) {
    if (h.formatter === null) h.setFormatter(fmt);
    root.addHandler(h);
  }
  if (kwargs.level !== undefined) root.setLevel(kwargs.level);
  const unknown = Object.keys(kwargs).filter((k) => !KNOWN.includes(k));
  if (unknown.length > 0) throw new ValueError(`Unrecognised argument(s): ${unknown.join(", ")}`);
}

/** The module-level `logging.info(...)` and friends log on the root, configuring it first if it has no handler. */
function onRoot(method: "debug" | "info" | "warning" | "warn" | "error" | "exception" | "critical" | "fatal") {
  return (msg: unknown, ...args: unknown[]): void => {
    if (root.handlers.length === 0) basicConfig();
    root[method](msg, ...args);
  };
}

export const logging = {
  CRITICAL: levels.CRITICAL,
  FATAL: levels.FATAL,
  ERROR: levels.ERROR,
  WARNING: levels.WARNING,
  WARN: levels.WARN,
  INFO: levels.INFO,
  DEBUG: levels.DEBUG,
  NOTSET: levels.NOTSET,
  BASIC_FORMAT,
  Filter,
  Filterer,
  Formatter,
  Handler,
  LogRecord,
  Logger,
  NullHandler,
  RootLogger,
  StreamHandler,
  FileHandler,
  addLevelName: levels.addLevelName,
  basicConfig,
  critical: onRoot("critical"),
  debug: onRoot("debug"),
  disable,
  error: onRoot("error"),
  exception: onRoot("exception"),
  fatal: onRoot("fatal"),
  getLevelName: levels.getLevelName,
  getLevelNamesMapping: levels.getLevelNamesMapping,
  getLogger,
  getLoggerClass,
  info: onRoot("info"),
  lastResort,
  log(level: number, msg: unknown, ...args: unknown[]): void {
    if (root.handlers.length === 0) basicConfig();
    root.log(level, msg, ...args);
  },
  raiseExceptions: true,
  root,
  setLoggerClass,
  shutdown(): void {},
  warn: onRoot("warn"),
  warning: onRoot("warning"),
  manager,
};
