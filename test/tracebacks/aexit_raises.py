import asyncio


class Conn:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        raise RuntimeError("close failed")


async def main():
    async with Conn() as c:
        print("using", type(c).__name__)


asyncio.run(main())
