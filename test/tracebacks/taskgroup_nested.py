import asyncio


async def leaf(n):
    await asyncio.sleep(0.2 * n)
    raise KeyError(n)


async def branch():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(1))
        tg.create_task(leaf(2))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(branch())


asyncio.run(main())
