"""Keys and items views are set-like: operators, comparisons and isdisjoint follow CPython (int keys: a deterministic order)."""

d = {1: "a", 2: "b", 3: "c"}
ks = d.keys()
print(ks & {2, 3, 4}, {2, 3, 4} & ks, ks & [3, 1], ks | {9}, {0} | ks)
print(ks - {2}, {2, 3, 4} - ks, ks ^ {3, 4}, {3, 4} ^ ks)
print(ks & {5: 0, 1: 0}.keys(), ks | range(4, 6), ks - [1, 1])
print(ks == {1, 2, 3}, {1, 2, 3} == ks, ks != {1}, ks == [1, 2, 3], ks == frozenset({1, 2, 3}))
print(ks <= {1, 2, 3, 4}, ks < {1, 2, 3}, ks >= {1}, ks > {1, 2, 3}, {1} < ks)
print(ks == {3: 0, 2: 0, 1: 0}.keys(), ks.isdisjoint([5, 6]), ks.isdisjoint(iter([3])))

items = d.items()
print(sorted(items - {(1, "a")}), items & {(2, "b"), (2, "x")}, len(items | {(7, "z")}))
print(items == {(1, "a"), (2, "b"), (3, "c")}, items.isdisjoint({(1, "b")}), items.isdisjoint([(1, "a")]))
print(d.values() == d.values(), d.values() == ["a", "b", "c"])

d[4] = "d"
print(ks & {4}, items - {(1, "a"), (2, "b"), (3, "c")})

try:
    print(ks & 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(d.values() & {1})
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] in ks)
except TypeError as e:
    print("TypeError:", e)
