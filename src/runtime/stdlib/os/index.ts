/**
 * A minimal `os`: environment, paths, cwd.
 */
import { readdirSync } from "node:fs";
import * as nodeOs from "node:os";
import { TypeError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { osPath } from "./path.js";

/** `os.environ`: a dict that writes through to the process environment. */
class Environ extends Map<string, string> {
  constructor() {
    super();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) super.set(k, v);
  }
  override set(k: string, v: string): this {
    if (typeof k !== "string" || typeof v !== "string") throw new TypeError(`str expected, not ${typeName(typeof k !== "string" ? k : v)}`);
    process.env[k] = v;
    return super.set(k, v);
  }
  override delete(k: string): boolean {
    delete process.env[k];
    return super.delete(k);
  }
}


/** A minimal `os`: environment, paths, cwd. */
export const os = {
  name: "posix",
  sep: "/",
  linesep: "\n",
  environ: new Environ() as Map<string, string>,
  path: osPath,
  /** `os.getenv(key, default=None)` */
  getenv<D = null>(key: string, dflt?: D): string | D | null {
    const v = process.env[key];
    return v === undefined ? (dflt === undefined ? null : dflt) : v;
  },
  getcwd(): string {
    return process.cwd();
  },
  getpid(): number {
    return process.pid;
  },
  cpu_count(): number {
    return nodeOs.cpus().length;
  },
  listdir(p: string = "."): string[] {
    return readdirSync(p);
  },
};
