"""asyncio.sleep(delay, result), sleep(0) round-robin interleaving, and timers resuming in deadline order."""
import asyncio

order: list[str] = []


async def spinner(name: str, turns: int) -> str:
    for i in range(turns):
        order.append(f"{name}{i}")
        await asyncio.sleep(0)  # yield to the loop, come back next turn
    return f"{name} done"


async def sleeper(name: str, delay: float) -> str:
    print(f"  {name} sleeps {delay * 1000:.0f} ms")
    await asyncio.sleep(delay)
    print(f"  {name} wakes")
    return name


async def main() -> None:
    value = await asyncio.sleep(0.001, result="payload")
    print("sleep returns its result:", value)
    print("sleep without result returns:", await asyncio.sleep(0))

    results = await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 4))
    print("round-robin order:", " ".join(order))
    print("results:", results)

    order.clear()
    t1 = asyncio.create_task(spinner("x", 2))
    t2 = asyncio.create_task(spinner("y", 2))
    order.append("main-before-yield")
    await asyncio.sleep(0)
    order.append("main-after-one-yield")
    await asyncio.gather(t1, t2)
    print("with main in the mix:", " ".join(order))

    print("sleepers started in one order, wake in deadline order:")
    woke = await asyncio.gather(
        sleeper("slow", 0.3), sleeper("fast", 0.1), sleeper("medium", 0.2)
    )
    print("gather keeps argument order:", woke)

    print("negative and zero delays do not wait:")
    await asyncio.sleep(-1)
    await asyncio.sleep(0.0)
    print("  still here")

    ticks = []

    async def ticker(label: str, period: float, count: int) -> None:
        for n in range(count):
            await asyncio.sleep(period)
            ticks.append(f"{label}{n}")

    await asyncio.gather(ticker("A", 0.02, 3), ticker("B", 0.03, 1))
    print("ticks:", ticks)


asyncio.run(main())
