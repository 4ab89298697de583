"""re: findall/finditer, sub/subn with templates and functions, split."""
import re

print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1b2c3"))
print(re.findall(r"(a)|(b)", "ab"))
print(re.findall(r"k=(\d*)", "k=1 k= k=22"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")])

pat = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
text = "a=1;bb=;ccc=33"
for m in pat.finditer(text):
    print(m.group("key"), repr(m.group("val")), m.span("val"))
print(pat.findall(text, 4), pat.findall(text, 0, 6))

# Templates: \1, \g<name>, \g<0>, escapes.
print(re.sub(r"(\w+)@(\w+)", r"\2 at \g<1>", "joe@example and ann@host"))
print(pat.sub(r"\g<val>:\g<key>", text))
print(re.sub(r"(a)", r"[\1\n\t\\]", "ab"))
print(re.sub("-", r"\-", "a-b"))
print(re.sub(r"(?P<x>a)", r"<\g<x>>", "banana", count=2))
print(re.sub(r"(a)(x)?", r"\1\2!", "ab"))

# A function as replacement.
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(pat.sub(lambda m: m["key"].upper(), text, 2))
print(re.subn(r"o", lambda m: m.group(0).upper(), "foo boo"))
print(re.subn(r"\d", "#", "a1b2c3", 2))

# Empty matches: CPython 3.7+ rules.
print(re.sub("x*", "-", "abxd"))
print(re.sub("", "-", "abc"))
print(re.findall("a??", "aa"))
print(re.findall(r"\b", "ab cd"))

# split with groups and maxsplit.
print(re.split(r"(,)\s*", "a, b,c", maxsplit=1))
print(re.split(r",", "a,b,c,d", 2))
print(re.split(r"(a)|(b)", "xaybz"))
print(re.split(r"\b", "a b"))
print(re.split(r"\s+", "  lead and trail  "))
print(re.split(r"x*", "axbc"))
print(pat.split(text))

words = {}
for w in re.findall(r"[a-z']+", "It's the end, the END of it!".lower()):
    words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0])))
print(re.sub(r"\d", lambda m: None, "a1b2"))
