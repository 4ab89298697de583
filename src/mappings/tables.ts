/**
 * Loads the Python→TypeScript tables in grammar-mappings/. They are data so
 * that supporting another builtin, method or module function means adding a
 * row, not a branch.
 */
import { readFileSync } from "node:fs";
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
}

export interface MethodSpec {
  code?: string;
  arity?: number;
  argTypes?: string[];
  ret?: string;
  options?: string[];
}

export interface ModuleFunctionSpec {
  params?: string[];
  varargs?: boolean;
  options?: string[];
  ret?: string;
  blocking?: boolean;
  instead?: string;
  class?: boolean;
  awaitResult?: boolean;
  forwards?: number;
  hint?: boolean;
  coroutine?: boolean;
  /** The result may be None (`asyncio.current_task()`): a method called on it directly asserts it is not. */
  orNone?: boolean;
  /** Keywords bind to the parameters of the function given as this positional argument (`functools.partial`). */
  bindsKeywordsOf?: number;
}

export interface ModuleSpec {
  runtime?: string;
  functions?: Record<string, ModuleFunctionSpec>;
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

export const BUILTINS = load<Record<string, BuiltinSpec>>("builtins.json");
export const METHODS = load<Record<string, Record<string, MethodSpec>>>("methods.json");
export const MODULES = load<Record<string, ModuleSpec>>("modules.json");
