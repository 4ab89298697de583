"""gather returns results in argument order regardless of completion order; accepts tasks and coroutines."""
import asyncio

finished: list[str] = []


async def fetch(name: str, delay: float) -> dict[str, object]:
    await asyncio.sleep(delay)
    finished.append(name)
    return {"name": name, "delay_ms": int(delay * 1000)}


async def square(n: int) -> int:
    await asyncio.sleep(0.001 * (5 - n))
    return n * n


async def main() -> None:
    results = await asyncio.gather(fetch("a", 0.05), fetch("b", 0.01), fetch("c", 0.03))
    print("results:", results)
    print("finished:", finished)

    print("squares:", await asyncio.gather(*(square(n) for n in range(5))))
    print("empty gather:", await asyncio.gather())

    task = asyncio.create_task(fetch("task", 0.005))
    mixed = await asyncio.gather(task, fetch("coro", 0.001), asyncio.sleep(0.002, "plain sleep"))
    print("mixed:", [m["name"] if isinstance(m, dict) else m for m in mixed])

    same = asyncio.create_task(square(3))
    print("same awaitable twice:", await asyncio.gather(same, same))

    outer = asyncio.gather(square(1), square(2))
    print("gather returns a future:", isinstance(outer, asyncio.Future))
    print("awaited later:", await outer)

    nested = await asyncio.gather(
        asyncio.gather(square(1), square(2)),
        asyncio.gather(square(3)),
        square(4),
    )
    print("nested:", nested)

    by_name = dict(zip(["x", "y", "z"], await asyncio.gather(*(square(n) for n in (2, 3, 4)))))
    print("zipped with names:", by_name)
    total = sum(await asyncio.gather(*[square(n) for n in range(4)]))
    print("sum:", total)


asyncio.run(main())
