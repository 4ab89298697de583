"""urllib.parse: query strings (parse_qs/parse_qsl, urlencode) and percent quoting."""
from urllib.parse import parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urlencode

qs = "a=1&b=2&a=3&empty=&flag&sp=hello+world&enc=%E2%82%AC%20x&plus=%2B"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qs("&&"))
for bad in [lambda: parse_qsl("a=1&bad", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1), lambda: parse_qsl("a=1", separator="")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

print(urlencode({"q": "a b", "lang": "en", "n": 3, "sym": "&=/?"}))
print(urlencode([("x", 1), ("x", 2), ("y", "é")]))
print(urlencode({"tags": ["a", "b c"], "one": "x", "t": (1, 2)}, doseq=True))
print(urlencode({"tags": ["a", "b"]}))
print(urlencode({"p": "/path here"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote))
try:
    urlencode("not pairs")
except TypeError as e:
    print("TypeError:", e)

for s in ["abc def", "a/b/c", "ünïcödé", "~user_name-1.2", "100% & more?", "", "emoji 😀", "a+b"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), repr(quote_plus(s, safe="/")))
print(quote("a b/c?d", safe="/?"), quote("x", safe="x"))
for s in ["abc%20def", "%E2%82%AC", "%e2%82%ac", "bad%zz%", "%", "%C3", "%FF%FE", "a+b%2Bc", "plain", "%41%42%43", "ü%20ü"]:
    print(repr(unquote(s)), repr(unquote_plus(s)))
print(unquote("%FF", errors="ignore"), unquote_plus("%7e/abc+def"))
print(unquote(quote("round trip ü € /?&")))
# Malformed UTF-8 decodes as CPython's decoder does (each maximal bad prefix is one U+FFFD).
for s in ["%E2%82", "%E2%28%A1", "%F0%90%80", "%ED%A0%80x", "%C0%AF", "%F4%90%80%80", "%E2%82%AC%E2"]:
    print(repr(unquote(s)), repr(unquote(s, errors="ignore")))
# bytes are quoted byte by byte.
print(quote(b"a b/\xff"), quote_plus(b"x y"), urlencode({b"k": b"v w"}))
