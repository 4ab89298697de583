"""bytes as a sequence: indexing gives ints, slicing, +, *, in, len, iteration, comparison, hashing."""
data = b"hello world"
print(data[0], data[-1], data[1:5], data[::-1], data[::2], data[100:], data[-3:])
print(len(data), data + b"!", data * 2, 3 * b"ab", b"ab" * 0, b"ab" * -1)
print(b"world" in data, b"xyz" in data, 111 in data, 0 in data, b"" in data)
print(list(b"abc"), [c for c in b"\x00\x01\xff"], sum(b"\x01\x02"), max(b"az"), sorted(b"cab"))
print(tuple(reversed(b"abc")))
print(b"abc" == b"abc", b"abc" == "abc", b"abc" != b"abd", b"a" < b"b", b"ab" < b"abc", b"b" > b"abc", b"" <= b"")
print(sorted([b"pear", b"apple", b"fig", b""]))
d = {b"one": 1, b"two": 2}
d[b"o" + b"ne"] = 11
print(d, d[b"two"], b"one" in d, len(d))
s = {b"x", b"y", b"x", bytes([120])}
print(sorted(s), len(s))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"abc") == hash("abc"))
print(bool(b""), bool(b"\x00"), not b"", b"" or b"default")
for i, byte in enumerate(b"hi"):
    print(i, byte, chr(byte))
print(bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b"copy"), bytes(), bytes("é", "utf-8"), bytes("x", encoding="ascii"))
print(isinstance(data, bytes), isinstance(data, bytearray), isinstance("s", bytes), isinstance(data, (str, bytes)))
print(type(data), type(bytearray()), type(memoryview(b"")))
print(int(b"12"), int(b" -7 "), int(b"ff", 16), float(b"1.5"), ord(b"a"), str(b"x", encoding="ascii"), str(b"\xe9", "latin-1"))
print(list(map(bytes.upper, [b"a", b"b"])), bytes.decode(b"\xc3\xa9"), bytearray.upper(bytearray(b"q")), bytes.hex(b"\x01"))
