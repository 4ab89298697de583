/**
 * Python's `contextvars`: ContextVar (get/set/reset with tokens), Context
 * (a read-only mapping of variables to values, `run`, `copy`) and
 * copy_context(). Each asyncio Task runs in a copy of the context current
 * when it was created (context-state.ts, used by the asyncio core), so a
 * variable set in one task is not seen by its siblings or its creator.
 */
import { KeyError, LookupError, RuntimeError, TypeError, ValueError } from "../exceptions.js";
import { type ContextData, currentContextData, isEntered, markContextsInUse, runInContext, setContextFactory } from "../context-state.js";
import { addressSuffix, repr } from "../repr.js";
import { tup } from "./args.js";

const NO_DEFAULT: unique symbol = Symbol("no default");

/** `contextvars.ContextVar(name, *, default=...)`. */
export class ContextVar<T = any> {
  readonly name: string;
  private readonly _default: T | typeof NO_DEFAULT;

  constructor(name: string, options?: { default?: T }) {
    if (typeof name !== "string") throw new TypeError("context variable name must be a str");
    markContextsInUse();
    this.name = name;
    this._default = options !== undefined && "default" in options ? (options.default as T) : NO_DEFAULT;
  }

  /** The value in the current context, else `default`, else the variable's default, else LookupError. */
  get(...args: unknown[]): T {
    const data = currentContextData();
    if (data.has(this)) return data.get(this) as T;
    if (args.length > 0) return args[0] as T;
    if (this._default !== NO_DEFAULT) return this._default;
    throw new LookupError(this);
  }

  /** Sets the value in the current context; the token restores the previous one. */
  set(value: T): Token<T> {
    const data = currentContextData();
    const old = data.has(this) ? data.get(this) : Token.MISSING;
    data.set(this, value);
    return new Token(this, old, data);
  }

  reset(token: Token<T>): void {
    if (!(token instanceof Token)) throw new TypeError(`expected an instance of Token, got ${repr(token)}`);
    if (token._used) throw new RuntimeError(`${repr(token)} has already been used once`);
    if (token.var !== this) throw new ValueError(`${repr(token)} was created by a different ContextVar`);
    const data = currentContextData();
    if (token._data !== data) throw new ValueError(`${repr(token)} was created in a different Context`);
    token._used = true;
    if (token.old_value === Token.MISSING) data.delete(this);
    else data.set(this, token.old_value);
  }

  __repr__(): string {
    const dflt = this._default === NO_DEFAULT ? "" : ` default=${repr(this._default)}`;
    return `<ContextVar name=${repr(this.name)}${dflt}${addressSuffix(this)}>`;
  }
}

/** What `ContextVar.set` returns: `var`, `old_value` (Token.MISSING when there was none). */
export class Token<T = any> {
  static readonly MISSING: object = Object.freeze({ __repr__: () => "<Token.MISSING>" });
  /** @internal */ _used = false;
  constructor(
    readonly var_: ContextVar<T>,
    readonly old_value: unknown,
    /** @internal */ readonly _data: ContextData,
  ) {}
  get var(): ContextVar<T> {
    return this.var_;
  }
  __repr__(): string {
    return `<Token${this._used ? " used" : ""} var=${repr(this.var_)}${addressSuffix(this)}>`;
  }
}

/** `contextvars.Context`: a snapshot of variables; `run(fn, ...)` makes it current while fn runs. */
export class Context {
  /** @internal */ readonly _data: ContextData;

  constructor(data?: ContextData) {
    this._data = data instanceof Map ? data : new Map();
  }

  /** An own function, so that `ctx.run` passed as a value (`loop.call_soon(ctx.run, f)`) keeps its context. */
  readonly run = <R>(fn: (...args: any[]) => R, ...args: any[]): R => {
    if (isEntered(this._data)) throw new RuntimeError(`cannot enter context: ${repr(this)} is already entered`);
    return runInContext(this._data, () => fn(...args));
  };

  copy(): Context {
    return new Context(new Map(this._data));
  }

  get(key: ContextVar, dflt: unknown = null): unknown {
    checkKey(key);
    return this._data.has(key) ? this._data.get(key) : dflt;
  }

  __getitem__(key: ContextVar): unknown {
    checkKey(key);
    if (!this._data.has(key)) throw new KeyError(key);
    return this._data.get(key);
  }

  __contains__(key: ContextVar): boolean {
    checkKey(key);
    return this._data.has(key);
  }

  __len__(): number {
    return this._data.size;
  }

  keys(): ContextVar[] {
    return [...this._data.keys()] as ContextVar[];
  }

  values(): unknown[] {
    return [...this._data.values()];
  }

  items(): (readonly [ContextVar, unknown])[] {
    return [...this._data].map(([k, v]) => tup(k as ContextVar, v));
  }

  [Symbol.iterator](): Iterator<ContextVar> {
    return this.keys()[Symbol.iterator]();
  }

  __repr__(): string {
    return `<_contextvars.Context object${addressSuffix(this)}>`;
  }
}

function checkKey(key: unknown): void {
  if (!(key instanceof ContextVar)) throw new TypeError(`a ContextVar key was expected, got ${repr(key)}`);
}

setContextFactory((data) => new Context(data));

/** `contextvars.copy_context()`: a copy of the current context. */
function copy_context(): Context {
  return new Context(new Map(currentContextData()));
}

export const contextvars = {
  ContextVar,
  Token,
  Context,
  copy_context,
};
