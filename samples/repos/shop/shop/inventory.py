"""Stock kept in memory; reserving is a coroutine that takes time."""
import asyncio

from . import state
from .errors import OutOfStock

stock = {"apple": 5, "pear": 2, "plum": 0}


async def reserve(name, qty=1, *, delay=0.01):
    print(f"  reserving {qty} x {name}")
    await asyncio.sleep(delay)
    left = stock.get(name, 0)
    if left < qty:
        raise OutOfStock(name, qty, left)
    stock[name] = left - qty
    state.journal.append(f"reserved {name}")
    return qty


def restock(name, qty):
    stock[name] = stock.get(name, 0) + qty
