/** How `subprocess` calls take their arguments: Popen's positional parameters and keywords as one record. */
import type { StdSpec } from "../../asyncio/subprocess/spawn.js";

/** The parameters every `subprocess` call takes by position after `args` (Popen's). */
const POSITIONAL = ["bufsize", "executable", "stdin", "stdout", "stderr", "preexec_fn", "close_fds", "shell", "cwd", "env", "universal_newlines"];

export type Options = StdSpec & {
  shell?: unknown;
  input?: unknown;
  capture_output?: unknown;
  check?: unknown;
  text?: unknown;
  universal_newlines?: unknown;
  encoding?: unknown;
  errors?: unknown;
  timeout?: unknown;
  [key: string]: unknown;
};

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

/** Python's (args, positional..., **keywords) as one options record. */
export function gather(rest: unknown[]): Options {
  const opts: Options = {};
  const last = rest[rest.length - 1];
  const kw = isPlainObject(last) ? (rest.pop() as Record<string, unknown>) : {};
  rest.forEach((v, i) => {
    if (v !== undefined && i < POSITIONAL.length) opts[POSITIONAL[i]!] = v;
  });
  for (const [k, v] of Object.entries(kw)) if (v !== undefined) opts[k] = v;
  return opts;
}

export const truthy = (v: unknown) => v !== null && v !== undefined && v !== false && v !== 0 && v !== "";

export function textMode(o: Options): boolean {
  return truthy(o.text) || truthy(o.universal_newlines) || truthy(o.encoding) || truthy(o.errors);
}

