"""typing.NamedTuple class syntax (fields, defaults, methods, _fields, _asdict, _replace, _make, reprs,
tuple behaviour), and TypedDict (a dict at run time)."""
import collections
import typing
from typing import NamedTuple, TypedDict


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> "Point":
        return self._replace(x=self.x + dx)


p = Point(1)
print(p, repr(p), p.x, p[1], p[-1], len(p))
print(p._fields, Point._fields, Point._field_defaults)
print(p._asdict(), p._replace(y=5), p.moved(3), p.norm1())
x, y, lab = p
print(x, y, lab, p == (1, 0, "p"), p == Point(1, 0, "p"), p != Point(2))
print(Point(3, label="q", y=4), Point(x=7), Point._make([8, 9, "m"]))
print(isinstance(p, tuple), isinstance(p, Point), list(p), p + (1,), tuple(p))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, "a", 4)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError:
    print("AttributeError: can't set attribute")


class Employee(typing.NamedTuple):
    name: str
    dept: str
    salary: float = 1000.0


staff = [Employee("ann", "eng", 2000.0), Employee("bob", "ops")]
print(staff, max(staff, key=lambda e: e.salary).name)
print({e.name: e.salary for e in staff})


Pair = collections.namedtuple("Pair", "left right")
print(Pair(2, 3), Pair(2, 3)._replace(left=10), Pair._make([1, 1]))


class Movie(TypedDict):
    name: str
    year: int


m: Movie = {"name": "Blade Runner", "year": 1982}
m2 = Movie(name="Alien", year=1979)
print(m, m2, type(m2).__name__, isinstance(m2, dict), m2["year"] + 1)
m2["year"] = 1980
print(sorted(m2.items()), len(m2))
