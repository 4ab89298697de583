"""Bench: 100,000 jobs through a Semaphore(100)."""
import asyncio

N = 100_000


async def job(sem: asyncio.Semaphore, i: int) -> int:
    async with sem:
        await asyncio.sleep(0)
        return i


async def main() -> None:
    sem = asyncio.Semaphore(100)
    results = await asyncio.gather(*[job(sem, i) for i in range(N)])
    print(len(results), sum(results))


asyncio.run(main())
