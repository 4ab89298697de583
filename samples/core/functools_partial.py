"""functools.partial: bound positionals and keywords reach the right parameters."""
from functools import partial


def scaled(value: int, scale: int = 1, *, offset: int = 0) -> int:
    return value * scale + offset


def describe(name: str, greeting: str = "hello", punct: str = "!") -> str:
    return f"{greeting}, {name}{punct}"


triple = partial(scaled, scale=3)
print(triple(2), triple(5, offset=1))
print(triple(2, scale=10), "(a call-time keyword wins)")
shifted = partial(scaled, 4, offset=100)
print(shifted(), shifted(2))
polite = partial(describe, greeting="good day")
print(polite("Ada"), polite("Bob", punct="."))
print([partial(scaled, scale=k)(1) for k in range(4)])
try:
    partial(scaled, bogus=1)(1)
except TypeError as e:
    print("TypeError:", e)
