"""Operator overloading: __add__/__radd__/__mul__/__neg__, __lt__ with sorted, __len__/__bool__, __getitem__/__setitem__, __hash__, __call__."""
from __future__ import annotations

import functools


@functools.total_ordering
class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def __add__(self, other: Vec) -> Vec:
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other: int) -> Vec:
        return self if other == 0 else NotImplemented  # lets sum() start from 0

    def __sub__(self, other: Vec) -> Vec:
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> Vec:
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self) -> Vec:
        return Vec(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other: Vec) -> bool:
        return abs(self) < abs(other)

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __bool__(self) -> bool:
        return bool(self.x or self.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.w, self.h = w, h
        self.cells: dict[tuple[int, int], str] = {}

    def __getitem__(self, pos: tuple[int, int]) -> str:
        return self.cells.get(pos, ".")

    def __setitem__(self, pos: tuple[int, int], value: str) -> None:
        self.cells[pos] = value

    def __len__(self) -> int:
        return len(self.cells)

    def __call__(self, row: int) -> str:
        return "".join(self[(row, c)] for c in range(self.w))


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 2 * a, -a, abs(b))
print("sum with __radd__:", sum([a, b, Vec(0.5, 0)]))
print("comparisons:", a < b, a <= b, b > a, a >= a, a == Vec(1, 2), a != b)
print("sorted by length:", sorted([b, Vec(0, 1), a]), "max:", max([a, b]))
print("truthiness:", bool(Vec(0, 0)), bool(a), "hash-equal keys:", {a: "first", Vec(1, 2): "second"})
try:
    a + 1
except (TypeError, AttributeError) as exc:
    print("unsupported operand:", type(exc).__name__)
try:
    print("1 + vec:", 1 + a)
except TypeError as exc:
    print("TypeError:", exc)

g = Grid(4, 2)
g[(0, 1)] = "#"
g[1, 3] = "@"
print(g(0), g(1), len(g), g[0, 0], bool(g), bool(Grid(1, 1)))
v = Vec(1, 1)
v += Vec(1, 0)  # falls back to __add__, making a new object
v *= 2
print("augmented:", v)
