"""1, 1.0 and True are one dict key and one set element, as in CPython."""
d = {1: "int", 2.0: "float", True: "bool"}
print(d, d[2], d[1.0], 2 in d, 1.0 in d, 3 in d)

counts = {}
for key in [1, 1.0, 2.0, 2, 3.5]:
    counts[key] = counts.get(key, 0) + 1
print(counts)

s = {1.0, 1, 2.0, 3}
print(sorted(s), len(s), 2 in s, 3.0 in s)
print(0.0 in {0: "zero"}, -0.0 in {0: "zero"}, 1 in [1.0, 2.0], 2.0 in [1, 2])
print(hash(1.0) == hash(1), hash(2.0) == hash(2), {(1, 2.0): "t"}[(1.0, 2)])
print(set([2.0, 2, 2.0]), {x / 2 for x in (2, 4, 4.0)})
