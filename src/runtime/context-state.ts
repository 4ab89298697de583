/**
 * Which `contextvars.Context` is current. asyncio gives each Task a copy of
 * the context current when the task was created, and runs the task's steps
 * in it; `Context.run(fn)` makes a context current while `fn` runs. This
 * leaf module holds that state so that the asyncio core and the contextvars
 * module can share it without importing each other.
 */

/** A context's variables; a Context object wraps one (stdlib/contextvars.ts). */
export type ContextData = Map<object, unknown>;

const root: ContextData = new Map();
/** Contexts entered by Context.run, innermost last. */
const entered: ContextData[] = [];
/** The running task's context, provided by the asyncio core. */
let taskContext: () => ContextData | null = () => null;

/** Whether a program made any ContextVar: until then nothing can read a context, and callbacks need none. */
export let contextsInUse = false;

export function markContextsInUse(): void {
  contextsInUse = true;
}

export function setTaskContextProvider(provider: () => ContextData | null): void {
  taskContext = provider;
}

export function currentContextData(): ContextData {
  return entered[entered.length - 1] ?? taskContext() ?? root;
}

/** A copy of the current context, for a new task (asyncio's `context=None`). */
export function copyCurrentContextData(): ContextData {
  return new Map(currentContextData());
}

/** Runs `fn` with `data` current; RuntimeError-worthy re-entry is the caller's check. */
export function runInContext<T>(data: ContextData, fn: () => T): T {
  entered.push(data);
  try {
    return fn();
  } finally {
    entered.pop();
  }
}

export function isEntered(data: ContextData): boolean {
  return entered.includes(data) || taskContext() === data;
}

const wrappers = new WeakMap<ContextData, object>();
let makeContext: (data: ContextData) => object = (data) => data;

/** Set by contextvars: how a context's data becomes its Context object. */
export function setContextFactory(factory: (data: ContextData) => object): void {
  makeContext = factory;
}

/** The one Context object of `data` (a Task's get_context()). */
export function contextOf(data: ContextData): object {
  let c = wrappers.get(data);
  if (c === undefined) {
    c = makeContext(data);
    wrappers.set(data, c);
  }
  return c;
}
