/**
 * The runtime entry point re-exports every module without ambiguity: the
 * names generated code imports from `tsyncio/runtime` are all there.
 */
import { describe, expect, it } from "vitest";
import * as rt from "../../src/runtime/index.js";

describe("runtime index", () => {
  it("exports the builtins, methods, json and stdlib names", () => {
    const names = [
      "len", "range", "enumerate", "zip", "sorted", "reversed", "sum", "min", "max", "any", "all",
      "list", "dict", "set", "frozenset", "iter", "next", "isinstance", "issubclass", "typeName", "type",
      "eq", "compare", "contains", "getitem", "setitem", "delitem", "slice", "setslice", "delslice", "hash", "id",
      "getattr", "setattr", "hasattr", "input", "map", "filter", "anext", "aiter", "ord", "chr", "object", "NoneType",
      "callMethod", "strSplit", "listPop", "dictGet", "setUnion",
      "json", "time", "math", "itertools", "random", "string", "os",
      "str", "repr", "tuple", "int", "float", "bool", "callable", "format", "strFormat",
    ];
    for (const n of names) expect(rt, n).toHaveProperty(n);
  });

  it("time has both the clocks and the calendar functions", () => {
    expect(typeof rt.time.sleep).toBe("function");
    expect(typeof rt.time.monotonic).toBe("function");
    expect(typeof rt.time.strftime).toBe("function");
    expect(typeof rt.time.localtime).toBe("function");
  });

  it("the builtin type markers are recognised by isinstance and repr", () => {
    expect(rt.isinstance([], rt.list)).toBe(true);
    expect(rt.isinstance(rt.tuple(1), rt.tuple)).toBe(true);
    expect(rt.isinstance(new Map(), rt.dict)).toBe(true);
    expect(rt.repr(rt.list)).toBe("<class 'list'>");
    expect(rt.repr(rt.range(1, 4))).toBe("range(1, 4)");
    expect(rt.repr(rt.frozenset([1]))).toBe("frozenset({1})");
  });
});
