import asyncio


async def inner():
    await asyncio.sleep(0)
    raise KeyError("k")


async def outer():
    await inner()


async def main():
    t = asyncio.create_task(outer())
    await t


asyncio.run(main())
