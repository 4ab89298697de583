import asyncio


def parse(text):
    return int(text)


def convert(items):
    return [parse(t) for t in items]


async def main():
    await asyncio.sleep(0)
    print(convert(["1", "x"]))


asyncio.run(main())
