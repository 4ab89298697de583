/**
 * Tracebacks and exit statuses for uncaught exceptions (main.ts). The layout
 * follows CPython 3.11's traceback output; file and line are not known after
 * translation, so the frame line is a fixed placeholder.
 */
import { describe, expect, it } from "vitest";
import { Exception, ExceptionGroup, KeyError, SystemExit, TypeError, ValueError } from "../../src/runtime/exceptions.js";
import { formatExceptionOnly, formatTraceback, systemExitStatus, sys } from "../../src/runtime/main.js";

const FRAME = '  File "<translated>", line ?, in <module>';

describe("formatTraceback", () => {
  it("ends with `ClassName: message`", () => {
    expect(formatTraceback(new ValueError("bad"))).toBe(`Traceback (most recent call last):\n${FRAME}\nValueError: bad\n`);
  });

  it("shows only the class when str() is empty, and quotes KeyError", () => {
    class E extends Exception {}
    expect(formatExceptionOnly(new E(""))).toEqual(["E"]);
    expect(formatExceptionOnly(new KeyError("k"))).toEqual(["KeyError: 'k'"]);
  });

  it("prints the cause chain first", () => {
    const e = new KeyError("k").withCause(new ValueError("v"));
    expect(formatTraceback(e)).toBe(
      `Traceback (most recent call last):\n${FRAME}\nValueError: v\n\nThe above exception was the direct cause of the following exception:\n\n` +
        `Traceback (most recent call last):\n${FRAME}\nKeyError: 'k'\n`,
    );
  });

  it("prints notes after the message", () => {
    const e = new ValueError("x");
    e.add_note("note one");
    expect(formatExceptionOnly(e)).toEqual(["ValueError: x", "note one"]);
  });

  it("draws exception groups like CPython", () => {
    class MyErr extends Exception {}
    const eg = new ExceptionGroup("outer", [new ValueError("a"), new ExceptionGroup("inner", [new TypeError("b")]), new MyErr()]);
    expect(formatTraceback(eg)).toBe(
      [
        "  + Exception Group Traceback (most recent call last):",
        `  | ${FRAME}`,
        "  | ExceptionGroup: outer (3 sub-exceptions)",
        "  +-+---------------- 1 ----------------",
        "    | ValueError: a",
        "    +---------------- 2 ----------------",
        "    | ExceptionGroup: inner (1 sub-exception)",
        "    +-+---------------- 1 ----------------",
        "      | TypeError: b",
        "      +------------------------------------",
        "    +---------------- 3 ----------------",
        "    | MyErr",
        "    +------------------------------------",
        "",
      ].join("\n"),
    );
  });

  it("shows JavaScript errors as the Python exception they map to", () => {
    expect(formatTraceback(new Error("boom")).endsWith("\nException: boom\n")).toBe(true);
  });
});

describe("SystemExit", () => {
  it("exit statuses follow CPython", () => {
    expect(systemExitStatus(null)).toEqual({ status: 0, message: null });
    expect(systemExitStatus(3)).toEqual({ status: 3, message: null });
    expect(systemExitStatus(true)).toEqual({ status: 1, message: null });
    expect(systemExitStatus("bye")).toEqual({ status: 1, message: "bye" });
  });

  it("sys.exit raises SystemExit", () => {
    expect(() => sys.exit(2)).toThrow(SystemExit);
    try {
      sys.exit();
    } catch (e) {
      expect((e as SystemExit).code).toBeNull();
    }
  });
});

describe("sys", () => {
  it("has the usual attributes", () => {
    expect(sys.argv[0]).toBeTypeOf("string");
    expect([...sys.version_info]).toEqual([3, 11, 0]);
    expect(sys.version_info.major).toBe(3);
    expect(Object.isFrozen(sys.version_info)).toBe(true);
    expect(sys.maxsize).toBe(2 ** 63 - 1);
    expect(typeof sys.platform).toBe("string");
  });
});
