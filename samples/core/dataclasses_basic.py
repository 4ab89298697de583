"""@dataclass: defaults, field(default_factory), generated __repr__/__eq__, order, frozen, post_init."""
from dataclasses import dataclass, field, asdict, replace
from typing import Optional


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list[str] = field(default_factory=list)
    note: Optional[str] = None

    @property
    def total(self) -> float:
        return self.price * self.qty


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

    def __str__(self) -> str:
        return f"v{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Point:
    x: float
    y: float


@dataclass
class Order:
    id: int
    items: list[Item] = field(default_factory=list)
    total: float = field(init=False, default=0.0)
    secret: str = field(default="hidden", repr=False)

    def __post_init__(self) -> None:
        self.total = sum(i.total for i in self.items)


a = Item("pen", 1.5)
b = Item("pen", 1.5)
c = Item("book", 12.0, qty=2, tags=["paper"])
print(a)
print(c, c.total)
print(a == b, a == c, a is b)
a.tags.append("blue")
print(a.tags, b.tags, "(each instance gets its own list)")
print(a == b)

versions = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)], Version(2) > Version(1, 99))
print(max(versions), Version(1, 2) == Version(1, 2, 0))

p = Point(1.0, 2)
print(p, p == Point(1, 2), hash(p) == hash(Point(1.0, 2.0)), len({p, Point(1, 2)}))
try:
    p.x = 5  # type: ignore[misc]
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(replace(p, y=9), p)

o = Order(7, [a, c])
print(o)
print(o.total, asdict(Point(3, 4)), asdict(Version(1)))
try:
    Item("nameonly")  # type: ignore[call-arg]
except TypeError:
    print("TypeError: missing required field")
print(Item("x", 2, 3, ["t"], "n"))
