"""Integral floats keep printing as floats whatever path they take (issue 14)."""
import json
import math

# json.loads: numbers with a fraction or an exponent are floats.
data = json.loads('{"a": 2.0, "b": [1, 3.0, 2.5, 1e2], "c": 7}')
print(data, data["a"], type(data["a"]).__name__, type(data["c"]).__name__)
print(json.dumps(data))

# max/min/sum of mixed ints and floats return the float itself.
print(max(2, 3.0), min(2.0, 3), max([1, 4.0, 2]), sum([1.0, 2.0]), sum([0.5, 1.5]), sum([1, 2], 0.0))


# A parameter fed ints and floats.
def double(v):
    return v * 2


print(double(1), double(1.0), double(0.5), [double(x) for x in (1, 2.0, 3)])


class Box:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Box({self.value!r})"


# A field fed an int and a float.
print(Box(1), Box(1.0), [Box(2.0), Box(2)], Box(3.0).value + 1)


# math results are floats even when integral.
print(math.sqrt(16), math.pow(2, 3), math.fabs(-3), math.hypot(3, 4), math.floor(2.5), math.ceil(2.1))
roots = [math.sqrt(n) for n in (1, 2, 4)]
print(roots, round(roots[1], 3))


# A float returned through an untyped function, stored in a dict, read back.
def parse(text):
    return float(text)


table = {"x": parse("1e2"), "y": parse("2.5"), "z": 10 / 5}
print(table, table["x"] + 1, table["z"] - 2)


def gen():
    yield 1
    yield 2.0
    yield 6 / 3


print(list(gen()), tuple(gen()))
