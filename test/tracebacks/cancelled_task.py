import asyncio


async def work():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(work())
    await asyncio.sleep(0)
    task.cancel()
    await task


asyncio.run(main())
