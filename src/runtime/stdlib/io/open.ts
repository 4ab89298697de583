/**
 * The builtin `open()` (also `io.open`, `Path.open`): a text mode gives a
 * TextIOWrapper, a binary mode (`b`) a BufferedFile, with CPython's checks
 * of the arguments.
 */
import { TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { bind } from "../params.js";
import { BufferedFile } from "./binaryfile.js";
import { parseMode } from "./modes.js";
import { TextIOWrapper } from "./textfile.js";

export interface FileOptions {
  encoding?: unknown;
  errors?: unknown;
  newline?: unknown;
}

/** A file object for `path` opened with `mode`, text or binary. */
export function openPath(path: unknown, mode: string, opts: FileOptions = {}): TextIOWrapper | BufferedFile {
  if (!parseMode(mode).binary) return new TextIOWrapper(path, mode, { encoding: opts.encoding as string | null, errors: opts.errors as string | null, newline: opts.newline as string | null });
  for (const name of ["encoding", "errors", "newline"] as const) {
    if (opts[name] !== undefined && opts[name] !== null) throw new ValueError(`binary mode doesn't take an ${name === "newline" ? "newline" : name} argument`.replace("an newline", "a newline"));
  }
  return new BufferedFile(path, mode);
}

/** `open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`. */
export function openFile(...args: unknown[]): TextIOWrapper | BufferedFile {
  const [file, mode, , encoding, errors, newline] = bind("open", args, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
  if (mode !== undefined && typeof mode !== "string") throw new TypeError(`open() argument 'mode' must be str, not ${typeName(mode)}`);
  return openPath(file, (mode as string | undefined) ?? "r", { encoding, errors, newline });
}
