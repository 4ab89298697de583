/** `os.path` on POSIX, as CPython's posixpath. */
import { existsSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import * as nodeOs from "node:os";
import { tup } from "../args.js";

function posixJoin(a: string, ...parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith("/")) path = b;
    else if (!path || path.endsWith("/")) path += b;
    else path += "/" + b;
  }
  return path;
}

function normpath(p: string): string {
  if (p === "") return ".";
  const initial = p.startsWith("//") && !p.startsWith("///") ? 2 : p.startsWith("/") ? 1 : 0;
  const out: string[] = [];
  for (const comp of p.split("/")) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === "..")) out.push(comp);
    else if (out.length > 0) out.pop();
  }
  const joined = "/".repeat(initial) + out.join("/");
  return joined || ".";
}

/** Python's `os.path` (POSIX). */
export const osPath = {
  sep: "/",
  join: posixJoin,
  basename(p: string): string {
    return p.slice(p.lastIndexOf("/") + 1);
  },
  dirname(p: string): string {
    const i = p.lastIndexOf("/") + 1;
    let head = p.slice(0, i);
    if (head && head !== "/".repeat(head.length)) head = head.replace(/\/+$/, "");
    return head;
  },
  split(p: string): readonly [string, string] {
    return tup(osPath.dirname(p), osPath.basename(p));
  },
  splitext(p: string): readonly [string, string] {
    const sepIndex = p.lastIndexOf("/");
    const dotIndex = p.lastIndexOf(".");
    if (dotIndex > sepIndex) {
      for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== ".") return tup(p.slice(0, dotIndex), p.slice(dotIndex));
    }
    return tup(p, "");
  },
  normpath,
  abspath(p: string): string {
    return normpath(posixJoin(process.cwd(), p));
  },
  isabs(p: string): boolean {
    return p.startsWith("/");
  },
  exists(p: string): boolean {
    return existsSync(p);
  },
  isfile(p: string): boolean {
    try {
      return statSync(p).isFile();
    } catch {
      return false;
    }
  },
  isdir(p: string): boolean {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  getsize(p: string): number {
    return statSync(p).size;
  },
  expanduser(p: string): string {
    return p === "~" || p.startsWith("~/") ? nodeOs.homedir() + p.slice(1) : p;
  },
  relpath(p: string, start: string = process.cwd()): string {
    return nodePath.posix.relative(osPath.abspath(start), osPath.abspath(p)) || ".";
  },
};
