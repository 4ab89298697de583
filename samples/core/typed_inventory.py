"""Type-annotated code: int, float, str, list[T], dict[K, V], tuple[...], X | None, Optional."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

Sku = str
Row = tuple[str, int, float]


@dataclass
class Product:
    sku: Sku
    name: str
    price: float
    stock: int = 0
    tags: list[str] = field(default_factory=list)


class Inventory:
    def __init__(self) -> None:
        self._items: dict[Sku, Product] = {}
        self.history: list[tuple[str, Sku, int]] = []

    def add(self, product: Product) -> None:
        self._items[product.sku] = product
        self.history.append(("add", product.sku, product.stock))

    def find(self, sku: Sku) -> Product | None:
        return self._items.get(sku)

    def restock(self, sku: Sku, amount: int) -> int:
        product = self.find(sku)
        if product is None:
            raise KeyError(sku)
        product.stock += amount
        self.history.append(("restock", sku, amount))
        return product.stock

    def cheapest(self, tag: Optional[str] = None) -> Optional[Product]:
        candidates = [p for p in self._items.values() if tag is None or tag in p.tags]
        return min(candidates, key=lambda p: p.price, default=None)

    def rows(self) -> list[Row]:
        return [(p.name, p.stock, round(p.price * p.stock, 2)) for p in self._items.values()]

    def value_by_tag(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for p in self._items.values():
            for t in p.tags:
                totals[t] = totals.get(t, 0.0) + p.price * p.stock
        return totals


def parse_line(line: str) -> Product:
    sku, name, price, stock, *tags = line.split(";")
    return Product(sku, name, float(price), int(stock), tags)


inv = Inventory()
for line in ["A1;Mug;4.5;10;kitchen;gift", "B2;Lamp;19.99;2;home", "C3;Pen;0.8;100;office;gift"]:
    inv.add(parse_line(line))

print(inv.find("A1"))
print(inv.find("Z9"))
print(inv.restock("B2", 3))
try:
    inv.restock("Z9", 1)
except KeyError as exc:
    print("unknown sku:", exc)
cheap: Optional[Product] = inv.cheapest()
print("cheapest:", cheap.name if cheap else None)
print("cheapest gift:", getattr(inv.cheapest("gift"), "name", None), "| cheapest toy:", inv.cheapest("toy"))
for name, stock, value in inv.rows():
    print(f"{name:<5} {stock:>4} {value:>8.2f}")
print({tag: round(v, 2) for tag, v in inv.value_by_tag().items()})
print(inv.history)
counts: dict[str, int] = {}
total: float = 0
for _, sku, qty in inv.history:
    counts[sku] = counts.get(sku, 0) + 1
    total += qty
print(counts, total)
