"""asyncio.Queue producer/consumer: several workers, task_done/join, sentinel shutdown, and cancelling idle workers."""
import asyncio

processed: list[tuple[str, int]] = []


async def producer(queue: asyncio.Queue, items: list[int]) -> None:
    for item in items:
        await queue.put(item)
        print(f"put {item} (size now {queue.qsize()})")
    print("producer finished")


async def worker(name: str, queue: asyncio.Queue) -> None:
    while True:
        item = await queue.get()
        try:
            await asyncio.sleep(0.002 * item)
            processed.append((name, item))
        finally:
            queue.task_done()


async def sentinel_worker(name: str, queue: asyncio.Queue, results: list[str]) -> int:
    handled = 0
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            break
        results.append(f"{name}:{job}")
        handled += 1
        queue.task_done()
    return handled


async def main() -> None:
    queue: asyncio.Queue[int] = asyncio.Queue()
    workers = [asyncio.create_task(worker(f"w{i}", queue)) for i in range(3)]
    await producer(queue, [5, 1, 3, 2, 4, 1])
    print("unfinished before join:", queue.qsize() > 0 or not queue.empty())
    await queue.join()
    print("join returned: every item was marked done, queue empty:", queue.empty())
    print("items processed:", sorted(item for _, item in processed))
    print("first worker to finish an item:", processed[0])
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("idle workers cancelled:", [type(o).__name__ for o in outcome])

    jobs: asyncio.Queue[str | None] = asyncio.Queue()
    results: list[str] = []
    for job in ["a", "b", "c", "d", "e"]:
        jobs.put_nowait(job)
    for _ in range(2):
        jobs.put_nowait(None)
    counts = await asyncio.gather(sentinel_worker("x", jobs, results), sentinel_worker("y", jobs, results))
    print("sentinel shutdown, handled per worker:", counts, "| results:", results)

    fifo: asyncio.Queue[int] = asyncio.Queue()
    for n in [3, 1, 2]:
        fifo.put_nowait(n)
    print("FIFO order:", [fifo.get_nowait() for _ in range(3)])

    try:
        fifo.task_done()
        fifo.task_done()
        fifo.task_done()
        fifo.task_done()
    except ValueError as exc:
        print("ValueError:", exc)

    waiting = asyncio.create_task(fifo.get())
    await asyncio.sleep(0.001)
    print("a getter blocks on an empty queue:", not waiting.done())
    await fifo.put(99)
    print("put wakes it:", await waiting)


asyncio.run(main())
