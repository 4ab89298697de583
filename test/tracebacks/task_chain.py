import asyncio


async def leaf():
    await asyncio.sleep(0)
    raise LookupError("missing")


async def branch():
    inner = asyncio.create_task(leaf())
    await inner


async def main():
    outer = asyncio.create_task(branch())
    try:
        await outer
    finally:
        print("main done")


asyncio.run(main())
