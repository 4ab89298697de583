"""bytearray: a mutable bytes, compared equal to bytes, unhashable."""
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([32, 49])
ba += b"!"
print(ba)
ba[1:5] = b"ELLO"
print(ba)
ba[0:1] = b""
print(ba)
ba[::2] = bytes(len(ba[::2]))
print(ba)
del ba[0]
del ba[-2:]
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 90)
ba.remove(0)
print(ba)
ba.reverse()
print(ba, ba.upper(), type(ba.upper()).__name__)
copy = ba.copy()
ba.clear()
print(ba, copy, bool(ba), bool(copy))
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray())
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__, bytearray(b"ab") * 2)
m = bytearray(b"xy")
m *= 3
print(m, bytes(m), b"y" in m, m.find(b"yx"), m.split(b"y"), m.decode())
for label, fn in [
    ("pop empty", lambda: bytearray().pop()),
    ("index", lambda: bytearray(b"a")[5]),
    ("assign 300", lambda: bytearray(b"a").__setitem__(0, 300)),
    ("remove", lambda: bytearray(b"a").remove(98)),
    ("append str", lambda: bytearray(b"a").append("b")),
    ("extend int", lambda: bytearray(b"a").extend(5)),
    ("hash", lambda: hash(bytearray())),
    ("set", lambda: {bytearray(b"k")}),
    ("iadd str", lambda: bytearray(b"a").__iadd__("b")),
]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
