import asyncio


async def fetch(url):
    await asyncio.sleep(0)
    return parse(url)


def parse(url):
    scheme, _, rest = url.partition("://")
    if not rest:
        raise ValueError(f"no scheme in {url!r}")
    return scheme
