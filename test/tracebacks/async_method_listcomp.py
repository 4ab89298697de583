import asyncio


class Client:
    async def fetch(self, n):
        await asyncio.sleep(0)
        if n > 1:
            raise ConnectionError(f"refused {n}")
        return n

    async def fetch_all(self):
        return [await self.fetch(i) for i in range(3)]


async def main():
    c = Client()
    print(await c.fetch_all())


asyncio.run(main())
