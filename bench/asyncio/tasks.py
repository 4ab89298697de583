"""Bench: 100,000 tasks created and gathered."""
import asyncio

N = 100_000


async def job(i: int) -> int:
    await asyncio.sleep(0)
    return i * 2


async def main() -> None:
    tasks = [asyncio.create_task(job(i)) for i in range(N)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results))


asyncio.run(main())
