import asyncio


async def fail(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"bad {n}")


async def ok():
    await asyncio.sleep(0.2)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(ok())


asyncio.run(main())
