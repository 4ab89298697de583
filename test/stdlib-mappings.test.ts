/**
 * The standard-library mechanism: every mapped module's names, as typeshed
 * lists them, are either implemented (a mapping row whose runtime export
 * exists) or reported as TSY1101 where a program uses them. Nothing may
 * translate silently into a run-time "is not a function".
 */
import { describe, expect, it } from "vitest";
import { transpile } from "../src/index.js";
import { MODULES } from "../src/mappings/tables.js";
import { moduleStub, starNames } from "../src/mappings/typeshed.js";
import * as runtime from "../src/runtime/index.js";

const mapped = Object.entries(MODULES).filter(([, spec]) => spec.runtime && !spec.erase);

describe("standard-library mappings", () => {
  it("every mapped module has typeshed data", () => {
    expect(mapped.filter(([m]) => !moduleStub(m)).map(([m]) => m)).toEqual([]);
  });

  for (const [module, spec] of mapped) {
    describe(module, () => {
      const stub = moduleStub(module)!;
      const rows = spec.names ?? {};

      it("implements each mapped name in the runtime, and maps only names the stub has", () => {
        const exported = spec.runtime!.split(".").reduce<any>((o, k) => o?.[k], runtime);
        expect(exported, `runtime export '${spec.runtime}'`).toBeTruthy();
        const notInStub = Object.keys(rows).filter((n) => !(n in stub.names));
        const notInRuntime = Object.entries(rows).filter(([n, row]) => !row.transform && !(n in exported)).map(([n]) => n);
        expect({ notInStub, notInRuntime }).toEqual({ notInStub: [], notInRuntime: [] });
      });

      it("reports every public name it does not implement (TSY1101 at the use)", async () => {
        const missing = Object.keys(stub.names).filter((n) => !(n in rows) && stub.names[n]!.kind !== "module");
        const src = [`import ${module}`, ...missing.map((n) => `print(${module}.${n})`)].join("\n") + "\n";
        const r = await transpile(src, { file: "t.py", format: false });
        const reported = new Set(r.diagnostics.filter((d) => d.code === "TSY1101" && d.severity === "error").map((d) => d.line));
        const silent = missing.filter((_, i) => !reported.has(i + 2));
        expect(silent).toEqual([]);
        expect(r.code.match(/TODO\(tsyncio\)/g)?.length ?? 0).toBe(missing.length);
      });

      it("binds every name of `from m import *`", async () => {
        const names = starNames(stub);
        const used = names.find((n) => n in rows && !rows[n]!.transform);
        const r = await transpile(`from ${module} import *\n${used ? `x = ${used}\n` : ""}`, { file: "t.py", format: false });
        expect(r.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        if (used) expect(r.code).toContain(`.${used}`);
      });
    });
  }
});

describe("calls of standard functions", () => {
  const translate = async (src: string) => transpile(src, { file: "t.py", format: false });

  it("bind keywords by typeshed's signature, with no TSY1200", async () => {
    const r = await translate("import math, itertools\nprint(itertools.count(step=2), math.isclose(1.0, 1.0, rel_tol=0.5))\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.code).toContain("itertools.count(undefined, 2)");
    // The float literals may carry their run-time float mark (flt); the keyword must land in the options object.
    expect(r.code).toMatch(/math\.isclose\((flt\()?1\.0\)?, (flt\()?1\.0\)?, \{ "?rel_tol"?: 0\.5 \}\)/);
  });

  it("give a `-> float` result its float type", async () => {
    const r = await translate("import math\nprint(math.sqrt(9))\n");
    // The result is marked as a float at run time, so an integral result prints as 3.0.
    expect(r.code).toMatch(/flt\(math\.sqrt\(9\)\)/);
  });

  it("report a keyword Python would reject", async () => {
    const r = await translate("import itertools\nprint(itertools.count(stp=2))\n");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["TSY1201"]);
    expect(r.code).toContain("raiseTypeError");
  });

  it("refuse sys.getsizeof of a list, dict or set at translation time, and answer for sized values", async () => {
    const r = await translate("import sys\nxs = [1, 2]\nd = {'a': 1}\nprint(sys.getsizeof(xs), sys.getsizeof(d), sys.getsizeof({3}))\nprint(sys.getsizeof([]), sys.getsizeof((1, 2)), sys.getsizeof(b'ab'), sys.getsizeof(7))\ndef f(v):\n    return sys.getsizeof(v)\n");
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.severity])).toEqual([
      ["TSY1101", 4, 7, "error"],
      ["TSY1101", 4, 26, "error"],
      ["TSY1101", 4, 44, "error"],
      ["TSY1100", 7, 12, "warning"],
    ]);
    expect(r.diagnostics[0]!.message).toContain("over-allocated");
    expect(r.code.match(/TODO\(tsyncio\)/g)?.length).toBe(3);
  });

  it("report an unimplemented name at its import", async () => {
    const r = await translate("from math import sqrt, nosuchname\n");
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([["TSY1101", 1, 24, "module 'math' has no attribute 'nosuchname'"]]);
  });

  it("report a typing name used as a value, and keep it in annotations and cast", async () => {
    const r = await translate("import typing\nfrom typing import Dict, List\nx: List[int] = typing.cast(List[int], [])\na = typing.List\nb = Dict\n");
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["TSY1101", 4, 5], ["TSY1101", 5, 5]]);
    expect(r.code.match(/TODO\(tsyncio\)/g)?.length).toBe(2);
  });

  it("report enum's functional API, and keep enum classes and their lookups", async () => {
    const r = await translate('import enum\nfrom enum import Enum\nclass C(enum.Enum):\n    A = 1\nprint(C(1), C["A"])\nK = enum.IntEnum("K", ["X"])\nE = Enum("E", "A B")\n');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column, d.severity])).toEqual([["TSY1101", 6, 5, "error"], ["TSY1101", 7, 5, "error"]]);
    expect(r.code.match(/TODO\(tsyncio\)/g)?.length).toBe(2);
  });
});
