"""json.loads of bytes and bytearray, whatever the UTF they are in."""
import json

doc = '{"name": "zoë", "n": [1, 2.5]}'
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]:
    print(enc, json.loads(doc.encode(enc)))
print(json.loads(bytearray(b"[true, null]")))
try:
    json.dumps({"k": b"v"})
except TypeError as e:
    print("TypeError", e)
print("é".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf-8-sig"))
