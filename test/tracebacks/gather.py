import asyncio


async def work(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise RuntimeError(f"work {i} failed")
    return i


async def main():
    results = await asyncio.gather(work(1), work(2), work(3))
    print(results)


asyncio.run(main())
