import asyncio


async def slow():
    await asyncio.sleep(0)
    return 1 / 0


async def main():
    await asyncio.wait_for(slow(), timeout=5)


asyncio.run(main())
