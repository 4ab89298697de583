"""str.encode / bytes.decode with encodings and error handlers."""
text = "naïve café ☕ 😀"
for enc in ["utf-8", "UTF8", "utf_8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]:
    data = text.encode(enc)
    print(enc, len(data), data[:12], data.decode(enc) == text)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("iso-8859-1"), "é".encode("latin1"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(errors, text.encode("ascii", errors), text.encode("latin-1", errors=errors))
bad = b"ok\xff\xfe mid \xc3( end \xe2\x82"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    decoded = bad.decode("utf-8", errors)
    print(errors, repr(decoded), len(decoded))
print(bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
print(b"caf\xe9".decode("ascii", "replace"), b"caf\xe9".decode("ascii", "ignore"))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii", "strict"))
cases = [
    (b"\xff", "utf-8"),
    (b"\xc3", "utf-8"),
    (b"\xe2\x82\x28", "utf-8"),
    (b"\xe2\x28\xa1", "utf-8"),
    (b"\xf0\x90\x80", "utf-8"),
    (b"\xed\xa0\x80", "utf-8"),
    (b"a\x80b", "ascii"),
    (b"abc", "utf-16-le"),
]
for data, enc in cases:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, "|", e)
for s, enc in [("aé", "ascii"), ("€€x", "latin-1"), ("😀", "ascii"), ("\udc80", "utf-8")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.start, e.end, e.reason, "|", e)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print("LookupError", e)
