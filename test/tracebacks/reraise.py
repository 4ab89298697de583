import asyncio


async def risky():
    await asyncio.sleep(0)
    raise ValueError("inner")


async def main():
    try:
        await risky()
    except ValueError:
        print("caught, re-raising")
        raise


asyncio.run(main())
