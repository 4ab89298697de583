"""A generator yielding ints, floats and strings: each value must print as its own type (2.0 stays 2.0)."""


def mixed():
    yield 1
    yield 2.0
    yield "three"


print("mixed yields:", list(mixed()))
for value in mixed():
    print(type(value).__name__, value)
