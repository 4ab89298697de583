/**
 * Exception classes against CPython 3.11. Expected strings come from python3
 * (see the Python expression next to each).
 */
import { describe, expect, it } from "vitest";
import {
  AttributeError,
  BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  KeyboardInterrupt,
  NameError,
  RecursionError,
  RuntimeError,
  StopIteration,
  SystemExit,
  TypeError,
  ValueError,
  toPyException,
} from "../../src/runtime/exceptions.js";
import { repr, str } from "../../src/runtime/repr.js";

function sample(): ExceptionGroup {
  // ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)])])
  return new ExceptionGroup("m", [new ValueError(1), new ExceptionGroup("n", [new TypeError(2), new ValueError(3)])]);
}

describe("ExceptionGroup", () => {
  it("is an Exception and a BaseExceptionGroup", () => {
    const eg = sample();
    // isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), isinstance(eg, ExceptionGroup) -> True True True
    expect(eg instanceof Exception).toBe(true);
    expect(eg instanceof BaseExceptionGroup).toBe(true);
    expect(eg instanceof ExceptionGroup).toBe(true);
    expect(eg instanceof BaseException).toBe(true);
    // isinstance(BaseExceptionGroup('b', [KeyboardInterrupt()]), Exception) -> False
    expect(new BaseExceptionGroup("b", [new KeyboardInterrupt()]) instanceof Exception).toBe(false);
    expect(new ValueError("x") instanceof BaseExceptionGroup).toBe(false);
  });

  it("BaseExceptionGroup of Exceptions is an ExceptionGroup", () => {
    // type(BaseExceptionGroup('b', [ValueError()])).__name__ -> 'ExceptionGroup'
    expect(new BaseExceptionGroup("b", [new ValueError()])).toBeInstanceOf(ExceptionGroup);
    // repr(BaseExceptionGroup('b', [KeyboardInterrupt()]))
    expect(repr(new BaseExceptionGroup("b", [new KeyboardInterrupt()]))).toBe("BaseExceptionGroup('b', [KeyboardInterrupt()])");
  });

  it("str, message and exceptions", () => {
    const eg = sample();
    expect(str(eg)).toBe("m (2 sub-exceptions)");
    expect(eg.message).toBe("m");
    // repr(eg.exceptions)
    expect(repr(eg.exceptions)).toBe("(ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)]))");
  });

  it("split by class", () => {
    const [match, rest] = sample().split(ValueError);
    // eg.split(ValueError)
    expect(repr(match)).toBe("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])");
    expect(repr(rest)).toBe("ExceptionGroup('m', [ExceptionGroup('n', [TypeError(2)])])");
  });

  it("split by predicate, as except* does", () => {
    const [match, rest] = sample().split((e) => e instanceof TypeError);
    // eg.split(lambda e: isinstance(e, TypeError))
    expect(repr(match)).toBe("ExceptionGroup('m', [ExceptionGroup('n', [TypeError(2)])])");
    expect(repr(rest)).toBe("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [ValueError(3)])])");
  });

  it("split by a tuple of classes, and a whole-group match", () => {
    const eg = sample();
    const [match, rest] = eg.split([TypeError, ValueError]);
    expect(repr(match)).toBe("ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)])])");
    expect(rest).toBeNull();
    // eg.split(Exception)[1] -> None
    expect(eg.split(Exception)[1]).toBeNull();
  });

  it("subgroup", () => {
    // eg.subgroup(TypeError), eg.subgroup(KeyError)
    expect(repr(sample().subgroup(TypeError))).toBe("ExceptionGroup('m', [ExceptionGroup('n', [TypeError(2)])])");
    expect(sample().subgroup(RecursionError)).toBeNull();
  });

  it("wrapping a BaseException for except* gives a BaseExceptionGroup", () => {
    const g: BaseExceptionGroup = new ExceptionGroup("", [new KeyboardInterrupt()]);
    expect(g instanceof BaseExceptionGroup).toBe(true);
    expect(g instanceof Exception).toBe(false);
  });
});

describe("exception attributes", () => {
  it("StopIteration.value and SystemExit.code", () => {
    // StopIteration(42).value, StopIteration().value -> 42 None
    expect(new StopIteration(42).value).toBe(42);
    expect(new StopIteration().value).toBeNull();
    // SystemExit().code, SystemExit(3).code, SystemExit(1, 2).code -> None 3 (1, 2)
    expect(new SystemExit().code).toBeNull();
    expect(new SystemExit(3).code).toBe(3);
    expect(repr(new SystemExit(1, 2).code)).toBe("(1, 2)");
  });

  it("raise X from Y / from None", () => {
    const cause = new ValueError("x");
    const e = new RuntimeError("y").withCause(cause);
    expect(e.__cause__).toBe(cause);
    expect(e.__suppress_context__).toBe(true);
    const none = new RuntimeError("y").withCause(null);
    expect(none.__cause__).toBeNull();
    expect(none.__suppress_context__).toBe(true);
  });

  it("subclasses may assign message and name, and __str__ sees late fields", () => {
    class ConfigError extends Exception {
      key: string;
      constructor(key: string, message: string) {
        super(message);
        this.key = key;
        this.message = message;
        this.name = key;
      }
    }
    const e = new ConfigError("port", "bad port");
    expect(e.message).toBe("bad port");
    expect(e.name).toBe("port");
    class Late extends Exception {
      seconds: number;
      constructor(seconds: number) {
        super(seconds);
        this.seconds = seconds;
      }
      override __str__() {
        return `timed out after ${this.seconds}s`;
      }
    }
    expect(str(new Late(2.5))).toBe("timed out after 2.5s");
    expect(new Late(2.5).message).toBe("timed out after 2.5s");
  });
});

describe("toPyException", () => {
  it("keeps Python exceptions as they are", () => {
    const e = new ValueError("v");
    expect(toPyException(e)).toBe(e);
  });

  it("maps JavaScript errors to what CPython would raise", () => {
    let caught: unknown;
    try {
      (null as unknown as { foo: number }).foo;
    } catch (err) {
      caught = err;
    }
    const attr = toPyException(caught);
    expect(attr).toBeInstanceOf(AttributeError);
    expect(str(attr)).toBe("'NoneType' object has no attribute 'foo'");
    expect(toPyException(caught)).toBe(attr);

    const deep = (n: number): number => deep(n + 1) + 1;
    try {
      deep(0);
    } catch (err) {
      caught = err;
    }
    const rec = toPyException(caught);
    expect(rec).toBeInstanceOf(RecursionError);
    expect(str(rec)).toBe("maximum recursion depth exceeded");

    expect(toPyException(new globalThis.TypeError("x is not a function"))).toBeInstanceOf(TypeError);
    expect(toPyException(new globalThis.ReferenceError("y is not defined"))).toBeInstanceOf(NameError);
    const plain = toPyException(new Error("boom"));
    expect(plain.constructor).toBe(Exception);
    expect(str(plain)).toBe("boom");
  });
});
