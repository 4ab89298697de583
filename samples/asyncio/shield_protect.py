"""asyncio.shield: the awaiter is cancelled or times out, but the shielded work keeps running to completion."""
import asyncio

log: list[str] = []


async def save(record: str, gate: asyncio.Event) -> str:
    log.append(f"saving {record}")
    await gate.wait()  # stands in for slow I/O; main decides when it completes
    log.append(f"saved {record}")
    return f"{record} stored"


async def handler(record: str, gate: asyncio.Event) -> str:
    try:
        return await asyncio.shield(save(record, gate))
    except asyncio.CancelledError:
        log.append(f"handler for {record} cancelled")
        raise


async def main() -> None:
    gate = asyncio.Event()
    h = asyncio.create_task(handler("order-1", gate))
    await asyncio.sleep(0.005)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler was cancelled:", h.cancelled())
    print("right after cancel:", log)
    gate.set()
    await asyncio.sleep(0.001)
    print("the shielded save still completed:", log)

    log.clear()
    gate = asyncio.Event()
    inner = asyncio.create_task(save("order-2", gate))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.005)
    except asyncio.TimeoutError:
        print("wait_for timed out; inner task cancelled?", inner.cancelled(), "done?", inner.done())
    gate.set()
    print("we can still await it:", await inner)

    gate = asyncio.Event()
    unshielded = asyncio.create_task(save("order-3", gate))
    try:
        await asyncio.wait_for(unshielded, timeout=0.005)
    except asyncio.TimeoutError:
        print("without shield, wait_for cancels the task:", unshielded.cancelled())

    log.clear()
    gate = asyncio.Event()
    gate.set()
    print("shield of work that succeeds returns its value:", await asyncio.shield(save("order-4", gate)))

    inner = asyncio.create_task(save("order-5", asyncio.Event()))
    shielded = asyncio.shield(inner)
    await asyncio.sleep(0.001)
    inner.cancel()  # cancelling the inner task itself is not prevented
    try:
        await shielded
    except asyncio.CancelledError:
        print("cancelling the inner task directly reaches the shield's awaiter:", inner.cancelled())

    async def compute() -> int:
        await asyncio.sleep(0.001)
        raise ArithmeticError("bad sum")

    try:
        await asyncio.shield(compute())
    except ArithmeticError as exc:
        print("exceptions pass through shield:", repr(exc))
    print("shield of a plain sleep:", await asyncio.shield(asyncio.sleep(0, "plain")))
    print("log:", log)


asyncio.run(main())
