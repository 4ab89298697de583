"""async def / await / asyncio.run: return values flow back, nested awaits run inline."""
import asyncio


async def add(a: int, b: int) -> int:
    await asyncio.sleep(0.001)
    return a + b


async def no_return() -> None:
    await asyncio.sleep(0)


async def never_suspends(x: int) -> int:
    # no await inside: still a coroutine, still has to be awaited
    return x * 10


async def chain(n: int) -> list[int]:
    steps = []
    for i in range(n):
        steps.append(await add(i, i))
    return steps


async def pair() -> tuple[str, dict[str, int]]:
    return "pair", {"k": await never_suspends(4)}


async def main() -> str:
    print("main started")
    total = await add(2, 3)
    print("add ->", total)
    print("no_return ->", await no_return())
    print("never_suspends ->", await never_suspends(7))
    print("chain ->", await chain(4))
    label, data = await pair()
    print("pair ->", label, data)
    nested = await add(await add(1, 1), await never_suspends(1))
    print("nested ->", nested)
    print("coroutine function?", asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(print))
    return f"main finished with {total}"


result = asyncio.run(main())
print("asyncio.run returned:", result)
print("run again:", asyncio.run(add(40, 2)))
print("run a coroutine that returns None:", asyncio.run(no_return()))


async def raises() -> None:
    await asyncio.sleep(0)
    raise LookupError("from inside the loop")


try:
    asyncio.run(raises())
except LookupError as exc:
    print("asyncio.run re-raised:", repr(exc))
print("done")
