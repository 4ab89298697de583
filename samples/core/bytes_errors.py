"""Errors bytes operations raise, with CPython's messages."""
def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("index", lambda: b"abc"[3])
attempt("neg index", lambda: b"abc"[-4])
key = "x"
attempt("str index", lambda: b"abc"[key])
attempt("concat str", lambda: b"a" + "a")
attempt("str concat", lambda: "a" + b"a")
attempt("mul str", lambda: b"a" * "2")
attempt("in str", lambda: "a" in b"abc")
attempt("in 256", lambda: 256 in b"abc")
attempt("compare", lambda: b"a" < "b")
attempt("bytes(-1)", lambda: bytes(-1))
attempt("bytes([256])", lambda: bytes([256]))
attempt("bytes(['a'])", lambda: bytes(["a"]))
attempt("bytes('x')", lambda: bytes("x"))
attempt("bytes(1.5)", lambda: bytes(1.5))
attempt("bytes(None)", lambda: bytes(None))
attempt("fromhex", lambda: bytes.fromhex("0g"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("index miss", lambda: b"abc".index(b"z"))
attempt("split empty", lambda: b"a b".split(b""))
attempt("join str", lambda: b",".join([b"a", "b"]))
attempt("startswith str", lambda: b"abc".startswith("a"))
attempt("bytearray hash", lambda: hash(bytearray(b"x")))
attempt("bytearray key", lambda: {bytearray(b"x"): 1})
attempt("decode", lambda: b"\xff\xfe".decode())
attempt("decode ascii", lambda: b"caf\xc3\xa9".decode("ascii"))
attempt("encode ascii", lambda: "naïve café".encode("ascii"))
attempt("encode one", lambda: "x€".encode("latin-1"))
attempt("unknown codec", lambda: "x".encode("nope"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("item assignment:", e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
except ValueError:
    print("not reached")
try:
    "aé".encode("ascii")
except UnicodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason, e.object)
attempt("int bytes", lambda: int(b"1x"))
attempt("ord 2", lambda: ord(b"ab"))
attempt("unbound", lambda: bytes.upper("a"))
