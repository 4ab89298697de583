/**
 * str()/repr()/ascii() of runtime values against CPython 3.11: every expected
 * value was produced by evaluating the quoted Python expression with python3.
 */
import { describe, expect, it } from "vitest";
import { ExceptionGroup, Exception, FileNotFoundError, KeyError, OSError, RuntimeError, StopIteration, TimeoutError, TypeError, ValueError } from "../../src/runtime/exceptions.js";
import { bool, float, int } from "../../src/runtime/numbers.js";
import { ascii, asFloat, hinted, repr, str, tuple } from "../../src/runtime/repr.js";

const CASES: [string, () => string, { ok: string } | { err: string }][] = [
  ["repr(None)", () => repr(null), { ok: "None" }],
  ["repr(None)", () => repr(undefined), { ok: "None" }],
  ["str(True)", () => str(true), { ok: "True" }],
  ["repr(False)", () => repr(false), { ok: "False" }],
  ["repr([1, 'a'])", () => repr([1, 'a']), { ok: "[1, 'a']" }],
  ["repr((1,))", () => repr(tuple(1)), { ok: "(1,)" }],
  ["repr(())", () => repr(tuple()), { ok: "()" }],
  ["repr((1, 2))", () => repr(tuple(1, 2)), { ok: "(1, 2)" }],
  ["repr({'k': [1]})", () => repr(new Map([['k', [1]]])), { ok: "{'k': [1]}" }],
  ["repr({})", () => repr(new Map()), { ok: "{}" }],
  ["repr({1, 2})", () => repr(new Set([1, 2])), { ok: "{1, 2}" }],
  ["repr(set())", () => repr(new Set()), { ok: "set()" }],
  ["repr([[1, [2, [3]]], {'a': {'b': None}}, ((),), [(), [()]]])", () => repr([[1, [2, [3]]], new Map([['a', new Map([['b', null]])]]), tuple(tuple()), [tuple(), [tuple()]]]), { ok: "[[1, [2, [3]]], {'a': {'b': None}}, ((),), [(), [()]]]" }],
  ["repr(\"it's\")", () => repr("it's"), { ok: "\"it's\"" }],
  ["repr('a\\'b\"c')", () => repr('a\'b"c'), { ok: "'a\\'b\"c'" }],
  ["repr('')", () => repr(''), { ok: "''" }],
  ["repr('\\\\')", () => repr('\\'), { ok: "'\\\\'" }],
  ["repr(['tab\\there', 'new\\nline', 'cr\\r'])", () => repr(['tab\there', 'new\nline', 'cr\r']), { ok: "['tab\\there', 'new\\nline', 'cr\\r']" }],
  ["repr(['\\x00', '\\x1b', '\\x7f', '\\xa0', 'é', '日本', '\\U0001F600', '\\u200b'])", () => repr(['\x00', '\x1b', '\x7f', '\xa0', 'é', '日本', '\u{1F600}', '\u200b']), { ok: "['\\x00', '\\x1b', '\\x7f', '\\xa0', 'é', '日本', '😀', '\\u200b']" }],
  ["ascii(['é', '日', 'a'])", () => ascii(['é', '日', 'a']), { ok: "['\\xe9', '\\u65e5', 'a']" }],
  ["str('it\\'s')", () => str("it's"), { ok: "it's" }],
  ["str([\"it's\"])", () => str(["it's"]), { ok: "[\"it's\"]" }],
  ["repr([1e16, 1e15, 1.5e20, 1e-5, 1e-4, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, 123456789012345678.0])", () => repr(hinted([1e16, 1e15, 1.5e20, 1e-5, 1e-4, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, 123456789012345678.0], { list: 'float' })), { ok: "[1e+16, 1000000000000000.0, 1.5e+20, 1e-05, 0.0001, 0.30000000000000004, 5e-324, 1.7976931348623157e+308, 1.2345678901234568e+17]" }],
  ["repr([10**16, 2**60, 1.5])", () => repr([10 ** 16, 2 ** 60, 1.5]), { ok: "[10000000000000000, 1152921504606846976, 1.5]" }],
  ["str(10 / 5)", () => str(asFloat(10 / 5)), { ok: "2.0" }],
  ["str(7 / 2)", () => str(asFloat(7 / 2)), { ok: "3.5" }],
  ["str(-0.0)", () => str(asFloat(-0)), { ok: "-0.0" }],
  ["str(float('inf'))", () => str(Infinity), { ok: "inf" }],
  ["str(float('-inf'))", () => str(-Infinity), { ok: "-inf" }],
  ["str(float('nan'))", () => str(NaN), { ok: "nan" }],
  ["str(1e22)", () => str(asFloat(1e22)), { ok: "1e+22" }],
  ["str(2 ** 64)", () => str(2 ** 64), { ok: "18446744073709551616" }],
  ["str(10 ** 21)", () => str(10 ** 21), { ok: "1000000000000000000000" }],
  ["str(1e16)", () => str(asFloat(1e16)), { ok: "1e+16" }],
  ["str(100.0)", () => str(asFloat(100)), { ok: "100.0" }],
  ["str([1, 2.0, None, (3,)])", () => str([1, asFloat(2), null, tuple(3)]), { ok: "[1, 2.0, None, (3,)]" }],
  ["str([1.0, 2.0])", () => str(hinted([1, 2], { list: 'float' })), { ok: "[1.0, 2.0]" }],
  ["str((1, 2.0))", () => str(hinted(tuple(1, 2), { tuple: ['any', 'float'] })), { ok: "(1, 2.0)" }],
  ["str({'x': 1.0, 'y': 2.5})", () => str(hinted(new Map([['x', 1], ['y', 2.5]]), { dict: ['any', 'float'] })), { ok: "{'x': 1.0, 'y': 2.5}" }],
  ["str({1.0: 'a'})", () => str(hinted(new Map([[1, 'a']]), { dict: ['float', 'any'] })), { ok: "{1.0: 'a'}" }],
  ["str({3.0})", () => str(hinted(new Set([3]), { set: 'float' })), { ok: "{3.0}" }],
  ["str([[1.0], [2.0, 3.0]])", () => str(hinted([[1], [2, 3]], { list: { list: 'float' } })), { ok: "[[1.0], [2.0, 3.0]]" }],
  ["str({'k': [(1, 2.0)]})", () => str(hinted(new Map([['k', [tuple(1, 2)]]]), { dict: ['any', { list: { tuple: ['any', 'float'] } }] })), { ok: "{'k': [(1, 2.0)]}" }],
  ["repr([2.0, 'x'])", () => repr([asFloat(2), 'x']), { ok: "[2.0, 'x']" }],
  ["str(2)", () => str(2), { ok: "2" }],
  ["str(-3)", () => str(-3), { ok: "-3" }],
  ["repr(2.5)", () => repr(2.5), { ok: "2.5" }],
  ["str({'text': 'text'})", () => str(new Map([['text', 'text']])), { ok: "{'text': 'text'}" }],
  ["str(('text',))", () => str(tuple('text')), { ok: "('text',)" }],
  ["repr(int)", () => repr(int), { ok: "<class 'int'>" }],
  ["repr(float)", () => repr(float), { ok: "<class 'float'>" }],
  ["repr(str)", () => repr(str), { ok: "<class 'str'>" }],
  ["repr(bool)", () => repr(bool), { ok: "<class 'bool'>" }],
  ["repr(ValueError)", () => repr(ValueError), { ok: "<class 'ValueError'>" }],
  ["repr(KeyError('k'))", () => repr(new KeyError('k')), { ok: "KeyError('k')" }],
  ["str(KeyError('k'))", () => str(new KeyError('k')), { ok: "'k'" }],
  ["str(KeyError())", () => str(new KeyError()), { ok: "" }],
  ["str(KeyError('a', 'b'))", () => str(new KeyError('a', 'b')), { ok: "('a', 'b')" }],
  ["repr(ValueError('a', 1))", () => repr(new ValueError('a', 1)), { ok: "ValueError('a', 1)" }],
  ["str(ValueError('a', 1))", () => str(new ValueError('a', 1)), { ok: "('a', 1)" }],
  ["repr(ValueError())", () => repr(new ValueError()), { ok: "ValueError()" }],
  ["str(ValueError(5))", () => str(new ValueError(5)), { ok: "5" }],
  ["repr(Exception(\"it's\"))", () => repr(new Exception("it's")), { ok: "Exception(\"it's\")" }],
  ["str(TypeError(None))", () => str(new TypeError(null)), { ok: "None" }],
  ["repr(RuntimeError(''))", () => repr(new RuntimeError('')), { ok: "RuntimeError('')" }],
  ["str([KeyError('user_id')])", () => str([new KeyError('user_id')]), { ok: "[KeyError('user_id')]" }],
  ["repr(TimeoutError('slow'))", () => repr(new TimeoutError('slow')), { ok: "TimeoutError('slow')" }],
  ["str(TimeoutError())", () => str(new TimeoutError()), { ok: "" }],
  ["repr(StopIteration(42))", () => repr(new StopIteration(42)), { ok: "StopIteration(42)" }],
  ["str(OSError(2, 'No such file'))", () => str(new OSError(2, 'No such file')), { ok: "[Errno 2] No such file" }],
  ["str(FileNotFoundError(2, 'No such file', 'f.txt'))", () => str(new FileNotFoundError(2, 'No such file', 'f.txt')), { ok: "[Errno 2] No such file: 'f.txt'" }],
  ["str(ExceptionGroup('msg', [ValueError(1), TypeError(2)]))", () => str(new ExceptionGroup('msg', [new ValueError(1), new TypeError(2)])), { ok: "msg (2 sub-exceptions)" }],
  ["str(ExceptionGroup('one', [ValueError(1)]))", () => str(new ExceptionGroup('one', [new ValueError(1)])), { ok: "one (1 sub-exception)" }],
  ["repr(ExceptionGroup('msg', [ValueError(1), TypeError(2)]))", () => repr(new ExceptionGroup('msg', [new ValueError(1), new TypeError(2)])), { ok: "ExceptionGroup('msg', [ValueError(1), TypeError(2)])" }],
];

describe("str/repr match CPython", () => {
  it.each(CASES)("%s", (_py, f, expected) => {
    expect({ ok: f() }).toEqual(expected);
  });
});

describe("reprs CPython prints with addresses", () => {
  it("recursive containers", () => {
    const a: unknown[] = [];
    a.push(a);
    expect(repr(a)).toBe("[[...]]");
    const d = new Map<string, unknown>();
    d.set("x", d);
    expect(repr(d)).toBe("{'x': {...}}");
  });

  it("objects with __repr__ and __str__", () => {
    class P {
      __repr__() {
        return "P()";
      }
    }
    class Q {
      __str__() {
        return "q!";
      }
    }
    expect(repr([new P()])).toBe("[P()]");
    expect(str(new P())).toBe("P()");
    expect(str(new Q())).toBe("q!");
    expect(repr(new Q())).toMatch(/^<__main__\.Q object( at 0x[0-9a-f]+)?>$/);
  });

  it("classes", () => {
    class Thing {}
    expect(repr(Thing)).toBe("<class '__main__.Thing'>");
  });
});
