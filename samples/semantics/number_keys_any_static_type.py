# A dict or list whose static type says int keys or elements can still
# receive True or a float from an untyped path (json.loads, a parameter):
# lookups by the int must find them, as CPython's == does (1 == 1.0 == True),
# and storing under the int must replace the value kept under the float key
# (the key itself stays as first stored). Found by the differential tester.
import json


def untyped(x):
    return x


d = {0: "a"}
for k in json.loads("[2.0]"):
    d[k] = "f"
print(2 in d, d, d[2], d.get(2))
e: dict[int, str] = {}
e[json.loads("1.0")] = "y"
e[1] = "x"
e[untyped(True)] = "t"
print(e, len(e), 1 in e, e[1], True in e)


def fill(m: dict[int, int]):
    m[3] = 1
    m[0] = 2
    return 3 in m, 0 in m, m[3], len(m)


m = {}
m[json.loads("3.0")] = 7
m[untyped(False)] = 8
print(fill(m), m)
counts = {i: 0 for i in range(3)}
for v in json.loads("[1.0, 2, 1]"):
    counts[v] += 1
counts[untyped(2.0)] = counts[2] * 10
print(counts)
xs = [1, 2]
xs.append(json.loads("3.0"))
print(3 in xs, 3.0 in xs, 1.0 in xs, True in xs, 4 not in xs)
match m:
    case {3: value, 0: other}:
        print("matched", value, other)
    case _:
        print("no match")
