/**
 * What runs when a Python program ends (atexit's callbacks): main.ts calls
 * runExitHooks on the way out through SystemExit or an uncaught exception,
 * and the `beforeExit` listener installed here covers the ordinary end, when
 * Node's event loop runs dry; the `exit` listener any other end. Kept apart so atexit.ts and main.ts need not
 * import each other.
 */
let hook: (() => void) | null = null;
let ran = false;

/** Sets the one function to run at exit (atexit's), once. */
export function setExitHook(fn: () => void): void {
  if (hook === null) {
    process.once("beforeExit", runExitHooks);
    // Any other way out (process.exit, Node's own handling of an uncaught error where main.ts's is not installed).
    process.once("exit", runExitHooks);
  }
  hook = fn;
}

/** Runs the exit hook, at most once per program. */
export function runExitHooks(): void {
  if (ran || hook === null) return;
  ran = true;
  hook();
}

/** `os._exit`: the program ends without running atexit's callbacks. */
export function cancelExitHooks(): void {
  ran = true;
}
