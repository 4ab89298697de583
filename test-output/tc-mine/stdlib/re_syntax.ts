// Translated from re_syntax.py by tsyncio.
import { boundMethod, getitem, print, re } from "tsyncio/runtime";
/** re: Python's pattern syntax where JavaScript's differs. */
// Named groups and named backreferences.
print(re.match("(?P<q>['\\\"]).*?(?P=q)", "'hi' there"));
print(re.findall("(\\w)\\1", "aabbcd"));
// \A and \Z; $ also matches before a final newline; . stops only at \n.
print(re.search("\\Aab\\Z", "ab"), re.search("ab\\Z", "ab\n"), re.search("ab$", "ab\n"));
print(re.search("$", "ab\n").span());
print(re.findall(".", "a\rb\nc"));
print(re.findall("^\\w", "ab\ncd", re.MULTILINE), re.findall("\\w$", "ab\ncd\n", re.M));
print(re.findall("a.b", "a\nb a-b", re.DOTALL), re.findall("(?s)a.b", "a\nb"));
// Inline flags, global and scoped.
print(re.findall("(?i)hello", "Hello HELLO hello"));
print(re.findall("a(?i:b)c", "abc aBc ABC abC"));
print(re.findall("(?i:[a-c]+)x", "ABcx abx ABX"));
print(re.findall("x(?s:.)y.", "x\nyz x\ny\n"));
print(re.findall("(?m:^a)|b$", "b\na"));
// Unicode by default, ASCII on request.
print(re.findall("\\w+", "héllo wörld_1 ٣"));
print(re.findall("\\w+", "héllo wörld", re.ASCII), re.findall("(?a)\\d", "1٣"));
print(re.findall("[^\\W\\d]+", "ab12cd_3"));
print(re.findall("[\\s]+", "a \u001cb"), re.findall("\\s", " ﻿"));
print(
  re.search("\\bfoo\\b", "a foo.").span(),
  re.findall("\\B\\w", "ab cd"),
  re.findall("\\b\\w", "été à"),
);
print(re.match("(?i)ÉCOLE", "école"));
// Quantifiers, including {,n}, a literal {}, atomic groups and possessive ones (3.11).
print(
  re.findall("a{2,}", "a aa aaa"),
  re.findall("a{,2}", "aaa"),
  re.findall("x{}", "x{}"),
  re.findall("a{2}", "aaaaa"),
);
print(re.findall("(?>a+)b|ac", "aaab aac"));
print(re.fullmatch("a*+a", "aaa"), re.fullmatch("a*a", "aaa"));
print(re.findall("\\d++\\.", "12. 3"));
// Verbose patterns, comments, escapes.
const phone = re.compile(
  "\n    (\\d{3})   # area\n    [-.\\ ]?   # separator (an escaped space)\n    (\\d{4})   # number\n",
  re.VERBOSE,
);
print(phone.findall("555-1234 and 555 9876"));
print(re.findall("a(?#a comment)b", "ab"));
print(
  re.findall("\\x41\\u0042\\101\\0", "AB A\u0000"),
  re.findall("[\\]\\-]", "a]-"),
  re.findall("[]a]", "]a"),
);
print(re.findall("[\\b]", "a\bb"), re.findall("[.^]", "a.^"));
print(re.escape("https://x.y/z?a=1&b=[2]"), re.escape("tab\there"));
print(re.search(re.escape("1+1=2?"), "is 1+1=2?").span());
// Flags and compiled patterns.
const p = re.compile("^\\s*#", re.M | re.I);
print(p, p.flags, boundMethod(p, "groups"), p.pattern);
print(re.compile("a", re.I | re.S), re.compile("b"), re.compile("(?x) a").flags);
print(re.compile(p) === p, re.search(p, "  # x").span());
print(getitem(re.compile("(?P<a>x)(?P<b>y)").groupindex, "b"));
