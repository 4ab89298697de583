/**
 * A V8 code cache for the large CommonJS files the CLI loads: the TypeScript
 * compiler inside ts-morph alone is 12 MB of JavaScript that Node would
 * otherwise compile again on every start, most of a cold `convert`.
 *
 * Node 22 has this built in (module.enableCompileCache); on Node 20 the
 * CommonJS loader's compile step is wrapped: a large file is compiled with
 * V8 cached data when there is some, and new cached data (which then also
 * holds the functions the run compiled) is written when the process exits.
 * Entries are keyed by path, size, modification time and Node version, and
 * live under $XDG_CACHE_HOME/tsyncio (or ~/.cache/tsyncio); any failure to
 * read or write them only means starting without the cache.
 * TSYNCIO_NO_COMPILE_CACHE=1 turns it off.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { writeFileAtomic } from "../fs/write-atomic.js";

/** Files smaller than this compile faster than their cache entry is found and read. */
const MIN_SIZE = 64 * 1024;

interface CjsModule {
  exports: unknown;
  _compile(content: string, filename: string, format?: string): unknown;
}
type Wrapper = (this: unknown, exports: unknown, require: NodeJS.Require, module: CjsModule, filename: string, dirname: string) => unknown;

function cacheDir(): string | undefined {
  const base = process.env["XDG_CACHE_HOME"] || (homedir() ? join(homedir(), ".cache") : "");
  return base ? join(base, "tsyncio", `v8-${process.version}-${process.arch}`) : undefined;
}

/** Set in the environment once the cache is on, so that migrate's worker threads (which inherit it) turn it on too. */
export const CACHE_ON_ENV = "TSYNCIO_COMPILE_CACHE_ON";

let enabled = false;

export function enableCompileCache(): void {
  if (enabled || process.env["TSYNCIO_NO_COMPILE_CACHE"]) return;
  const dir = cacheDir();
  if (!dir) return;
  enabled = true;
  process.env[CACHE_ON_ENV] = "1";
  const builtin = (Module as unknown as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (builtin) {
    builtin(dir);
    return;
  }
  const proto = (Module as unknown as { prototype: CjsModule }).prototype;
  const compile = proto._compile;
  const pending: { file: string; script: vm.Script }[] = [];

  proto._compile = function (this: CjsModule, content: string, filename: string, format?: string): unknown {
    // Newer Node passes a format: ES module syntax loaded by require is left to
    // Node, and so is a leading #! line, which is only valid at the very start.
    if (content.length < MIN_SIZE || (format !== undefined && format !== "commonjs") || content.startsWith("#!")) {
      return compile.call(this, content, filename, format);
    }
    let file: string;
    try {
      const st = statSync(filename);
      file = join(dir, createHash("sha1").update(`${filename}\0${st.size}\0${st.mtimeMs}`).digest("hex"));
    } catch {
      return compile.call(this, content, filename, format);
    }
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // Not cached yet.
    }
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as Wrapper;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };

  flushPending = () => {
    const entries = pending.splice(0);
    try {
      for (const { file, script } of entries) writeFileAtomic(file, script.createCachedData());
    } catch {
      // A read-only or full disk: start without the cache next time too.
    }
  };
  process.once("exit", flushCompileCache);
}

let flushPending: (() => void) | null = null;

/**
 * Writes the cache entries still missing; the cached data then also holds the
 * functions compiled so far. Done at process exit, and by a worker thread
 * after its first file, since a thread that is terminated sees no exit event.
 */
export function flushCompileCache(): void {
  flushPending?.();
}
