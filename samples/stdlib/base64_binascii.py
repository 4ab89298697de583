"""base64 and binascii: encodings, decoding rules and binascii.Error messages."""
import base64
import binascii

data = b"tsyncio \x00\xff\xfe bytes!"
for enc, dec in [
    (base64.b64encode, base64.b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.standard_b64encode, base64.standard_b64decode),
    (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode),
]:
    encoded = enc(data)
    print(enc.__name__, encoded, dec(encoded) == data, dec(encoded.decode()) == data)
for n in range(6):
    print(n, base64.b64encode(b"x" * n), base64.b32encode(b"x" * n), base64.b32decode(base64.b32encode(b"x" * n)))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.b64decode("YW Jj\nZA=="), base64.b64decode(b"YWJjZA==trailing"), base64.b64decode("YQ"[:0]))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\neHh4\n"))
print(base64.b16decode("ff00", casefold=True), base64.b32decode("mzxw6===", casefold=True), base64.b32decode("MZXW6YQ1", map01="L"))
print(binascii.hexlify(b"\x01\xab"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.b2a_hex(b"\xff\x00\x01\x02", b":", 2), binascii.unhexlify("01ab"), binascii.a2b_hex(b"FFfe"))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="), binascii.a2b_base64(b"aGk=", strict_mode=True))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"abc", 0xFFFF))
for label, fn in [
    ("padding", lambda: base64.b64decode("abc")),
    ("one extra", lambda: base64.b64decode("abcde")),
    ("validate", lambda: base64.b64decode("YW Jj", validate=True)),
    ("validate pad", lambda: base64.b64decode("YQ===", validate=True)),
    ("leading pad", lambda: binascii.a2b_base64("=YQ", strict_mode=True)),
    ("non-ascii", lambda: base64.b64decode("é")),
    ("int", lambda: base64.b64decode(5)),
    ("encode str", lambda: base64.b64encode("text")),
    ("b32 pad", lambda: base64.b32decode("MZXW6")),
    ("b32 digit", lambda: base64.b32decode("MZXW6!==")),
    ("b16 digit", lambda: base64.b16decode("fg")),
    ("odd", lambda: binascii.unhexlify("abc")),
    ("hex digit", lambda: binascii.unhexlify("zz")),
]:
    try:
        print(label, fn())
    except binascii.Error as e:
        print(label, "binascii.Error:", e, isinstance(e, ValueError))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)
