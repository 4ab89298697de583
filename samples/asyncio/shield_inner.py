"""asyncio.shield: the outer await is cancelled but the shielded work runs to completion."""
import asyncio

log = []


async def save(record, started=None):
    log.append(f"saving {record}")
    if started is not None:
        started.set()
    await asyncio.sleep(0.05)
    log.append(f"saved {record}")
    return f"{record} stored"


async def handler(record, started):
    try:
        return await asyncio.shield(save(record, started))
    except asyncio.CancelledError:
        log.append(f"handler for {record} cancelled")
        raise


async def main():
    started = asyncio.Event()
    task = asyncio.create_task(handler("r1", started))
    await started.wait()  # the shielded save is now running
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("handler task cancelled:", task.cancelled())
    print("log right after cancel:", log)
    while len(log) < 3:
        await asyncio.sleep(0.01)
    print("log once the save finished:", log)

    log.clear()
    inner = asyncio.create_task(save("r2"))
    try:
        result = await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except TimeoutError:
        print("wait_for timed out, but inner is still running:", not inner.done())
        result = await inner
    print("result obtained anyway:", result, "| inner cancelled:", inner.cancelled())

    log.clear()
    unshielded = asyncio.create_task(save("r3"))
    try:
        await asyncio.wait_for(unshielded, timeout=0.005)
    except TimeoutError:
        pass
    print("without shield the inner task is cancelled:", unshielded.cancelled(), log)

    victim = asyncio.create_task(save("r4"))
    outer = asyncio.shield(victim)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelling the inner task directly still cancels the shield's result")
    print("shield of a finished value:", await asyncio.shield(asyncio.sleep(0, "plain")))


asyncio.run(main())
