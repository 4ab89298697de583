/** `os.fspath`: a str, or what an os.PathLike's `__fspath__` returns. */
import { TypeError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";

/** Anything `os` functions take as a path: a str or an os.PathLike such as a Path. */
export type StrPath = string | { __fspath__(): string };

export function fspath(p: unknown): string {
  if (typeof p === "string") return p;
  const f = (p as { __fspath__?: unknown } | null)?.__fspath__;
  if (typeof f === "function") {
    const s = f.call(p);
    if (typeof s === "string") return s;
    throw new TypeError(`expected ${typeName(p)}.__fspath__() to return str or bytes, not ${typeName(s)}`);
  }
  throw new TypeError(`expected str, bytes or os.PathLike object, not ${typeName(p)}`);
}

/** A path argument of os and shutil functions, with the wording CPython uses for each. */
export function pathArg(fname: string, argname: string, p: unknown): string {
  if (typeof p === "string") return p;
  if (typeof (p as { __fspath__?: unknown } | null)?.__fspath__ === "function") return fspath(p);
  throw new TypeError(`${fname}: ${argname} should be string, bytes or os.PathLike, not ${typeName(p)}`);
}
