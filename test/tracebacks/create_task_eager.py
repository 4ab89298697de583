import asyncio


async def inner():
    raise KeyError("k")


async def outer():
    await inner()


async def main():
    await asyncio.create_task(outer())


asyncio.run(main())
