/**
 * Python's `signal` on Node's process signal events (Linux numbering).
 * `Signals` is an IntEnum as in CPython (`<Signals.SIGTERM: 15>`, str() is
 * the number); `signal.signal(sig, handler)` calls `handler(signum, None)`
 * from Node's event loop, between tasks, where CPython runs it between
 * bytecodes of the main thread.
 */
import { constants } from "node:os";
import { OSError, TypeError, ValueError } from "../exceptions.js";
import { enum_, IntEnum } from "./enum.js";

const NUMBERS = constants.signals as Record<string, number>;
const NAMES = ["SIGABRT", "SIGALRM", "SIGBUS", "SIGCHLD", "SIGCONT", "SIGFPE", "SIGHUP", "SIGILL", "SIGINT", "SIGIO", "SIGKILL", "SIGPIPE", "SIGPROF", "SIGPWR", "SIGQUIT", "SIGSEGV", "SIGSTKFLT", "SIGSTOP", "SIGSYS", "SIGTERM", "SIGTRAP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGUSR1", "SIGUSR2", "SIGVTALRM", "SIGWINCH", "SIGXCPU", "SIGXFSZ"];

class Signals extends IntEnum {}
for (const name of NAMES) if (NUMBERS[name] !== undefined) (Signals as unknown as Record<string, number>)[name] = NUMBERS[name]!;
Object.defineProperty(Signals, "__module__", { value: "signal", configurable: true, writable: true });
enum_.finalize(Signals);

class Handlers extends IntEnum {
  static SIG_DFL = 0;
  static SIG_IGN = 1;
}
Object.defineProperty(Handlers, "__module__", { value: "signal", configurable: true, writable: true });
enum_.finalize(Handlers);

const member = (name: string): Signals => (Signals as unknown as Record<string, Signals>)[name]!;
const SIG_DFL = (Handlers as unknown as Record<string, IntEnum>).SIG_DFL!;
const SIG_IGN = (Handlers as unknown as Record<string, IntEnum>).SIG_IGN!;

const DESCRIPTIONS: Record<string, string> = {
  SIGHUP: "Hangup", SIGINT: "Interrupt", SIGQUIT: "Quit", SIGILL: "Illegal instruction", SIGTRAP: "Trace/breakpoint trap",
  SIGABRT: "Aborted", SIGBUS: "Bus error", SIGFPE: "Floating point exception", SIGKILL: "Killed", SIGUSR1: "User defined signal 1",
  SIGSEGV: "Segmentation fault", SIGUSR2: "User defined signal 2", SIGPIPE: "Broken pipe", SIGALRM: "Alarm clock", SIGTERM: "Terminated",
  SIGCHLD: "Child exited", SIGCONT: "Continued", SIGSTOP: "Stopped (signal)", SIGTSTP: "Stopped", SIGWINCH: "Window changed",
};

/** The signal's name for a number or member; ValueError for an unknown one. */
function nameOf(sig: unknown): [number, NodeJS.Signals] {
  const n = Number((sig as { _value_?: unknown } | null)?._value_ ?? sig);
  if (!Number.isInteger(n)) throw new TypeError(`'${typeof sig}' object cannot be interpreted as an integer`);
  for (const name of NAMES) if (NUMBERS[name] === n) return [n, name as NodeJS.Signals];
  throw new ValueError("signal number out of range");
}

type Handler = ((signum: unknown, frame: unknown) => unknown) | IntEnum;
const handlers = new Map<number, { handler: Handler; listener: () => void }>();

function signal(signalnum: unknown, handler: Handler): unknown {
  const [n, name] = nameOf(signalnum);
  if (name === "SIGKILL" || name === "SIGSTOP") throw new OSError(22, "Invalid argument");
  const previous = handlers.get(n);
  if (previous) process.off(name, previous.listener);
  handlers.delete(n);
  if (handler !== SIG_DFL && (handler as unknown) !== 0) {
    const fn = typeof handler === "function" ? handler : null;
    if (fn === null && handler !== SIG_IGN && (handler as unknown) !== 1) throw new TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    const listener = () => {
      if (fn) fn(member(name), null);
    };
    process.on(name, listener);
    handlers.set(n, { handler, listener });
  }
  return previous ? previous.handler : SIG_DFL;
}

function getsignal(signalnum: unknown): unknown {
  const [n] = nameOf(signalnum);
  return handlers.get(n)?.handler ?? SIG_DFL;
}

function raise_signal(signalnum: unknown): null {
  const [, name] = nameOf(signalnum);
  process.kill(process.pid, name);
  return null;
}

function strsignal(signalnum: unknown): string | null {
  const [, name] = nameOf(signalnum);
  return DESCRIPTIONS[name] ?? null;
}

function valid_signals(): Set<Signals> {
  return new Set(NAMES.filter((n) => NUMBERS[n] !== undefined).map(member));
}

export const signal_ = {
  Signals,
  Handlers,
  SIG_DFL,
  SIG_IGN,
  NSIG: 65,
  signal,
  getsignal,
  raise_signal,
  strsignal,
  valid_signals,
  ...Object.fromEntries(NAMES.filter((n) => NUMBERS[n] !== undefined).map((n) => [n, member(n)])),
} as Record<string, any>;
