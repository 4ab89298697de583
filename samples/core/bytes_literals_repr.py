"""bytes literals: escapes, raw, implicit concatenation, and repr's quote choice."""
samples = [
    b"",
    b"plain",
    b"a\x00\n'\"",
    b"it's",
    b'say "hi"',
    b'both \' and "',
    b"\t\r\x7f\x80\xff\\",
    rb"\x00\n raw",
    Rb"C:\dir",
    b"oct\101\7\0end",
    b"\u1234 \N{DASH}",
    b"line\
continued",
    b"one" b'two' rb"\three",
]
for s in samples:
    print(len(s), s, repr(s), str(s))
print(f"{b'x'!r} {b'y'} {b'z'!s}")
print("%s and %r" % (b"a", b"b"))
print([b"\x01", (b"k", b"v")], {b"key": b"value"})
print(ascii(b"\xe9"), type(b"") is bytes, type(b"").__name__)
