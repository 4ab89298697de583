"""Annotated code: int/float/str, list[T], dict[K, V], tuple[...], X | None, Optional, Callable, aliases, generics."""
from __future__ import annotations

from typing import Callable, Optional, TypeVar, Union

T = TypeVar("T")
Matrix = list[list[float]]
Handler = Callable[[str, int], str]

count: int = 0
ratio: float = 0.25
label: str = "items"
pending: list[str] = []
index: dict[str, list[int]] = {}
bounds: tuple[int, int] = (0, 10)
coords: tuple[float, ...] = (1.0, 2.5, -3.0)
maybe: int | None = None
later: Optional[str]  # declared, not assigned


def scale(m: Matrix, factor: float = 2.0) -> Matrix:
    return [[v * factor for v in row] for row in m]


def find(words: list[str], prefix: str) -> Optional[str]:
    for w in words:
        if w.startswith(prefix):
            return w
    return None


def first(items: list[T], default: T) -> T:
    return items[0] if items else default


def parse(value: Union[int, str, None]) -> int:
    if value is None:
        return -1
    if isinstance(value, str):
        return len(value)
    return value


def apply(handler: Handler, name: str, times: int = 1) -> str:
    return handler(name, times)


def make_multiplier(k: int) -> Callable[[int], int]:
    def mul(x: int) -> int:
        return x * k
    return mul


def tally(pairs: list[tuple[str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for key, n in pairs:
        totals[key] = totals.get(key, 0) + n
    return totals


print(count, ratio, label, pending, index, bounds, coords, maybe)
try:
    print(later)
except NameError:
    print("an annotation alone does not create the variable")
print(scale([[1.0, 2.0], [3.0, 4.5]]), scale([[1]], factor=0.5))
print(find(["alpha", "beta"], "b"), find(["alpha"], "z"))
print(first([3, 4], 0), first([], "empty"), first(["x"], "y"))
print(parse(7), parse("four"), parse(None))
print(apply(lambda n, t: n * t, "ab", 3), apply(lambda n, t: f"{n}:{t}", "x"))
triple: Callable[[int], int] = make_multiplier(3)
print(triple(7), [make_multiplier(k)(2) for k in range(4)])
print(tally([("a", 1), ("b", 2), ("a", 5)]))
index.setdefault("primes", []).extend([2, 3, 5])
maybe = len(index["primes"])
print(index, maybe, bounds[1] - bounds[0])
print("annotations do not convert values:", parse("12"), scale([[1]], factor=3))
