"""re: bad patterns and templates fail with CPython's messages."""
import re

bad = ["(", ")", "a)", "[a", "a{3,1}", r"\q", "(?P<1a>x)", "(?P=nope)", r"(a)\2", "*a",
       "a|*", "a**", "(?<x>a)", "[z-a]", "(?i", r"\x4", "x(?i)", "(?P<n>a)(?P<n>b)", "a\n(", r"(a\1)", "(?L)a", "a(?L:b)"]
for pattern in bad:
    try:
        re.compile(pattern)
        print("compiled", repr(pattern))
    except re.error as e:
        print(repr(pattern), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("template:", e)
try:
    re.sub("(a)", r"\g<x>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("a", r"\q", "a")
except re.error as e:
    print("template:", e)
try:
    re.match("(a)", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("(a)", "a").group("x")
except IndexError as e:
    print("IndexError:", e)
try:
    re.search(r"\d", 42)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError:", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile("a", re.LOCALE)
except ValueError as e:
    print("ValueError:", e)
print(issubclass(re.error, Exception))

re.compile("[unclosed")
