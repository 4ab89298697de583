"""struct: pack/unpack in every byte order, sizes and alignment, Struct objects, errors."""
import struct

print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!H", 258), struct.pack("=h", -2), struct.pack("<q", -1))
print(struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -2**31, 2**32 - 1, -2**40, 2**50))
print(struct.unpack("<bBhHiIqQ", struct.pack("<bBhHiIqQ", -1, 255, -300, 65535, -2**31, 2**32 - 1, -2**40, 2**50)))
print(struct.pack("<?c3s5p2x", True, b"z", b"abcdef", b"pascal"), struct.unpack("<?c3s5p2x", b"\x01zabc\x04pasc\x00\x00"))
print(struct.pack("<fde", 1.5, -2.25, 0.333), struct.unpack("<fde", struct.pack("<fde", 1.5, -2.25, 0.333)), struct.unpack("<d", struct.pack("<d", 2.0)))
print(struct.unpack("<e", struct.pack("<e", 65504.0)), struct.unpack("<e", struct.pack("<e", 1e-7)), struct.pack("<e", 0.1), struct.unpack(">f", b"\x3f\x80\x00\x00"))
print(struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@ib"), struct.calcsize("@bq"), struct.calcsize("3s2x?"), struct.calcsize("@hl"), struct.calcsize("<hl"), struct.calcsize("<2h i "))
print(struct.pack("@bi", 1, 2), struct.pack("bhq", 1, 2, 3))
s = struct.Struct("<HH")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00"), list(s.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
buf = bytearray(8)
struct.pack_into("<I", buf, 2, 0xDEADBEEF)
s.pack_into(buf, 0, 7, 8)
print(buf, struct.unpack_from("<I", buf, 2), struct.unpack_from("<H", buf), s.unpack_from(buf, offset=4))
print(struct.unpack("<I", memoryview(b"\xff\xff\xff\xff")), struct.unpack("<Q", b"\xff" * 8), struct.pack("<i", True))
for label, fmt, args in [
    ("count", "<ii", (1,)),
    ("extra", "<i", (1, 2)),
    ("byte", "b", (200,)),
    ("ubyte", "<B", (300,)),
    ("short", "<h", (40000,)),
    ("int", "<i", (2**31,)),
    ("uint neg", "<I", (-1,)),
    ("q", "<q", (1 << 63,)),
    ("not int", "<b", ("x",)),
    ("float int", "<H", (1.5,)),
    ("not float", "<f", ("x",)),
    ("s", "<s", (1,)),
    ("c", "<c", (b"ab",)),
    ("bad char", "<y", (1,)),
    ("native n", "<n", (1,)),
]:
    try:
        print(label, struct.pack(fmt, *args))
    except struct.error as e:
        print(label, "struct.error:", e)
for label, fn in [
    ("unpack size", lambda: struct.unpack("<i", b"abc")),
    ("unpack_from", lambda: struct.unpack_from("<i", b"abc", 1)),
    ("iter", lambda: list(struct.iter_unpack("<H", b"abc"))),
    ("e overflow", lambda: struct.pack("<e", 1e10)),
]:
    try:
        print(label, fn())
    except (struct.error, OverflowError) as e:
        print(label, type(e).__name__, e)
