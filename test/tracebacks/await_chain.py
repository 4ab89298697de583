import asyncio


async def inner(x):
    await asyncio.sleep(0)
    raise ValueError(x)


async def middle(x):
    await inner(x)


async def main():
    await middle("boom")


asyncio.run(main())
