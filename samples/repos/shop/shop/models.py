from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self) -> float:
        return self.price * self.qty


class Order:
    KIND = "standard"

    def __init__(self, customer, items, *, note=""):
        self.customer = customer
        self.items = items
        self.note = note

    def describe(self):
        names = ", ".join(i.name for i in self.items)
        return f"{self.customer}: {names} ({self.KIND})"

    @classmethod
    def quick(cls, customer, item):
        order = cls(customer, [item])
        order.note = "quick"
        return order

    @staticmethod
    def code_for(customer):
        return customer[:2].upper()
