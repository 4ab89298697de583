"""Lock and Semaphore waiters: cancelled while queued, cancelled just after being woken, tasks made from acquire()."""
import asyncio


async def holder(prim, name, log, hold):
    async with prim:
        log.append(f"{name} in")
        for _ in range(hold):
            await asyncio.sleep(0)
        log.append(f"{name} out")


async def waiter(prim, name, log):
    try:
        await prim.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled while waiting")
        raise
    try:
        log.append(f"{name} acquired")
        await asyncio.sleep(0)
    finally:
        prim.release()
        log.append(f"{name} released")


async def cancel_queued(prim, label):
    log = []
    h = asyncio.create_task(holder(prim, "h", log, 3))
    await asyncio.sleep(0)
    a = asyncio.create_task(waiter(prim, "a", log))
    b = asyncio.create_task(waiter(prim, "b", log))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.gather(h, a, b, return_exceptions=True)
    print(label, "queued:", log, a.cancelled(), b.cancelled(), prim.locked())


async def cancel_after_wakeup(prim, label):
    # The holder releases (waking "a"), and "a" is cancelled before it runs:
    # the permit must pass on to "b".
    log = []
    await prim.acquire()
    a = asyncio.create_task(waiter(prim, "a", log))
    b = asyncio.create_task(waiter(prim, "b", log))
    await asyncio.sleep(0)
    prim.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(label, "woken then cancelled:", log, a.cancelled(), prim.locked())


async def task_of_acquire(prim, label):
    await prim.acquire()
    t = asyncio.create_task(prim.acquire())
    await asyncio.sleep(0)
    print(label, "task waiting:", t.done(), prim.locked())
    prim.release()
    print(label, "task result:", await t, prim.locked())
    prim.release()
    t2 = asyncio.create_task(prim.acquire())
    print(label, "free:", await t2)
    prim.release()


async def aenter_queue(prim, label):
    log = []
    tasks = [asyncio.create_task(holder(prim, f"w{i}", log, 1)) for i in range(4)]
    await asyncio.gather(*tasks)
    print(label, "async with order:", log)


def make(label):
    if label == "lock":
        return asyncio.Lock()
    return asyncio.Semaphore(int(label[-1]))


async def main():
    for label in ("lock", "sem1", "sem2"):
        await cancel_queued(make(label), label)
        await cancel_after_wakeup(make(label), label)
        await task_of_acquire(make(label), label)
        await aenter_queue(make(label), label)


asyncio.run(main())
