"""int.from_bytes / int.to_bytes and memoryview basics."""
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b""), int.from_bytes([1, 2], byteorder="big"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, byteorder="little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes(), (0).to_bytes(0, "big"))
n = 2 ** 40 + 5
print(int.from_bytes(n.to_bytes(8, "big"), "big") == n, int.from_bytes(b"\x00\x00\x00\x00\x00\x00\xff\xff", "big"))
for label, fn in [("too big", lambda: (256).to_bytes(1, "big")), ("negative", lambda: (-1).to_bytes(1, "big")), ("order", lambda: (1).to_bytes(1, "middle"))]:
    try:
        fn()
    except (OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)
mv = memoryview(b"abcdef")
print(len(mv), mv[0], mv[-1], mv[1:4].tobytes(), mv.tobytes(), mv.tolist()[:3], mv.hex(), mv.readonly, mv[::2].tobytes())
print(mv == b"abcdef", bytes(mv[2:]), b"x" + mv[:1], list(mv[4:]))
buf = bytearray(b"hello")
view = memoryview(buf)
view[0] = 74
view[1:3] = b"EL"
print(buf, view.readonly, view.nbytes)
with memoryview(b"ctx") as m:
    print(m.tobytes())
try:
    memoryview(b"ro")[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
