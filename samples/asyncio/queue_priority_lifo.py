"""PriorityQueue (tuples, ties, dataclass items), LifoQueue, and QueueEmpty/QueueFull from the nowait methods."""
import asyncio
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)


async def main() -> None:
    pq: asyncio.PriorityQueue[tuple[int, str]] = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "whenever")]:
        await pq.put(entry)
    print("priority order:", [pq.get_nowait() for _ in range(pq.qsize())])

    jobs: asyncio.PriorityQueue[Job] = asyncio.PriorityQueue()
    for job in [Job(2, "build"), Job(0, "hotfix"), Job(1, "test")]:
        jobs.put_nowait(job)
    handled = []

    async def runner() -> None:
        while not jobs.empty():
            job = await jobs.get()
            handled.append(f"{job.priority}:{job.name}")
            await asyncio.sleep(0.001)
            jobs.task_done()

    await runner()
    print("dataclass items by priority:", handled)

    lifo: asyncio.LifoQueue[str] = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        lifo.put_nowait(word)
    print("LIFO order:", [await lifo.get() for _ in range(3)])

    empty: asyncio.Queue[int] = asyncio.Queue()
    try:
        empty.get_nowait()
    except asyncio.QueueEmpty:
        print("get_nowait on empty -> QueueEmpty")
    full: asyncio.Queue[int] = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("put_nowait on full -> QueueFull")
    print("QueueEmpty is an Exception:", issubclass(asyncio.QueueEmpty, Exception))

    bounded_pq: asyncio.PriorityQueue[int] = asyncio.PriorityQueue(maxsize=2)
    bounded_pq.put_nowait(9)
    bounded_pq.put_nowait(4)
    try:
        bounded_pq.put_nowait(1)
    except asyncio.QueueFull:
        print("bounded priority queue full; smallest so far:", bounded_pq.get_nowait())

    def drain(q: asyncio.Queue) -> list:
        out = []
        while True:
            try:
                out.append(q.get_nowait())
            except asyncio.QueueEmpty:
                return out

    mixed: asyncio.PriorityQueue[tuple[int, int, str]] = asyncio.PriorityQueue()
    for seq, (prio, text) in enumerate([(2, "b"), (1, "z"), (2, "a"), (1, "y")]):
        mixed.put_nowait((prio, seq, text))  # a sequence number keeps equal priorities FIFO
    print("stable order with a counter:", [t for _, _, t in drain(mixed)])
    print("drain of an empty queue:", drain(asyncio.LifoQueue()))


asyncio.run(main())
