"""re: match/search/fullmatch and everything a Match object tells."""
import re

m = re.match(r"(?P<word>\w+) (\d+)", "hello 42 world")
print(m)
print(m.group(), m.group(1), m.group("word", 2), m[2])
print(m.groups(), m.groupdict())
print(m.span(), m.span(2), m.start(2), m.end("word"))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, repr(m.string))
print(m.re)

# Optional groups that did not take part: None, or the default given.
m = re.match(r"(a)(b)?(?P<c>c)?", "ax")
print(m.groups(), m.groups("-"), m.groupdict(default="?"), m.span(2))

# lastindex is the group that closed last.
print(re.match(r"(a)(b(c))", "abc").lastindex, re.match(r"(a)|(b)", "b").lastindex, re.match("x", "x").lastindex)
print(re.match(r"(?P<outer>a(?P<inner>b))", "ab").lastgroup)

# match anchors at the start, search scans, fullmatch needs all of it.
print(re.match("b", "ab"), re.search("b", "ab"), re.fullmatch("a|ab", "ab"))
print(re.fullmatch(r"\d+", "123x"))

p = re.compile(r"\d+")
print(p.search("ab12cd345", 4), p.match("ab12", 2), p.match("ab12", pos=1))
print(p.search("12345", 1, 3), p.fullmatch("x123y", 1, 4), p.search("abc", 10))

m = re.search(r"(\d+)-(\d+)", "range 10-20!")
if m:
    print(m.expand(r"from \1 to \2 (\g<0>)"), m.group(1, 2, 0))
else:
    print("no match")
print(re.match("a", "b") is None, bool(re.match("", "b")))

long = re.search(r"x+", "y" + "x" * 80)
print(long)
