"""Lambdas as values, sort keys, map/filter, and sort stability."""
from typing import Callable

people = [
    ("mia", 31, "oslo"),
    ("bob", 25, "rome"),
    ("ann", 31, "lima"),
    ("cy", 25, "oslo"),
    ("dee", 40, "rome"),
]

by_age = sorted(people, key=lambda p: p[1])
print("by age (stable):", [p[0] for p in by_age])
print("by age desc:", [p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print("by city then name:", [p[0] for p in sorted(people, key=lambda p: (p[2], p[0]))])
print("by name length then name:", sorted((p[0] for p in people), key=lambda n: (len(n), n)))
print("age desc, name asc:", [p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])

ops: dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
}
for name, fn in ops.items():
    print(name, fn(7, 3))

square = lambda x: x * x  # noqa: E731
print(list(map(square, range(5))))
print(list(filter(lambda n: n % 3 == 0, range(10))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))

words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
words.sort(key=lambda w: w[-1])
print("in-place by last letter:", words)

compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda *xs, **kw: (xs, sorted(kw)))(1, 2, b=1, a=2))
print(max(people, key=lambda p: p[1])[0], min(people, key=lambda p: (p[1], p[0]))[0])
