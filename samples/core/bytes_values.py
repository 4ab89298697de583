"""bytes: literals, repr, str(), encode/decode and int <-> bytes conversions."""
print(b"raw", [b"\x00\xff", b"it's"], str(b"bytes"))
print("naïve".encode("utf-8"), b"caf\xc3\xa9".decode(), len("é".encode()))
print(int.from_bytes(b"\x01\x00", "big"), (256).to_bytes(2, "little"))
print(b"ab" + b"c", b"abc"[0], list(b"hi"), b"x" * 3)
