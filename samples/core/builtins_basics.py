"""Builtins: print sep/end, len, range, enumerate, zip, sorted, reversed, sum, min/max, isinstance, type, str/repr/bool."""
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=" | ", end=" <end>\n")
print("no newline", end="")
print(" ... continued")
print()
print(*[1, 2, 3], sep=", ")
print("sep", "with", "None", sep=None)

print(len("four"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(()))
print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -2)), list(range(3, 3)))
print(range(4)[-1], 7 in range(0, 10, 7), range(10)[2:5], len(range(-5)))

for i, ch in enumerate("xyz", start=1):
    print(i, ch, end="; ")
print()
print(list(enumerate(["a", "b"])), list(zip([1, 2, 3], "ab")), list(zip()))
names, scores = zip(*[("ann", 3), ("bob", 5)])
print("unzipped:", names, scores)

data = [5, -2, 9, 0, -7]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=abs), sorted(data, key=abs, reverse=True))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), data)
print(sum(data), sum([]), sum([0.5, 0.5]), sum([[1], [2]], []))
print(min(data), max(data), min(3, 1, 2), max("apple", "fig", key=len), max([], default="empty"))
print(min(data, key=lambda n: (n % 3, n)), abs(-4), divmod(9, 4), pow(2, 5), round(2.567, 1))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), all([]))

values = [1, 2.5, "s", [1], (1,), {"k": 1}, None, True, {1}]
for v in values:
    print(f"{type(v).__name__:>8}: str={str(v)!s:<10} repr={repr(v):<10} bool={bool(v)}")
print(isinstance(True, int), isinstance(1, (str, float)), isinstance(2.0, (int, float)), isinstance("s", str))
print(isinstance([], (list, tuple)), isinstance(None, object), type(1) is int, type(True) is int)
print(str(None), str(3.0), repr("it's"), repr('"q"'), repr([None, "x"]))
print(bool([]), bool([[]]), bool("False"), bool(-1), int(True) + 1)
print(callable(len), callable(3), hasattr("s", "upper"), getattr([], "nope", "fallback"))
print(chr(65) + chr(0x3b1), ord("a"), hex(255), bin(10), oct(64), format(3.14159, ".2f"), format(42, "08b"))
print(list(map(str, [1, 2])), list(filter(str.isdigit, ["1", "a", "22"])), max(map(len, ["ab", "c"])))
print(data is data, hash("a") == hash("a"), hash(1) == hash(1.0))
print(list(iter([1, 2])), next(iter("hey")), tuple(sorted({3: "c", 1: "a"})))
print(sum(range(101)), round(7 / 3, 3), int("42") + float("0.5"), str(10) + "0")
