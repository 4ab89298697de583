import asyncio

from _helpers import fetch


async def worker(urls):
    return [await fetch(u) for u in urls]


async def main():
    task = asyncio.create_task(worker(["http://a", "b"]))
    print(await task)


asyncio.run(main())
