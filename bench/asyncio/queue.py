"""Bench: 1,000,000 items through a Queue to 4 consumers."""
import asyncio

N = 1_000_000
CONSUMERS = 4


async def producer(q: asyncio.Queue) -> None:
    for i in range(N):
        await q.put(i)
    for _ in range(CONSUMERS):
        await q.put(-1)


async def consumer(q: asyncio.Queue) -> int:
    total = 0
    while True:
        item = await q.get()
        if item < 0:
            return total
        total += item


async def main() -> None:
    q: asyncio.Queue = asyncio.Queue(maxsize=1000)
    results = await asyncio.gather(producer(q), *[consumer(q) for _ in range(CONSUMERS)])
    print(sum(results[1:]))


asyncio.run(main())
