import asyncio


async def inner(x):
    raise ValueError(x)


async def middle(x):
    return await inner(x)


async def main():
    await middle("boom")


asyncio.run(main())
