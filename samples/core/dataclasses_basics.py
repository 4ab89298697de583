"""@dataclass: defaults, field(default_factory=list), generated __repr__/__eq__, float fields, order, frozen."""
from dataclasses import dataclass, field, asdict, replace
from typing import Optional


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1

    def total(self) -> float:
        return self.price * self.qty


@dataclass
class Order:
    customer: str
    items: list[Item] = field(default_factory=list)
    note: Optional[str] = None
    discount: float = 0.0

    def add(self, item: Item) -> None:
        self.items.append(item)

    @property
    def total(self) -> float:
        return round(sum(i.total() for i in self.items) * (1 - self.discount), 2)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass(frozen=True)
class Point:
    x: float
    y: float


pen = Item("pen", 1.5, 4)
book = Item("book", 12.0)
print(pen)
print(book, book.qty, book.total())
print("eq compares fields:", Item("pen", 1.5, 4) == pen, Item("pen", 1.5) == pen, pen == ("pen", 1.5, 4))

first = Order("ann")
second = Order("bob", discount=0.1)
first.add(pen)
second.add(book)
second.add(Item("ink", 3.25, 2))
print("separate default lists:", len(first.items), len(second.items))
print(first)
print("totals:", first.total, second.total)
print("asdict:", asdict(second))
print("replace:", replace(pen, qty=10), "original:", pen)

versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2)]
print("sorted:", sorted(versions))
print("max:", max(versions), Version(2) > Version(1, 99), Version(1, 2) <= Version(1, 2, 0))

origin = Point(0.0, 0.0)
print(origin, origin == Point(0, 0), Point(1.5, -2.0))
try:
    origin.x = 5.0
except AttributeError as exc:
    print("frozen:", type(exc).__name__)
print("frozen dataclasses hash by value:", hash(origin) == hash(Point(0.0, 0.0)), len({origin, Point(0.0, 0.0)}))
print("fields in order:", list(Order.__dataclass_fields__))
try:
    Item("no price")
except TypeError:
    print("TypeError: missing required field")
