/**
 * Starting a child process as Python's subprocess machinery does, shared by
 * `asyncio.create_subprocess_exec/_shell` and the `subprocess` module:
 * PIPE / DEVNULL / STDOUT / None / a file descriptor for each standard
 * stream, `cwd=`, `env=`, and CPython's errors for a missing program or
 * directory (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`).
 */
import { accessSync, constants as fsConstants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import type { StdioOptions } from "node:child_process";
import { NotImplementedError, TypeError, ValueError } from "../../exceptions.js";
import { osError } from "../../stdlib/os/errors.js";
import { str } from "../../repr.js";

export const PIPE = -1;
export const STDOUT = -2;
export const DEVNULL = -3;

export interface SpawnPlan {
  file: string;
  args: string[];
  stdio: StdioOptions;
  cwd: string | undefined;
  env: NodeJS.ProcessEnv | undefined;
  /** What `args` Python reports (`CalledProcessError.cmd`, `proc.args`). */
  pyArgs: unknown;
}

function fsPath(x: unknown): string {
  if (typeof x === "string") return x;
  if (x instanceof Uint8Array) return Buffer.from(x).toString("utf8");
  if (x !== null && typeof x === "object" && typeof (x as { __fspath__?: unknown }).__fspath__ === "function") return String((x as { __fspath__(): unknown }).__fspath__());
  if (typeof x === "number") throw new TypeError("expected str, bytes or os.PathLike object, not int");
  return str(x);
}

function stdioOf(v: unknown, which: number): "pipe" | "ignore" | "inherit" | number {
  if (v === null || v === undefined) return "inherit";
  if (v === PIPE) return "pipe";
  if (v === DEVNULL) return "ignore";
  if (v === STDOUT) {
    if (which !== 2) throw new ValueError("STDOUT can only be used for stderr");
    return "pipe";
  }
  if (typeof v === "number" && v >= 0) return v;
  const fd = (v as { fileno?: () => unknown } | null)?.fileno;
  if (typeof fd === "function") return Number(fd.call(v));
  throw new TypeError(`bad value for std${["in", "out", "err"][which]}: ${str(v)}`);
}

/** The program's path as execvp would find it, or null. */
export function which(program: string, env: NodeJS.ProcessEnv | undefined): string | null {
  const canRun = (p: string) => {
    try {
      accessSync(p, fsConstants.X_OK);
      return statSync(p).isFile();
    } catch {
      return false;
    }
  };
  if (program.includes("/")) return canRun(program) ? program : null;
  const path = (env ?? process.env).PATH ?? "/usr/local/bin:/usr/bin:/bin";
  for (const dir of path.split(delimiter)) {
    const full = join(dir || ".", program);
    if (canRun(full)) return full;
  }
  return null;
}

function envOf(env: unknown): NodeJS.ProcessEnv | undefined {
  if (env === null || env === undefined) return undefined;
  const out: NodeJS.ProcessEnv = {};
  const entries = env instanceof Map ? [...env.entries()] : Object.entries(env as object);
  for (const [k, v] of entries) out[fsPath(k)] = fsPath(v);
  return out;
}

/** Options that change nothing tsyncio must reproduce, or that it honours itself. */
const HANDLED = new Set([
  "stdin", "stdout", "stderr", "cwd", "env", "executable", "limit", "close_fds", "bufsize", "start_new_session", "shell",
  "input", "capture_output", "check", "text", "universal_newlines", "encoding", "errors", "timeout",
]);

/** Refuses an option whose effect (preexec_fn=, user=, pass_fds=, ...) would otherwise be silently lost. */
export function checkSpawnOptions(api: string, options: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(options)) {
    if (HANDLED.has(k) || v === null || v === undefined || v === false) continue;
    throw new NotImplementedError(`tsyncio: ${api}(${k}=...) is not supported`);
  }
}

export interface StdSpec {
  stdin?: unknown;
  stdout?: unknown;
  stderr?: unknown;
  cwd?: unknown;
  env?: unknown;
  executable?: unknown;
  start_new_session?: unknown;
}

/**
 * Works out what to spawn; raises what CPython's fork/exec raises before
 * anything starts (a missing cwd or program). stderr=STDOUT joins the two
 * streams at the file-descriptor level through `sh` (`2>&1`), so their
 * interleaving is the child's own, as with CPython's dup2.
 */
export function plan(argv: unknown[], shell: boolean, spec: StdSpec): SpawnPlan {
  const env = envOf(spec.env);
  const cwd = spec.cwd === null || spec.cwd === undefined ? undefined : fsPath(spec.cwd);
  const stdio: ("pipe" | "ignore" | "inherit" | number)[] = [stdioOf(spec.stdin, 0), stdioOf(spec.stdout, 1), stdioOf(spec.stderr, 2)];
  const merge = spec.stderr === STDOUT;
  if (merge) stdio[2] = "inherit";
  if (cwd !== undefined) {
    let isDir = false;
    try {
      isDir = statSync(cwd).isDirectory();
    } catch {
      throw osError("ENOENT", cwd);
    }
    if (!isDir) throw osError("ENOTDIR", cwd);
  }
  if (shell) {
    const cmd = argv.map(fsPath);
    const script = merge ? `exec 2>&1\n${cmd[0] ?? ""}` : (cmd[0] ?? "");
    return { file: "/bin/sh", args: ["-c", script, ...cmd.slice(1)], stdio, cwd, env, pyArgs: argv.length === 1 ? argv[0] : argv };
  }
  const args = argv.map(fsPath);
  if (args.length === 0) throw new ValueError("need at least one argument to spawn");
  const program = spec.executable === null || spec.executable === undefined ? args[0]! : fsPath(spec.executable);
  const found = which(program, env && cwd === undefined ? env : env ?? process.env);
  const resolved = found !== null && cwd !== undefined && !found.startsWith("/") ? join(process.cwd(), found) : found;
  if (resolved === null) {
    let exists = false;
    if (program.includes("/")) {
      try {
        statSync(program);
        exists = true;
      } catch {
        exists = false;
      }
    }
    throw osError(exists ? "EACCES" : "ENOENT", program);
  }
  if (merge) return { file: "/bin/sh", args: ["-c", 'exec 2>&1; exec "$0" "$@"', resolved, ...args.slice(1)], stdio, cwd, env, pyArgs: argv };
  return { file: resolved, args: args.slice(1), stdio, cwd, env, pyArgs: argv };
}
