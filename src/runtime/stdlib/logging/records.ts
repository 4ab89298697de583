/**
 * Levels, LogRecord and Formatter of Python's `logging`, with CPython's
 * level names, `%`-style lazy arguments and default formats.
 */
import { basename } from "node:path";
import { TypeError, ValueError, type BaseException } from "../../exceptions.js";
import { repr, str, tuple } from "../../repr.js";
import { percentFormat, strFormat } from "../../format.js";
import { formatHandledTraceback } from "../../main.js";
import { time } from "../time.js";
import { currentThread } from "../threading/state.js";

export const CRITICAL = 50;
export const FATAL = CRITICAL;
export const ERROR = 40;
export const WARNING = 30;
export const WARN = WARNING;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const levelToName = new Map<number, string>([
  [CRITICAL, "CRITICAL"],
  [ERROR, "ERROR"],
  [WARNING, "WARNING"],
  [INFO, "INFO"],
  [DEBUG, "DEBUG"],
  [NOTSET, "NOTSET"],
]);
const nameToLevel = new Map<string, number>([
  ["CRITICAL", CRITICAL],
  ["FATAL", FATAL],
  ["ERROR", ERROR],
  ["WARN", WARNING],
  ["WARNING", WARNING],
  ["INFO", INFO],
  ["DEBUG", DEBUG],
  ["NOTSET", NOTSET],
]);

export function getLevelName(level: unknown): unknown {
  if (typeof level === "number" && levelToName.has(level)) return levelToName.get(level);
  if (typeof level === "string" && nameToLevel.has(level)) return nameToLevel.get(level);
  return `Level ${str(level)}`;
}

export function getLevelNamesMapping(): Map<string, number> {
  return new Map(nameToLevel);
}

export function addLevelName(level: number, levelName: string): void {
  levelToName.set(level, levelName);
  nameToLevel.set(levelName, level);
}

/** A level given as a number or a registered name (`setLevel("INFO")`). */
export function checkLevel(level: unknown): number {
  if (typeof level === "number") return level;
  if (typeof level === "string") {
    const n = nameToLevel.get(level);
    if (n === undefined) throw new ValueError(`Unknown level: ${repr(level)}`);
    return n;
  }
  throw new TypeError(`Level not an integer or a valid string: ${repr(level)}`);
}

const startTime = Date.now() / 1000;
const scriptPath = process.env.TSYNCIO_ARGV0 ?? process.argv[1] ?? "<unknown>";

export class LogRecord {
  [attr: string]: unknown;
  name: string;
  msg: unknown;
  args: unknown;
  levelno: number;
  levelname: string;
  pathname = scriptPath;
  filename = basename(scriptPath);
  module = basename(scriptPath).replace(/\.py$|\.[jt]s$/, "");
  lineno = 0;
  funcName: string | null = null;
  created = Date.now() / 1000;
  msecs = Math.floor((this.created * 1000) % 1000);
  relativeCreated = (this.created - startTime) * 1000;
  // The threads model's running thread (threading/state.ts); MainThread until a thread starts.
  thread = currentThread()?.ident ?? 0;
  threadName = currentThread()?.name ?? "MainThread";
  process = process.pid;
  processName = "MainProcess";
  taskName: string | null = null;
  /** `(type, value, traceback)` as in Python; the traceback is null. */
  exc_info: readonly [Function, BaseException, null] | null;
  exc_text: string | null = null;
  stack_info: string | null = null;
  message?: string;
  asctime?: string;

  constructor(name: string, level: number, msg: unknown, args: readonly unknown[], exc_info: BaseException | null) {
    this.name = name;
    this.levelno = level;
    this.levelname = String(getLevelName(level));
    this.msg = msg;
    // `log("%(a)s", {"a": 1})`: a lone mapping argument is the mapping.
    this.args = args.length === 1 && args[0] instanceof Map ? args[0] : tuple(...args);
    this.exc_info = exc_info ? (tuple(exc_info.constructor, exc_info, null) as readonly [Function, BaseException, null]) : null;
  }

  getMessage(): string {
    const msg = str(this.msg);
    const args = this.args;
    if (args instanceof Map ? args.size > 0 : (args as unknown[]).length > 0) return percentFormat(msg, args);
    return msg;
  }

  /** The record's attributes as a dict, for `%(name)s` formats. */
  attributes(): Map<string, unknown> {
    return new Map(Object.entries(this));
  }

  __repr__(): string {
    return `<LogRecord: ${this.name}, ${this.levelno}, ${this.pathname}, ${this.lineno}, ${repr(this.msg)}>`;
  }
}

export const BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s";

type Style = "%" | "{" | "$";

export class Formatter {
  _fmt: string;
  datefmt: string | null;
  private style: Style;
  default_time_format = "%Y-%m-%d %H:%M:%S";
  default_msec_format: string | null = "%s,%03d";

  constructor(fmt?: string | null | Record<string, unknown>, datefmt?: string | null, style: Style = "%") {
    if (fmt !== null && typeof fmt === "object") ({ fmt, datefmt = datefmt, style = style } = fmt as { fmt?: string; datefmt?: string; style?: Style });
    if (!["%", "{", "$"].includes(style)) throw new ValueError(`Style must be one of: %,{,$`);
    this.style = style;
    this._fmt = fmt ?? { "%": "%(message)s", "{": "{message}", $: "${message}" }[style];
    this.datefmt = datefmt ?? null;
  }

  usesTime(): boolean {
    return this._fmt.includes({ "%": "%(asctime)", "{": "{asctime", $: "${asctime}" }[this.style]);
  }

  formatTime(record: LogRecord, datefmt: string | null = null): string {
    const t = time.localtime(record.created);
    if (datefmt) return time.strftime(datefmt, t);
    const s = time.strftime(this.default_time_format, t);
    return this.default_msec_format ? percentFormat(this.default_msec_format, tuple(s, record.msecs)) : s;
  }

  formatException(ei: readonly [Function, BaseException, null]): string {
    return formatHandledTraceback(ei[1]).replace(/\n$/, "");
  }

  formatMessage(record: LogRecord): string {
    const attrs = record.attributes();
    switch (this.style) {
      case "%":
        return percentFormat(this._fmt, attrs);
      case "{":
        return strFormat(this._fmt, [], attrs);
      case "$":
        return this._fmt.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, a: string | undefined, b: string | undefined) => str(attrs.get((a ?? b)!)));
    }
  }

  format(record: LogRecord): string {
    record.message = record.getMessage();
    if (this.usesTime()) record.asctime = this.formatTime(record, this.datefmt);
    let s = this.formatMessage(record);
    if (record.exc_info && !record.exc_text) record.exc_text = this.formatException(record.exc_info);
    if (record.exc_text) s = `${s.endsWith("\n") ? s : s + "\n"}${record.exc_text}`;
    if (record.stack_info) s = `${s.endsWith("\n") ? s : s + "\n"}${record.stack_info}`;
    return s;
  }
}

export const defaultFormatter = new Formatter();
