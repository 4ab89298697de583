"""Placing orders: uses the coroutine, the dataclass, the error and the state of other modules."""
import asyncio

from . import state
from .errors import ShopError
from .inventory import reserve
from .models import Item, Order


class RushOrder(Order):
    def __init__(self, customer, items, deadline):
        super().__init__(customer, items, note="rush")
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
