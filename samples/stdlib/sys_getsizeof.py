# sys.getsizeof for values whose size follows from the value (CPython 3.11, 64-bit).
import sys

for n in [0, 1, -1, 1073741823, 1073741824, 2**52, -(2**52), 999999999999999]:
    print("int", len(str(n)), sys.getsizeof(n))
print("bool", sys.getsizeof(True), sys.getsizeof(False))
print("float", sys.getsizeof(1.5), sys.getsizeof(2.0))
print("None", sys.getsizeof(None))
for s in ["", "a", "hello world", "é", "caf\xe9", "€uro", "😀", "a😀b"]:
    print("str", repr(s), sys.getsizeof(s))
print("bytes", sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytes(100)))
print("tuple", sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, "two", 3.0)))
print("range", sys.getsizeof(range(10)))
print("empty", sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof(bytearray()))


class Plain:
    def __init__(self):
        self.x = 1


class Slotted:
    __slots__ = ("a", "b")


class Sized:
    def __sizeof__(self):
        return 100


print("objects", sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Sized()))
print(sys.getsizeof(0) < sys.getsizeof(10**15))

