/**
 * The exception hierarchy against CPython 3.11: the table's expected strings
 * were produced by evaluating the quoted Python expression with python3.
 */
import { describe, expect, it } from "vitest";
import {
  AttributeError,
  BaseException,
  BaseExceptionGroup,
  Exception,
  ExceptionGroup,
  FileNotFoundError,
  IndexError,
  JSONDecodeError,
  KeyError,
  KeyboardInterrupt,
  LookupError,
  NotImplementedError,
  OSError,
  RecursionError,
  RuntimeError,
  StopIteration,
  SystemExit,
  TimeoutError,
  TypeError,
  ValueError,
  ZeroDivisionError,
  toPyException,
} from "../../src/runtime/exceptions.js";
import { repr, str, tuple } from "../../src/runtime/repr.js";
import { typeName } from "../../src/runtime/builtins.js";

const CASES: [string, () => string, string][] = [
  ["str(KeyError('k'))", () => str(new KeyError('k')), "'k'"],
  ["repr(KeyError('k'))", () => repr(new KeyError('k')), "KeyError('k')"],
  ["str(KeyError())", () => str(new KeyError()), ""],
  ["repr(KeyError())", () => repr(new KeyError()), "KeyError()"],
  ["str(KeyError('a', 'b'))", () => str(new KeyError('a', 'b')), "('a', 'b')"],
  ["repr(KeyError('a', 'b'))", () => repr(new KeyError('a', 'b')), "KeyError('a', 'b')"],
  ["str(KeyError(1))", () => str(new KeyError(1)), "1"],
  ["str(KeyError((1, 2)))", () => str(new KeyError(tuple(1, 2))), "(1, 2)"],
  ["str(ValueError('bad'))", () => str(new ValueError('bad')), "bad"],
  ["repr(ValueError())", () => repr(new ValueError()), "ValueError()"],
  ["str(ValueError('two', 2))", () => str(new ValueError('two', 2)), "('two', 2)"],
  ["repr(ValueError('two', 2))", () => repr(new ValueError('two', 2)), "ValueError('two', 2)"],
  ["repr(Exception(\"it's\"))", () => repr(new Exception("it's")), "Exception(\"it's\")"],
  ["str(RuntimeError(''))", () => str(new RuntimeError('')), ""],
  ["repr(RuntimeError(''))", () => repr(new RuntimeError('')), "RuntimeError('')"],
  ["str(IndexError(3))", () => str(new IndexError(3)), "3"],
  ["str(TypeError(None))", () => str(new TypeError(null)), "None"],
  ["repr(StopIteration(42))", () => repr(new StopIteration(42)), "StopIteration(42)"],
  ["str(Exception((1,)))", () => str(new Exception(tuple(1))), "(1,)"],
  ["str(Exception([1, 'a']))", () => str(new Exception([1, 'a'])), "[1, 'a']"],
  ["repr(Exception(1.5))", () => repr(new Exception(1.5)), "Exception(1.5)"],
  ["str(TimeoutError())", () => str(new TimeoutError()), ""],
  ["repr(TimeoutError('slow'))", () => repr(new TimeoutError('slow')), "TimeoutError('slow')"],
  ["repr(NotImplementedError('todo'))", () => repr(new NotImplementedError('todo')), "NotImplementedError('todo')"],
  ["repr(ZeroDivisionError('division by zero'))", () => repr(new ZeroDivisionError('division by zero')), "ZeroDivisionError('division by zero')"],
  ["str(OSError(2, 'No such file'))", () => str(new OSError(2, 'No such file')), "[Errno 2] No such file"],
  ["str(FileNotFoundError(2, 'No such file or directory', 'x.txt'))", () => str(new FileNotFoundError(2, 'No such file or directory', 'x.txt')), "[Errno 2] No such file or directory: 'x.txt'"],
  ["str(OSError('just text'))", () => str(new OSError('just text')), "just text"],
  ["repr(SystemExit(1, 2))", () => repr(new SystemExit(1, 2)), "SystemExit(1, 2)"],
  ["str(ExceptionGroup('m', [ValueError(1), TypeError(2)]))", () => str(new ExceptionGroup('m', [new ValueError(1), new TypeError(2)])), "m (2 sub-exceptions)"],
  ["repr(ExceptionGroup('m', [ValueError(1), TypeError(2)]))", () => repr(new ExceptionGroup('m', [new ValueError(1), new TypeError(2)])), "ExceptionGroup('m', [ValueError(1), TypeError(2)])"],
  ["str(ExceptionGroup('one', [ValueError(1)]))", () => str(new ExceptionGroup('one', [new ValueError(1)])), "one (1 sub-exception)"],
  ["repr(BaseExceptionGroup('m', [KeyboardInterrupt()]))", () => repr(new BaseExceptionGroup('m', [new KeyboardInterrupt()])), "BaseExceptionGroup('m', [KeyboardInterrupt()])"],
  ["type(BaseExceptionGroup('m', [ValueError()])).__name__", () => typeName(new BaseExceptionGroup('m', [new ValueError()])), "ExceptionGroup"],
  ["type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__", () => typeName(new BaseExceptionGroup('m', [new KeyboardInterrupt()])), "BaseExceptionGroup"],
  ["repr(ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [TypeError(2), ValueError(3)])]).subgroup(ValueError))", () => repr(new ExceptionGroup('o', [new ValueError(1), new ExceptionGroup('i', [new TypeError(2), new ValueError(3)])]).subgroup(ValueError)), "ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [ValueError(3)])])"],
  ["repr(ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [TypeError(2), ValueError(3)])]).split(TypeError))", () => repr(new ExceptionGroup('o', [new ValueError(1), new ExceptionGroup('i', [new TypeError(2), new ValueError(3)])]).split(TypeError)), "(ExceptionGroup('o', [ExceptionGroup('i', [TypeError(2)])]), ExceptionGroup('o', [ValueError(1), ExceptionGroup('i', [ValueError(3)])]))"],
  ["repr(ExceptionGroup('m', [ValueError(1), TypeError(2)]).split(KeyError))", () => repr(new ExceptionGroup('m', [new ValueError(1), new TypeError(2)]).split(KeyError)), "(None, ExceptionGroup('m', [ValueError(1), TypeError(2)]))"],
  ["repr(ExceptionGroup('m', [ValueError(1), TypeError(2), KeyError(3)]).subgroup((TypeError, KeyError)))", () => repr(new ExceptionGroup('m', [new ValueError(1), new TypeError(2), new KeyError(3)]).subgroup(tuple(TypeError, KeyError))), "ExceptionGroup('m', [TypeError(2), KeyError(3)])"],
  ["repr(ExceptionGroup('m', [ValueError(1), ValueError(2)]).subgroup(lambda e: isinstance(e, ValueError) and e.args[0] == 2))", () => repr(new ExceptionGroup('m', [new ValueError(1), new ValueError(2)]).subgroup((e) => e instanceof ValueError && e.args[0] === 2)), "ExceptionGroup('m', [ValueError(2)])"],
  ["repr(BaseExceptionGroup('m', [ValueError(1), KeyboardInterrupt()]).split(ValueError))", () => repr(new BaseExceptionGroup('m', [new ValueError(1), new KeyboardInterrupt()]).split(ValueError)), "(ExceptionGroup('m', [ValueError(1)]), BaseExceptionGroup('m', [KeyboardInterrupt()]))"],
  ["str(json.JSONDecodeError('Expecting value', '', 0))", () => str(new JSONDecodeError('Expecting value', '', 0)), "Expecting value: line 1 column 1 (char 0)"],
  ["str(json.JSONDecodeError('Expecting value', 'ab\\ncd', 4))", () => str(new JSONDecodeError('Expecting value', 'ab\ncd', 4)), "Expecting value: line 2 column 2 (char 4)"],
];

describe("str/repr match CPython", () => {
  it.each(CASES)("%s", (_py, run, expected) => {
    expect(run()).toBe(expected);
  });
});

describe("hierarchy", () => {
  it("keeps Python's subclass relations", () => {
    expect(new KeyError("k")).toBeInstanceOf(LookupError);
    expect(new IndexError()).toBeInstanceOf(LookupError);
    expect(new TimeoutError()).toBeInstanceOf(OSError);
    expect(new FileNotFoundError()).toBeInstanceOf(OSError);
    expect(new NotImplementedError()).toBeInstanceOf(RuntimeError);
    expect(new ZeroDivisionError()).toBeInstanceOf(Exception);
    expect(new JSONDecodeError("x", "", 0)).toBeInstanceOf(ValueError);
    expect(new SystemExit() instanceof Exception).toBe(false);
    expect(new KeyboardInterrupt() instanceof Exception).toBe(false);
    expect(new SystemExit()).toBeInstanceOf(BaseException);
    expect(new ValueError()).toBeInstanceOf(Error);
  });

  it("has args, value and code like CPython", () => {
    expect(new ValueError("a", 1).args).toEqual(["a", 1]);
    expect(new StopIteration(42).value).toBe(42);
    expect(new StopIteration().value).toBe(null);
    expect(new SystemExit().code).toBe(null);
    expect(new SystemExit(3).code).toBe(3);
    expect(repr(new SystemExit(1, 2).code)).toBe("(1, 2)");
    expect(new OSError(2, "gone", "f").errno).toBe(2);
    expect(new OSError(2, "gone", "f").filename).toBe("f");
  });

  it("keeps JavaScript's name and message in step with Python's", () => {
    class InsufficientFunds extends Exception {
      account: string;
      constructor(account: string, needed: number) {
        super(`${account} is short by ${needed}`);
        this.account = account;
      }
    }
    const e = new InsufficientFunds("alice", 5);
    expect(e.name).toBe("InsufficientFunds");
    expect(e.message).toBe("alice is short by 5");
    expect(str(e)).toBe("alice is short by 5");
    expect(repr(e)).toBe("InsufficientFunds('alice is short by 5')");
    expect(String(new KeyError("k"))).toBe("'k'");
  });

  it("calls a subclass's __str__ only when asked, after its fields exist", () => {
    class Custom extends Exception {
      items: string[];
      constructor(items: string[]) {
        super();
        this.items = items;
      }
      override __str__(): string {
        return this.items.join("+");
      }
    }
    const e = new Custom(["a", "b"]);
    expect(e.message).toBe("a+b");
    expect(str([e])).toBe("[Custom()]");
  });

  it("records the exception being handled as __context__", () => {
    const handled = new KeyError("k");
    const e = new ValueError("v").withContext(handled);
    expect(e.__context__).toBe(handled);
    expect(e.__suppress_context__).toBe(false);
    // Raised again while handling another: CPython records the newer one.
    const first = new KeyError("first");
    expect(new ValueError().withContext(first).withContext(handled).__context__).toBe(handled);
    // A context chain never loops back to the exception being raised.
    const a = new ValueError("a");
    const b = new KeyError("b").withContext(a);
    a.withContext(b);
    expect(a.__context__).toBe(b);
    expect(b.__context__).toBe(null);
    expect(e.withContext(e).__context__).toBe(handled);
    expect(new ValueError().withContext(null).__context__).toBe(null);
  });

  it("records causes and notes", () => {
    const cause = new KeyError("k");
    const e = new RuntimeError("outer").withCause(cause);
    expect(e.__cause__).toBe(cause);
    expect(e.__suppress_context__).toBe(true);
    expect(new RuntimeError().withCause(null).__cause__).toBe(null);
    e.add_note("more");
    expect(e.__notes__).toEqual(["more"]);
  });
});

describe("exception groups", () => {
  const group = () => new ExceptionGroup("m", [new ValueError(1), new TypeError(2)]);

  it("is both an Exception and a BaseExceptionGroup", () => {
    const eg = group();
    expect(eg).toBeInstanceOf(Exception);
    expect(eg).toBeInstanceOf(BaseExceptionGroup);
    expect(eg).toBeInstanceOf(ExceptionGroup);
    expect(new BaseExceptionGroup("b", [new KeyboardInterrupt()]) instanceof Exception).toBe(false);
    expect(new ValueError() instanceof BaseExceptionGroup).toBe(false);
  });

  it("keeps subclasses' own instanceof", () => {
    class MyGroup extends BaseExceptionGroup {}
    const g = new MyGroup("m", [new KeyboardInterrupt()]);
    expect(g).toBeInstanceOf(MyGroup);
    expect(group() instanceof MyGroup).toBe(false);
  });

  it("exposes message and exceptions", () => {
    const eg = group();
    expect(eg.message).toBe("m");
    expect(eg.exceptions.map((e) => typeName(e))).toEqual(["ValueError", "TypeError"]);
  });

  it("returns itself when the whole group matches", () => {
    const eg = group();
    expect(eg.subgroup(Exception)).toBe(eg);
    expect(eg.subgroup(() => true)).toBe(eg);
    expect(eg.split(Exception)[0]).toBe(eg);
    expect(eg.subgroup(KeyError)).toBe(null);
  });

  it("splits with a predicate as the translated except* does", () => {
    const [matched, rest] = group().split((e) => e instanceof TypeError);
    expect(repr(matched)).toBe("ExceptionGroup('m', [TypeError(2)])");
    expect(repr(rest)).toBe("ExceptionGroup('m', [ValueError(1)])");
  });

  it("copies cause and notes to the parts", () => {
    const eg = group();
    const cause = new KeyError("c");
    eg.withCause(cause);
    eg.add_note("n");
    const sub = eg.subgroup(ValueError)!;
    expect(sub.__cause__).toBe(cause);
    expect(sub.__notes__).toEqual(["n"]);
  });

  it("wraps a BaseException in a BaseExceptionGroup (CPython raises TypeError; translated except* relies on this)", () => {
    const g = new ExceptionGroup("", [new KeyboardInterrupt()]);
    expect(g).toBeInstanceOf(BaseExceptionGroup);
    expect(g instanceof Exception).toBe(false);
    expect(repr(g)).toBe("BaseExceptionGroup('', [KeyboardInterrupt()])");
  });

  it("validates its arguments like CPython", () => {
    const err = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        return `${typeName(e)}: ${str(e)}`;
      }
      return "no error";
    };
    expect(err(() => new ExceptionGroup(1 as unknown as string, [new ValueError()]))).toBe("TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int");
    expect(err(() => new ExceptionGroup("m", []))).toBe("ValueError: second argument (exceptions) must be a non-empty sequence");
    expect(err(() => new ExceptionGroup("m", [1 as unknown as ValueError]))).toBe("ValueError: Item 0 of second argument (exceptions) is not an exception");
    expect(err(() => new ExceptionGroup("m", new ValueError() as unknown as ValueError[]))).toBe("TypeError: second argument (exceptions) must be a sequence");
  });
});

describe("toPyException", () => {
  it("leaves Python exceptions alone", () => {
    const e = new ValueError("x");
    expect(toPyException(e)).toBe(e);
  });

  it("maps attribute access on None to AttributeError", () => {
    let caught: unknown;
    try {
      (null as unknown as { upper(): void }).upper();
    } catch (e) {
      caught = e;
    }
    const py = toPyException(caught);
    expect(py).toBeInstanceOf(AttributeError);
    expect(str(py)).toBe("'NoneType' object has no attribute 'upper'");
  });

  it("maps stack overflow to RecursionError", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let caught: unknown;
    try {
      recurse(0);
    } catch (e) {
      caught = e;
    }
    expect(toPyException(caught)).toBeInstanceOf(RecursionError);
  });

  it("gives the same Python exception for the same JavaScript error", () => {
    const js = new globalThis.TypeError("boom");
    const py = toPyException(js);
    expect(py).toBeInstanceOf(TypeError);
    expect(toPyException(js)).toBe(py);
    expect(str(py)).toBe("boom");
  });

  it("maps ReferenceErrors to NameError and UnboundLocalError with CPython's messages", () => {
    expect(repr(toPyException(new globalThis.ReferenceError("undefined_name is not defined")))).toBe("NameError(\"name 'undefined_name' is not defined\")");
    const tdz = toPyException(new globalThis.ReferenceError("Cannot access 'x' before initialization"));
    expect(typeName(tdz)).toBe("UnboundLocalError");
    expect(str(tdz)).toBe("cannot access local variable 'x' where it is not associated with a value");
  });

  it("wraps thrown non-errors", () => {
    expect(repr(toPyException("text"))).toBe("Exception('text')");
  });

  it("keeps tuple args as tuples", () => {
    expect(repr(new Exception(tuple(1, 2)))).toBe("Exception((1, 2))");
  });
});
