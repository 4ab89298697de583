/**
 * tsyncio/runtime: the Python behaviour that translated programs import.
 *
 * Importing it installs Python's way of ending a program (a traceback on
 * stderr and status 1 for an uncaught exception, SystemExit's status), so a
 * translation needs no setup code of its own.
 *
 * NOTE for parallel helpers: of the two "core-a" helpers, this file is kept by
 * the one keeping repr.ts, exceptions.ts, time.ts and index.ts (tests:
 * test/runtime/core-repr*, core-exceptions*, core-time*). Edit in place.
 */
import { installPythonExit } from "./main.js";

export * from "./exceptions.js";
export * from "./repr.js";
export * from "./format.js";
export * from "./numbers.js";
export * from "./builtins.js";
export * from "./methods.js";
export * from "./dict-views.js";
export * from "./sets/pyset.js";
export * from "./sets/ops.js";
export * from "./operators.js";
export * from "./kwargs.js";
export * from "./calls.js";
export * from "./decorators.js";
export { callPartialMethod, partialMethodOf, selfFirst } from "./stdlib/partialmethod.js";
export * from "./dunders.js";
export * from "./generators.js";
export * from "./json.js";
export * from "./bytes/index.js";
export * from "./intbits.js";
export * from "./stdlib/index.js";
export { unboundMethod } from "./unbound-method.js";
export * from "./time.js";
export * from "./main.js";
export * from "./contextlib.js";
export * from "./dataclasses.js";
export * from "./entry.js";
export * from "./inheritance.js";
// builtins.ts and operators.ts both define slice assignment; one must win.
export { setslice, delslice } from "./builtins.js";
// stdlib/time.ts's `time` is time.ts's clocks plus localtime/strftime/...; it wins.
export { time } from "./stdlib/time.js";
// stdlib/sys.ts's `sys` is main.ts's plus flags, float_info, exc_info...; it wins.
export { sys } from "./stdlib/sys.js";

// A test runner owns its process: exiting from its workers on a stray error
// would hide the failure it is about to report.
if (!process.env.VITEST) installPythonExit();

// The asyncio runtime: the `asyncio` namespace plus coro, Task, Future and its errors.
export * from "./asyncio/index.js";
export { localQualname, registerPicklable } from "./procs/registry.js";
export { intAdd, intSub, intMul } from "./bigints.js";
