/**
 * Every diagnostic tsyncio can report. Codes are stable: tools and users
 * match on them, and the README lists them. Add new codes at the end of a
 * range, never renumber.
 */
export const DIAGNOSTIC_CODES = {
  TSY1001: "syntax error in the Python source",
  TSY1002: "the input is not UTF-8 text",
  TSY1003: "the input is empty",
  TSY1004: "the input nests too deeply to translate",
  TSY1100: "Python construct that tsyncio cannot translate faithfully",
  TSY1101: "call to a Python module function tsyncio has no mapping for",
  TSY1102: "import of a module tsyncio has no mapping for",
  TSY1200: "keyword arguments to a callee whose signature is unknown",
  TSY1201: "keyword argument that matches no parameter of the callee",
  TSY1300: "coroutine is created but never awaited",
  TSY1301: "blocking call inside a coroutine",
  TSY1302: "a function that blocks a thread (translated async) used where it would be called as a regular function",
  TSY1303: "a loop waits for another thread without a blocking call (cooperative threads would never switch)",
  TSY1304: "shared state read and written back across a blocking call without a lock (the result depends on timing)",
  TSY1900: "internal error: tsyncio failed on this input (a bug; nothing is written)",
  TSY2001: "cannot read the input file",
  TSY2002: "cannot write the output file",
} as const;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
