"""Async generators: async for, anext(), asend/athrow, aclose with finally, break without closing, and aclosing()."""
import asyncio
from contextlib import aclosing


async def countdown(n: int, delay: float = 0.001):
    try:
        while n > 0:
            await asyncio.sleep(delay)
            yield n
            n -= 1
        print("  countdown finished normally")
    finally:
        print(f"  countdown cleanup (n={n})")


async def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


async def guarded():
    while True:
        try:
            yield "ok"
        except ValueError as exc:
            yield f"recovered from {exc}"


async def main() -> None:
    print("full loop:", [n async for n in countdown(3)])

    gen = countdown(5)
    print("anext:", await anext(gen), await anext(gen))
    await gen.aclose()
    print("after aclose:", await anext(gen, "exhausted"))

    print("break leaves the generator suspended (no cleanup yet):")
    gen2 = countdown(5)
    async for n in gen2:
        if n == 4:
            break
    print("  loop exited at 4; now closing by hand")
    await gen2.aclose()

    print("aclosing() closes it when the block ends:")
    async with aclosing(countdown(5)) as gen3:
        async for n in gen3:
            if n == 3:
                break
    print("  block done")

    acc = running_total()
    print("asend:", await acc.asend(None), await acc.asend(5), await acc.asend(10))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("asend(None) ended it: StopAsyncIteration")

    g = guarded()
    print(await anext(g), "|", await g.athrow(ValueError("oops")), "|", await anext(g))
    await g.aclose()

    async def doubled(source):
        async for item in source:
            yield item * 2

    print("async generator pipeline:", [x async for x in doubled(countdown(3, 0))])

    async def empty():
        return
        yield

    print("empty async generator:", [x async for x in empty()], type(empty()).__name__)


asyncio.run(main())
