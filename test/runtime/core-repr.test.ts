/**
 * repr(), str() and ascii() against CPython 3.11: each expected string was
 * produced by evaluating the quoted Python expression with python3. Floats
 * that hold integral values are wrapped with asFloat/hinted, as the
 * translator does where the static type says float.
 */
import { describe, expect, it } from "vitest";
import {
  ExceptionGroup,
  FrozenSet,
  KeyError,
  ValueError,
  asFloat,
  ascii,
  bool,
  dict,
  float,
  hinted,
  id,
  int,
  len,
  list,
  print,
  range,
  repr,
  str,
  tuple,
} from "../../src/runtime/index.js";

const CASES: [string, () => string, string][] = [
  ["repr(None)", () => repr(null), "None"],
  ["repr(None)", () => repr(undefined), "None"],
  ["str(None)", () => str(null), "None"],
  ["repr(True)", () => repr(true), "True"],
  ["str(False)", () => str(false), "False"],
  ["repr(1)", () => repr(1), "1"],
  ["repr(-3)", () => repr(-3), "-3"],
  ["repr(-0)", () => repr(-0), "0"],
  ["repr(10 ** 18)", () => repr(10 ** 18), "1000000000000000000"],
  ["repr(2 ** 60)", () => repr(2 ** 60), "1152921504606846976"],
  ["repr(10 ** 22)", () => repr(1e22), "10000000000000000000000"],
  ["repr(10 / 5)", () => repr(asFloat(10 / 5)), "2.0"],
  ["repr(7 / 2)", () => repr(7 / 2), "3.5"],
  ["repr(1e16)", () => repr(asFloat(1e16)), "1e+16"],
  ["repr(1.5e16)", () => repr(asFloat(1.5e16)), "1.5e+16"],
  ["repr(1e15)", () => repr(asFloat(1e15)), "1000000000000000.0"],
  ["repr(9999999999999998.0)", () => repr(asFloat(9999999999999998)), "9999999999999998.0"],
  ["repr(12345678901234567890.0)", () => repr(asFloat(12345678901234567890)), "1.2345678901234567e+19"],
  ["repr(float(2 ** 60))", () => repr(asFloat(2 ** 60)), "1.152921504606847e+18"],
  ["repr(1e22)", () => repr(asFloat(1e22)), "1e+22"],
  ["repr(1e23)", () => repr(asFloat(1e23)), "1e+23"],
  ["repr(0.1 + 0.2)", () => repr(0.1 + 0.2), "0.30000000000000004"],
  ["repr(1 / 3)", () => repr(1 / 3), "0.3333333333333333"],
  ["repr(2 / 3)", () => repr(2 / 3), "0.6666666666666666"],
  ["repr(1e-5)", () => repr(1e-5), "1e-05"],
  ["repr(1e-4)", () => repr(1e-4), "0.0001"],
  ["repr(0.000123)", () => repr(0.000123), "0.000123"],
  ["repr(-1e-7)", () => repr(-1e-7), "-1e-07"],
  ["repr(2.5e-7)", () => repr(2.5e-7), "2.5e-07"],
  ["repr(123456789012.5)", () => repr(123456789012.5), "123456789012.5"],
  ["repr(999999999999999.9)", () => repr(999999999999999.9), "999999999999999.9"],
  ["repr(5e-324)", () => repr(5e-324), "5e-324"],
  ["repr(1.7976931348623157e308)", () => repr(asFloat(1.7976931348623157e308)), "1.7976931348623157e+308"],
  ["repr(1e100)", () => repr(asFloat(1e100)), "1e+100"],
  ["repr(float('inf'))", () => repr(Infinity), "inf"],
  ["repr(float('-inf'))", () => repr(asFloat(-Infinity)), "-inf"],
  ["repr(float('nan'))", () => repr(NaN), "nan"],
  ["repr(-0.0)", () => repr(asFloat(-0)), "-0.0"],
  ["repr(0.0)", () => repr(asFloat(0)), "0.0"],
  ["repr(100.0)", () => repr(asFloat(100)), "100.0"],
  ["repr(1.1 + 2.2)", () => repr(1.1 + 2.2), "3.3000000000000003"],
  ["repr(3.3 * 3)", () => repr(3.3 * 3), "9.899999999999999"],
  ["str(1.0)", () => str(asFloat(1)), "1.0"],
  ["str(10.0 ** 16)", () => str(asFloat(10 ** 16)), "1e+16"],
  ["str(100.0 / 3)", () => str(100 / 3), "33.333333333333336"],
  ["str(-1e-10)", () => str(-1e-10), "-1e-10"],
  ["str(-0.5)", () => str(-0.5), "-0.5"],
  ["str(12)", () => str(12), "12"],
  ["str(10 ** 16)", () => str(10 ** 16), "10000000000000000"],
  ["repr('')", () => repr(''), "''"],
  ["repr('text')", () => repr('text'), "'text'"],
  ["repr(\"it's\")", () => repr("it's"), "\"it's\""],
  ["repr('say \"hi\"')", () => repr('say "hi"'), "'say \"hi\"'"],
  ["repr('both \\' and \"')", () => repr('both \' and "'), "'both \\' and \"'"],
  ["repr('back\\\\slash')", () => repr('back\\slash'), "'back\\\\slash'"],
  ["repr('tab\\there')", () => repr('tab\there'), "'tab\\there'"],
  ["repr('new\\nline')", () => repr('new\nline'), "'new\\nline'"],
  ["repr('cr\\r')", () => repr('cr\r'), "'cr\\r'"],
  ["repr('\\x00\\x1b\\x7f')", () => repr('\x00\x1b\x7f'), "'\\x00\\x1b\\x7f'"],
  ["repr('\\x85\\xa0\\xad')", () => repr('\x85\xa0\xad'), "'\\x85\\xa0\\xad'"],
  ["repr('\u00e9\u65e5\u672c\\U0001F600')", () => repr('é日本\u{1F600}'), "'\u00e9\u65e5\u672c\ud83d\ude00'"],
  ["repr('\\u200b\\u2028\\ufeff')", () => repr('\u200b\u2028\ufeff'), "'\\u200b\\u2028\\ufeff'"],
  ["repr('\\ud800')", () => repr('\ud800'), "'\\ud800'"],
  ["repr('\\U000e0001')", () => repr('\u{e0001}'), "'\\U000e0001'"],
  ["repr('\\\\')", () => repr('\\'), "'\\\\'"],
  ["repr('a\\'b\"c')", () => repr('a\'b"c'), "'a\\'b\"c'"],
  ["str(\"it's\")", () => str("it's"), "it's"],
  ["ascii('\u00e9\u65e5\\U0001F600\\n')", () => ascii('é日\u{1F600}\n'), "'\\xe9\\u65e5\\U0001f600\\n'"],
  ["ascii(['\u00e9'])", () => ascii(['é']), "['\\xe9']"],
  ["repr([1, 'a'])", () => repr([1, 'a']), "[1, 'a']"],
  ["repr([])", () => repr([]), "[]"],
  ["repr(())", () => repr(tuple()), "()"],
  ["repr((3,))", () => repr(tuple(3)), "(3,)"],
  ["repr((1, 'two', None))", () => repr(tuple(1, 'two', null)), "(1, 'two', None)"],
  ["repr({'k': [1]})", () => repr(new Map([['k', [1]]])), "{'k': [1]}"],
  ["repr({})", () => repr(new Map()), "{}"],
  ["repr({1, 2})", () => repr(new Set([1, 2])), "{1, 2}"],
  ["repr(set())", () => repr(new Set()), "set()"],
  ["repr(frozenset({1, 2}))", () => repr(new FrozenSet([1, 2])), "frozenset({1, 2})"],
  ["repr(frozenset())", () => repr(new FrozenSet()), "frozenset()"],
  ["repr({None: None})", () => repr(new Map([[null, null]])), "{None: None}"],
  ["repr({(1, 2): 'pair'})", () => repr(new Map([[tuple(1, 2), 'pair']])), "{(1, 2): 'pair'}"],
  ["repr([[1, [2, [3]]], {'a': {'b': None}}, ((),), [(), [()]]])", () => repr([[1, [2, [3]]], new Map([['a', new Map([['b', null]])]]), tuple(tuple()), [tuple(), [tuple()]]]), "[[1, [2, [3]]], {'a': {'b': None}}, ((),), [(), [()]]]"],
  ["str(['text', (\"it's\",)])", () => str(['text', tuple("it's")]), "['text', (\"it's\",)]"],
  ["str([1, '1'])", () => str([1, '1']), "[1, '1']"],
  ["repr([1.0, 2.5])", () => repr(hinted([1, 2.5], { list: 'float' })), "[1.0, 2.5]"],
  ["repr([[1.0], [2.0]])", () => repr(hinted([[1], [2]], { list: { list: 'float' } })), "[[1.0], [2.0]]"],
  ["repr((1, 2.0))", () => repr(hinted(tuple(1, 2), { tuple: ['any', 'float'] })), "(1, 2.0)"],
  ["repr((1.0, 2.0, 3.0))", () => repr(hinted(tuple(1, 2, 3), { tuple: 'float' })), "(1.0, 2.0, 3.0)"],
  ["repr({'a': 1.0, 'b': 2.5})", () => repr(hinted(new Map([['a', 1], ['b', 2.5]]), { dict: ['any', 'float'] })), "{'a': 1.0, 'b': 2.5}"],
  ["repr({1.0: 'x'})", () => repr(hinted(new Map([[1, 'x']]), { dict: ['float', 'any'] })), "{1.0: 'x'}"],
  ["repr({2.0})", () => repr(hinted(new Set([2]), { set: 'float' })), "{2.0}"],
  ["repr([None, 2.0])", () => repr(hinted([null, 2], { list: 'float' })), "[None, 2.0]"],
  ["str(2.0)", () => str(hinted(2, 'float')), "2.0"],
  ["str([(1, [2.0])])", () => str(hinted([tuple(1, [2])], { list: { tuple: ['any', { list: 'float' }] } })), "[(1, [2.0])]"],
  ["repr(int)", () => repr(int), "<class 'int'>"],
  ["repr(float)", () => repr(float), "<class 'float'>"],
  ["repr(str)", () => repr(str), "<class 'str'>"],
  ["repr(bool)", () => repr(bool), "<class 'bool'>"],
  ["repr(list)", () => repr(list), "<class 'list'>"],
  ["repr(tuple)", () => repr(tuple), "<class 'tuple'>"],
  ["repr(dict)", () => repr(dict), "<class 'dict'>"],
  ["repr(ValueError)", () => repr(ValueError), "<class 'ValueError'>"],
  ["repr(KeyError)", () => repr(KeyError), "<class 'KeyError'>"],
  ["repr(print)", () => repr(print), "<built-in function print>"],
  ["repr(repr)", () => repr(repr), "<built-in function repr>"],
  ["repr(len)", () => repr(len), "<built-in function len>"],
  ["repr(range(3))", () => repr(range(3)), "range(0, 3)"],
  ["repr(range(1, 10, 2))", () => repr(range(1, 10, 2)), "range(1, 10, 2)"],
  ["repr([range(2)])", () => repr([range(2)]), "[range(0, 2)]"],
  ["repr(ValueError('bad'))", () => repr(new ValueError('bad')), "ValueError('bad')"],
  ["repr([KeyError('a')])", () => repr([new KeyError('a')]), "[KeyError('a')]"],
  ["str(KeyError('a'))", () => str(new KeyError('a')), "'a'"],
  ["str([ValueError(\"it's\")])", () => str([new ValueError("it's")]), "[ValueError(\"it's\")]"],
  ["repr(ExceptionGroup('eg', [ValueError(1)]))", () => repr(new ExceptionGroup('eg', [new ValueError(1)])), "ExceptionGroup('eg', [ValueError(1)])"],
  ["repr(1 == 1)", () => repr(1 === 1), "True"],
  ["repr([True, False, None])", () => repr([true, false, null]), "[True, False, None]"],
];

describe("repr/str match CPython", () => {
  it.each(CASES)("%s", (_py, run, expected) => {
    expect(run()).toBe(expected);
  });
});

describe("objects", () => {
  class P {
    __repr__(): string {
      return "P()";
    }
  }
  class Both {
    __repr__(): string {
      return "R";
    }
    __str__(): string {
      return "S";
    }
  }
  class Plain {}

  it("uses __repr__, and __str__ only at the top level", () => {
    expect(str(new P())).toBe("P()");
    expect(repr([new P()])).toBe("[P()]");
    expect(str([new Both()])).toBe("[R]");
    expect(str(new Both())).toBe("S");
  });

  it("names classes and functions; instances carry their id() as address, as in CPython", () => {
    expect(repr(Plain)).toBe("<class '__main__.Plain'>");
    const p = new Plain();
    expect(repr(p)).toBe(`<__main__.Plain object at 0x${id(p).toString(16)}>`);
    function work(): void {}
    expect(repr(work)).toMatch(/^<function work at 0x[0-9a-f]+>$/);
    expect(repr([() => 0][0])).toMatch(/^<function <lambda> at 0x[0-9a-f]+>$/);
  });

  it("honours a static __module__", () => {
    class Remote {
      static __module__ = "pkg.mod";
    }
    expect(repr(Remote)).toBe("<class 'pkg.mod.Remote'>");
  });

  it("marks recursive containers like CPython", () => {
    const l: unknown[] = [1];
    l.push(l);
    expect(repr(l)).toBe("[1, [...]]");
    const d = new Map<string, unknown>();
    d.set("self", d);
    expect(repr(d)).toBe("{'self': {...}}");
    const inner: unknown[] = [];
    const t = tuple(inner);
    inner.push(t);
    expect(repr(t)).toBe("([(...)],)");
  });

  it("prints plain objects (keyword records) as dicts", () => {
    expect(repr({ a: 1, b: "x" })).toBe("{'a': 1, 'b': 'x'}");
  });

  it("accepts per-position hints for a list (a literal mixing ints and floats)", () => {
    // CPython: repr([1, 2.0, 'a']) -> "[1, 2.0, 'a']"
    expect(repr(hinted([1, 2, "a"], { tuple: ["any", "float", "any"] }))).toBe("[1, 2.0, 'a']");
  });

  it("unwraps nested hints, the innermost winning", () => {
    expect(repr(hinted([asFloat(2)], { list: "any" }))).toBe("[2.0]");
    expect(repr(asFloat(null))).toBe("None");
    expect(repr(asFloat("s"))).toBe("'s'");
  });

  it("shows builtins as CPython does", () => {
    expect(repr([int, float, str, bool, list, dict, tuple])).toBe(
      "[<class 'int'>, <class 'float'>, <class 'str'>, <class 'bool'>, <class 'list'>, <class 'dict'>, <class 'tuple'>]",
    );
    expect(repr(len)).toBe("<built-in function len>");
    expect(repr(ExceptionGroup)).toBe("<class 'ExceptionGroup'>");
  });
});

describe("str() arguments", () => {
  it("treats an explicit undefined as None, and no argument as the empty string", () => {
    expect(str(undefined)).toBe("None");
    expect(str()).toBe("");
  });
});

describe("print", () => {
  function capture(stream: NodeJS.WriteStream, run: () => void): string {
    const original = stream.write;
    let out = "";
    stream.write = ((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    }) as typeof stream.write;
    try {
      run();
    } finally {
      stream.write = original;
    }
    return out;
  }

  it("writes str() of each value, space separated", () => {
    expect(capture(process.stdout, () => print(null, true, [1, asFloat(2)], tuple(3), "it's"))).toBe(`None True [1, 2.0] (3,) it's\n`);
    expect(capture(process.stdout, () => print())).toBe("\n");
  });

  it("takes sep, end and file", async () => {
    const { printOpts } = await import("../../src/runtime/index.js");
    expect(capture(process.stdout, () => printOpts({ sep: "|", end: "!\n" }, 1, "a", [2.5]))).toBe("1|a|[2.5]!\n");
    expect(capture(process.stdout, () => printOpts({ sep: null, end: null }, "x", null))).toBe("x None\n");
    expect(capture(process.stderr, () => printOpts({ file: "stderr" }, "oops"))).toBe("oops\n");
    let written = "";
    printOpts({ file: { write: (s: string) => (written += s) }, end: "" }, "to", "buffer");
    expect(written).toBe("to buffer");
  });
});

describe("callable", () => {
  it("is true for functions, classes and __call__ objects", async () => {
    const { callable } = await import("../../src/runtime/index.js");
    class C {
      __call__(): number {
        return 1;
      }
    }
    expect([callable(len), callable(1), callable(C), callable(new C()), callable(null)]).toEqual([true, false, true, true, false]);
  });
});
