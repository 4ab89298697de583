"""Queue(maxsize): put() blocks when full, so producer and consumer interleave; full()/qsize()/maxsize."""
import asyncio

log: list[str] = []


async def producer(queue: asyncio.Queue, count: int) -> None:
    for n in range(count):
        log.append(f"put? {n}")
        await queue.put(n)
        log.append(f"put {n} size={queue.qsize()}")
    await queue.put(None)
    log.append("producer done")


async def consumer(queue: asyncio.Queue) -> list[int]:
    seen = []
    while (item := await queue.get()) is not None:
        log.append(f"got {item}")
        seen.append(item)
        await asyncio.sleep(0.002)
    return seen


async def main() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue(maxsize=2)
    print("maxsize:", queue.maxsize, "full:", queue.full(), "empty:", queue.empty())
    _, seen = await asyncio.gather(producer(queue, 6), consumer(queue))
    print("consumer saw:", seen)
    for line in log:
        print(" ", line)
    sizes = [int(line.split("=")[1]) for line in log if "size=" in line]
    print("queue never held more than 2:", max(sizes) <= 2)

    q: asyncio.Queue[str] = asyncio.Queue(1)
    await q.put("first")
    print("full after one put:", q.full())
    blocked = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0.001)
    print("second put is blocked:", not blocked.done())
    print("get frees a slot:", await q.get())
    await asyncio.sleep(0)
    print("blocked put completed:", blocked.done(), "| queue has:", q.qsize())
    print("next get:", q.get_nowait())

    unbounded: asyncio.Queue[int] = asyncio.Queue(maxsize=0)
    for n in range(1000):
        unbounded.put_nowait(n)
    print("maxsize=0 means unbounded:", unbounded.qsize(), unbounded.full())

    slow_q: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    slow_q.put_nowait(1)
    try:
        await asyncio.wait_for(slow_q.put(2), timeout=0.005)
    except asyncio.TimeoutError:
        print("put timed out on a full queue; the item was not added:", slow_q.qsize(), slow_q.get_nowait())


asyncio.run(main())
