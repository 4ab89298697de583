"""Async generator edges: a temporary one left by break is closed a loop turn later, asend/athrow, ignoring GeneratorExit, async genexpr chains."""
import asyncio


async def ticks(name: str, n: int = 3):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    except GeneratorExit:
        print(f"  {name}: GeneratorExit")
        raise
    finally:
        print(f"  {name}: finally")


async def running_total():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError:
            print("  running_total: reset by athrow")
            total = 0
            continue
        total += value


async def stubborn():
    try:
        yield 1
    finally:
        yield 2


async def main() -> None:
    print("break out of async for over a temporary generator:")
    async for x in ticks("temp"):
        break
    print("  after the loop: not closed yet")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("  two loop turns later it has been closed")

    print("asend and athrow:")
    acc = running_total()
    print("  primed:", await acc.asend(None))
    print("  +5:", await acc.asend(5), "+10:", await acc.asend(10))
    print("  athrow returns the next yield:", await acc.athrow(ValueError("reset")))
    print("  +1:", await acc.asend(1))
    await acc.aclose()
    try:
        await acc.asend(1)
    except StopAsyncIteration:
        print("  asend after aclose: StopAsyncIteration")

    fresh = running_total()
    try:
        await fresh.asend(3)
    except TypeError as exc:
        print("  first asend must be None:", exc)

    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as exc:
        print("RuntimeError:", exc)

    print("async generator expressions chain lazily:")
    source = ticks("source", 4)
    doubled = (x * 2 async for x in source)
    evens = [y async for y in doubled if y % 4 == 0]
    print("  kept:", evens)
    print("  exhausted:", await anext(doubled, "nothing left"))


asyncio.run(main())
