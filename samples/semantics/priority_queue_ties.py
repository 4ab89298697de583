"""asyncio.PriorityQueue returns equal-priority items in CPython's order."""
import asyncio


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.name}:{self.prio}"


async def main():
    q = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 0, 1, 2]):
        q.put_nowait(Job(p, f"q{i}"))
    out = []
    while not q.empty():
        out.append(await q.get())
    print(out)


asyncio.run(main())
