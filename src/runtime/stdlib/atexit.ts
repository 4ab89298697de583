/**
 * Python's `atexit`: callbacks run last-registered first when the program
 * ends — normally (Node's event loop runs dry, after asyncio.run), through
 * sys.exit, or after an uncaught exception's traceback — but not at
 * os._exit. A callback that raises is reported on stderr, as CPython does,
 * and the others still run.
 */
import { callKw } from "../calls.js";
import { toPyException } from "../exceptions.js";
import { setExitHook } from "../exit-hooks.js";
import { Kwargs } from "../kwargs.js";
import { formatTraceback } from "../tracebacks.js";
import { repr } from "../repr.js";

type Entry = { func: (...a: any[]) => any; args: any[]; keywords: [string, any][] };

let callbacks: Entry[] = [];

function runAll(): void {
  while (callbacks.length > 0) {
    const { func, args, keywords } = callbacks.pop()!;
    try {
      callKw(func, args, keywords);
    } catch (err) {
      process.stderr.write(`Exception ignored in atexit callback: ${repr(func)}\n${formatTraceback(toPyException(err))}`);
    }
  }
}

function isKeywords(x: unknown): x is Record<string, unknown> | Kwargs {
  return x instanceof Kwargs || (x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype);
}

export const atexit = {
  /** `register(func, *args, **kwargs)`: returns func, so it also works as a decorator. */
  register<F extends (...a: any[]) => any>(func: F, ...args: any[]): F {
    const last = args[args.length - 1];
    const keywords: [string, any][] = isKeywords(last) ? (args.pop(), last instanceof Kwargs ? [...last] : Object.entries(last)) : [];
    callbacks.push({ func, args, keywords });
    setExitHook(runAll);
    return func;
  },
  /** Removes every registration of func (compared with ==, as CPython does). */
  unregister(func: unknown): void {
    callbacks = callbacks.filter((c) => c.func !== func);
  },
  _run_exitfuncs: runAll,
  _clear(): void {
    callbacks = [];
  },
  _ncallbacks: (): number => callbacks.length,
};
