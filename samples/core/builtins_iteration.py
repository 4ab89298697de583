"""Builtins: print sep/end, len, range, enumerate, zip, sorted, reversed, sum, min/max, any/all."""
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" <- continued", end="!\n")
print("x", 1, None, sep="")
print(*[1, 2, 3], sep=" | ")
print()
print("multi", "args", sep="\n")
print(end="")
print("after empty print")

print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(()), len(set("aab")))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -2)), list(range(0)), list(range(3, 1)))
r = range(0, 20, 5)
print(r, r[1], r[-1], 15 in r, 16 in r, len(r), r.index(10))
print(list(enumerate("ab")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3, 6), "xyz")))
names, ages = zip(*[("ann", 30), ("bob", 25)])
print(names, ages)

data = [5, 2, 9, 1]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))))
print(sum(data), sum(data, 100), sum([[1], [2]], []), sum([]), sum([0.1] * 10))
print(min(data), max(data), min(3, 1, 2), max("apple", "fig", key=len), min([], default=None))
print(max([("a", 2), ("b", 9), ("c", 9)], key=lambda t: t[1]))
print(min(["bb", "a", "ccc"], key=len), max([-3, 2, -7], key=abs))
try:
    max([])
except ValueError as exc:
    print("ValueError:", exc)
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 2 for x in data))

print(list(map(str.upper, ["a", "b"])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(str.isdigit, "a1b2c3")), abs(-2), round(2.567, 1))
print(divmod(9, 4), pow(2, 8), hash(1) == hash(1.0), callable(len), callable(5))

total = 0
for i, (a, b) in enumerate(zip(range(3), range(10, 13)), start=1):
    total += i * (a + b)
    print(f"step {i}: {a}+{b}")
print("total", total)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "exhausted"))
print(list(zip("abc", range(10))), dict(enumerate("xy")))
print(chr(ord("a") + 1), ord("z") - ord("a"), bin(10)[2:], str(7).rjust(3, "0"))
matrix = [[1, 2], [3, 4], [5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])
print(isinstance(range(3), range), type(zip()).__name__, type(enumerate([])).__name__)
