"""async def/await basics: asyncio.run returns the coroutine's value; awaiting a coroutine runs it inline."""
import asyncio


async def square(n: int) -> int:
    print(f"  square({n}) starts")
    await asyncio.sleep(0.001)
    print(f"  square({n}) resumes")
    return n * n


async def no_await(x: str) -> str:
    # a coroutine with no await inside still has to be awaited
    return x.upper()


async def sum_of_squares(values: list[int]) -> int:
    total = 0
    for v in values:
        total += await square(v)  # sequential: one after the other
    return total


async def nested(depth: int) -> str:
    if depth == 0:
        return "bottom"
    inner = await nested(depth - 1)
    return f"{depth}>{inner}"


async def returns_nothing() -> None:
    await asyncio.sleep(0)


async def main() -> dict[str, object]:
    print("main starts")
    print("no_await:", await no_await("quiet"))
    total = await sum_of_squares([1, 2, 3])
    print("sum of squares:", total)
    print("recursive coroutine:", await nested(3))
    print("None result:", await returns_nothing())
    results = {"total": total, "ok": True}
    print("main returns")
    return results


value = asyncio.run(main())
print("asyncio.run returned:", value)
print("second run gets a fresh loop:", asyncio.run(no_await("again")))
print("running a coroutine function with arguments:", asyncio.run(square(9)))
try:
    asyncio.run(lambda: None)  # type: ignore[arg-type]
except ValueError as exc:
    print("ValueError: asyncio.run needs a coroutine")
print("done")
