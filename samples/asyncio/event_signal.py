"""asyncio.Event: many waiters released by one set(), is_set/clear, wait on an already-set event, wait with timeout."""
import asyncio

log: list[str] = []


async def waiter(name: str, event: asyncio.Event) -> str:
    log.append(f"{name} waiting")
    result = await event.wait()
    log.append(f"{name} released")
    return f"{name}:{result}"


async def main() -> None:
    ready = asyncio.Event()
    print("initially set?", ready.is_set())
    tasks = [asyncio.create_task(waiter(n, ready)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.005)
    print("before set:", log)
    ready.set()
    log.append("main called set")
    print("set() does not switch tasks:", log[-1], "| is_set:", ready.is_set())
    print("results:", await asyncio.gather(*tasks))
    print("release order:", log[-3:])

    print("wait() on a set event returns at once:", await ready.wait())
    ready.clear()
    print("after clear:", ready.is_set())

    try:
        await asyncio.wait_for(ready.wait(), timeout=0.01)
    except asyncio.TimeoutError:
        print("nobody set it: timed out")

    log.clear()
    gate = asyncio.Event()

    async def pulse() -> None:
        await asyncio.sleep(0.005)
        gate.set()
        gate.clear()  # waiters already woken still proceed
        log.append("pulse set+clear")

    late = asyncio.create_task(waiter("early", gate))
    await asyncio.gather(pulse(), late)
    print("set then clear still releases current waiters:", log)

    shutdown = asyncio.Event()
    ticks = 0

    async def heartbeat() -> None:
        nonlocal ticks
        while not shutdown.is_set():
            ticks += 1
            try:
                await asyncio.wait_for(shutdown.wait(), timeout=0.005)
            except asyncio.TimeoutError:
                pass
        log.append("heartbeat stopped")

    hb = asyncio.create_task(heartbeat())
    await asyncio.sleep(0.02)
    shutdown.set()
    await hb
    print("heartbeat ticked a few times before shutdown:", 1 <= ticks <= 6, log[-1])


asyncio.run(main())
