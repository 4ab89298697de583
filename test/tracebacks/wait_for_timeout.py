import asyncio


async def slow():
    await asyncio.sleep(10)


async def main():
    await asyncio.wait_for(slow(), timeout=0.05)


asyncio.run(main())
