"""Protocol methods called by name on builtin objects: generators, async generators, lists, locks."""
import asyncio


def count(n):
    for i in range(n):
        yield i


async def acount(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *exc):
        print("exit", exc[0] is None)
        return False


async def main():
    g = count(3)
    it = g.__iter__()
    print(it is g, g.__next__(), next(it), it.__next__())
    try:
        g.__next__()
    except StopIteration:
        print("StopIteration")

    ag = acount(3)
    print(ag.__aiter__() is ag)
    print(await ag.__anext__(), await ag.__anext__(), await anext(ag))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    xs = [10, 20]
    li = xs.__iter__()
    print(li.__next__(), next(li))
    print(iter(xs).__next__(), "ab".__iter__().__next__(), {"k": 1}.__iter__().__next__())
    print(xs.__len__(), xs.__contains__(20), xs.__getitem__(1), "abc".__len__())

    r = Resource()
    got = await r.__aenter__()
    print(got is r)
    print(await r.__aexit__(None, None, None))

    lock = asyncio.Lock()
    await lock.__aenter__()
    print("locked:", lock.locked())
    await lock.__aexit__(None, None, None)
    print("locked:", lock.locked())


asyncio.run(main())
