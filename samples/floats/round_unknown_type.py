# round(x, n) is an int when x is an int and a float when x is a float; when
# the translator cannot tell x's type (a sum of an empty list, an element of
# an untyped container), the value decides at run time.

v = round(sum(sorted([])), 0)
print(repr(v), round(sum([]), 1), round(2.5, 0), round(7, -1), round(sum([1.5, 1.5]), 1))
d = {"m": round(sum([]), 1), "n": round(sum([0.25, 0.5]), 1)}
print(d)
items = [3, 2.0, 1.26]
print([round(x, 1) for x in items], [round(x) for x in items], round(max(items), 2))
