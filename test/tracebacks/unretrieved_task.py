import asyncio


async def boom():
    await asyncio.sleep(0)
    raise ValueError("lost")


async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.05)
    print("main done", t.done())


asyncio.run(main())
