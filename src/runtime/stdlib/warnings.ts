/**
 * Python's `warnings`: warn() with a category and stacklevel, CPython 3.11's
 * default filters and actions (default, error, ignore, always, module, once),
 * filterwarnings/simplefilter/resetwarnings, catch_warnings (with record=),
 * and the stderr text `file:line: Category: message` plus the source line.
 * The warning's file and line come from the Python frames of the current
 * stack (frames.ts), `stacklevel` frames up.
 */
import { AssertionError, DeprecationWarning, PendingDeprecationWarning, ResourceWarning, RuntimeError, TypeError, UserWarning, Warning } from "../exceptions.js";
import { callerStack, framesOfStack } from "../frames.js";
import { issubclass } from "../builtins.js";
import { pyTypeName, repr, str, strRepr, tuple } from "../repr.js";
import { sys } from "../main.js";
import { re, type Pattern } from "./re/index.js";

type Category = new (...args: any[]) => Warning;
type Action = "default" | "error" | "ignore" | "always" | "module" | "once";
const ACTIONS = ["default", "error", "ignore", "always", "module", "once"];

/** A filter as CPython keeps it: (action, message regex, category, module regex or exact name, lineno). */
type Filter = readonly [Action, Pattern | null, Category, Pattern | string | null, number];

/** Stands in for the builtin ImportWarning, which the runtime does not define, in the default filters. */
class ImportWarning extends Warning {}

const DEFAULT_FILTERS: Filter[] = [
  tuple("default" as Action, null, DeprecationWarning, "__main__", 0),
  tuple("ignore" as Action, null, DeprecationWarning, null, 0),
  tuple("ignore" as Action, null, PendingDeprecationWarning, null, 0),
  tuple("ignore" as Action, null, ImportWarning, null, 0),
  tuple("ignore" as Action, null, ResourceWarning, null, 0),
];

/** Keys already shown: per location for "default", per module for "module", per text for "once". */
let registry = new Set<string>();

function categoryName(c: Function): string {
  return (c as { __name__?: string }).__name__ ?? c.name;
}

function isCategory(c: unknown): c is Category {
  return typeof c === "function" && (c === Warning || c.prototype instanceof Warning);
}

/** `warnings.WarningMessage`: one recorded warning. */
export class WarningMessage {
  constructor(
    readonly message: Warning,
    readonly category: Category,
    readonly filename: string,
    readonly lineno: number,
    readonly file: unknown = null,
    readonly line: string | null = null,
    readonly source: unknown = null,
  ) {}

  get _category_name(): string | null {
    return this.category ? categoryName(this.category) : null;
  }

  __str__(): string {
    return `{message : ${repr(this.message)}, category : ${strRepr(categoryName(this.category))}, filename : ${strRepr(this.filename)}, lineno : ${this.lineno}, line : ${this.line === null ? "None" : strRepr(this.line)}}`;
  }
}

function formatwarning(message: unknown, category: Category, filename: string, lineno: number, line?: string | null): string {
  let s = `${filename}:${lineno}: ${categoryName(category)}: ${str(message)}\n`;
  const text = line ?? null;
  if (text) s += `  ${text.trim()}\n`;
  return s;
}

/** The default showwarning: the formatted text on sys.stderr (or `file`). */
function showwarning(message: unknown, category: Category, filename: string, lineno: number, file?: { write(s: string): unknown } | null, line?: string | null): void {
  const target = file ?? sys.stderr;
  target.write(warnings.formatwarning(message, category, filename, lineno, line ?? lineText(filename, lineno)));
}

const sourceLines = new Map<string, { line: number; text: string }>();

function lineText(filename: string, lineno: number): string | null {
  return sourceLines.get(`${filename}:${lineno}`)?.text ?? null;
}

function matches(p: Pattern | string | null, text: string): boolean {
  if (typeof p === "string") return p === text;
  return p === null || (p.match(text) !== null && p.match(text) !== undefined);
}

function warn(message: unknown, category?: unknown, stacklevel?: unknown, source?: unknown): void {
  let cat: Category;
  if (message instanceof Warning) cat = message.constructor as Category;
  else if (category === undefined || category === null) cat = UserWarning;
  else if (!isCategory(category)) throw new TypeError(`category must be a Warning subclass, not '${pyTypeName(category)}'`);
  else cat = category;
  const level = typeof stacklevel === "number" ? stacklevel : 1;
  const frames = framesOfStack(callerStack());
  const frame = frames[frames.length - level];
  const filename = frame ? frame.file : "sys";
  const lineno = frame ? frame.line : 1;
  if (frame?.text) sourceLines.set(`${filename}:${lineno}`, { line: lineno, text: frame.text });
  warnExplicit(message, cat, filename, lineno, "__main__", source);
}

function warnExplicit(message: unknown, category: Category, filename: string, lineno: number, module: string, source: unknown): void {
  let text: string;
  let instance: Warning;
  if (message instanceof Warning) {
    text = str(message);
    instance = message;
    category = message.constructor as Category;
  } else {
    text = str(message);
    instance = new category(message);
  }
  let action: Action = warnings.defaultaction as Action;
  for (const [act, msg, cat, mod, ln] of warnings.filters as Filter[]) {
    if (matches(msg, text) && issubclass(category, cat) && matches(mod, module) && (ln === 0 || lineno === ln)) {
      action = act;
      break;
    }
  }
  if (action === "ignore") return;
  if (action === "error") throw instance;
  const key = `${text}\u0000${categoryName(category)}`;
  if (action === "once") {
    if (registry.has(`once\u0000${key}`)) return;
    registry.add(`once\u0000${key}`);
  } else if (action === "module") {
    if (registry.has(`module\u0000${filename}\u0000${key}`)) return;
    registry.add(`module\u0000${filename}\u0000${key}`);
  } else if (action === "default") {
    if (registry.has(`default\u0000${filename}\u0000${lineno}\u0000${key}`)) return;
    registry.add(`default\u0000${filename}\u0000${lineno}\u0000${key}`);
  } else if (action !== "always") {
    throw new RuntimeError(`Unrecognized action (${repr(action)}) in warnings.filters:\n ${repr(action)}`);
  }
  void source;
  warnings.showwarning(instance, category, filename, lineno, null, lineText(filename, lineno));
}

function isKeywords(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

function addFilter(filter: Filter, append: boolean): void {
  const list = warnings.filters as Filter[];
  const text = (p: Pattern | string | null | undefined) => (p === null || p === undefined ? null : typeof p === "string" ? p : p.pattern);
  const same = (f: Filter) => f[0] === filter[0] && text(f[1]) === text(filter[1]) && f[2] === filter[2] && text(f[3]) === text(filter[3]) && f[4] === filter[4];
  const at = list.findIndex(same);
  if (!append) {
    if (at >= 0) list.splice(at, 1);
    list.unshift(filter);
  } else if (at < 0) list.push(filter);
  // Changing the filters lets "default" and "module" warnings show again, as CPython's _filters_mutated does.
  registry = new Set([...registry].filter((k) => k.startsWith("once\u0000")));
}

function checkAction(action: unknown): Action {
  if (typeof action !== "string" || !ACTIONS.includes(action)) throw new AssertionError(`invalid action: ${repr(action)}`);
  return action as Action;
}

/** `filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False)` */
function filterwarnings(action: unknown, ...args: unknown[]): void {
  const kw = args.length > 0 && isKeywords(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
  const [message = kw.message ?? "", category = kw.category ?? Warning, module = kw.module ?? "", lineno = kw.lineno ?? 0, append = kw.append ?? false] = args;
  const act = checkAction(action);
  if (typeof message !== "string") throw new AssertionError("message must be a string");
  if (!isCategory(category)) throw new AssertionError("category must be a class");
  if (typeof module !== "string") throw new AssertionError("module must be a string");
  if (typeof lineno !== "number" || lineno < 0) throw new AssertionError("lineno must be an int >= 0");
  const msg = message || module ? re.compile(message, re.IGNORECASE) : null;
  const mod = message || module ? re.compile(module) : null;
  addFilter(tuple(act, message ? msg : null, category, module ? mod : null, lineno), Boolean(append));
}

/** `simplefilter(action, category=Warning, lineno=0, append=False)` */
function simplefilter(action: unknown, ...args: unknown[]): void {
  const kw = args.length > 0 && isKeywords(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
  const [category = kw.category ?? Warning, lineno = kw.lineno ?? 0, append = kw.append ?? false] = args;
  const act = checkAction(action);
  if (typeof lineno !== "number" || lineno < 0) throw new AssertionError("lineno must be an int >= 0");
  addFilter(tuple(act, null, category as Category, null, lineno), Boolean(append));
}

function resetwarnings(): void {
  (warnings.filters as Filter[]).length = 0;
  registry = new Set();
}

/** `catch_warnings(*, record=False, module=None, action=None, category=Warning, lineno=0, append=False)` */
class catch_warnings {
  private saved: { filters: Filter[]; showwarning: unknown; registry: Set<string> } | null = null;
  private readonly record: boolean;
  private readonly action: unknown;
  private readonly category: unknown;
  private readonly lineno: unknown;
  private readonly append: unknown;

  constructor(opts: Record<string, unknown> = {}) {
    this.record = Boolean(opts.record);
    this.action = opts.action ?? null;
    this.category = opts.category ?? Warning;
    this.lineno = opts.lineno ?? 0;
    this.append = opts.append ?? false;
  }

  __enter__(): WarningMessage[] | null {
    if (this.saved) throw new RuntimeError(`Cannot enter ${repr(this)} twice`);
    this.saved = { filters: [...(warnings.filters as Filter[])], showwarning: warnings.showwarning, registry };
    registry = new Set([...registry].filter((k) => k.startsWith("once\u0000")));
    if (this.action !== null) simplefilter(this.action, this.category, this.lineno, this.append);
    if (!this.record) return null;
    const log: WarningMessage[] = [];
    warnings.showwarning = (message: Warning, category: Category, filename: string, lineno: number, file?: unknown, line?: string | null) => {
      log.push(new WarningMessage(message, category, filename, lineno, file ?? null, line ?? null));
    };
    return log;
  }

  __exit__(..._exc: unknown[]): boolean {
    if (!this.saved) throw new RuntimeError(`Cannot exit ${repr(this)} without entering first`);
    (warnings.filters as Filter[]).splice(0, (warnings.filters as Filter[]).length, ...this.saved.filters);
    warnings.showwarning = this.saved.showwarning as typeof showwarning;
    registry = this.saved.registry;
    this.saved = null;
    return false;
  }

  __repr__(): string {
    const args: string[] = [];
    if (this.record) args.push("record=True");
    return `catch_warnings(${args.join(", ")})`;
  }
}

/** Python's `warnings` module; `showwarning` and `formatwarning` may be replaced by the program, as in Python. */
export const warnings = {
  warn,
  warn_explicit(message: unknown, category: Category, filename: string, lineno: number, module?: string | null, _registry?: unknown, _globals?: unknown, source?: unknown): void {
    warnExplicit(message, category, filename, lineno, module ?? filename.replace(/\.py$/, ""), source);
  },
  showwarning: showwarning as (message: any, category: any, filename: string, lineno: number, file?: any, line?: string | null) => void,
  formatwarning,
  filterwarnings,
  simplefilter,
  resetwarnings,
  catch_warnings,
  WarningMessage,
  filters: [...DEFAULT_FILTERS] as unknown[],
  defaultaction: "default",
};
