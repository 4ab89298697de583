/**
 * Which module-level functions and classes a worker can find again.
 *
 * CPython sends a function to a worker process by reference: pickle writes
 * its module and qualified name, and the worker imports the module and looks
 * the name up. A translated module that uses process pools registers its
 * module-level functions and classes here (the translator emits the call),
 * as a thunk so classes declared further down are read only when needed; a
 * worker thread imports the same module file by its URL, which registers the
 * same names in the worker's runtime.
 */

/** Where a function or class lives: its module's URL and its name there. */
export interface PickleRef {
  url: string;
  name: string;
}

const modules = new Map<string, () => Record<string, unknown>>();
const resolved = new Map<string, Record<string, unknown>>();
const refs = new WeakMap<object, PickleRef>();

/** Called at the top of a translated module: `registerPicklable(import.meta.url, () => ({ f, C }))`. */
export function registerPicklable(url: string, names: () => Record<string, unknown>): void {
  modules.set(url, names);
  resolved.delete(url);
}

function namesOf(url: string): Record<string, unknown> | undefined {
  let names = resolved.get(url);
  if (names) return names;
  const thunk = modules.get(url);
  if (!thunk) return undefined;
  try {
    names = thunk();
  } catch {
    // A class not declared yet (its module is still loading): try again later.
    return undefined;
  }
  resolved.set(url, names);
  for (const [name, value] of Object.entries(names)) {
    if ((typeof value === "function" || (typeof value === "object" && value !== null)) && !refs.has(value)) refs.set(value, { url, name });
  }
  return names;
}

/** The module and name a value was registered under, if it was. */
export function refOf(value: object): PickleRef | undefined {
  const known = refs.get(value);
  if (known) return known;
  for (const url of modules.keys()) if (!resolved.has(url)) namesOf(url);
  return refs.get(value);
}

/** The value registered under `ref` (its module must have been imported in this thread). */
export function lookupRef(ref: PickleRef): unknown {
  const names = namesOf(ref.url);
  if (!names || !(ref.name in names)) return undefined;
  return names[ref.name];
}

/** Any registered module: the one a worker imports first (the program's entry, as spawn re-imports `__main__`). */
export function registeredUrls(): string[] {
  return [...modules.keys()];
}

/**
 * A lambda defined inside a function, in a module that starts workers,
 * carries its qualified name (`main.<locals>.<lambda>`) for pickle's error.
 */
export function localQualname<F extends Function>(fn: F, qualname: string): F {
  Object.defineProperty(fn, "__qualname__", { value: qualname, configurable: true });
  return fn;
}
