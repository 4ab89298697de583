import asyncio


async def ticks():
    yield 1
    await asyncio.sleep(0)
    raise ValueError("agen broke")


async def main():
    async for t in ticks():
        print(t)


asyncio.run(main())
