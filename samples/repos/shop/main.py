import asyncio

import shop.plugins.discount
import shop.state
from common import text
from shop import VERSION, Item, Order, OutOfStock, ShopError
from shop import billing, ledger
from shop.inventory import reserve, restock
from shop.orders import RushOrder, place, sample_items
from shop.plugins import registry
from shop.state import orders_placed as placed_at_start


async def main():
    print("running as", __name__)
    print(text.banner(f"shop {VERSION}"))
    items = sample_items()
    print(items[1], f"{items[0].total():.2f}")
    order = RushOrder("ana", items, deadline=5)
    print(order.describe(), order.note, order.KIND, order.code_for("ana"))
    quick = Order.quick("cy", Item("plum", 2.0))
    print(quick.describe(), quick.note, Order.KIND, Order.code_for(quick.customer))
    # Created but not awaited yet: nothing runs until it is scheduled.
    pending = reserve(name="plum", qty=1)
    print("pending reservation created")
    try:
        await pending
    except OutOfStock as e:
        print(f"caught OutOfStock: {e} (left={e.left})", isinstance(e, ShopError))
    total = await place(order)
    print("reserved units:", total)
    restock("plum", 3)
    task = asyncio.create_task(reserve("plum", qty=2, delay=0.02))
    print("task scheduled")
    print("task result:", await task)
    failed = await place(RushOrder("bo", [Item("pear", 1.25, qty=5)], 1))
    print("failed order gives", failed)
    # shop.state is shared: place() changed it through state.record().
    shop.state.orders_placed += 10
    print("orders placed:", shop.state.orders_placed, "copied at import:", placed_at_start)
    print("journal:", shop.state.journal)
    print(billing.charge("ana", registry["discount"](total * 1.0)))
    print(ledger.audit())
    print(billing.refund_all())
    print(text.money(3, currency="USD"))


if __name__ == "__main__":
    asyncio.run(main())
