/**
 * Python identifiers that cannot be TypeScript identifiers, and the Python
 * builtin names the runtime provides under the same name.
 */
const RESERVED = new Set(
  "arguments super break case catch const continue debugger default delete do enum eval export extends function implements instanceof interface let new package private protected public static switch this throw typeof var void with yield await null true false undefined Object Symbol Promise Map Set Array String Number Boolean Error Math JSON console process".split(" "),
);

export function safeName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

/**
 * A class member's name: any word may name a member in JavaScript, so only
 * the two names classes already own are renamed, as attribute access renames
 * them (`expressions.ts` safeAttr); `def default(self)` stays `default`.
 */
export function memberName(name: string): string {
  return name === "constructor" || name === "prototype" ? `${name}_` : name;
}

/** Builtin exception classes and type objects exported by the runtime. */
export const RUNTIME_BUILTIN_VALUES = new Set(
  (
    "BaseException Exception ArithmeticError ZeroDivisionError OverflowError AssertionError AttributeError LookupError IndexError KeyError NameError UnboundLocalError OSError FileNotFoundError TimeoutError ConnectionError RuntimeError NotImplementedError RecursionError StopIteration StopAsyncIteration TypeError ValueError UnicodeError GeneratorExit KeyboardInterrupt SystemExit BaseExceptionGroup ExceptionGroup " +
    "FloatingPointError BufferError EOFError ImportError ModuleNotFoundError MemoryError BlockingIOError ChildProcessError BrokenPipeError ConnectionAbortedError ConnectionRefusedError ConnectionResetError FileExistsError InterruptedError IsADirectoryError NotADirectoryError PermissionError ProcessLookupError ReferenceError SyntaxError IndentationError TabError SystemError UnicodeDecodeError UnicodeEncodeError Warning UserWarning DeprecationWarning PendingDeprecationWarning RuntimeWarning SyntaxWarning FutureWarning ResourceWarning EnvironmentError IOError " +
    "int float str bool list tuple dict set frozenset object type"
  ).split(" "),
);
