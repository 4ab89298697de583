"""asyncio.to_thread and loop.run_in_executor: blocking calls run off the loop while other tasks keep ticking."""
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial


def blocking_io(name: str, seconds: float) -> str:
    time.sleep(seconds)  # would freeze the event loop if called directly
    return f"{name} read {round(seconds * 1000)} ms of data"


def cpu_sum(n: int, *, scale: int = 1) -> int:
    return sum(range(n)) * scale


def explode(msg: str) -> None:
    raise OSError(msg)


async def ticker(stop: asyncio.Event, ticks: list[int]) -> None:
    n = 0
    while not stop.is_set():
        ticks.append(n)
        n += 1
        await asyncio.sleep(0.005)


async def main() -> None:
    stop = asyncio.Event()
    ticks: list[int] = []
    tick_task = asyncio.create_task(ticker(stop, ticks))
    result = await asyncio.to_thread(blocking_io, "disk", 0.1)
    stop.set()
    await tick_task
    print(result)
    print("the loop kept ticking during the blocking call:", len(ticks) >= 2)

    started = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(blocking_io, "a", 0.1),
        asyncio.to_thread(blocking_io, "b", 0.1),
        asyncio.to_thread(blocking_io, "c", 0.1),
    )
    print(results)
    print("three 100 ms calls overlapped (one by one would take 300 ms):", time.monotonic() - started < 0.25)

    print("keyword arguments pass through to_thread:", await asyncio.to_thread(cpu_sum, 10, scale=3))

    loop = asyncio.get_running_loop()
    print("default executor:", await loop.run_in_executor(None, cpu_sum, 101))
    print("run_in_executor takes no kwargs, use partial:", await loop.run_in_executor(None, partial(cpu_sum, 5, scale=10)))

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, blocking_io, f"pool{i}", 0.01 * (3 - i)) for i in range(3)]
        print("own pool, results keep order:", await asyncio.gather(*futures))

    try:
        await asyncio.to_thread(explode, "disk unplugged")
    except OSError as exc:
        print("exceptions from the thread are re-raised in the coroutine:", repr(exc))

    fut = loop.run_in_executor(None, blocking_io, "wrapped", 0.001)
    print("run_in_executor returns an asyncio future:", isinstance(fut, asyncio.Future), "->", await fut)

    try:
        await asyncio.wait_for(asyncio.to_thread(blocking_io, "slow", 0.05), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for can stop waiting, though the thread itself finishes in the background")


asyncio.run(main())
