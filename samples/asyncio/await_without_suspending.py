"""Awaiting a coroutine that never suspends runs inline: other tasks get no turn until a real suspension point."""
import asyncio

trace: list[str] = []


async def cached_lookup(key: str, cache: dict[str, int]) -> int:
    if key in cache:
        return cache[key]  # no await reached: returns without yielding to the loop
    await asyncio.sleep(0.001)
    cache[key] = len(key)
    return cache[key]


async def busy(name: str, cache: dict[str, int]) -> None:
    for key in ["aa", "aa", "aa"]:
        await cached_lookup(key, cache)
        trace.append(f"{name}:{key}")


async def other() -> None:
    trace.append("other ran")


async def chain(depth: int) -> int:
    return 0 if depth == 0 else 1 + await chain(depth - 1)


async def main() -> None:
    cache = {"aa": 2}
    t = asyncio.create_task(other())
    await busy("hot", cache)  # all hits: never yields, so `other` cannot run in between
    trace.append("main after hot loop")
    await t
    print("cache hits do not yield:", trace)

    trace.clear()
    cache.clear()
    t = asyncio.create_task(other())
    await busy("cold", cache)  # the first miss sleeps, giving `other` its turn
    await t
    print("a cache miss yields once:", trace)

    trace.clear()
    t = asyncio.create_task(other())
    print("a 200-deep await chain that never suspends:", await chain(200), "| other ran yet?", bool(trace))
    await asyncio.sleep(0)
    print("after sleep(0):", trace)

    trace.clear()
    done_future: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    done_future.set_result("ready")
    t = asyncio.create_task(other())
    value = await done_future  # an already-completed future also returns without yielding
    print("awaiting a finished future:", value, "| other ran yet?", bool(trace))
    await t

    trace.clear()
    finished = asyncio.create_task(asyncio.sleep(0, result="task value"))
    await asyncio.sleep(0.001)
    t = asyncio.create_task(other())
    print("awaiting a finished task:", await finished, "| other ran yet?", bool(trace))
    await t
    print("final:", trace)


asyncio.run(main())
