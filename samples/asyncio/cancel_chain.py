"""Cancelling a task that awaits another task cancels the inner task too; cancellation propagates outward."""
import asyncio

log = []


async def leaf(name):
    try:
        log.append(f"{name} waiting")
        await asyncio.sleep(1)
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def middle():
    inner = asyncio.create_task(leaf("inner"), name="inner")
    try:
        return await inner
    except asyncio.CancelledError:
        log.append(f"middle saw cancel; inner.cancelled()={inner.cancelled()}")
        raise
    finally:
        log.append("middle finally")


async def outer():
    try:
        return await middle()  # plain await: runs in the same task
    finally:
        log.append("outer finally")


async def main():
    top = asyncio.create_task(outer(), name="top")
    await asyncio.sleep(0.005)
    me = asyncio.current_task()
    print("tasks besides main:", sorted(t.get_name() for t in asyncio.all_tasks() if t is not me))
    top.cancel()
    try:
        await top
    except asyncio.CancelledError:
        print("top cancelled:", top.cancelled())
    for line in log:
        print("  ", line)

    log.clear()
    shared = asyncio.create_task(leaf("shared"))
    waiter = asyncio.create_task(asyncio.wait_for(shared, 1))
    await asyncio.sleep(0.005)
    shared.cancel()
    res = await asyncio.gather(waiter, return_exceptions=True)
    print("a waiter on a task cancelled by someone else gets:", type(res[0]).__name__)
    print("and the waiter itself counts as cancelled:", waiter.cancelled())
    print(log)

    log.clear()
    child = asyncio.create_task(leaf("child"))

    async def watcher():
        try:
            await child
        except asyncio.CancelledError:
            log.append("watcher cancelled")
            raise

    w = asyncio.create_task(watcher())
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    await asyncio.sleep(0)
    print("cancelling the watcher also cancelled the awaited task:", child.cancelled())
    print(log)


asyncio.run(main())
