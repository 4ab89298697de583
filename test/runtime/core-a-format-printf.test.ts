/**
 * printf-style `%` formatting and str.format against CPython 3.11: every
 * expected value was produced by evaluating the quoted Python with python3.
 */
import { describe, expect, it } from "vitest";
import { percentFormat, strFormat } from "../../src/runtime/format.js";
import { asFloat, hinted, tuple } from "../../src/runtime/repr.js";

type Expect = { ok: string } | { err: string; msg: string };

const CASES: [string, () => string, Expect][] = [
  ["'%s is %d years old' % ('Lin', 29)", () => percentFormat('%s is %d years old', tuple('Lin', 29)), { ok: "Lin is 29 years old" }],
  ["'score: %.1f | %8.2f | %-8.2f|' % (93.456, 93.456, 93.456)", () => percentFormat('score: %.1f | %8.2f | %-8.2f|', tuple(93.456, 93.456, 93.456)), { ok: "score: 93.5 |    93.46 | 93.46   |" }],
  ["'%05d %x %X %o %e %g' % (42, 255, 255, 8, 12345.678, 0.0001)", () => percentFormat('%05d %x %X %o %e %g', tuple(42, 255, 255, 8, 12345.678, 0.0001)), { ok: "00042 ff FF 10 1.234568e+04 0.0001" }],
  ["'%r vs %s' % ('text', 'text')", () => percentFormat('%r vs %s', tuple('text', 'text')), { ok: "'text' vs text" }],
  ["'100%% done, %s' % 'single value'", () => percentFormat('100%% done, %s', 'single value'), { ok: "100% done, single value" }],
  ["'%(who)s scored %(pts)d' % {'who': 'Lin', 'pts': 7}", () => percentFormat('%(who)s scored %(pts)d', new Map<string, unknown>([['who', 'Lin'], ['pts', 7]])), { ok: "Lin scored 7" }],
  ["'%s' % [1, 2]", () => percentFormat('%s', [1, 2]), { ok: "[1, 2]" }],
  ["'%s' % ((1, 2),)", () => percentFormat('%s', tuple(tuple(1, 2))), { ok: "(1, 2)" }],
  ["'%s and %s' % (None, True)", () => percentFormat('%s and %s', tuple(null, true)), { ok: "None and True" }],
  ["'%3s|%-3s|%c' % ('a', 'b', 65)", () => percentFormat('%3s|%-3s|%c', tuple('a', 'b', 65)), { ok: "  a|b  |A" }],
  ["'%+d %+d % d' % (5, -5, 5)", () => percentFormat('%+d %+d % d', tuple(5, -5, 5)), { ok: "+5 -5  5" }],
  ["'%.3s' % 'truncate'", () => percentFormat('%.3s', 'truncate'), { ok: "tru" }],
  ["'%d' % 3.7", () => percentFormat('%d', 3.7), { ok: "3" }],
  ["'%x' % 3.5", () => percentFormat('%x', 3.5), { err: "TypeError", msg: "%x format: an integer is required, not float" }],
  ["'%d items' % 'three'", () => percentFormat('%d items', 'three'), { err: "TypeError", msg: "%d format: a real number is required, not str" }],
  ["'%s %s' % ('only one',)", () => percentFormat('%s %s', tuple('only one')), { err: "TypeError", msg: "not enough arguments for format string" }],
  ["'%s' % ('a', 'b')", () => percentFormat('%s', tuple('a', 'b')), { err: "TypeError", msg: "not all arguments converted during string formatting" }],
  ["'%s' % {'a': 1}", () => percentFormat('%s', new Map([['a', 1]])), { ok: "{'a': 1}" }],
  ["'%(a)s %(b)s' % {'a': 1}", () => percentFormat('%(a)s %(b)s', new Map([['a', 1]])), { err: "KeyError", msg: "'b'" }],
  ["'%#x %#o %#X' % (255, 8, 255)", () => percentFormat('%#x %#o %#X', tuple(255, 8, 255)), { ok: "0xff 0o10 0XFF" }],
  ["'%.3d' % 5", () => percentFormat('%.3d', 5), { ok: "005" }],
  ["'%05.1f' % -2.5", () => percentFormat('%05.1f', -2.5), { ok: "-02.5" }],
  ["'%-05d|' % 3", () => percentFormat('%-05d|', 3), { ok: "3    |" }],
  ["'% 05d' % 3", () => percentFormat('% 05d', 3), { ok: " 0003" }],
  ["'%c%c' % (65, 'b')", () => percentFormat('%c%c', tuple(65, 'b')), { ok: "Ab" }],
  ["'%c' % 'ab'", () => percentFormat('%c', 'ab'), { err: "TypeError", msg: "%c requires int or char" }],
  ["'%q' % 1", () => percentFormat('%q', 1), { err: "ValueError", msg: "unsupported format character 'q' (0x71) at index 1" }],
  ["'abc %' % ()", () => percentFormat('abc %', tuple()), { err: "ValueError", msg: "incomplete format" }],
  ["'%*d|%-*d|' % (5, 1, 4, 2)", () => percentFormat('%*d|%-*d|', tuple(5, 1, 4, 2)), { ok: "    1|2   |" }],
  ["'%.*f' % (2, 3.14159)", () => percentFormat('%.*f', tuple(2, 3.14159)), { ok: "3.14" }],
  ["'%a' % 'é'", () => percentFormat('%a', 'é'), { ok: "'\\xe9'" }],
  ["'%i %u %ld' % (3, 4, 5)", () => percentFormat('%i %u %ld', tuple(3, 4, 5)), { ok: "3 4 5" }],
  ["'%d' % True", () => percentFormat('%d', true), { ok: "1" }],
  ["'%f' % 2", () => percentFormat('%f', 2), { ok: "2.000000" }],
  ["'%e' % 0", () => percentFormat('%e', 0), { ok: "0.000000e+00" }],
  ["'%g %G' % (1e20, 1e-20)", () => percentFormat('%g %G', tuple(1e20, 1e-20)), { ok: "1e+20 1E-20" }],
  ["'%x %o' % (-255, -8)", () => percentFormat('%x %o', tuple(-255, -8)), { ok: "-ff -10" }],
  ["'%s' % 2.0", () => percentFormat('%s', asFloat(2)), { ok: "2.0" }],
  ["'%s %r' % (2.0, [1.0])", () => percentFormat('%s %r', hinted(tuple(2, [1]), { tuple: ['float', { list: 'float' }] })), { ok: "2.0 [1.0]" }],
  ["'%d %d' % (1, 2, 3)", () => percentFormat('%d %d', tuple(1, 2, 3)), { err: "TypeError", msg: "not all arguments converted during string formatting" }],
  ["'no' % ()", () => percentFormat('no', tuple()), { ok: "no" }],
  ["'no' % 5", () => percentFormat('no', 5), { err: "TypeError", msg: "not all arguments converted during string formatting" }],
  ["'no' % {'a': 1}", () => percentFormat('no', new Map([['a', 1]])), { ok: "no" }],
  ["'no' % []", () => percentFormat('no', []), { ok: "no" }],
  ["'%-6s%6.1f' % ('pi', 3.14159) + '<end'", () => percentFormat('%-6s%6.1f', tuple('pi', 3.14159)) + '<end', { ok: "pi       3.1<end" }],
  ["'%.2f%%' % 12.345", () => percentFormat('%.2f%%', 12.345), { ok: "12.35%" }],
  ["'%s' % (None,)", () => percentFormat('%s', tuple(null)), { ok: "None" }],
  ["'%#06x' % 255", () => percentFormat('%#06x', 255), { ok: "0x00ff" }],
  ["'%+.2e' % 12345.0", () => percentFormat('%+.2e', 12345), { ok: "+1.23e+04" }],
  ["'%10.3s|' % 'abcdef'", () => percentFormat('%10.3s|', 'abcdef'), { ok: "       abc|" }],
  ["'%(x)s' % {'x': 1.5}", () => percentFormat('%(x)s', new Map([['x', 1.5]])), { ok: "1.5" }],
  ["'%s' % 'x' % ()", () => percentFormat(percentFormat('%s', 'x'), tuple()), { ok: "x" }],
  ["'{} and {}'.format('first', 'second')", () => strFormat('{} and {}', ['first', 'second']), { ok: "first and second" }],
  ["'{1} before {0}'.format('zero', 'one')", () => strFormat('{1} before {0}', ['zero', 'one']), { ok: "one before zero" }],
  ["'{name} is {age}'.format(name='Lin', age=29)", () => strFormat('{name} is {age}', [], { name: 'Lin', age: 29 }), { ok: "Lin is 29" }],
  ["'{name} is {age}'.format(name='Lin', age=29) + '!'", () => strFormat('{name} is {age}', [], new Map<string, unknown>([['name', 'Lin'], ['age', 29]])) + '!', { ok: "Lin is 29!" }],
  ["'{0[0]} {0[1]} {p[x]} {p[y]}'.format(('a', 'b'), p={'x': 1, 'y': 2})", () => strFormat('{0[0]} {0[1]} {p[x]} {p[y]}', [tuple('a', 'b')], { p: new Map([['x', 1], ['y', 2]]) }), { ok: "a b 1 2" }],
  ["'{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c')", () => strFormat('{:>6}|{:<6}|{:^6}|', ['r', 'l', 'c']), { ok: "     r|l     |  c   |" }],
  ["'{:.2f} {:,} {:08.3f} {:+.1e}'.format(93.456, 1234567, 3.14159, 12345.0)", () => strFormat('{:.2f} {:,} {:08.3f} {:+.1e}', [93.456, 1234567, 3.14159, asFloat(12345)]), { ok: "93.46 1,234,567 0003.142 +1.2e+04" }],
  ["'{!r} {!s} {!a}'.format('q', 'q', 'é')", () => strFormat('{!r} {!s} {!a}', ['q', 'q', 'é']), { ok: "'q' q '\\xe9'" }],
  ["'{0}{0}{1}'.format('ab', '!')", () => strFormat('{0}{0}{1}', ['ab', '!']), { ok: "abab!" }],
  ["'{:{fill}{align}{width}}'.format('mid', fill='~', align='^', width=9)", () => strFormat('{:{fill}{align}{width}}', ['mid'], { fill: '~', align: '^', width: 9 }), { ok: "~~~mid~~~" }],
  ["'{} {}'.format('a')", () => strFormat('{} {}', ['a']), { err: "IndexError", msg: "Replacement index 1 out of range for positional args tuple" }],
  ["'{0} {}'.format('a', 'b')", () => strFormat('{0} {}', ['a', 'b']), { err: "ValueError", msg: "cannot switch from manual field specification to automatic field numbering" }],
  ["'{} {0}'.format('a', 'b')", () => strFormat('{} {0}', ['a', 'b']), { err: "ValueError", msg: "cannot switch from automatic field numbering to manual field specification" }],
  ["'{x}'.format(y=1)", () => strFormat('{x}', [], { y: 1 }), { err: "KeyError", msg: "'x'" }],
  ["'{'.format()", () => strFormat('{', []), { err: "ValueError", msg: "Single '{' encountered in format string" }],
  ["'}'.format()", () => strFormat('}', []), { err: "ValueError", msg: "Single '}' encountered in format string" }],
  ["'{0!x}'.format(1)", () => strFormat('{0!x}', [1]), { err: "ValueError", msg: "Unknown conversion specifier x" }],
  ["'{:{}}'.format('x', 5)", () => strFormat('{:{}}', ['x', 5]), { ok: "x    " }],
  ["'{0[1]}'.format([1, 2])", () => strFormat('{0[1]}', [[1, 2]]), { ok: "2" }],
  ["'{0[5]}'.format([1])", () => strFormat('{0[5]}', [[1]]), { err: "IndexError", msg: "list index out of range" }],
  ["'{a[0]}'.format(a=[9])", () => strFormat('{a[0]}', [], { a: [9] }), { ok: "9" }],
  ["'{!r:>6}'.format('a')", () => strFormat('{!r:>6}', ['a']), { ok: "   'a'" }],
  ["'{:*^{}}'.format('x', 7)", () => strFormat('{:*^{}}', ['x', 7]), { ok: "***x***" }],
  ["'{}}}'.format(1)", () => strFormat('{}}}', [1]), { ok: "1}" }],
  ["'{{}}'.format()", () => strFormat('{{}}', []), { ok: "{}" }],
  ["'{{literal}} {{{0}}}'.format(42)", () => strFormat('{{literal}} {{{0}}}', [42]), { ok: "{literal} {42}" }],
  ["'{0:}'.format(2.0)", () => strFormat('{0:}', [asFloat(2)]), { ok: "2.0" }],
  ["'{0[-1]}'.format([1])", () => strFormat('{0[-1]}', [[1]]), { err: "TypeError", msg: "list indices must be integers or slices, not str" }],
  ["'{0.x'.format(1)", () => strFormat('{0.x', [1]), { err: "ValueError", msg: "expected '}' before end of string" }],
  ["'{}'.format()", () => strFormat('{}', []), { err: "IndexError", msg: "Replacement index 0 out of range for positional args tuple" }],
  ["'{} {}'.format([1.0], (2.0,))", () => strFormat('{} {}', [hinted([1], { list: 'float' }), hinted(tuple(2), { tuple: ['float'] })]), { ok: "[1.0] (2.0,)" }],
  ["'{0[0]}'.format([1.0])", () => strFormat('{0[0]}', [hinted([1], { list: 'float' })]), { ok: "1.0" }],
  ["'{:>8}'.format(None)", () => strFormat('{:>8}', [null]), { err: "TypeError", msg: "unsupported format string passed to NoneType.__format__" }],
  ["'{}'.format(None)", () => strFormat('{}', [null]), { ok: "None" }],
  ["'{0} {0!r}'.format(\"it's\")", () => strFormat('{0} {0!r}', ["it's"]), { ok: "it's \"it's\"" }],
  ["'{:d}'.format(2.5)", () => strFormat('{:d}', [2.5]), { err: "ValueError", msg: "Unknown format code 'd' for object of type 'float'" }],
];

function run(f: () => string): Expect {
  try {
    return { ok: f() };
  } catch (e) {
    const err = e as Error;
    return { err: err.constructor.name, msg: String((err as { __str__?: () => string }).__str__?.() ?? err.message) };
  }
}

describe("% formatting and str.format match CPython", () => {
  it.each(CASES)("%s", (_py, f, expected) => {
    expect(run(f)).toEqual(expected);
  });
});
