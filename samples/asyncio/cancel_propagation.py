"""Cancelling a task that awaits another task cancels the inner one too; cancelling gather cancels its children."""
import asyncio

log: list[str] = []


async def inner(name: str, delay: float) -> str:
    try:
        await asyncio.sleep(delay)
        return f"{name} ok"
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    finally:
        log.append(f"{name} finally")


async def outer(child: asyncio.Task) -> str:
    try:
        return await child
    except asyncio.CancelledError:
        log.append("outer cancelled")
        raise


async def main() -> None:
    child = asyncio.create_task(inner("child", 1))
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.005)
    parent.cancel()
    try:
        await parent
    except asyncio.CancelledError:
        pass
    print("cancel the awaiting task:", log)
    print("  parent cancelled:", parent.cancelled(), "| child cancelled:", child.cancelled())

    log.clear()
    child = asyncio.create_task(inner("child2", 1))
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.005)
    child.cancel()
    try:
        await parent
    except asyncio.CancelledError:
        print("cancel the awaited task: the awaiter sees CancelledError too")
    print("  log:", log, "| parent cancelled:", parent.cancelled())

    log.clear()
    group = asyncio.gather(inner("g1", 1), inner("g2", 1), inner("g3", 0.001))
    await asyncio.sleep(0.01)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print("cancelling gather cancels unfinished children:", log)

    log.clear()

    async def runner() -> None:
        try:
            await asyncio.gather(inner("r1", 1), inner("r2", 1))
        finally:
            log.append("runner finally")

    r = asyncio.create_task(runner())
    await asyncio.sleep(0.005)
    r.cancel()
    results = await asyncio.gather(r, return_exceptions=True)
    print("task awaiting gather:", log)
    print("  gather(return_exceptions=True) of a cancelled task:", [type(x).__name__ for x in results])

    log.clear()
    keeps = asyncio.create_task(inner("keeps", 0.01))
    waiter = asyncio.create_task(asyncio.wait_for(asyncio.shield(keeps), 1))
    await asyncio.sleep(0.001)
    waiter.cancel()
    await asyncio.gather(waiter, return_exceptions=True)
    print("shielded task survives the waiter's cancel:", await keeps, log)


asyncio.run(main())
