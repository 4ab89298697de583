/**
 * contextlib: generator-based context managers, suppress, ExitStack and
 * AsyncExitStack. Managers follow Python's protocol (`__enter__`/`__exit__`,
 * `__aenter__`/`__aexit__`), which is what translated `with` statements call.
 */
import { BaseException, RuntimeError, StopAsyncIteration, StopIteration, toPyException } from "./exceptions.js";

type ExcInfo = [type: unknown, value: unknown, tb: unknown];

/**
 * Stands in for the traceback `__exit__` receives: JavaScript has no frame
 * objects, but code tests `tb is not None` and reads tb_lineno.
 */
export class TracebackType {
  readonly tb_frame = null;
  readonly tb_next = null;
  readonly tb_lasti = -1;
  constructor(readonly tb_lineno: number | null = null) {}
  __repr__(): string {
    return "<traceback object>";
  }
}

/** `(type, value, traceback)` of a caught error, as Python hands them to `__exit__`. */
export function excInfo(raw: unknown): [type: Function, value: BaseException, tb: TracebackType] {
  const value = toPyException(raw);
  return [value.constructor, value, new TracebackType()];
}

class GeneratorContextManager<T> {
  constructor(private readonly gen: Generator<T, unknown, unknown>) {}
  __enter__(): T {
    const r = this.gen.next();
    if (r.done) throw new RuntimeError("generator didn't yield");
    return r.value;
  }
  __exit__(type: unknown, value: unknown, _tb: unknown): boolean {
    if (type == null) {
      const r = this.gen.next();
      if (!r.done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    let r: IteratorResult<T, unknown>;
    try {
      r = this.gen.throw(value);
    } catch (e) {
      if (e === value) return false;
      if (e instanceof StopIteration) return e !== value;
      throw e;
    }
    if (!r.done) throw new RuntimeError("generator didn't stop after throw()");
    return true;
  }
}

class AsyncGeneratorContextManager<T> {
  constructor(private readonly gen: AsyncGenerator<T, unknown, unknown>) {}
  async __aenter__(): Promise<T> {
    const r = await this.gen.next();
    if (r.done) throw new RuntimeError("generator didn't yield");
    return r.value;
  }
  async __aexit__(type: unknown, value: unknown, _tb: unknown): Promise<boolean> {
    if (type == null) {
      const r = await this.gen.next();
      if (!r.done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    let r: IteratorResult<T, unknown>;
    try {
      r = await this.gen.throw(value);
    } catch (e) {
      if (e === value) return false;
      if (e instanceof StopAsyncIteration) return true;
      throw e;
    }
    if (!r.done) throw new RuntimeError("generator didn't stop after athrow()");
    return true;
  }
}

function contextmanager<A extends unknown[], T>(fn: (...args: A) => Generator<T, unknown, unknown>): (...args: A) => GeneratorContextManager<T> {
  const factory = function (this: unknown, ...args: A) {
    return new GeneratorContextManager(fn.apply(this, args));
  };
  Object.defineProperty(factory, "name", { value: fn.name });
  return factory;
}

function asynccontextmanager<A extends unknown[], T>(fn: (...args: A) => AsyncGenerator<T, unknown, unknown>): (...args: A) => AsyncGeneratorContextManager<T> {
  const factory = function (this: unknown, ...args: A) {
    return new AsyncGeneratorContextManager(fn.apply(this, args));
  };
  Object.defineProperty(factory, "name", { value: fn.name });
  return factory;
}

class suppress {
  private readonly types: Function[];
  constructor(...types: Function[]) {
    this.types = types;
  }
  __enter__(): null {
    return null;
  }
  __exit__(_type: unknown, value: unknown): boolean {
    return value != null && this.types.some((t) => value instanceof (t as new () => unknown));
  }
  async __aenter__(): Promise<null> {
    return null;
  }
  async __aexit__(type: unknown, value: unknown): Promise<boolean> {
    return this.__exit__(type, value);
  }
}

class nullcontext<T = null> {
  constructor(private readonly value: T = null as T) {}
  __enter__(): T {
    return this.value;
  }
  __exit__(): boolean {
    return false;
  }
  async __aenter__(): Promise<T> {
    return this.value;
  }
  async __aexit__(): Promise<boolean> {
    return false;
  }
}

class closing<T extends { close(): unknown }> {
  constructor(private readonly thing: T) {}
  __enter__(): T {
    return this.thing;
  }
  __exit__(): boolean {
    this.thing.close();
    return false;
  }
}

class aclosing<T extends { aclose?(): Promise<unknown>; return?(v?: unknown): Promise<unknown> }> {
  constructor(private readonly thing: T) {}
  async __aenter__(): Promise<T> {
    return this.thing;
  }
  async __aexit__(): Promise<boolean> {
    if (typeof this.thing.aclose === "function") await this.thing.aclose();
    else await this.thing.return?.(undefined);
    return false;
  }
}

type Exit = (...exc: ExcInfo) => unknown;

/** Unwinds callbacks last-in first-out; a callback returning true suppresses the exception. */
async function unwind(exits: Exit[], exc: ExcInfo): Promise<boolean> {
  let pending: ExcInfo = exc;
  let suppressed = false;
  while (exits.length > 0) {
    const cb = exits.pop()!;
    try {
      if (await cb(...pending)) {
        suppressed = true;
        pending = [null, null, null];
      }
    } catch (e) {
      pending = excInfo(e);
      suppressed = false;
    }
  }
  if (pending[1] != null && pending[1] !== exc[1]) throw pending[1];
  return exc[1] != null && (suppressed || pending[1] == null);
}

class ExitStack {
  protected exits: Exit[] = [];
  enter_context<T>(cm: { __enter__(): T; __exit__(...e: ExcInfo): unknown }): T {
    const value = cm.__enter__();
    this.exits.push((...e) => cm.__exit__(...e));
    return value;
  }
  callback<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): typeof fn {
    this.exits.push(() => {
      fn(...args);
      return false;
    });
    return fn;
  }
  push(exit: Exit): Exit {
    this.exits.push(exit);
    return exit;
  }
  /** Moves every registered exit to a new stack of the same kind; this one is left empty. */
  pop_all(): this {
    const moved = new (this.constructor as new () => this)();
    moved.exits = this.exits;
    this.exits = [];
    return moved;
  }
  __enter__(): this {
    return this;
  }
  __exit__(type: unknown, value: unknown, tb: unknown): boolean {
    let pending: ExcInfo = [type, value, tb];
    let suppressed = false;
    while (this.exits.length > 0) {
      const cb = this.exits.pop()!;
      try {
        if (cb(...pending)) {
          suppressed = true;
          pending = [null, null, null];
        }
      } catch (e) {
        pending = excInfo(e);
        suppressed = false;
      }
    }
    if (pending[1] != null && pending[1] !== value) throw pending[1];
    return value != null && (suppressed || pending[1] == null);
  }
  close(): void {
    this.__exit__(null, null, null);
  }
}

class AsyncExitStack extends ExitStack {
  async enter_async_context<T>(cm: { __aenter__(): Promise<T>; __aexit__(...e: ExcInfo): Promise<unknown> }): Promise<T> {
    const value = await cm.__aenter__();
    this.exits.push((...e) => cm.__aexit__(...e));
    return value;
  }
  push_async_callback<A extends unknown[]>(fn: (...args: A) => Promise<unknown>, ...args: A): typeof fn {
    this.exits.push(async () => {
      await fn(...args);
      return false;
    });
    return fn;
  }
  push_async_exit(exit: Exit): Exit {
    this.exits.push(exit);
    return exit;
  }
  async __aenter__(): Promise<this> {
    return this;
  }
  async __aexit__(type: unknown, value: unknown, tb: unknown): Promise<boolean> {
    return unwind(this.exits, [type, value, tb]);
  }
  async aclose(): Promise<void> {
    await this.__aexit__(null, null, null);
  }
}

export const contextlib = {
  contextmanager,
  asynccontextmanager,
  suppress,
  nullcontext,
  closing,
  aclosing,
  ExitStack,
  AsyncExitStack,
};
