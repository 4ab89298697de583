"""Classes with __aiter__/__anext__: async for, StopAsyncIteration, anext() with default, interleaving two async iterators."""
import asyncio


class Ticker:
    def __init__(self, name: str, count: int, delay: float) -> None:
        self.name = name
        self.count = count
        self.delay = delay
        self.sent = 0

    def __aiter__(self) -> "Ticker":
        return self

    async def __anext__(self) -> str:
        if self.sent >= self.count:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.sent += 1
        return f"{self.name}{self.sent}"


class Paginator:
    """Fetches 'pages' lazily and yields their items one by one."""

    def __init__(self, pages: list[list[int]]) -> None:
        self.pages = pages
        self.fetches = 0

    def __aiter__(self):
        return self._items()

    async def _items(self):
        for page in self.pages:
            self.fetches += 1
            print(f"  fetching page {self.fetches}")
            await asyncio.sleep(0.001)
            for item in page:
                yield item


async def collect(source: Ticker, out: list[str]) -> None:
    async for value in source:
        out.append(value)


async def main() -> None:
    async for tick in Ticker("t", 3, 0.001):
        print("got", tick)

    t = Ticker("n", 2, 0)
    print("anext:", await anext(t), await anext(t), await anext(t, "exhausted"))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("anext without a default raises StopAsyncIteration")
    print("aiter returns the iterator itself:", aiter(t) is t)

    pages = Paginator([[1, 2], [3], [4, 5, 6]])
    total = 0
    async for item in pages:
        total += item
        if item == 3:
            print("  reached 3 after", pages.fetches, "fetches")
    print("total:", total, "fetches:", pages.fetches)

    merged: list[str] = []
    await asyncio.gather(collect(Ticker("a", 3, 0), merged), collect(Ticker("b", 2, 0), merged))
    print("two async iterators take turns at each await:", merged)

    found = None
    async for tick in Ticker("s", 10, 0):
        if tick == "s4":
            found = tick
            break
    else:
        print("not printed: the loop broke")
    print("break out of async for:", found)

    try:
        for _ in Ticker("x", 1, 0):  # type: ignore[attr-defined]
            pass
    except TypeError as exc:
        print("TypeError:", exc)


asyncio.run(main())
