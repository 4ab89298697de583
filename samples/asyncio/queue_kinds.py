"""PriorityQueue and LifoQueue ordering; QueueEmpty and QueueFull from the nowait methods."""
import asyncio


async def main() -> None:
    pq: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (0, "critical")]:
        await pq.put((prio, job))
    order = []
    while not pq.empty():
        prio, job = await pq.get()
        order.append(f"{prio}:{job}")
    print("priority order:", order)

    lifo: asyncio.LifoQueue[int] = asyncio.LifoQueue()
    for n in range(1, 5):
        lifo.put_nowait(n)
    print("lifo order:", [lifo.get_nowait() for _ in range(lifo.qsize())])

    empty: asyncio.Queue[int] = asyncio.Queue()
    try:
        empty.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on empty queue -> QueueEmpty")

    small: asyncio.Queue[str] = asyncio.Queue(maxsize=2)
    small.put_nowait("x")
    small.put_nowait("y")
    try:
        small.put_nowait("z")
    except asyncio.QueueFull:
        print("put_nowait on full queue -> QueueFull; contents:", small.qsize())

    drained = []
    while True:
        try:
            drained.append(small.get_nowait())
        except asyncio.QueueEmpty:
            break
    print("drained:", drained)

    jobs: asyncio.PriorityQueue[tuple[int, int, str]] = asyncio.PriorityQueue()
    results: list[str] = []

    async def worker() -> None:
        while True:
            prio, seq, name = await jobs.get()
            results.append(name)
            await asyncio.sleep(0.001)
            jobs.task_done()

    w = asyncio.create_task(worker())
    for seq, (prio, name) in enumerate([(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (2, "b")]):
        jobs.put_nowait((prio, seq, name))
    await jobs.join()
    w.cancel()
    await asyncio.gather(w, return_exceptions=True)
    print("worker handled:", results, "| worker cancelled:", w.cancelled())

    stack: asyncio.LifoQueue[str] = asyncio.LifoQueue(maxsize=3)
    for page in ["home", "search", "item"]:
        await stack.put(page)
    print("back button:", await stack.get(), "->", await stack.get(), "| left:", stack.qsize())


asyncio.run(main())
