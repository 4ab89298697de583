"""asyncio.Condition: wait/notify(n)/notify_all in FIFO order, wait_for(predicate), and notify without the lock."""
import asyncio

log: list[str] = []


async def consumer(cond: asyncio.Condition, name: str) -> None:
    async with cond:
        log.append(f"{name} waits")
        await cond.wait()
        log.append(f"{name} woke")


async def main() -> None:
    cond = asyncio.Condition()
    consumers = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(4)]
    await asyncio.sleep(0.001)
    print("all waiting:", log)

    async with cond:
        cond.notify()
    await asyncio.sleep(0.001)
    print("notify() wakes one (the first):", log[-1])

    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.001)
    print("notify(2) wakes the next two:", log[-2:])

    async with cond:
        cond.notify_all()
    await asyncio.gather(*consumers)
    print("notify_all wakes the rest:", log[-1])

    try:
        cond.notify()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    items: list[int] = []
    box = asyncio.Condition()

    async def wait_for_items(name: str, need: int) -> None:
        async with box:
            got = await box.wait_for(lambda: len(items) >= need)
            print(f"  {name} saw {len(items)} items (needed {need}), predicate returned {got}")

    async def producer() -> None:
        for n in range(1, 5):
            await asyncio.sleep(0.002)
            async with box:
                items.append(n)
                print(f"  produced {n}")
                box.notify_all()

    await asyncio.gather(wait_for_items("needs-3", 3), wait_for_items("needs-1", 1), producer())

    async with box:
        print("wait_for with an already-true predicate returns at once:", await box.wait_for(lambda: True))

    shared = asyncio.Lock()
    cond2 = asyncio.Condition(shared)
    async with cond2:
        print("a condition can share a lock:", shared.locked())
    try:
        async with asyncio.timeout(0.005):
            async with cond2:
                await cond2.wait()
    except TimeoutError:
        print("waiting with nobody to notify times out; lock released again:", not shared.locked())


asyncio.run(main())
