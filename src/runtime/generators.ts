/**
 * Python's generator protocol on JavaScript generators. `send` maps onto
 * `next(value)`, but Python refuses a non-None first send and reports the end
 * with StopIteration carrying the return value; `close` throws GeneratorExit
 * into the generator (so `except GeneratorExit` and `finally` run), where
 * JavaScript's `return()` would skip the except clauses.
 */
import { GeneratorExit, RuntimeError, StopAsyncIteration, StopIteration, TypeError } from "./exceptions.js";
import { coro } from "./asyncio/coroutine.js";
import { _get_running_loop } from "./asyncio/events.js";

const started = new WeakSet<object>();

/**
 * A generator's first step. An async generator first iterated inside a
 * running loop is registered with it, so that asyncio.run finalizes it if it
 * is left suspended (CPython's sys.set_asyncgen_hooks firstiter).
 */
function begin(g: object): void {
  if (started.has(g)) return;
  started.add(g);
  if (Object.prototype.toString.call(g) === "[object AsyncGenerator]") _get_running_loop()?._asyncgenFirstIter(g as AsyncGenerator<unknown>, agenClose);
}

/**
 * The translator routes `x.send()`, `x.throw()`, `x.close()` here when it
 * cannot tell x's type; anything that is not a JS generator keeps its own method.
 */
function isGenerator(g: any): g is Generator<unknown, any, any> | AsyncGenerator<unknown, any, any> {
  const tag = Object.prototype.toString.call(g);
  return tag === "[object Generator]" || tag === "[object AsyncGenerator]";
}

function own(g: any, name: string, args: unknown[]): any {
  const fn = g?.[name];
  if (typeof fn !== "function") throw new TypeError(`'${g?.constructor?.name ?? typeof g}' object has no attribute '${name}'`);
  return fn.apply(g, args);
}
const finished = new WeakSet<object>();

function step<T>(g: object, result: IteratorResult<T>): T {
  begin(g);
  if (result.done) {
    finished.add(g);
    throw new StopIteration(...(result.value === undefined || result.value === null ? [] : [result.value]));
  }
  return result.value;
}

/** `g.send(value)` */
export function genSend<T>(g: Generator<T, any, any>, value: unknown): T {
  if (!isGenerator(g)) return own(g, "send", [value]);
  if (!started.has(g) && value !== null && value !== undefined) {
    throw new TypeError("can't send non-None value to a just-started generator");
  }
  if (finished.has(g)) throw new StopIteration();
  return step(g, g.next(value));
}

/** `g.throw(exc)`: raised at the paused yield; a generator that never started dies at once. */
export function genThrow<T>(g: Generator<T, any, any>, exc: unknown): T {
  if (!isGenerator(g)) return own(g, "throw", [exc]);
  const error = typeof exc === "function" ? new (exc as new () => Error)() : exc;
  if (!started.has(g)) {
    finished.add(g);
    g.return(undefined);
    throw error;
  }
  try {
    return step(g, g.throw(error));
  } catch (e) {
    finished.add(g);
    throw e;
  }
}

/** `g.close()` */
/** `x.close()` where x may be a generator or any object with its own close() (an event loop, a coroutine). */
export function genClose(g: Generator<unknown, any, any> | { close(): unknown }): void {
  if (!isGenerator(g)) return own(g, "close", []);
  // No need to know whether it started: throw() into a fresh JS generator
  // ends it without running the body, which is what Python's close() does.
  if (finished.has(g)) return;
  let result: IteratorResult<unknown>;
  try {
    result = g.throw(new GeneratorExit());
  } catch (e) {
    finished.add(g);
    if (e instanceof GeneratorExit || e instanceof StopIteration) return;
    throw e;
  }
  if (!result.done) throw new RuntimeError("generator ignored GeneratorExit");
  finished.add(g);
}

/** `await agen.asend(value)` */
export async function agenSend<T>(g: AsyncGenerator<T, any, any>, value: unknown): Promise<T> {
  if (!isGenerator(g)) return own(g, "asend", [value]);
  if (!started.has(g) && value !== null && value !== undefined) {
    throw new TypeError("can't send non-None value to a just-started async generator");
  }
  begin(g);
  const r = await g.next(value);
  if (r.done) throw new StopAsyncIteration();
  return r.value;
}

/** `await agen.athrow(exc)` */
export async function agenThrow<T>(g: AsyncGenerator<T, any, any>, exc: unknown): Promise<T> {
  if (!isGenerator(g)) return own(g, "athrow", [exc]);
  const error = typeof exc === "function" ? new (exc as new () => Error)() : exc;
  const r = await g.throw(error);
  if (r.done) throw new StopAsyncIteration();
  return r.value;
}

/** `await agen.aclose()` */
export async function agenClose(g: AsyncGenerator<unknown, any, any>): Promise<void> {
  if (!isGenerator(g)) return own(g, "aclose", []);
  let r: IteratorResult<unknown>;
  try {
    r = await g.throw(new GeneratorExit());
  } catch (e) {
    if (e instanceof GeneratorExit || e instanceof StopAsyncIteration) return;
    throw e;
  }
  if (!r.done) throw new RuntimeError("async generator ignored GeneratorExit");
}

/** Marks a generator as started when Python code advances it with next(). */
export function markStarted(g: object): void {
  begin(g);
}

/**
 * Python's `next(it[, default])` over JavaScript iterators (generators
 * included) and objects with `__next__`.
 */
export function pyNext<T, D = never>(it: any, ...dflt: [D] | []): T | D {
  if (it != null && typeof it.__next__ === "function") {
    try {
      return it.__next__();
    } catch (e) {
      if (e instanceof StopIteration && dflt.length > 0) return dflt[0] as D;
      throw e;
    }
  }
  if (it == null || typeof it.next !== "function") {
    const name = it == null ? "NoneType" : Array.isArray(it) ? (Object.isFrozen(it) ? "tuple" : "list") : typeof it === "string" ? "str" : (it.constructor?.name ?? "object");
    throw new TypeError(`'${name}' object is not an iterator`);
  }
  begin(it);
  const r = it.next() as IteratorResult<T>;
  if (r.done) {
    finished.add(it);
    if (dflt.length > 0) return dflt[0] as D;
    throw new StopIteration(...(r.value === undefined || r.value === null ? [] : [r.value]));
  }
  return r.value;
}

/**
 * The JavaScript iterator for what a Python `__iter__` returned: objects
 * with `__next__` are adapted (StopIteration ends the loop); generators and
 * other JS iterators are used as they are.
 */
export function iteratorOf<T>(it: any): Iterator<T> {
  if (it != null && typeof it.__next__ === "function") {
    return {
      next: (): IteratorResult<T> => {
        try {
          return { value: it.__next__(), done: false };
        } catch (e) {
          if (e instanceof StopIteration) return { value: undefined as T, done: true };
          throw e;
        }
      },
    };
  }
  if (it != null && typeof it.next === "function") return it as Iterator<T>;
  if (it != null && typeof it[Symbol.iterator] === "function") return it[Symbol.iterator]();
  throw new TypeError("iter() returned non-iterator");
}

/** The same for `__aiter__` / `__anext__` and StopAsyncIteration. */
export function asyncIteratorOf<T>(it: any): AsyncIterator<T> {
  if (it != null && typeof it.__anext__ === "function") {
    return {
      next: async (): Promise<IteratorResult<T>> => {
        try {
          return { value: await it.__anext__(), done: false };
        } catch (e) {
          if (e instanceof StopAsyncIteration) return { value: undefined as T, done: true };
          throw e;
        }
      },
    };
  }
  if (it != null && typeof it.next === "function") return it as AsyncIterator<T>;
  if (it != null && typeof it[Symbol.asyncIterator] === "function") return it[Symbol.asyncIterator]();
  throw new TypeError("'async for' received an object from __aiter__ that does not implement __anext__");
}

/**
 * `async for` over an async iterator held by a name: leaving the loop early
 * must not close it (Python's `async for` never calls aclose), where
 * `for await` would call its return().
 */
export function keepOpen<T>(x: AsyncIterable<T>): AsyncIterable<T>;
export function keepOpen(x: any): AsyncIterable<any>;
export function keepOpen<T>(x: any): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<T> {
      const inner: AsyncIterator<T> = typeof x?.[Symbol.asyncIterator] === "function" ? x[Symbol.asyncIterator]() : asyncIteratorOf<T>(x?.__aiter__?.() ?? x);
      return {
        next: () => {
          begin(inner);
          return inner.next();
        },
      };
    },
  };
}

/**
 * PEP 479: StopIteration (or, in an async generator, StopAsyncIteration)
 * escaping a generator's body is turned into RuntimeError, so it cannot end
 * an outer loop by accident. Everything else passes through untouched.
 */
export function leakedStop(e: unknown, isAsync = false): unknown {
  const kind = isAsync ? "async generator" : "generator";
  if (e instanceof StopIteration) return new RuntimeError(`${kind} raised StopIteration`).withCause(e);
  if (isAsync && e instanceof StopAsyncIteration) return new RuntimeError(`${kind} raised StopAsyncIteration`).withCause(e);
  return e;
}

/**
 * A generator as `for…of` and `yield*` should see it: leaving a loop early
 * closes it the Python way (GeneratorExit at the paused yield, so `except
 * GeneratorExit` runs too, not just `finally`), while send and throw still
 * reach it through `yield*`.
 */
export function pyClosing<T>(g: Generator<T, any, any>): IterableIterator<T> & Generator<T, any, any> {
  const view = {
    next(value?: unknown): IteratorResult<T> {
      begin(g);
      return g.next(value);
    },
    throw(error: unknown): IteratorResult<T> {
      return g.throw(error);
    },
    return(value?: unknown): IteratorResult<T> {
      genClose(g);
      return { done: true, value: value as T };
    },
    [Symbol.iterator]() {
      return view;
    },
  };
  return view as IterableIterator<T> & Generator<T, any, any>;
}

/** Whether x is one of JavaScript's own (sync) generator objects. */
export function isSyncGenerator(x: unknown): x is Generator<unknown, unknown, unknown> {
  return Object.prototype.toString.call(x) === "[object Generator]";
}

/**
 * `async for` over a temporary async generator. When the loop ends early
 * CPython drops the generator and its finalizer hook schedules aclose() as a
 * task a loop turn later (GeneratorExit, not a plain return); `for await`
 * would instead close it on the spot, before the code after the loop.
 */
export function closeWhenDropped<T>(x: AsyncIterable<T>): AsyncIterable<T>;
export function closeWhenDropped(x: any): AsyncIterable<any>;
export function closeWhenDropped<T>(x: any): AsyncIterable<T> {
  if (Object.prototype.toString.call(x) !== "[object AsyncGenerator]") return x;
  const g = x as AsyncGenerator<T, any, any>;
  const view: AsyncIterableIterator<T> = {
    next(value?: unknown): Promise<IteratorResult<T>> {
      begin(g);
      return g.next(value);
    },
    async return(value?: unknown): Promise<IteratorResult<T>> {
      const loop = _get_running_loop();
      if (loop) loop.call_soon(() => loop.create_task(coro(() => agenClose(g))));
      return { done: true, value: value as T };
    },
    [Symbol.asyncIterator]() {
      return view;
    },
  };
  return view;
}
