"""Queue.put() and Queue.get() are coroutines: nothing happens until awaited or scheduled."""
import asyncio

async def main():
    q = asyncio.Queue()
    c = q.put(1)
    print(q.qsize())
    await c
    print(q.qsize())
    t = asyncio.create_task(q.put(2))
    print(q.qsize())
    await asyncio.sleep(0)
    print(q.qsize(), t.done())
    g = q.get()
    print(q.qsize())
    print(await g, q.qsize())
    t2 = asyncio.create_task(q.get())
    print(q.qsize())
    print(await t2, q.qsize())
    await q.put(3)
    print(q.get_nowait())

asyncio.run(main())
