/**
 * Python's exception hierarchy as JavaScript classes.
 *
 * Generated code raises and catches these, so `except ValueError` becomes an
 * `instanceof ValueError` test. `str()` and `repr()` follow CPython: the text
 * comes from `args`, and KeyError quotes its key.
 *
 * Several names (TypeError, SyntaxError, ReferenceError) shadow JavaScript's
 * own classes inside this module; JavaScript's are reached through globalThis.
 *
 * NOTE for parallel helpers: of the two "core-a" helpers, this file is kept by
 * the one keeping repr.ts, exceptions.ts, time.ts and index.ts (tests:
 * test/runtime/core-repr*, core-exceptions*, core-time*). Edit in place.
 */
import { repr, str } from "./repr.js";

/** What `e.__traceback__` reads when nothing assigned it: set by the traceback module (a traceback object), else None. */
let tracebackReader: ((e: BaseException) => unknown) | null = null;
const assignedTracebacks = new WeakMap<BaseException, unknown>();

export function setTracebackReader(read: (e: BaseException) => unknown): void {
  tracebackReader = read;
}

export class BaseException extends Error {
  args: readonly unknown[];
  __cause__: BaseException | null = null;
  __context__: BaseException | null = null;
  __suppress_context__ = false;
  __notes__?: string[];

  get __traceback__(): any {
    if (assignedTracebacks.has(this)) return assignedTracebacks.get(this);
    return tracebackReader ? tracebackReader(this) : null;
  }

  set __traceback__(tb: unknown) {
    assignedTracebacks.set(this, tb);
  }

  constructor(...args: unknown[]) {
    // No message to Error: `message` is a getter (below) so that a subclass's
    // __str__, which may read fields set after super(), is never called early.
    super();
    this.args = Object.freeze([...args]);
  }

  __str__(): string {
    if (this.args.length === 0) return "";
    if (this.args.length === 1) return str(this.args[0]);
    return repr(this.args);
  }

  __repr__(): string {
    const inner = this.args.length === 1 ? repr(this.args[0]) : this.args.map((a) => repr(a)).join(", ");
    return `${pyName(this)}(${inner})`;
  }

  override toString(): string {
    return this.__str__();
  }

  /** `raise X from cause`; `raise X from None` passes null. */
  withCause(cause: unknown): this {
    this.__cause__ = cause == null ? null : toPyExceptionOf(cause);
    this.__suppress_context__ = true;
    return this;
  }

  /**
   * Raised while handling `context` (inside an except or finally block):
   * Python records it as `__context__`, printed as "During handling of the
   * above exception, another exception occurred". Like CPython, a later
   * raise replaces the context, re-raising the handled exception itself
   * changes nothing, and a chain that would loop back is cut.
   */
  withContext(context: unknown): this {
    if (context == null) return this;
    const ctx = toPyExceptionOf(context);
    if (ctx === this) return this;
    for (let o: BaseException = ctx; o.__context__; o = o.__context__) {
      if (o.__context__ === this) {
        o.__context__ = null;
        break;
      }
    }
    this.__context__ = ctx;
    return this;
  }

  with_traceback(_tb: unknown): this {
    return this;
  }

  add_note(note: string): void {
    if (typeof note !== "string") throw new TypeError(`note must be a str, not '${typeof note}'`);
    (this.__notes__ ??= []).push(note);
  }
}

// Error's `name` and `message` are data properties in TypeScript's view; as
// accessors they follow the Python class and __str__ at the moment of reading.
// Assigning them (a Python subclass doing `self.message = ...` or
// `self.name = ...`) stores a plain own value instead of throwing.
function ownValue(obj: object, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: true });
}
Object.defineProperty(BaseException.prototype, "name", {
  configurable: true,
  get(this: BaseException): string {
    return pyName(this);
  },
  set(this: BaseException, value: unknown) {
    ownValue(this, "name", value);
  },
});
Object.defineProperty(BaseException.prototype, "message", {
  configurable: true,
  get(this: BaseException): string {
    try {
      return this.__str__();
    } catch {
      return "";
    }
  },
  set(this: BaseException, value: unknown) {
    ownValue(this, "message", value);
  },
});

function pyName(e: object): string {
  const ctor = (e as { constructor?: { name?: string } }).constructor;
  return ctor?.name || "Exception";
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class FloatingPointError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
/** dataclasses.FrozenInstanceError: assigning to a field of a frozen dataclass. */
export class FrozenInstanceError extends AttributeError {}
export class BufferError extends Exception {}
export class EOFError extends Exception {}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}
export class MemoryError extends Exception {}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class OSError extends Exception {
  /** `OSError(errno, strerror[, filename])` prints as `[Errno 2] strerror: 'filename'`. */
  override __str__(): string {
    const a = this.args;
    if (a.length >= 2 && a.length <= 5) {
      const head = `[Errno ${str(a[0])}] ${str(a[1])}`;
      // OSError(errno, strerror, filename, winerror, filename2): `rename` names both files.
      if (a.length === 5) return `${head}: ${repr(a[2])} -> ${repr(a[4])}`;
      return a.length >= 3 ? `${head}: ${repr(a[2])}` : head;
    }
    return super.__str__();
  }
  get errno(): unknown {
    return this.args.length >= 2 ? this.args[0] : null;
  }
  get strerror(): unknown {
    return this.args.length >= 2 ? this.args[1] : null;
  }
  get filename(): unknown {
    return this.args.length >= 3 ? this.args[2] : null;
  }
  get filename2(): unknown {
    return this.args.length >= 5 ? this.args[4] : null;
  }
}
export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}
export const EnvironmentError = OSError;
export const IOError = OSError;
export class ReferenceError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class StopIteration extends Exception {
  get value(): unknown {
    return this.args.length > 0 ? this.args[0] : null;
  }
}
export class StopAsyncIteration extends Exception {}
export class SyntaxError extends Exception {}
export class IndentationError extends SyntaxError {}
export class TabError extends IndentationError {}
export class SystemError extends Exception {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
/** The codec errors' fields (set by UnicodeDecodeError and UnicodeEncodeError from their five arguments). */
export class UnicodeError extends ValueError {
  declare encoding: string;
  declare object: unknown;
  declare start: number;
  declare end: number;
  declare reason: string;
}
/** `UnicodeDecodeError(encoding, object, start, end, reason)`: str() is CPython's "'utf-8' codec can't decode byte 0xff in position 0: …". */
export class UnicodeDecodeError extends UnicodeError {
  constructor(...args: unknown[]) {
    super(...args);
    if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args as [string, unknown, number, number, string];
  }
  override __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    const data = this.object as { buf?: Uint8Array } | Uint8Array;
    const bytes = data instanceof Uint8Array ? data : data.buf;
    if (this.end - this.start === 1 && bytes) {
      return `'${this.encoding}' codec can't decode byte 0x${bytes[this.start]!.toString(16).padStart(2, "0")} in position ${this.start}: ${this.reason}`;
    }
    return `'${this.encoding}' codec can't decode bytes in position ${this.start}-${this.end - 1}: ${this.reason}`;
  }
}
/** `UnicodeEncodeError(encoding, object, start, end, reason)`: str() is CPython's "'ascii' codec can't encode character '\\xe9' in position 0: …". */
export class UnicodeEncodeError extends UnicodeError {
  declare object: string;
  constructor(...args: unknown[]) {
    super(...args);
    if (args.length === 5) [this.encoding, this.object, this.start, this.end, this.reason] = args as [string, string, number, number, string];
  }
  override __str__(): string {
    if (this.args.length !== 5) return super.__str__();
    if (this.end - this.start === 1) {
      const cp = [...this.object][this.start]!.codePointAt(0)!;
      const esc = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, "0")}` : `\\U${cp.toString(16).padStart(8, "0")}`;
      return `'${this.encoding}' codec can't encode character '${esc}' in position ${this.start}: ${this.reason}`;
    }
    return `'${this.encoding}' codec can't encode characters in position ${this.start}-${this.end - 1}: ${this.reason}`;
  }
}
export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class SyntaxWarning extends Warning {}
export class FutureWarning extends Warning {}
export class ResourceWarning extends Warning {}

/** json.JSONDecodeError(msg, doc, pos): str is `msg: line L column C (char P)`. */
export class JSONDecodeError extends ValueError {
  readonly msg: string;
  readonly doc: string;
  readonly pos: number;
  readonly lineno: number;
  readonly colno: number;
  constructor(msg: string, doc: string, pos: number) {
    const lineno = doc.slice(0, pos).split("\n").length;
    const colno = pos - doc.lastIndexOf("\n", pos - 1);
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}
export class GeneratorExit extends BaseException {}
export class KeyboardInterrupt extends BaseException {}
export class SystemExit extends BaseException {
  /** None without arguments, the argument, or the tuple of several. */
  get code(): unknown {
    if (this.args.length === 0) return null;
    return this.args.length === 1 ? this.args[0] : this.args;
  }
}

/** What `subgroup` and `split` accept: a class, a tuple of classes, or a predicate. */
export type GroupCondition = (abstract new (...args: any[]) => BaseException) | readonly (abstract new (...args: any[]) => BaseException)[] | ((e: BaseException) => unknown);

function isExceptionClass(x: unknown): boolean {
  return typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException || x === BaseExceptionGroup);
}

function matcher(cond: GroupCondition): (e: BaseException) => boolean {
  if (Array.isArray(cond)) {
    if (!cond.every(isExceptionClass)) throw new TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
    return (e) => cond.some((c) => e instanceof c);
  }
  if (isExceptionClass(cond)) return (e) => e instanceof (cond as new () => BaseException);
  if (typeof cond === "function") return (e) => Boolean((cond as (e: BaseException) => unknown)(e));
  throw new TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

/** The part of the group passing `test` and the rest, as CPython's split does it. */
function splitGroup(g: BaseExceptionGroup, test: (e: BaseException) => boolean): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
  if (test(g)) return [g, null];
  const match: BaseException[] = [];
  const rest: BaseException[] = [];
  for (const e of g.exceptions) {
    if (e instanceof BaseExceptionGroup) {
      const [m, r] = splitGroup(e, test);
      if (m) match.push(m);
      if (r) rest.push(r);
    } else if (test(e)) match.push(e);
    else rest.push(e);
  }
  return [subset(g, match), subset(g, rest)];
}

function subset(g: BaseExceptionGroup, excs: BaseException[]): BaseExceptionGroup | null {
  if (excs.length === 0) return null;
  const out = g.derive(excs);
  out.__cause__ = g.__cause__;
  out.__context__ = g.__context__;
  out.__suppress_context__ = g.__suppress_context__;
  if (g.__notes__) out.__notes__ = [...g.__notes__];
  return out;
}

function checkGroupArgs(message: unknown, exceptions: unknown): BaseException[] {
  if (typeof message !== "string") throw new TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeof message === "number" ? "int" : typeof message}`);
  if (exceptions == null || typeof (exceptions as Iterable<unknown>)[Symbol.iterator] !== "function" || exceptions instanceof Map || exceptions instanceof Set || typeof exceptions === "string") {
    throw new TypeError("second argument (exceptions) must be a sequence");
  }
  const list = [...(exceptions as Iterable<unknown>)];
  if (list.length === 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
  list.forEach((e, i) => {
    if (!(e instanceof BaseException)) throw new ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  return list as BaseException[];
}

const plainInstanceOf = Function.prototype[Symbol.hasInstance];

/**
 * A group of exceptions (`except*`, TaskGroup). Constructing one from only
 * Exception instances gives an ExceptionGroup, as CPython's __new__ does.
 */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions: readonly BaseException[];

  constructor(message: string, exceptions: Iterable<BaseException>) {
    const list = checkGroupArgs(message, exceptions);
    super(message, exceptions);
    this.exceptions = Object.freeze(list);
    if (new.target === BaseExceptionGroup && list.every((e) => e instanceof Exception)) {
      // eslint-disable-next-line no-constructor-return
      return new ExceptionGroup(message, exceptions);
    }
  }

  // ExceptionGroup derives from Exception, not from this class; it still is one.
  static [Symbol.hasInstance](x: unknown): boolean {
    if (plainInstanceOf.call(this, x)) return true;
    return this === BaseExceptionGroup && plainInstanceOf.call(ExceptionGroup, x);
  }

  /** The message given to the constructor (Python's `eg.message`). */
  override get message(): string {
    return String(this.args[0]);
  }

  override __str__(): string {
    return groupStr(this);
  }

  subgroup(condition: GroupCondition): BaseExceptionGroup | null {
    return splitGroup(this, matcher(condition))[0];
  }

  split(condition: GroupCondition): readonly [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    return Object.freeze(splitGroup(this, matcher(condition)));
  }

  derive(excs: Iterable<BaseException>): BaseExceptionGroup {
    return new BaseExceptionGroup(this.message, excs);
  }
}

export class ExceptionGroup extends Exception {
  readonly exceptions: readonly BaseException[];

  constructor(message: string, exceptions: Iterable<BaseException>) {
    const list = checkGroupArgs(message, exceptions);
    super(message, exceptions);
    this.exceptions = Object.freeze(list);
    // CPython raises TypeError for BaseExceptions here; translated `except*`
    // wraps whatever it caught in `new ExceptionGroup("", [exc])`, and for a
    // CancelledError that must be a BaseExceptionGroup, so build one instead.
    if (new.target === ExceptionGroup && !list.every((e) => e instanceof Exception)) {
      return new BaseExceptionGroup(message, [...list]) as unknown as ExceptionGroup;
    }
  }

  override get message(): string {
    return String(this.args[0]);
  }

  override __str__(): string {
    return groupStr(this);
  }

  subgroup(condition: GroupCondition): BaseExceptionGroup | null {
    return splitGroup(this as unknown as BaseExceptionGroup, matcher(condition))[0];
  }

  split(condition: GroupCondition): readonly [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    return Object.freeze(splitGroup(this as unknown as BaseExceptionGroup, matcher(condition)));
  }

  derive(excs: Iterable<BaseException>): BaseExceptionGroup {
    return new ExceptionGroup(this.message, excs) as unknown as BaseExceptionGroup;
  }
}

function groupStr(g: { message: string; exceptions: readonly unknown[] }): string {
  const n = g.exceptions.length;
  return `${g.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

/** Classes CPython defines in `builtins`: their repr and traceback name carry no module. */
export const BUILTIN_EXCEPTIONS: ReadonlySet<Function> = new Set<Function>([
  BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError,
  OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError,
  ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
  ProcessLookupError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, StopIteration, StopAsyncIteration,
  SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError,
  Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, FutureWarning, ResourceWarning,
  GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup, ExceptionGroup,
]);
(JSONDecodeError as unknown as { __module__: string }).__module__ = "json.decoder";
(FrozenInstanceError as unknown as { __module__: string }).__module__ = "dataclasses";

// A JavaScript error caught twice (say, by two nested handlers) must become
// the same Python exception both times, or `raise` in the inner one would
// hand the outer one a different object.
const converted = new WeakMap<object, BaseException>();

/**
 * Turn whatever JavaScript threw into a Python exception, so a translated
 * `except` clause sees the class CPython would have raised.
 */
let lastCaught: BaseException | null = null;

/** The exception a handler most recently caught (every `except` converts it here): what `logger.exception()` reports. */
export function lastCaughtException(): BaseException | null {
  return lastCaught;
}

export function toPyException(e: unknown): BaseException {
  return (lastCaught = toPyExceptionOf(e));
}

function toPyExceptionOf(e: unknown): BaseException {
  if (e instanceof BaseException) return e;
  if (typeof e === "object" && e !== null) {
    const known = converted.get(e);
    if (known) return known;
    const py = convert(e);
    converted.set(e, py);
    if (e instanceof Error && e.stack) Object.defineProperty(py, "stack", { value: e.stack, configurable: true, writable: true });
    Object.defineProperty(py, "jsError", { value: e, configurable: true });
    return py;
  }
  return new Exception(String(e));
}

function convert(e: object): BaseException {
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof globalThis.RangeError) {
    if (/call stack/i.test(message)) return new RecursionError("maximum recursion depth exceeded");
    if (/Invalid (array|string) length|allocation failed/i.test(message)) return new MemoryError();
    return new ValueError(message);
  }
  if (e instanceof globalThis.TypeError) {
    const read = /Cannot (?:read|set) propert(?:y|ies) of (?:undefined|null) \((?:reading|setting) '([^']*)'\)/.exec(message);
    if (read) return new AttributeError(`'NoneType' object has no attribute '${read[1]}'`);
    const getterOnly = /Cannot set property (\S+) of #<(\w+)> which has only a getter/.exec(message);
    if (getterOnly) return new AttributeError(`property '${getterOnly[1]}' of '${getterOnly[2]}' object has no setter`);
    const frozen = /Cannot assign to read only property '([^']*)' of object/.exec(message);
    if (frozen) return new FrozenInstanceError(`cannot assign to field '${frozen[1]}'`);
    if (/^(undefined|null) is not iterable/.test(message) || /is not iterable \(cannot read property (undefined|null)\)/.test(message)) {
      return new TypeError("'NoneType' object is not iterable");
    }
    return new TypeError(message);
  }
  if (e instanceof globalThis.SyntaxError) return new ValueError(message);
  if (e instanceof globalThis.ReferenceError) {
    const undef = /^(\S+) is not defined$/.exec(message);
    if (undef) return new NameError(`name '${undef[1]}' is not defined`);
    const tdz = /^Cannot access '([^']+)' before initialization$/.exec(message);
    if (tdz) return new UnboundLocalError(`cannot access local variable '${tdz[1]}' where it is not associated with a value`);
    return new NameError(message);
  }
  return new Exception(message);
}
