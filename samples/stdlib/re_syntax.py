"""re: Python's pattern syntax where JavaScript's differs."""
import re

# Named groups and named backreferences.
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there"))
print(re.findall(r"(\w)\1", "aabbcd"))

# \A and \Z; $ also matches before a final newline; . stops only at \n.
print(re.search(r"\Aab\Z", "ab"), re.search(r"ab\Z", "ab\n"), re.search(r"ab$", "ab\n"))
print(re.search("$", "ab\n").span())
print(re.findall(r".", "a\rb\nc"))
print(re.findall(r"^\w", "ab\ncd", re.MULTILINE), re.findall(r"\w$", "ab\ncd\n", re.M))
print(re.findall(r"a.b", "a\nb a-b", re.DOTALL), re.findall(r"(?s)a.b", "a\nb"))

# Inline flags, global and scoped.
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.findall(r"a(?i:b)c", "abc aBc ABC abC"))
print(re.findall(r"(?i:[a-c]+)x", "ABcx abx ABX"))
print(re.findall(r"x(?s:.)y.", "x\nyz x\ny\n"))
print(re.findall(r"(?m:^a)|b$", "b\na"))

# Unicode by default, ASCII on request.
print(re.findall(r"\w+", "héllo wörld_1 ٣"))
print(re.findall(r"\w+", "héllo wörld", re.ASCII), re.findall(r"(?a)\d", "1٣"))
print(re.findall(r"[^\W\d]+", "ab12cd_3"))
print(re.findall(r"[\s]+", "a \x1cb"), re.findall(r"\s", "\u00a0\ufeff"))
print(re.search(r"\bfoo\b", "a foo.").span(), re.findall(r"\B\w", "ab cd"), re.findall(r"\b\w", "été à"))
print(re.match(r"(?i)ÉCOLE", "école"))

# Quantifiers, including {,n}, a literal {}, atomic groups and possessive ones (3.11).
print(re.findall(r"a{2,}", "a aa aaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"x{}", "x{}"), re.findall(r"a{2}", "aaaaa"))
print(re.findall(r"(?>a+)b|ac", "aaab aac"))
print(re.fullmatch(r"a*+a", "aaa"), re.fullmatch(r"a*a", "aaa"))
print(re.findall(r"\d++\.", "12. 3"))

# Verbose patterns, comments, escapes.
phone = re.compile(r"""
    (\d{3})   # area
    [-.\ ]?   # separator (an escaped space)
    (\d{4})   # number
""", re.VERBOSE)
print(phone.findall("555-1234 and 555 9876"))
print(re.findall(r"a(?#a comment)b", "ab"))
print(re.findall(r"\x41\u0042\101\0", "AB A\x00"), re.findall(r"[\]\-]", "a]-"), re.findall(r"[]a]", "]a"))
print(re.findall(r"[\b]", "a\bb"), re.findall("[.^]", "a.^"))
print(re.escape("https://x.y/z?a=1&b=[2]"), re.escape("tab\there"))
print(re.search(re.escape("1+1=2?"), "is 1+1=2?").span())

# Flags and compiled patterns.
p = re.compile(r"^\s*#", re.M | re.I)
print(p, p.flags, p.groups, p.pattern)
print(re.compile("a", re.I | re.S), re.compile("b"), re.compile("(?x) a").flags)
print(re.compile(p) is p, re.search(p, "  # x").span())
print(re.compile(r"(?P<a>x)(?P<b>y)").groupindex["b"])
