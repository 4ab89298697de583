# array.array: typecodes, methods, slicing, bytes, reprs and CPython's errors.
from array import array
import array as arraymod

a = array("i", [1, 2, 3])
print(a, repr(a), len(a), a[0], a[-1], a.typecode, a.itemsize)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(-1, 55)
print(a, a.pop(), a.pop(0), a)
print(a.index(3), a.count(2), 3 in a, 9 in a, a.tolist())
a.remove(55)
a.reverse()
print(a, a[1:3], a[::-1], a[::2])
a[0] = 50
del a[1]
print(a, sum(a), list(a), a == array("i", [50, 3, 2, 1]))
print(a + array("i", [7]), array("b", [1, 2]) * 2)
print(array("d"), array("d", [1.5, 2.0]), array("f", [0.5]), array("u", "héllo"), array("u", "ab").tounicode())
print(array("B", b"\x01\x02\xff"), array("b", b"\x01\xff"))

h = array("h", [1, 256, -2])
data = h.tobytes()
print(data, len(data))
h.byteswap()
print(h)
back = array("h")
back.frombytes(data)
print(back, back == array("h", [1, 256, -2]))
print(array("q", [2**40, -5]).tobytes())
print(array("d", [0.25]).tobytes(), array("I", [7]).tolist())

for code, value in [("b", 128), ("b", -129), ("B", -1), ("B", 256), ("h", 40000), ("H", -1), ("H", 70000),
                    ("i", 2**31), ("i", -(2**31) - 1), ("I", -1)]:
    try:
        array(code, [value])
    except OverflowError as e:
        print(code, value, "OverflowError:", e)

for bad in ["x", "ii"]:
    try:
        array(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    array("i", [1.5])
except TypeError as e:
    print("TypeError:", e)
try:
    array("d", ["x"])
except TypeError as e:
    print("TypeError:", e)
try:
    array("u", "ab").append(1)
except TypeError as e:
    print("TypeError:", e)
try:
    array("i").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    array("i", [1])[5]
except IndexError as e:
    print("IndexError:", e)
try:
    array("i", [1]).index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    array("i", [1]).extend(array("h", [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    array("h").frombytes(b"abc")
except ValueError as e:
    print("ValueError:", e)
print(arraymod.typecodes)

# The buffer protocol: modules that take bytes-like objects read the array's machine representation.
import binascii
print(binascii.hexlify(array("i", [1, 2])), bytes(array("H", [258])))
try:
    array("i", [1]).frombytes("text")
except TypeError as e:
    print("TypeError:", e)
