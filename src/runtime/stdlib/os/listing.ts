/**
 * A directory's entries in the order the file system returns them, as
 * CPython's os.listdir/scandir do. (fs.readdirSync sorts them: libuv's
 * scandir does; its readdir, behind fs.opendirSync, does not.)
 */
import { opendirSync, type Dirent } from "node:fs";
import { fsCall } from "./errors.js";

export function listEntries(path: string): Dirent[] {
  const dir = fsCall(() => opendirSync(path === "" ? "." : path), path);
  const out: Dirent[] = [];
  try {
    for (let d = dir.readSync(); d !== null; d = dir.readSync()) out.push(d);
  } finally {
    dir.closeSync();
  }
  return out;
}

export function listNames(path: string): string[] {
  return listEntries(path).map((d) => d.name);
}
