// Translated from re_match_objects.py by tsyncio.
import { bool, getitem, print, re, repr, truthy } from "tsyncio/runtime";
/** re: match/search/fullmatch and everything a Match object tells. */
let m = re.match("(?P<word>\\w+) (\\d+)", "hello 42 world");
print(m);
print(m.group(), m.group(1), m.group("word", 2), getitem(m, 2));
print(m.groups(), m.groupdict());
print(m.span(), m.span(2), m.start(2), m.end("word"));
print(m.lastindex, m.lastgroup, m.pos, m.endpos, repr(m.string));
print(m.re);
// Optional groups that did not take part: None, or the default given.
m = re.match("(a)(b)?(?P<c>c)?", "ax");
print(m.groups(), m.groups("-"), m.groupdict({ default: "?" }), m.span(2));
// lastindex is the group that closed last.
print(
  re.match("(a)(b(c))", "abc").lastindex,
  re.match("(a)|(b)", "b").lastindex,
  re.match("x", "x").lastindex,
);
print(re.match("(?P<outer>a(?P<inner>b))", "ab").lastgroup);
// match anchors at the start, search scans, fullmatch needs all of it.
print(re.match("b", "ab"), re.search("b", "ab"), re.fullmatch("a|ab", "ab"));
print(re.fullmatch("\\d+", "123x"));
const p = re.compile("\\d+");
print(p.search("ab12cd345", 4), p.match("ab12", 2), p.match("ab12", { pos: 1 }));
print(p.search("12345", 1, 3), p.fullmatch("x123y", 1, 4), p.search("abc", 10));
m = re.search("(\\d+)-(\\d+)", "range 10-20!");
if (truthy(m)) {
  print(m.expand("from \\1 to \\2 (\\g<0>)"), m.group(1, 2, 0));
} else {
  console.log("no match");
}

print(re.match("a", "b") === null, bool(re.match("", "b")));
const long = re.search("x+", "y" + "x".repeat(Math.max(0, 80)));
print(long);
