import asyncio


def load(key):
    d = {}
    return d[key]


async def main():
    try:
        load("k")
    except KeyError as e:
        raise RuntimeError("could not load") from e


asyncio.run(main())
