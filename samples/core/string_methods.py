"""Common str methods, indexing and slicing with steps and negative bounds."""
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
t = s.strip()
print(t.upper(), t.lower(), t.swapcase(), "hello world".title(), "hello world".capitalize())
print(t.replace("l", "L"), t.replace("l", "L", 1), t.count("l"), t.count("xyz"))
print(t.find("o"), t.find("o", 5), t.find("z"), t.rfind("o"), t.index("W"))
try:
    t.index("z")
except ValueError as exc:
    print("ValueError:", exc)
print(t.startswith("Hell"), t.endswith("!"), t.startswith(("x", "H")), "World" in t)

csv = "a,b,,c"
print(csv.split(","), csv.split(",", 1), csv.rsplit(",", 1), "a  b \t c\n".split())
print("line1\nline2\r\nline3".splitlines(), "".split(","), "".split())
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), ", ".join(str(n) for n in range(3)))
print("key=value=more".partition("="), "key=value=more".rpartition("="), "none".partition("="))

print(t[0], t[-1], t[7:12], t[:5], t[7:], t[-6:-1], t[::2], t[::-1], t[100:], t[-100:3])
print("abcdef"[1:5:2], "abcdef"[5:1:-1], "abcdef"[::-2], "abcdef"[-2::-2])
print("7".zfill(3), "-7".zfill(4), "ab".center(6, "*"), "ab".ljust(4, ".") + "|", "ab".rjust(4) + "|")
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "".isdigit())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Title Case".istitle())
print("tab\tsep".expandtabs(4), "ß".upper(), "ÉCOLE".lower())
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "file.txt".removesuffix(".md"))
print(len("héllo"), len("日本語"), "日本語"[1])
print("a" * 3, "-" * 0, "ab" + "cd", "abc" < "abd", min("hello"), sorted("banana"))
print(str.upper("x"), "x".join("abc"), "a-b-c".split("-", maxsplit=1))
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), max(words, key=len), sorted(set(words))[:3], words.count("the"))
print(" ".join(w.capitalize() for w in words[:4]))
print("%s" % "mississippi".replace("ss", "SS").split("i"))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("both ' and \""), repr("\x00\x7f"))
print("it's", 'say "hi"', repr("it's"), repr('say "hi"'))
s2 = "immutable"
try:
    s2[0] = "I"
except TypeError:
    print("strings are immutable")
print([c for c in "abc"], list("hi"), tuple("ok"), "a,b".split(",")[-1])
print("Straße".casefold() == "STRASSE".casefold(), "ABC".lower().islower())
