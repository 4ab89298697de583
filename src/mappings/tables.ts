/**
 * Loads the Python→TypeScript tables in grammar-mappings/. They are data so
 * that supporting another builtin, method or module function means adding a
 * row, not a branch.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Form {
  when: string[];
  code: string;
}

export interface BuiltinSpec {
  runtime?: string;
  runtimeName?: string;
  code?: string;
  forms?: Form[];
  options?: string[];
  ret?: string;
  special?: "print" | "super";
  unsupported?: string;
  kwargsAs?: "object";
  /** Blocks the thread (file I/O): a TSY1301 warning inside a coroutine. */
  blocking?: boolean;
}

export interface MethodSpec {
  code?: string;
  arity?: number;
  argTypes?: string[];
  ret?: string;
  options?: string[];
}

export interface ModuleFunctionSpec {
  /** The transforms translate this name where it is used (`@dataclass`, `field()` in a dataclass body). */
  transform?: boolean;
  /** Keywords the runtime takes in a trailing object though Python lets them be positional (keyword-only ones always are). */
  options?: string[];
  /** A result type computed from the arguments (see resultType in transform/calls.ts); typeshed's is used otherwise. */
  ret?: string;
  blocking?: boolean;
  instead?: string;
  /** In the threads model (src/analyze/threads.ts): the runtime export awaited instead, with the same arguments. */
  threadBlocking?: string;
  class?: boolean;
  awaitResult?: boolean;
  forwards?: number;
  hint?: boolean;
  coroutine?: boolean;
  /** The result may be None (`asyncio.current_task()`): a method called on it directly asserts it is not. */
  orNone?: boolean;
  /** Keywords bind to the parameters of the function given as this positional argument (`functools.partial`). */
  bindsKeywordsOf?: number;
  /** The runtime calls a callable argument later with this call's keywords (`atexit.register(f, k=v)`): the program's functions keep their run-time signatures. */
  callsWithKeywords?: boolean;
  /** A check of literal arguments at translation time (transform/literal-checks.ts): `re` patterns JavaScript cannot express. */
  literalCheck?: string;
  /** A check of the arguments' static types at translation time (transform/arg-type-checks.ts): `sys.getsizeof` of a grown list. */
  argTypeCheck?: string;
  /** A class deriving from this one (directly or through the program's classes) is handed to `<runtime>.<classHook>(cls)` after its declaration, and its class attributes are typed `any` (the hook replaces them: enum members). */
  classHook?: string;
  /** With `classHook`: what the hook adds to the class, as TypeScript member declarations (`static register<T>(c: T): T`), so the translation type-checks. */
  classHookAdds?: string[];
  /** With `classHook`: its class attributes keep their own types (the hook adds to the class but replaces nothing). */
  classHookKeepsAttributes?: boolean;
  /** A TSY1100 warning at every use: the translation runs, but differs from CPython in the way this says (`weakref`: when objects die). */
  caveat?: string;
  /** Calling it is a TSY1101 error saying this (the name stays usable as a value, e.g. in `isinstance`): `io.TextIOWrapper(buffer)`. */
  refusedCall?: string;
  /** Used as a class decorator, it is called with the class after its declaration (and after any classHook); it returns the class itself (`@enum.unique`). */
  appliesToClass?: boolean;
}

/**
 * A module's hand-written mapping (grammar-mappings/modules/<module>.json):
 * how each name is implemented. Signatures come from typeshed, never from here.
 */
export interface ModuleSpec {
  /** The runtime export the module maps to: `m.name` becomes `<runtime>.name`. */
  runtime?: string;
  /** Every implemented name. A public name of the stub missing here is a TSY1101 error where it is used. */
  names?: Record<string, ModuleFunctionSpec>;
  erase?: boolean;
  unsupported?: string;
  blocking?: boolean;
  methods?: string[];
}

function load<T>(name: string): T {
  const url = new URL(`../../grammar-mappings/${name}`, import.meta.url);
  const data = JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as Record<string, unknown>;
  delete data["$comment"];
  return data as T;
}

/** grammar-mappings/modules/<module>.json, one file per Python module, keyed by the module's dotted name. */
function loadModules(): Record<string, ModuleSpec> {
  const dir = fileURLToPath(new URL("../../grammar-mappings/modules/", import.meta.url));
  const out: Record<string, ModuleSpec> = {};
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith(".json")) out[file.slice(0, -".json".length)] = load<ModuleSpec>(`modules/${file}`);
  }
  return out;
}

/** grammar-mappings/aiohttp-gaps.json: aiohttp features refused at translation time (transform/aiohttp-gaps.ts). */
export interface AiohttpGaps {
  attributes: Record<string, { message: string; on?: string[]; anyReceiver?: boolean }>;
  arguments: { cookies: string; https: string };
}
let aiohttpGapsTable: AiohttpGaps | undefined;
/** Read on first use: only modules that mention aiohttp need it. */
export function aiohttpGaps(): AiohttpGaps {
  return (aiohttpGapsTable ??= load<AiohttpGaps>("aiohttp-gaps.json"));
}

export const BUILTINS = load<Record<string, BuiltinSpec>>("builtins.json");
/** Builtins the runtime lacks, with the reason a use is refused (TSY1101). */
export const MISSING_BUILTINS = load<Record<string, string>>("builtins-missing.json");
export const METHODS = load<Record<string, Record<string, MethodSpec>>>("methods.json");
export const MODULES = loadModules();
