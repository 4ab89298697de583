"""Placing orders: uses the coroutine, the dataclass, the error and the state of other modules."""
import asyncio

from . import state
from .errors import ShopError
from .inventory import reserve
from .models import Item, Order


class RushOrder(Order):
    KIND = "rush"

    def __init__(self, customer, items, deadline):
        super().__init__(customer, items)
        # Set after the base class's __init__: the subclass must not reset it.
        self.note = f"rush in {deadline}s"
        self.deadline = deadline

    def describe(self):
        return f"{super().describe()} [rush, {self.deadline}s]"


async def place(order: Order):
    jobs = [reserve(i.name, qty=i.qty, delay=0.01 * (n + 1)) for n, i in enumerate(order.items)]
    print(f"placing for {order.customer}: {len(jobs)} reservations created")
    try:
        got = await asyncio.gather(*jobs)
    except ShopError as e:
        print(f"  order failed: {e}")
        return None
    state.record(f"order {order.customer}")
    return sum(got)


def sample_items():
    return [Item("apple", 0.5, qty=2), Item(name="pear", price=1.25, tags=["ripe"])]
